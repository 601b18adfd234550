// Character classes, folding and hashing shared by the build step and the content script.
// Everything here works on UTF-16 code units so the scanner never allocates per character.

/** FNV-1a offset basis and prime (32-bit). */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193) >>> 0;

export const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

// 0 = not yet classified, 1 = word char, 2 = other. Filled lazily for non-ASCII.
const kind = new Uint8Array(65536);
const folded = new Uint16Array(65536);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  kind[c] = word ? 1 : 2;
  folded[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

function classify(c: number): void {
  const ch = String.fromCharCode(c);
  const word = c < 0xd800 || c > 0xdfff ? WORD_RE.test(ch) : false;
  kind[c] = word ? 1 : 2;
  if (!word) {
    folded[c] = c;
    return;
  }
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
    folded[c] = c; // Hangul stays whole (NFKD would split a syllable into jamo)
    return;
  }
  // Lower-case, drop diacritics, fold full-width forms: one code unit in, one out.
  const f = ch.normalize('NFKD').toLowerCase();
  let out = f.charCodeAt(0);
  if (kind[out] === 0) classify(out);
  if (kind[out] !== 1 || f.length === 0) out = ch.toLowerCase().charCodeAt(0) || c;
  folded[c] = out;
}

/** True for letters, digits and combining marks (Latin, Hangul, anything). */
export function isWordChar(c: number): boolean {
  let k = kind[c];
  if (k === 0) {
    classify(c);
    k = kind[c];
  }
  return k === 1;
}

/** The folded code unit for a word char (lower case, no diacritics). Call isWordChar first. */
export function foldChar(c: number): number {
  if (kind[c] === 0) classify(c);
  return folded[c];
}

/** Folded key of a form: word chars only, folded. "Han So-hee" -> "hansohee". */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) out += String.fromCharCode(foldChar(c));
  }
  return out;
}

export function hashString(folded: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < folded.length; i++) h = hashStep(h, folded.charCodeAt(i));
  return h;
}

/** Latin upper-case letter (ASCII or Latin-1/Extended). */
export const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && c < 0x2000 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
export const isLower = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
export const isLatinLetter = (c: number): boolean => isUpper(c) || isLower(c) || (c >= 0x100 && c < 0x250);
export const hasHangul = (s: string): boolean => /[\uac00-\ud7a3]/.test(s);
