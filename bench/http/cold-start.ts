/**
 * Cold start, measured as an operator sees it: `node bin/korsa.mjs serve --port 0` spawned on the
 * dataset (migrations checked, the app built, the port bound), until the first healthy response.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../bin/korsa.mjs', import.meta.url));

export interface ColdStart {
  /** Spawn to the first 200 from /api/health, in ms. */
  ms: number;
  /** The server's resident memory then, in MiB. */
  rssMiB: number | null;
}

function rssOf(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function healthy(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** One start: resolves once healthy, then stops the server (SIGTERM) and waits for it to exit. */
export async function coldStartOnce(env: Record<string, string>): Promise<ColdStart> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', KORSA_DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let output = '';
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /running at http:\/\/[^:]+:(\d+)/.exec(output);
        if (found) resolve(found[1]!);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then((code) => reject(new Error(`korsa serve exited (${code}) before listening:\n${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    while (!(await healthy(base))) await new Promise((r) => setTimeout(r, 5));
    const ms = Math.round(performance.now() - started);
    return { ms, rssMiB: rssOf(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** A few starts in a row (the first may pay for tsx's transform cache); each is reported. */
export async function coldStarts(env: Record<string, string>, times: number): Promise<ColdStart[]> {
  const out: ColdStart[] = [];
  for (let i = 0; i < times; i++) out.push(await coldStartOnce(env));
  return out;
}
