// The detection index's hash set: every alias prefix at a word or syllable break (PREFIX) and
// every full alias key (COMPLETE; CUE when it is only a context word), as 32-bit FNV hashes with
// the flag bits in the low bits.
// The build step lays out the open-addressing table; the content script only decodes it
// (natively where Uint8Array.fromBase64 exists), so a page without names pays almost nothing.
// Lookups allocate nothing.

export const PREFIX = 1;
export const COMPLETE = 2;
/** the full key is only a context word (never marked): scanning can skip it once context is known */
export const CUE = 4;
/** the full key is marked only with context (common words, short names): alone it proves nothing */
export const WEAK = 8;
const FLAGS = 15;

const slot = (k: number, mask: number) => (k ^ (k >>> 16)) & mask; // written out again in flagsIn

/** Flags of hash `h` in a decoded table (0 if absent). A plain function, so that the content
 *  script's first stage compiles no class for it. */
export function flagsIn(table: Int32Array, h: number): number {
  const mask = table.length - 1;
  const key = h & ~FLAGS || 16;
  let i = (key ^ (key >>> 16)) & mask;
  for (;;) {
    const x = table[i];
    if (x === 0) return 0;
    if ((x & ~FLAGS) === key) return x & FLAGS;
    i = (i + 1) & mask;
  }
}

export class HashFlags {
  constructor(readonly table: Int32Array) {}

  /** Flags of hash `h` (0 if absent). */
  get(h: number): number {
    return flagsIn(this.table, h);
  }
}

/** Build side: lay out the table (load factor <= 0.5) and encode it as base64 (little-endian). */
export function packHashes(map: Map<number, number>): string {
  const keys = new Map<number, number>();
  for (const [h, f] of map) {
    const key = h & ~FLAGS || 16;
    keys.set(key, (keys.get(key) ?? 0) | f);
  }
  let size = 16;
  while (size < keys.size * 2) size <<= 1;
  const table = new Int32Array(size);
  for (const [key, f] of [...keys].sort((a, b) => a[0] - b[0])) {
    let i = slot(key, size - 1);
    while (table[i] !== 0) i = (i + 1) & (size - 1);
    table[i] = key | f;
  }
  const bytes = new Uint8Array(table.buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin);
}

/** Runtime side: decode what packHashes wrote. */
export function decodeHashes(b64: string): Int32Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  let bytes: Uint8Array;
  if (native) bytes = native(b64);
  else {
    const bin = atob(b64);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}

export const unpackHashes = (b64: string): HashFlags => new HashFlags(decodeHashes(b64));
