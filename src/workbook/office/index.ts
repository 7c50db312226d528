// The Office adapter (Excel JavaScript API): batched and chunked under the request limit.
export {
  createOfficePort,
  DEFAULT_MAX_REQUEST_BYTES,
  type OfficePort,
  type OfficePortOptions,
  type OfficeRun,
} from './port';
export { charsToPoints, pointsToChars, cmToPoints } from './units';
