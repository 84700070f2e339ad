/**
 * The web app's first download (index.html's entry script and modulepreloads, what the browser fetches
 * before the first render) stays under its budget, and holds none of what the shell does not need: zod,
 * any language's texts, icons for pages, the virtual list. A size, not a timing: it does not flake. The
 * bench (`bench http`, `web-initial-js`) reports the same figure; this keeps a change from passing it
 * unnoticed. Needs the built app (`npm test` builds it first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialJs } from '../../bench/http/web-size';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const built = fs.existsSync(path.join(webDist, 'index.html'));
if (!built) console.warn('[web] Skipping the first download’s budget: web/dist is missing (npm run build).');

/** The sources a built file was made from, by its source map. */
function sourcesOf(file: string): string[] {
  const map = path.join(webDist, `${file.replace(/^\//, '')}.map`);
  if (!fs.existsSync(map)) return [];
  return (JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

describe.skipIf(!built)('the web app’s first download', () => {
  // read in the tests, not here: a skipped describe's body still runs when the tests are collected
  const size = () => initialJs(webDist)!;

  it('is under 300 kB gzip', () => {
    const { gzipBytes, files } = size();
    expect(gzipBytes, files.map((f) => `${f.file} ${f.gzipBytes}`).join('\n')).toBeLessThan(300_000);
  });

  it('holds no zod, no language’s texts, no page-only library', () => {
    const sources = size().files.flatMap((f) => sourcesOf(f.file));
    expect(sources.length, 'the build has source maps').toBeGreaterThan(0);
    const unwanted = sources.filter((s) =>
      /node_modules[\\/](zod|@tanstack[\\/](react-)?virtual|@mantine[\\/](charts|dates)|recharts)[\\/]|i18n[\\/]locales[\\/](en|sv|nb)(\.ts|[\\/](?!stages\.ts))/.test(
        s,
      ),
    );
    expect(unwanted).toEqual([]);
  });
});
