/**
 * Deterministic, random-looking UUIDs (version 4 layout) from a seed: the same seed gives the same
 * ids, so id pools and results are reproducible, while index inserts stay as scattered as with
 * gen_random_uuid() (sequential ids would flatter the B-trees).
 */

/** sfc32: a small, fast 128-bit-state PRNG (public domain, PractRand-clean). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive independent streams from one seed. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** A stream of 32-bit unsigned integers for one name, independent of every other name's. */
function wordStream(seed: number, name: string): () => number {
  const random = sfc32(seed >>> 0, fnv1a(name), 0x9e3779b9, fnv1a(`${name}:${seed}`));
  for (let i = 0; i < 16; i++) random(); // warm up the state
  return random;
}

/** A stream of floats in [0, 1) for one name. */
export function randomStream(seed: number, name: string): () => number {
  const words = wordStream(seed, name);
  return () => words() / 2 ** 32;
}

/** A generator of UUIDs for one table: `next()` returns the stream's next id. */
export function uuidStream(seed: number, table: string): { next: () => string } {
  const random = wordStream(seed, table);
  return {
    next: () => {
      const a = hex8(random());
      const b = hex8(((random() & 0xffff0fff) | 0x00004000) >>> 0);
      const c = hex8(((random() & 0x3fffffff) | 0x80000000) >>> 0);
      const d = hex8(random());
      return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
    },
  };
}
