// The scanner: finds alias occurrences in a string. Pass 1 walks tokens and extends a rolling hash
// across word gaps while the folded prefix is a known alias prefix (a word-level automaton over
// precomputed hashes, no allocation per token). Pass 2 verifies each candidate against the alias
// table: exact folded key, gaps only where the alias has word/syllable breaks, true word
// boundaries, and Korean particles after Hangul. Longest verified candidate wins.
import { COMPLETE, CUE, WEAK, unpackHashes, type HashFlags } from './hashset';
import { type IndexData, Kind } from './index-format';
import { isParticleTail } from './particles';
import { Candidates, collect, newToken, readToken } from './token';
import { FOLD, HASH_SEED, NOT_WORD, UNKNOWN, classify, foldChar, hashForm, isHangulSyllable, isUpper, isWordChar } from './text';

export interface RawMatch {
  start: number;
  end: number;
  /** index into IndexData.aliases */
  alias: number;
}

interface AliasShape {
  key: string;
  /** folded position -> the non-word characters the form has there ('' for a syllable break) */
  gaps: Map<number, string>;
  /** folded positions where the form has white space */
  spaces: number[];
  hangul: boolean;
}

const SOFT_GAP = /^[\s\u00a0\u200b\-\u2010-\u2014\uff0d\u30fb'’‘`＇]+$/;

/** Folded key + break positions of an alias form. Syllable breaks inside a romanized given
 *  name count: "Han So-hee" breaks at 3 and 5. */
export function aliasShape(form: string): AliasShape {
  let key = '';
  const gaps = new Map<number, string>();
  const spaces: number[] = [];
  let pending = '';
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (isWordChar(c)) {
      if (pending && key.length > 0) {
        gaps.set(key.length, pending);
        if (/\s/.test(pending)) spaces.push(key.length);
      }
      pending = '';
      key += String.fromCharCode(foldChar(c));
    } else pending += form[i];
  }
  return { key, gaps, spaces, hangul: /[\uac00-\ud7a3]/.test(form) };
}

export type IndexRest = Omit<IndexData, 'table'>;

export class Matcher {
  private rest: IndexRest | null;
  private readonly loadRest: () => IndexRest | null;
  /** A candidate could not be verified because the alias table has not arrived yet. */
  missedRest = false;
  /** Of those: one that would be marked anywhere (a full name, a distinctive title)... */
  missedStrong = false;
  /** ...and how many that only count with context (common words, short names, context words). */
  missedWeak = 0;
  private readonly table: HashFlags;
  /** Context words are no longer needed (the page's context is settled): do not report them. */
  skipCues = false;
  private byHash: Map<number, number[]> | null = null;
  private shapes: Array<AliasShape | undefined> = [];
  // Scratch buffers for one scan position (no allocation in the hot loop).
  private readonly cands = new Candidates();
  private readonly tok = newToken();

  /** `rest` may be a thunk: the alias table is only parsed when a page has a candidate. */
  /** `rest` may be a thunk: the alias table is only needed when a page has a candidate. A thunk
   *  that returns null means "not here yet": candidates are skipped and `missedRest` is set. */
  constructor(table: string, rest: IndexRest | (() => IndexRest | null)) {
    this.table = unpackHashes(table);
    this.rest = typeof rest === 'function' ? null : rest;
    this.loadRest = typeof rest === 'function' ? rest : () => rest;
  }

  static of(data: IndexData): Matcher {
    return new Matcher(data.table, data);
  }

  get data(): IndexRest {
    const d = (this.rest ??= this.loadRest());
    if (!d) throw new Error('alias table not loaded');
    return d;
  }

  get ready(): boolean {
    return (this.rest ??= this.loadRest()) !== null;
  }

  shape(alias: number): AliasShape {
    return (this.shapes[alias] ??= aliasShape(this.data.aliases[alias][0]));
  }

  private aliasesFor(hash: number): number[] | undefined {
    if (!this.byHash) {
      const m = new Map<number, number[]>();
      const { aliases, hashes } = this.data;
      for (let i = 0; i < aliases.length; i++) {
        const k = hashes ? hashes[i] : hashForm(aliases[i][0]);
        const list = m.get(k);
        if (list) list.push(i);
        else m.set(k, [i]);
      }
      this.byHash = m;
    }
    return this.byHash.get(hash);
  }

  /** The folded text of text[start:end] equals `key` (no allocation). */
  private static sameKey(text: string, start: number, end: number, key: string): boolean {
    let k = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const f = FOLD[c] === UNKNOWN ? classify(c) : FOLD[c];
      if (f === NOT_WORD) continue;
      if (k >= key.length || key.charCodeAt(k++) !== f) return false;
    }
    return k === key.length;
  }

  /** Append every verified mention in `text` to `out` (in order, non-overlapping). */
  scan(text: string, out: RawMatch[]): void {
    // Hot loop: one table read and one multiply per character; a token that cannot start an
    // alias costs one hash probe. Only candidate tokens go on to tryAt.
    const n = text.length;
    const table = this.table;
    const tok = this.tok;
    let i = 0;
    while (readToken(table, text, i, tok)) {
      const t = tok.start;
      i = tok.end;
      if (!tok.inner) {
        const fl = table.get(tok.hash);
        if (fl === 0 || (fl === (COMPLETE | CUE) && this.skipCues)) continue;
      }
      // The first token is hashed already, unless a Hangul name may end inside it.
      const r = tok.inner ? this.tryAt(text, t, out, HASH_SEED, t) : this.tryAt(text, t, out, tok.hash, i);
      if (r > 0) {
        i = r;
        // A match that ended inside a Hangul word (before a particle) skips the rest of the word.
        while (i < n && isWordChar(text.charCodeAt(i))) i++;
      }
    }
  }

  /** Try every alias starting at token start t. Returns the match end, or -(end of first token).
   *  `h` is the hash of text[t:pos] (folded), `pos` the end of what it covers. */
  private tryAt(text: string, t: number, out: RawMatch[], h: number, pos: number): number {
    const c = this.cands;
    collect(this.table, text, t, h, pos, this.skipCues, c);
    for (let k = c.count - 1; k >= 0; k--) {
      const end = c.end[k];
      const alias = this.verify(text, t, end, c.gaps[k], c.hash[k]);
      if (alias >= 0) {
        out.push({ start: t, end, alias });
        return end;
      }
    }
    return -c.firstEnd;
  }

  private verify(text: string, start: number, end: number, ngaps: number, hash: number): number {
    if (!this.ready) {
      this.missedRest = true;
      if (this.table.get(hash) & (WEAK | CUE)) this.missedWeak++;
      else this.missedStrong = true;
      return -1;
    }
    const all = this.aliasesFor(hash);
    if (!all) return -1;
    // Hash collisions: keep the aliases whose folded key really is the text's.
    const list = all.length === 1 && Matcher.sameKey(text, start, end, this.shape(all[0]).key) ? all : all.filter((a) => Matcher.sameKey(text, start, end, this.shape(a).key));
    if (list.length === 0) return -1;
    // Boundaries: not part of a handle, a path or a domain name.
    const before = start > 0 ? text[start - 1] : '';
    if (before === '@' || before === '/' || before === '\\' || before === '_' || before === '&') return -1;
    if (before === '.' && start > 1 && isWordChar(text.charCodeAt(start - 2))) return -1;
    const after = end < text.length ? text[end] : '';
    if (after === '@' || after === '_' || after === '/') return -1;
    if (after === '.' && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1)) && !isHangulSyllable(text.charCodeAt(end + 1))) return -1;
    let tail = '';
    if (end < text.length && isWordChar(text.charCodeAt(end))) {
      // Only a Hangul mention may continue inside its word, and only with particles.
      if (!isHangulSyllable(text.charCodeAt(end - 1))) return -1;
      let e = end;
      while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
      tail = text.slice(end, e);
      // A season number may follow a title: 보이스3, 보이스2의
      if (!isParticleTail(tail.replace(/^(?:시즌)?\d{1,2}/, ''))) return -1;
    }
    const hashtag = before === '#';
    for (const a of list) {
      const kind = this.kindOf(a);
      if (kind === Kind.Cue && tail.startsWith('다')) continue; // 배우다 "to learn" is no actor
      if (this.gapsFit(text, a, ngaps, hashtag, start)) return a;
    }
    return -1;
  }

  private kindOf(alias: number): Kind {
    const e = this.data.aliases[alias][1];
    return this.data.entities[typeof e === 'number' ? e : e[0]][2];
  }

  private gapsFit(text: string, alias: number, ngaps: number, hashtag: boolean, start: number): boolean {
    const s = this.shape(alias);
    let spacesSeen = 0;
    for (let g = 0; g < ngaps; g++) {
      const formGap = s.gaps.get(this.cands.gapFlen[g]);
      if (formGap === undefined) return false;
      const gap = text.slice(this.cands.gapStart[g], this.cands.gapEnd[g]);
      if (!SOFT_GAP.test(gap)) {
        for (const ch of gap) if (!/\s/.test(ch) && !formGap.includes(ch) && !SOFT_GAP.test(ch)) return false;
      }
      if (s.spaces.includes(this.cands.gapFlen[g])) spacesSeen++;
    }
    if (spacesSeen === s.spaces.length || s.hangul || hashtag) return true;
    // Words run together ("HanSoHee", "CrashLandingOnYou"): people's names always, titles only
    // in CamelCase, where each missing space is followed by a capital.
    if (this.kindOf(alias) === Kind.Actor) return true;
    for (const sp of s.spaces) {
      const idx = indexAtFolded(text, start, sp);
      if (idx < 0) return false;
      const prev = text.charCodeAt(idx - 1);
      if (isWordChar(prev) && !isUpper(text.charCodeAt(idx))) return false;
    }
    return true;
  }
}

/** Index in text of the word char at folded position `f` counted from `start`. */
function indexAtFolded(text: string, start: number, f: number): number {
  let n = 0;
  for (let i = start; i < text.length; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      if (n === f) return i;
      n++;
    }
  }
  return -1;
}
