// DOM adapter for detection: walks text nodes (time-sliced), runs the matcher, registers marks
// with the CSS Custom Highlight API, and keeps them right as the page changes. The page's DOM is
// never modified: marks are StaticRanges in a Highlight.
import type { Matcher } from '../core/matcher';
import { type Accepted, Resolver } from '../core/resolve';
import { SLICE_MS, nextTask, whenIdle } from './schedule';
import { NOT_STANDARD, SKIP, STANDARD } from './tags';

export interface Mention {
  node: Text;
  start: number;
  end: number;
  entity: number;
  alias: number;
  ambiguous: boolean;
  range: StaticRange;
}

const EXCLUDED = 'textarea,dramalens-card,[contenteditable]:not([contenteditable="false"])';
/** Inline elements: context is judged on the nearest ancestor that is not one of these. */
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'MARK', 'FONT', 'U', 'S', 'SUB', 'SUP', 'LABEL', 'ABBR', 'CITE', 'Q', 'TIME', 'BDI', 'BDO', 'DEL', 'INS', 'BIG']);
/** Long text nodes are checked for a script/style parent before scanning (cheap for short ones). */
const LONG_TEXT = 400;

export interface DetectorOptions {
  highlightName: string;
  /** elements of the extension's own UI */
  ownHost: () => Element | null;
  suppressed: (entityId: string, form: string) => boolean;
  onChange?: () => void;
}

export class Detector {
  readonly mentions = new Map<Text, Mention[]>();
  readonly resolver: Resolver<Text, Element>;
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly highlight = new Highlight();
  private queue: Node[] = [];
  private walker: TreeWalker | null = null;
  private scheduled = false;
  private sweepDue = false;
  private stopped = true;
  private observer: MutationObserver;
  private readonly alive = (t: Text) => t.isConnected;
  private missed: Text[] = [];
  private readonly onAccept = (m: Accepted<Text>) => this.mark(m);
  private shadowQueue: Node[] = [];

  constructor(
    readonly matcher: Matcher,
    private opts: DetectorOptions,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.resolver = new Resolver<Text, Element>(matcher, opts.suppressed);
  }

  get ctx() {
    return this.resolver.ctx;
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

  /** The alias table arrived: scan again the nodes whose candidates had to wait. */
  retryMissed(): void {
    this.matcher.missedRest = false;
    const nodes = this.missed;
    this.missed = [];
    this.queue.unshift(...nodes);
    this.schedule();
  }

  /** Remove every mark and stop watching the page. */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    CSS.highlights.delete(this.opts.highlightName);
    this.highlight.clear();
    this.mentions.clear();
    this.resolver.reset();
    this.queue = [];
    this.missed = [];
    this.walker = null;
    this.shadowQueue = [];
    this.shadowRoots.clear();
  }

  /** Forget marks and scan the whole page again (settings or suppressions changed). */
  rescanAll(): void {
    const wasRunning = !this.stopped;
    this.stop();
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
    let done = true;
    for (;;) {
      if (!this.walker) {
        const root = this.queue.shift();
        if (!root) break;
        if (root.nodeType === Node.TEXT_NODE) {
          if (root.isConnected) this.scanText(root as Text, true);
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
    this.resolver.resolve(this.alive, this.onAccept);
    // Waiting for the alias table: pause the walk (it resumes in retryMissed) rather than
    // collect the whole page for a second pass.
    if (!done && !(this.matcher.missedRest && !this.matcher.ready)) this.schedule();
    this.opts.onChange?.();
  }

  /** `again`: the node may have been scanned before (a mutation): forget its old marks first.
   *  The first walk skips that bookkeeping: a Map lookup per text node is not free. */
  private scanText(t: Text, again = false): void {
    if (again) {
      this.dropNode(t);
      this.resolver.forget(t);
    }
    const data = t.data;
    if (data.length < 2) return;
    if (data.length > LONG_TEXT) {
      const p = t.parentNode as Element | null;
      if (p && p.nodeType === 1 && SKIP.has(p.tagName)) return;
    }
    const missed = this.matcher.missedRest;
    this.matcher.missedRest = false;
    const raw = this.resolver.scan(data);
    if (this.matcher.missedRest) this.missed.push(t); // candidates wait for the alias table
    this.matcher.missedRest ||= missed;
    if (raw.length === 0) return;
    if (!again && this.mentions.has(t)) this.dropNode(t); // reached twice (walk + mutation)
    const parent = t.parentElement;
    if (!parent || this.excluded(parent)) return;
    this.resolver.judge(t, data, blockOf(parent), raw, this.onAccept);
  }

  private excluded(el: Element): boolean {
    if (SKIP.has(el.tagName)) return true;
    // Editors anywhere up the tree (by attribute: isContentEditable would make the browser
    // compute style) and the extension's own card. Only nodes with a hit get here. (A
    // document-wide querySelector for editors instead costs a full scan when there is none.)
    return el.closest(EXCLUDED) !== null;
  }

  private mark(m: Accepted<Text>): void {
    if (!m.node.isConnected) return;
    const range = new StaticRange({ startContainer: m.node, startOffset: m.start, endContainer: m.node, endOffset: m.end });
    let list = this.mentions.get(m.node);
    if (!list) this.mentions.set(m.node, (list = []));
    list.push({ node: m.node, start: m.start, end: m.end, entity: m.entity, alias: m.alias, ambiguous: m.ambiguous, range });
    this.highlight.add(range);
  }

  private dropNode(t: Text): void {
    const list = this.mentions.get(t);
    if (!list) return;
    for (const m of list) {
      this.highlight.delete(m.range);
      this.resolver.removed(m.entity);
    }
    this.mentions.delete(t);
  }

  private sweep(): void {
    this.sweepDue = false;
    for (const t of this.mentions.keys()) if (!t.isConnected) this.dropNode(t);
    this.resolver.sweep(this.alive);
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
          if ((n as Element).firstElementChild || !STANDARD.has((n as Element).localName)) this.shadowQueue.push(n);
        }
      }
    }
    if (this.shadowQueue.length) whenIdle(() => this.findShadowRoots(), 1000);
    this.schedule();
  }

  /**
   * Find open shadow roots and watch them like the document. Shadow hosts are nearly always
   * custom elements, so the browser's selector engine lists only elements that are not standard
   * HTML (no JS wrapper is made for the tens of thousands of ordinary elements).
   */
  private findShadowRoots(): void {
    if (this.stopped) return;
    const own = this.opts.ownHost();
    const deadline = performance.now() + SLICE_MS;
    while (this.shadowQueue.length) {
      if (performance.now() > deadline) {
        whenIdle(() => this.findShadowRoots(), 1000);
        return;
      }
      const root = this.shadowQueue.shift()!;
      if (!root.isConnected) continue;
      const els: Element[] = [];
      if (root.nodeType === Node.ELEMENT_NODE && !STANDARD.has((root as Element).localName)) els.push(root as Element);
      if ('querySelectorAll' in root) els.push(...(root as ParentNode).querySelectorAll(NOT_STANDARD));
      for (const el of els) {
        const sr = el.shadowRoot;
        if (!sr || el === own || this.shadowRoots.has(sr)) continue;
        this.shadowRoots.add(sr);
        this.observe(sr);
        this.enqueue(sr);
        this.shadowQueue.push(sr);
      }
    }
  }
}


function blockOf(el: Element): Element {
  let e: Element = el;
  while (INLINE.has(e.tagName) && e.parentElement) e = e.parentElement;
  return e;
}
