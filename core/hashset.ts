// A compact open-addressing set of 32-bit hashes with a flag byte per entry, built from the sorted
// hash lists the build step ships. Lookups allocate nothing, which keeps the per-token scan cheap.

export const PREFIX = 1;
export const COMPLETE = 2;

export class HashFlags {
  private readonly keys: Int32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;

  constructor(entries: ArrayLike<number>, entryFlags: ArrayLike<number>) {
    let size = 16;
    while (size < entries.length * 2) size <<= 1;
    this.keys = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.mask = size - 1;
    for (let i = 0; i < entries.length; i++) this.add(entries[i], entryFlags[i]);
  }

  private add(h: number, f: number): void {
    const k = h | 0 || 1;
    let i = (k ^ (k >>> 16)) & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
    this.keys[i] = k;
    this.flags[i] |= f;
  }

  get(h: number): number {
    const k = h || 1;
    let i = (k ^ (k >>> 16)) & this.mask;
    for (;;) {
      const x = this.keys[i];
      if (x === k) return this.flags[i];
      if (x === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }
}

/** Pack uint32 hashes + flags into a base64 string (build side). 5 bytes an entry. */
export function packHashes(map: Map<number, number>): string {
  const hs = [...map.keys()].map((h) => h >>> 0).sort((a, b) => a - b);
  const buf = new Uint8Array(hs.length * 5);
  hs.forEach((h, i) => {
    buf[i * 5] = h >>> 24;
    buf[i * 5 + 1] = (h >>> 16) & 255;
    buf[i * 5 + 2] = (h >>> 8) & 255;
    buf[i * 5 + 3] = h & 255;
    buf[i * 5 + 4] = map.get(h | 0)!;
  });
  let bin = '';
  for (let i = 0; i < buf.length; i++) bin += String.fromCharCode(buf[i]);
  return btoa(bin);
}

/** Decode what packHashes wrote (runtime side). */
export function unpackHashes(b64: string): HashFlags {
  const bin = atob(b64);
  const n = bin.length / 5;
  const hs = new Int32Array(n);
  const fs = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 5) {
    hs[i] = (bin.charCodeAt(j) << 24) | (bin.charCodeAt(j + 1) << 16) | (bin.charCodeAt(j + 2) << 8) | bin.charCodeAt(j + 3);
    fs[i] = bin.charCodeAt(j + 4);
  }
  return new HashFlags(hs, fs);
}
