/**
 * The web app's initial JavaScript: index.html's entry script and its modulepreloads (what the
 * browser fetches before the first render), raw and gzip-compressed (zlib, default level).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface WebSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

export function initialJs(webDist: string): WebSize | null {
  const indexHtml = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexHtml)) return null;
  const html = fs.readFileSync(indexHtml, 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const files = [...new Set([...entries, ...preloads])].map((href) => {
    const content = fs.readFileSync(path.join(webDist, href.replace(/^\//, '')));
    return { file: href, bytes: content.length, gzipBytes: zlib.gzipSync(content).length };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}
