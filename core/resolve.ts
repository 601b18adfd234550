// From raw scanner hits to accepted mentions: how each hit is written (core/evidence.ts), what
// the page and block say (core/context.ts), and which entity a shared name means. DOM-free:
// nodes and blocks are opaque keys, so the same code runs in the content script and in tests.
import { PageContext, chooseEntity } from './context';
import type { CueKind } from './cues';
import { Need, Other, amongStrangers, assess, characterBeside, characterKeys, inLongerQuote, namedOtherwise, someoneElse } from './evidence';
import { Cls, Kind } from './index-format';
import type { Matcher, RawMatch } from './matcher';
import { isWordChar } from './text';

export interface Accepted<N> {
  node: N;
  start: number;
  end: number;
  alias: number;
  entity: number;
  ambiguous: boolean;
}

interface Pending<B> {
  start: number;
  end: number;
  alias: number;
  need: Need;
  block: B;
}

const MAX_PENDING_NODES = 4000;

export class Resolver<N extends object, B extends object> {
  ctx = new PageContext<B>();
  private pending = new Map<N, Array<Pending<B>>>();
  private version = 0;
  private resolvedAt = -1;
  private resolvedSig = -1;
  private raw: RawMatch[] = [];
  private roles: Map<number, number[]> | null = null;
  /** dramas named on the page so far, marked or not */
  private dramasSeen = new Set<number>();
  /** folded names that belong on this page to someone other than the actor: characters it has
   *  introduced (see learnCharacters), people it has named by what they do (namedOtherwise) */
  private others = new Set<string>();
  /** Called when a name is learned to be someone else's on this page: drop its marks so far (the
   *  folded key of the alias, as Matcher.shape() gives it). */
  onNamedOther: ((key: string) => void) | null = null;

  constructor(
    readonly matcher: Matcher,
    /** "Not this": entity id + alias form -> skip */
    private suppressed: (entityId: string, form: string) => boolean = () => false,
  ) {}

  /** Scan `text` (no allocation when nothing is found). Returns the raw hits, reused. */
  scan(text: string): RawMatch[] {
    const raw = this.raw;
    raw.length = 0;
    this.matcher.scan(text, raw);
    return raw;
  }

  /** Once the page is known to be about K-dramas, context words change nothing: stop looking
   *  for them (they are the most frequent hits on a fan page). */
  private settleCues(): void {
    if (!this.matcher.skipCues && this.ctx.pageIsAboutDramas() && this.ctx.cues >= 8) this.matcher.skipCues = true;
  }

  /** Judge the hits of one text node; accepted ones go to `accept`, the rest wait for context. */
  judge(node: N, text: string, block: B, raw: RawMatch[], accept: (m: Accepted<N>) => void): void {
    const { aliases, entities } = this.matcher.data;
    this.pending.delete(node);
    this.learnCharacters(text, raw);
    for (const r of raw) {
      const a = aliases[r.alias];
      const ent = a[1];
      const kind = entities[typeof ent === 'number' ? ent : ent[0]][2];
      if (kind === Kind.Cue) {
        // "Disney+" is a platform, "Disney" is not: a context word's signs must be written too
        if (!signsFollow(a[0], text, r.end)) continue;
        this.ctx.addCue(block, a[2] as number as CueKind); // a context word's class slot holds its kind
        this.version++;
        continue;
      }
      if (kind === Kind.Drama) {
        if (typeof ent === 'number') this.dramasSeen.add(ent);
        else for (const e of ent) this.dramasSeen.add(e);
        if (inLongerQuote(text, r.start, r.end)) continue;
      } else if (kind === Kind.Actor && this.notTheActor(text, r, a[0], raw)) continue;
      const cls = a[2] as Cls;
      const need = cls === Cls.Distinctive ? Need.None : assess(text, r.start, r.end, a[0], cls, kind);
      if (need === Need.Reject) continue;
      if (need === Need.None) this.take(node, r.start, r.end, r.alias, block, true, accept);
      else if (this.allows(need, block, r.alias)) this.take(node, r.start, r.end, r.alias, block, false, accept);
      else {
        let list = this.pending.get(node);
        if (!list) this.pending.set(node, (list = []));
        list.push({ start: r.start, end: r.end, alias: r.alias, need, block });
      }
    }
    this.settleCues();
    if (this.pending.size > MAX_PENDING_NODES) {
      const oldest = this.pending.keys().next().value;
      if (oldest) this.pending.delete(oldest);
    }
  }

  /** The actor's name here belongs to someone else: a person the text names by what they do (and
   *  so, for work actors do not do, everywhere on the page), a character, a namesake in a row of
   *  ordinary people. */
  private notTheActor(text: string, r: RawMatch, form: string, raw: RawMatch[]): boolean {
    const other = namedOtherwise(text, r.start, r.end, form);
    if (other === Other.OnPage) this.other(this.matcher.shape(r.alias).key);
    return (
      other !== Other.No ||
      someoneElse(text, r.start, r.end, form) ||
      this.character(r.alias) ||
      (this.others.size > 0 && this.others.has(this.matcher.shape(r.alias).key)) ||
      amongStrangers(text, r.start, r.end, raw)
    );
  }

  /** Characters this page introduces next to their actors ("Jung-woo (Lee Sang-yeob)"): the
   *  same name alone later is the character, even where it is also an actor's. */
  private learnCharacters(text: string, raw: RawMatch[]): void {
    const { aliases, entities } = this.matcher.data;
    for (const r of raw) {
      const ent = aliases[r.alias][1];
      const e = typeof ent === 'number' ? ent : ent[0];
      if (entities[e][2] !== Kind.Actor) continue;
      const found = characterBeside(text, r.start, r.end);
      if (!found) continue;
      // (not the actor's own other name: "T.O.P (Choi Seung-hyun)", "Minho (Choi Min-ho)")
      const [name, at] = found;
      const same = raw.find((x) => x.start === at && x.end === at + name.length);
      // (in "Jung-woo (Lee Sang-yeob)" both are actors' names: the one in brackets is the actor)
      if (same && at > r.end) continue;
      if (same) {
        const other = aliases[same.alias][1];
        if ((typeof other === 'number' ? [other] : other).includes(e)) continue;
      }
      for (const k of characterKeys(name)) this.other(k);
    }
  }

  /** A name that belongs on this page to someone other than the actor: marks already made with it
   *  are taken back (a headline "김지현, KLPGA 우승" before "김지현(22·하이마트)"). */
  private other(key: string): void {
    if (this.others.has(key)) return;
    this.others.add(key);
    this.onNamedOther?.(key);
  }

  /** Context allows it, or a cast link does: a common-word title is the drama on a page that names
   *  one of its actors as only a name can be named ("Secret Garden" on a page with Hyun Bin). */
  private allows(need: Need, block: B, alias: number): boolean {
    if (this.ctx.allows(need, block)) return true;
    if (need !== Need.Context || this.ctx.strongEntities.size === 0) return false;
    const { aliases, rel } = this.matcher.data;
    const ent = aliases[alias][1];
    for (const c of typeof ent === 'number' ? [ent] : ent) for (const r of rel[c]) if (this.ctx.strongEntities.has(r)) return true;
    return false;
  }

  /** The name is a character's on this page: a drama with a character of that name, played by
   *  someone else, was named before it ("Full House ... Han Ji-eun, an aspiring novelist"). Named,
   *  not yet marked: a common-word title waits for context that may come only later. */
  private character(alias: number): boolean {
    const dramas = (this.roles ??= new Map(this.matcher.data.roles ?? [])).get(alias);
    return dramas !== undefined && dramas.some((d) => this.dramasSeen.has(d));
  }

  /**
   * Choose again among the entities that share a mention's alias, with all the page holds now: the
   * first choice saw only what came before the mention ("Kim Jae-won plays Kim Ri-an in
   * Hierarchy"). The mention's own count is left out, so the first choice gets no head start.
   */
  rechoose(alias: number, chosen: number): { entity: number; ambiguous: boolean } {
    const { aliases, rel } = this.matcher.data;
    const ent = aliases[alias][1];
    const counts = this.ctx.counts;
    return chooseEntity(typeof ent === 'number' ? [ent] : ent, (e) => (counts.get(e) ?? 0) > (e === chosen ? 1 : 0), rel);
  }

  private take(node: N, start: number, end: number, alias: number, block: B, strong: boolean, accept: (m: Accepted<N>) => void): void {
    const { aliases, entities, rel } = this.matcher.data;
    const [form, ent] = aliases[alias];
    const cands = typeof ent === 'number' ? [ent] : ent;
    const { entity, ambiguous } = chooseEntity(cands, (e) => this.ctx.counts.has(e), rel);
    if (this.suppressed(entities[entity][0], form)) return;
    this.ctx.addMention(block, entity, strong);
    this.version++;
    accept({ node, start, end, alias, entity, ambiguous });
  }

  /** Accept waiting hits that the context now supports. Cheap when nothing changed: all waiting
   *  hits are looked at only when the page-level picture changes, otherwise only those in blocks
   *  that gained evidence (a long page would otherwise re-check thousands every slice). */
  resolve(alive: (n: N) => boolean, accept: (m: Accepted<N>) => void): void {
    while (this.resolvedAt !== this.version && this.pending.size) {
      this.resolvedAt = this.version;
      const sig = this.ctx.signature();
      const all = sig !== this.resolvedSig;
      this.resolvedSig = sig;
      const dirty = this.ctx.dirtyBlocks;
      if (!all && dirty.size === 0) break;
      const blocks = new Set(dirty);
      dirty.clear();
      for (const [node, list] of this.pending) {
        if (!all && !list.some((p) => blocks.has(p.block))) continue;
        if (!alive(node)) {
          this.pending.delete(node);
          continue;
        }
        const keep = list.filter((p) => {
          if (!this.allows(p.need, p.block, p.alias)) return true;
          this.take(node, p.start, p.end, p.alias, p.block, false, accept);
          return false;
        });
        if (keep.length === 0) this.pending.delete(node);
        else this.pending.set(node, keep);
      }
    }
    this.resolvedAt = this.version;
    this.ctx.dirtyBlocks.clear();
  }

  forget(node: N): void {
    this.pending.delete(node);
  }

  /** Drop waiting hits of nodes that are gone. */
  sweep(alive: (n: N) => boolean): void {
    for (const n of this.pending.keys()) if (!alive(n)) this.pending.delete(n);
  }

  removed(entity: number): void {
    this.ctx.removeMention(entity);
  }

  /** A mark of `entity` was taken back: see PageContext.retractMention. */
  retracted(entity: number): void {
    this.ctx.retractMention(entity);
  }

  reset(): void {
    this.matcher.skipCues = false;
    this.ctx = new PageContext<B>();
    this.pending.clear();
    this.dramasSeen.clear();
    this.others.clear();
    this.version = 0;
    this.resolvedAt = -1;
    this.resolvedSig = -1;
  }
}

/** The non-word characters that end `form` ("+" in "Disney+") follow at `end` in `text`. Folding
 *  drops them, so the scanner matches the form without them. */
function signsFollow(form: string, text: string, end: number): boolean {
  let i = form.length;
  while (i > 0 && !isWordChar(form.charCodeAt(i - 1))) i--;
  return i === form.length || text.startsWith(form.slice(i), end);
}
