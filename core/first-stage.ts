// The content script's first stage: does this text hold a candidate name at all? It runs on every
// page, so it is the matcher's pass 1 and candidate collection (core/token.ts, as in
// core/matcher.ts) with nothing else: no alias table, no verification, no allocation. A candidate is
// weak when its key is marked only with context (WEAK) or is a context word (CUE). Agreement with
// the matcher is a unit test (tests/unit/matcher.test.ts).
import { CUE, WEAK, type HashFlags } from './hashset';
import { HASH_SEED } from './text';
import { Candidates, collect, newToken, readToken } from './token';

const TOKEN = newToken();
const CANDIDATES = new Candidates();

export interface FirstHits {
  /** a candidate that would be marked anywhere (a full name, a distinctive title) */
  strong: boolean;
  /** candidates that count only with context */
  weak: number;
}

/** Add the candidates in `text` to `hits`. */
export function firstStage(table: HashFlags, text: string, hits: FirstHits): void {
  const tok = TOKEN;
  const c = CANDIDATES;
  let i = 0;
  while (readToken(table, text, i, tok)) {
    i = tok.end;
    if (tok.inner) collect(table, text, tok.start, HASH_SEED, tok.start, false, c);
    else if (table.get(tok.hash) !== 0) collect(table, text, tok.start, tok.hash, i, false, c);
    else continue;
    for (let k = 0; k < c.count; k++) {
      if (table.get(c.hash[k]) & (WEAK | CUE)) hits.weak++;
      else hits.strong = true;
    }
  }
}
