// The add-in's version, as package.json states it (the manifest carries the same number).
import pkg from '../../package.json';

export const ADDIN_VERSION: string = pkg.version;
