#!/usr/bin/env node
// The `sangkien` command. Runs the TypeScript sources through tsx, so `npm ci` is all it needs.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
