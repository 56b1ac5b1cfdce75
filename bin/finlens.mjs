#!/usr/bin/env node
// The `finlens` command: runs the TypeScript CLI through tsx, so the repository needs no build step for it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
