#!/usr/bin/env node
// The `korsa` CLI: runs the TypeScript sources through tsx's loader (no separate build step),
// with the project's tsconfig wherever it is started from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../server/cli.ts');
