// Page and block context: what the page has said so far that makes a common word a K-drama title.
// Blocks are opaque keys (the DOM adapter passes elements); nothing here touches the DOM.
import { CueKind } from './cues';
import { Need } from './evidence';

interface BlockEvidence {
  names: number;
  cues: number;
  /** of the cues: network and platform names */
  nets: number;
}

export class PageContext<B extends object> {
  /** distinct entities marked with no need of context (full names, distinctive titles) */
  readonly strongEntities = new Set<number>();
  /** every entity marked on the page, with counts */
  readonly counts = new Map<number, number>();
  cues = 0;
  /** context words only K-drama talk uses (core/cues.ts) */
  kCues = 0;
  /** Korean network and platform names (core/cues.ts) */
  nets = 0;
  private blocks = new WeakMap<B, BlockEvidence>();
  /** blocks whose evidence grew since the resolver last looked (see Resolver.resolve) */
  readonly dirtyBlocks = new Set<B>();

  private block(b: B): BlockEvidence {
    let e = this.blocks.get(b);
    if (!e) this.blocks.set(b, (e = { names: 0, cues: 0, nets: 0 }));
    return e;
  }

  addCue(b: B, kind: CueKind = CueKind.Generic): void {
    this.cues++;
    if (kind === CueKind.K) this.kCues++;
    else if (kind === CueKind.Network) this.nets++;
    const e = this.block(b);
    e.cues++;
    if (kind === CueKind.Network) e.nets++;
    this.dirtyBlocks.add(b);
  }

  /** Record a marked mention. `strong` = it needed no context. */
  addMention(b: B, entity: number, strong: boolean): void {
    this.counts.set(entity, (this.counts.get(entity) ?? 0) + 1);
    if (strong) {
      this.strongEntities.add(entity);
      this.block(b).names++;
      this.dirtyBlocks.add(b);
    }
  }

  /** A mark's text left the page: what the page said stays said, so it stays context. */
  removeMention(entity: number): void {
    const n = (this.counts.get(entity) ?? 0) - 1;
    if (n > 0) this.counts.set(entity, n);
    else this.counts.delete(entity);
  }

  /** A mark was taken back (the page showed the name to be someone else's): once the entity has
   *  no mark left, it no longer counts as a K-drama name on the page. */
  retractMention(entity: number): void {
    this.removeMention(entity);
    if (!this.counts.has(entity)) this.strongEntities.delete(entity);
  }

  /** Changes whenever a page-level decision could change (the thresholds below). */
  signature(): number {
    return Math.min(this.strongEntities.size, 3) * 4 + Math.min(this.cues, 3) + Math.min(this.kCues, 2) * 16 + Math.min(this.nets, 1) * 48;
  }

  /** The page as a whole is about K-dramas. */
  pageIsAboutDramas(): boolean {
    const s = this.strongEntities.size;
    return s >= 2 || (s >= 1 && (this.cues >= 2 || this.kCues >= 1)) || this.kCues >= 2 || (this.kCues >= 1 && this.nets >= 1);
  }

  /** This block carries its own evidence. */
  blockIsAboutDramas(b: B): boolean {
    const e = this.blocks.get(b);
    if (!e) return false;
    // two context words, not both network names ("KBS and MBC reported..." is news, not drama)
    return e.names >= 1 || (e.cues >= 1 && this.strongEntities.size >= 1) || (e.cues >= 2 && e.cues > e.nets);
  }

  allows(need: Need, b: B): boolean {
    if (need === Need.None) return true;
    if (need === Need.Reject) return false;
    if (need === Need.LocalContext) return this.blockIsAboutDramas(b);
    if (need === Need.StrongContext) return this.strongEntities.size >= 3 || this.blockIsAboutDramas(b);
    return this.pageIsAboutDramas() || this.blockIsAboutDramas(b);
  }
}

/**
 * Pick one of several entities sharing an alias: the one with the most related entities (cast
 * links) already on the page. `ambiguous` when context cannot decide, so the card can ask.
 */
export function chooseEntity(candidates: number[], onPage: (e: number) => boolean, rel: number[][]): { entity: number; ambiguous: boolean } {
  if (candidates.length === 1) return { entity: candidates[0], ambiguous: false };
  let best = candidates[0];
  let bestScore = -1;
  let tie = false;
  for (const c of candidates) {
    let score = onPage(c) ? 2 : 0;
    for (const r of rel[c] ?? []) if (onPage(r)) score++;
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return { entity: best, ambiguous: tie || bestScore === 0 };
}
