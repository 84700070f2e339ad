#!/usr/bin/env node
// The `korsa` CLI: runs the TypeScript sources through tsx's loader (no separate build step).
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
