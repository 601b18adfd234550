// DOM adapter for detection: walks text nodes (time-sliced), runs the matcher, registers marks
// with the CSS Custom Highlight API, and keeps them right as the page changes. The page's DOM is
// never modified: marks are StaticRanges in a Highlight.
import { PageContext, chooseEntity } from '../core/context';
import { Need, assess } from '../core/evidence';
import { Kind } from '../core/index-format';
import type { Matcher, RawMatch } from '../core/matcher';
import { SLICE_MS, nextTask, whenIdle } from './schedule';

export interface Mention {
  node: Text;
  start: number;
  end: number;
  entity: number;
  alias: number;
  ambiguous: boolean;
  range: StaticRange;
}

interface Pending {
  start: number;
  end: number;
  alias: number;
  need: Need;
  block: Element;
}

/** Text inside these is never marked. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'CODE', 'KBD', 'SAMP', 'svg', 'TITLE']);
/** Inline elements: context is judged on the nearest ancestor that is not one of these. */
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'MARK', 'FONT', 'U', 'S', 'SUB', 'SUP', 'LABEL', 'ABBR', 'CITE', 'Q', 'TIME', 'BDI', 'BDO', 'DEL', 'INS', 'BIG']);
/** Long text nodes are checked for a script/style parent before scanning (cheap for short ones). */
const LONG_TEXT = 400;
const MAX_PENDING_NODES = 4000;

export interface DetectorOptions {
  highlightName: string;
  /** elements of the extension's own UI */
  ownHost: () => Element | null;
  suppressed: (entityId: string, form: string) => boolean;
  onChange?: () => void;
}

export class Detector {
  readonly mentions = new Map<Text, Mention[]>();
  readonly ctx = new PageContext<Element>();
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly highlight = new Highlight();
  private pending = new Map<Text, Pending[]>();
  private queue: Node[] = [];
  private walker: TreeWalker | null = null;
  private scheduled = false;
  private sweepDue = false;
  private stopped = true;
  private observer: MutationObserver;
  private raw: RawMatch[] = [];
  private ctxVersion = 0;
  private pendingVersion = -1;
  private shadowScan: TreeWalker | null = null;
  private shadowQueue: Node[] = [];

  constructor(
    readonly matcher: Matcher,
    private opts: DetectorOptions,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  get highlightName(): string {
    return this.opts.highlightName;
  }

  set highlightName(name: string) {
    if (name === this.opts.highlightName) return;
    if (!this.stopped) {
      CSS.highlights.delete(this.opts.highlightName);
      CSS.highlights.set(name, this.highlight);
    }
    this.opts.highlightName = name;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    CSS.highlights.set(this.opts.highlightName, this.highlight);
    this.observe(document);
    this.enqueue(document.body ?? document.documentElement);
    this.shadowQueue.push(document.documentElement);
    whenIdle(() => this.findShadowRoots(), 2000);
  }

  /** Remove every mark and stop watching the page. */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    CSS.highlights.delete(this.opts.highlightName);
    this.highlight.clear();
    this.mentions.clear();
    this.pending.clear();
    this.queue = [];
    this.walker = null;
    this.shadowScan = null;
    this.shadowQueue = [];
    this.shadowRoots.clear();
  }

  /** Forget marks and scan the whole page again (settings or suppressions changed). */
  rescanAll(): void {
    const wasRunning = !this.stopped;
    this.stop();
    (this as { ctx: PageContext<Element> }).ctx = new PageContext<Element>();
    if (wasRunning) this.start();
  }

  entityId(entity: number): string {
    return this.matcher.data.entities[entity][0];
  }

  private observe(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private enqueue(node: Node): void {
    this.queue.push(node);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    nextTask(() => this.work());
  }

  private work(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const deadline = performance.now() + SLICE_MS;
    const before = this.ctxVersion;
    let done = true;
    for (;;) {
      if (!this.walker) {
        const root = this.queue.shift();
        if (!root) break;
        if (root.nodeType === Node.TEXT_NODE) {
          if (root.isConnected) this.scanText(root as Text);
          continue;
        }
        if (!root.isConnected) continue;
        if (root.nodeType === Node.ELEMENT_NODE && SKIP.has((root as Element).tagName)) continue;
        this.walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      }
      let n = 0;
      let t: Node | null;
      while ((t = this.walker.nextNode())) {
        this.scanText(t as Text);
        if (++n === 64) {
          n = 0;
          if (performance.now() > deadline) break;
        }
      }
      if (t) {
        done = false;
        break;
      }
      this.walker = null;
      if (performance.now() > deadline) {
        done = this.queue.length === 0;
        break;
      }
    }
    if (this.sweepDue) this.sweep();
    if (this.ctxVersion !== before || this.pendingVersion !== this.ctxVersion) this.resolvePending();
    if (!done) this.schedule();
    this.opts.onChange?.();
  }

  private scanText(t: Text): void {
    const data = t.data;
    if (this.mentions.has(t)) this.dropNode(t);
    this.pending.delete(t);
    if (data.length < 2) return;
    if (data.length > LONG_TEXT) {
      const p = t.parentNode as Element | null;
      if (p && p.nodeType === 1 && SKIP.has(p.tagName)) return;
    }
    const raw = this.raw;
    raw.length = 0;
    this.matcher.scan(data, raw);
    if (raw.length === 0) return;
    const parent = t.parentElement;
    if (!parent || this.excluded(parent)) return;
    const block = blockOf(parent);
    const { aliases, entities } = this.matcher.data;
    for (const r of raw) {
      const [form, ent, cls] = aliases[r.alias];
      const first = typeof ent === 'number' ? ent : ent[0];
      const kind = entities[first][2];
      if (kind === Kind.Cue) {
        this.ctx.addCue(block);
        this.ctxVersion++;
        continue;
      }
      const need = assess(data, r.start, r.end, form, cls, kind);
      if (need === Need.Reject) continue;
      if (need === Need.None) this.accept(t, r.start, r.end, r.alias, block, true);
      else {
        let list = this.pending.get(t);
        if (!list) this.pending.set(t, (list = []));
        list.push({ start: r.start, end: r.end, alias: r.alias, need, block });
      }
    }
    if (this.pending.size > MAX_PENDING_NODES) {
      const oldest = this.pending.keys().next().value;
      if (oldest) this.pending.delete(oldest);
    }
  }

  private excluded(el: Element): boolean {
    if (SKIP.has(el.tagName) || el.isContentEditable) return true;
    const own = this.opts.ownHost();
    if (own && own.contains(el)) return true;
    // Form controls and editors anywhere up the tree.
    return el.closest('textarea,input,select,[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"]') !== null;
  }

  private accept(t: Text, start: number, end: number, alias: number, block: Element, strong: boolean): void {
    const { aliases, entities, rel } = this.matcher.data;
    const [form, ent] = aliases[alias];
    const cands = typeof ent === 'number' ? [ent] : ent;
    const { entity, ambiguous } = chooseEntity(cands, (e) => this.ctx.counts.has(e), rel);
    if (this.opts.suppressed(entities[entity][0], form)) return;
    const range = new StaticRange({ startContainer: t, startOffset: start, endContainer: t, endOffset: end });
    let list = this.mentions.get(t);
    if (!list) this.mentions.set(t, (list = []));
    list.push({ node: t, start, end, entity, alias, ambiguous, range });
    this.highlight.add(range);
    this.ctx.addMention(block, entity, strong);
    this.ctxVersion++;
  }

  private resolvePending(): void {
    this.pendingVersion = this.ctxVersion;
    if (this.pending.size === 0) return;
    for (const [t, list] of this.pending) {
      if (!t.isConnected) {
        this.pending.delete(t);
        continue;
      }
      const keep = list.filter((p) => {
        if (!this.ctx.allows(p.need, p.block)) return true;
        this.accept(t, p.start, p.end, p.alias, p.block, false);
        return false;
      });
      if (keep.length === 0) this.pending.delete(t);
      else this.pending.set(t, keep);
    }
    // Accepting may have added context for others.
    if (this.pendingVersion !== this.ctxVersion && this.pending.size) this.resolvePending();
  }

  private dropNode(t: Text): void {
    const list = this.mentions.get(t);
    if (!list) return;
    for (const m of list) {
      this.highlight.delete(m.range);
      this.ctx.removeMention(m.entity);
    }
    this.mentions.delete(t);
  }

  private sweep(): void {
    this.sweepDue = false;
    for (const t of this.mentions.keys()) if (!t.isConnected) this.dropNode(t);
    for (const t of this.pending.keys()) if (!t.isConnected) this.pending.delete(t);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    const own = this.opts.ownHost();
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target;
        if (t.nodeType === Node.TEXT_NODE) this.queue.push(t);
        continue;
      }
      if (r.removedNodes.length) this.sweepDue = true;
      for (const n of r.addedNodes) {
        if (n === own) continue;
        if (n.nodeType === Node.TEXT_NODE) this.queue.push(n);
        else if (n.nodeType === Node.ELEMENT_NODE) {
          this.queue.push(n);
          this.shadowQueue.push(n);
        }
      }
    }
    if (this.shadowQueue.length) whenIdle(() => this.findShadowRoots(), 1000);
    this.schedule();
  }

  /** Find open shadow roots (idle time, sliced) and watch them like the document. */
  private findShadowRoots(): void {
    if (this.stopped) return;
    const deadline = performance.now() + SLICE_MS;
    const own = this.opts.ownHost();
    for (;;) {
      if (!this.shadowScan) {
        const root = this.shadowQueue.shift();
        if (!root) return;
        if (!root.isConnected && !(root instanceof ShadowRoot)) continue;
        this.shadowScan = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      }
      let el: Node | null = this.shadowScan.currentNode;
      let n = 0;
      while (el) {
        const sr = (el as Element).shadowRoot;
        if (sr && el !== own && !this.shadowRoots.has(sr)) {
          this.shadowRoots.add(sr);
          this.observe(sr);
          this.enqueue(sr);
          this.shadowQueue.push(sr);
        }
        if (++n === 128) {
          n = 0;
          if (performance.now() > deadline) {
            this.shadowScan.nextNode();
            whenIdle(() => this.findShadowRoots(), 1000);
            return;
          }
        }
        el = this.shadowScan.nextNode();
      }
      this.shadowScan = null;
    }
  }
}

function blockOf(el: Element): Element {
  let e: Element = el;
  while (INLINE.has(e.tagName) && e.parentElement) e = e.parentElement;
  return e;
}
