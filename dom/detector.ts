// DOM adapter for detection: walks text nodes (time-sliced), runs the matcher, registers marks
// with the CSS Custom Highlight API, and keeps them right as the page changes. The page's DOM is
// never modified: marks are StaticRanges in a Highlight.
import type { Matcher } from '../core/matcher';
import { type Accepted, Resolver } from '../core/resolve';
import { inside, near } from './region';
import { SLICE_MS, nextTask, whenIdle } from './schedule';
import { LONG_TEXT, NOT_STANDARD, SKIP, STANDARD } from './tags';

export interface Mention {
  node: Text;
  start: number;
  end: number;
  entity: number;
  alias: number;
  ambiguous: boolean;
  /** made when the mark is first registered (most marks of a long page never are): use rangeFor() */
  range: StaticRange | null;
  /** its group when registration follows the viewport */
  bucket?: Bucket;
}

const EXCLUDED = 'textarea,dramalens-card,[contenteditable]:not([contenteditable="false"])';
/** Inline elements: context is judged on the nearest ancestor that is not one of these. */
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'MARK', 'FONT', 'U', 'S', 'SUB', 'SUP', 'LABEL', 'ABBR', 'CITE', 'Q', 'TIME', 'BDI', 'BDO', 'DEL', 'INS', 'BIG']);
/**
 * Every registered highlight range costs the page on each frame that changes the DOM (a style,
 * a class, a text): Chrome revalidates all ranges. Measured on a 15,000-comment page: about 12 µs
 * per range per frame, so 9,000 ranges turn a page animating at 60 fps into 9 fps. Up to
 * ALL_MARKS mentions are all registered; past that, only those near the visible part, so the
 * page's frames stay cheap however long it is.
 *
 * Changing what is registered has a cost of its own: Chrome then rebuilds its highlight markers and,
 * for an underline, recomputes visual overflow across the page (measured on that page: about 40 ms
 * per change, whatever the number of ranges). So the window moves in big steps, not with every
 * scroll: it registers what lies within three viewports (FAR_MARGIN), and moves only when marks
 * that are not registered come within one viewport (NEAR_MARGIN); during a fast scroll it moves once
 * scrolling pauses (WINDOW_QUIET_MS), or every WINDOW_MAX_WAIT_MS.
 */
const ALL_MARKS = 400;
/**
 * A page of more than LAZY_ELEMENTS elements (a watch page with thousands of comments, a long
 * thread) is read where the reader is: what lies within a viewport of the visible part when the
 * page loads, and again wherever scrolling pauses (see regionSoon). Found by position
 * (dom/region.ts), so the rest of the page costs nothing until it is seen. The popup's list, which
 * is about the whole page, reads the rest on demand (complete()). A smaller page is read whole,
 * as it loads.
 */
const LAZY_ELEMENTS = 20_000;
const REGION_POLL_MS = 200;
const REGION_MAX_WAIT_MS = 1000;
/** How a scroll is listened to: in any scrolling box, never delaying the page's scrolling. */
export const SCROLL_OPTS = { capture: true, passive: true } as const;
const NEAR_MARGIN = '100% 0px';
const FAR_MARGIN = '300% 0px';
const WINDOW_QUIET_MS = 150;
const WINDOW_MAX_WAIT_MS = 1000;
const BUCKET_ELEMENTS = 24;

interface Bucket {
  sentinel: Element;
  els: Set<Element>;
  mentions: Set<Mention>;
  /** within FAR_MARGIN of the viewport */
  far: boolean;
  shown: boolean;
  /** the observer has reported this bucket before (its first report is applied at once) */
  seen: boolean;
  prev: Bucket | null;
  next: Bucket | null;
}

/** The mention's range, as registered in the highlight. */
export function rangeFor(m: Mention): StaticRange {
  return (m.range ??= new StaticRange({ startContainer: m.node, startOffset: m.start, endContainer: m.node, endOffset: m.end }));
}

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
  /** mentions marked now; past ALL_MARKS, registration follows the viewport */
  private total = 0;
  private windowed: IntersectionObserver | null = null;
  private nearby: IntersectionObserver | null = null;
  private readonly buckets = new Map<Element, Bucket>();
  private open: Bucket | null = null;
  /** buckets whose distance changed, applied together when the window moves */
  private moved = new Set<Bucket>();
  private moveTimer: ReturnType<typeof setTimeout> | undefined;
  private movedSince = 0;
  /** reading only near the viewport (see LAZY_ELEMENTS) */
  private lazy = false;
  /** the parts of a lazy page queued for reading */
  private seen = new WeakSet<Node>();
  private regionTimer: ReturnType<typeof setTimeout> | undefined;
  private regionSince = 0;
  private pollY = 0;
  /** what scrolls: the page, or an element (a feed in a scrolling box) */
  private scroller: Element | null = null;
  /** the page (path and query) the marks are about */
  private url = '';
  /** complete() callers waiting for the walk to finish */
  private waiters: Array<() => void> = [];

  constructor(
    readonly matcher: Matcher,
    private opts: DetectorOptions,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.resolver = new Resolver<Text, Element>(matcher, opts.suppressed);
    this.resolver.onNamedOther = (key) => this.dropName(key);
  }

  get ctx() {
    return this.resolver.ctx;
  }

  /** Reading only near the viewport (a very large page): the rest waits for the reader, or for
   *  complete(). */
  get partial(): boolean {
    return this.lazy;
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
    this.url = location.pathname + location.search;
    CSS.highlights.set(this.opts.highlightName, this.highlight);
    this.observe(document);
    const root = document.body ?? document.documentElement;
    // (an index past the end, not the length: counting 60,000 elements took 7 ms)
    if (root.getElementsByTagName('*')[LAZY_ELEMENTS] !== undefined) {
      this.lazy = true;
      addEventListener('scroll', this.regionSoon, SCROLL_OPTS);
      addEventListener('resize', this.regionSoon, { passive: true });
      this.region(0.5); // the rest of the margin once the reader stops, or scrolls
    } else this.readWhole(2000);
  }

  /** The alias table arrived: scan again the nodes whose candidates had to wait. */
  retryMissed(): void {
    this.matcher.missedRest = false;
    const nodes = this.missed;
    this.missed = [];
    this.queue.unshift(...nodes);
    this.schedule();
  }

  /**
   * Read the parts of the page within `margin` viewports of the visible part that have not been
   * read. Positions are read in the next frame right after its layout (a ResizeObserver's first
   * call comes then): read at any other time, they may force a layout of the whole page that the
   * page's change or our own marks left pending (measured: 110 ms on the evaluation's page after
   * 500 comments were added).
   */
  private region(margin: number): void {
    const ro = new ResizeObserver(() => {
      ro.disconnect();
      if (this.stopped || !this.lazy || !document.body) return;
      const h = innerHeight;
      const out: Node[] = [];
      const split: Element[] = [];
      near(document.body, -margin * h, (1 + margin) * h, this.seen, out, split);
      // open shadow roots: in what is read, and on the big elements it was found in
      for (const el of split) if (el.shadowRoot) this.shadowQueue.push(el);
      if (!out.length) return;
      this.queue.push(...out);
      for (const n of out) if (n.nodeType === 1) this.shadowQueue.push(n);
      whenIdle(() => this.findShadowRoots(), 1000);
      this.schedule();
    });
    ro.observe(document.documentElement);
  }

  /**
   * The view moved or the page grew: read near the viewport once scrolling pauses, and the visible
   * part every REGION_MAX_WAIT_MS while a slow scroll goes on (a fling past whole screens is not
   * read: nobody reads those). Scrolling is followed by looking at the scroll position every
   * REGION_POLL_MS, not by listening to it: scroll events come every frame, and each call into
   * this world costs about 0.1 ms (measured: 261 of them for one pass down the evaluation's page).
   */
  private regionSoon = (e?: Event): void => {
    if (this.stopped || !this.lazy || this.regionTimer !== undefined) return;
    removeEventListener('scroll', this.regionSoon, SCROLL_OPTS);
    // (the position is read in a scroll event, where layout is done; after a change to the page
    // (a mutation) it would force the layout the change left pending: 150 ms on a big page)
    this.scroller = e?.target instanceof Element ? e.target : null; // an element that scrolls
    this.pollY = e?.type === 'scroll' ? this.scrollPos() : NaN;
    this.regionSince = performance.now();
    this.regionTimer = setTimeout(this.regionPoll, REGION_POLL_MS);
  };

  private readonly regionPoll = (): void => {
    this.regionTimer = undefined;
    if (this.stopped || !this.lazy) return;
    if (Number.isNaN(this.pollY)) {
      // the page changed: look once more to tell a still view from a moving one
      this.pollY = this.scrollPos();
      this.regionTimer = setTimeout(this.regionPoll, REGION_POLL_MS);
      return;
    }
    const pos = this.scrollPos();
    const moved = Math.abs(pos - this.pollY);
    if (moved === 0) {
      // still: read around the viewport, and listen for the next scroll
      this.region(1);
      addEventListener('scroll', this.regionSoon, SCROLL_OPTS);
      return;
    }
    this.pollY = pos;
    const t = performance.now();
    if (moved <= innerHeight / 2 && t - this.regionSince >= REGION_MAX_WAIT_MS) {
      this.regionSince = t;
      this.region(0);
    }
    this.regionTimer = setTimeout(this.regionPoll, REGION_POLL_MS);
  };

  private scrollPos(): number {
    return this.scroller?.isConnected ? this.scroller.scrollTop : scrollY;
  }

  private unlazy(): void {
    this.lazy = false;
    removeEventListener('scroll', this.regionSoon, SCROLL_OPTS);
    removeEventListener('resize', this.regionSoon);
    clearTimeout(this.regionTimer);
    this.regionTimer = undefined;
    this.scroller = null;
    this.seen = new WeakSet();
  }

  /** Walk all the page's text, and look for open shadow roots in it once the page is idle (within
   *  `shadowWithinMs`). */
  private readWhole(shadowWithinMs: number): void {
    this.enqueue(document.body ?? document.documentElement);
    this.shadowQueue.push(document.documentElement);
    whenIdle(() => this.findShadowRoots(), shadowWithinMs);
  }

  /** Read the whole page (the popup lists what the page holds): a lazy page is read to its end,
   *  once. Resolves when the walk is done. */
  complete(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.lazy) {
      this.unlazy();
      this.readWhole(1000);
    }
    if (!this.scheduled && !this.walker && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Remove every mark and stop watching the page. */
  stop(): void {
    this.stopped = true;
    this.unlazy();
    for (const w of this.waiters.splice(0)) w();
    this.observer.disconnect();
    CSS.highlights.delete(this.opts.highlightName);
    this.highlight.clear();
    this.mentions.clear();
    this.unwindow();
    this.total = 0;
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
    else if (done && this.waiters.length) for (const w of this.waiters.splice(0)) w();
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
    let list = this.mentions.get(m.node);
    if (!list) this.mentions.set(m.node, (list = []));
    const mention: Mention = { node: m.node, start: m.start, end: m.end, entity: m.entity, alias: m.alias, ambiguous: m.ambiguous, range: null };
    list.push(mention);
    this.total++;
    if (this.windowed) this.watch(mention);
    else if (this.total > ALL_MARKS) this.toWindowed();
    else this.highlight.add(rangeFor(mention));
  }

  /** Many marks: register only those near the viewport from now on. */
  private toWindowed(): void {
    this.highlight.clear();
    this.windowed = new IntersectionObserver((entries) => this.onFar(entries), { rootMargin: FAR_MARGIN });
    this.nearby = new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR_MARGIN });
    // In the order they were marked: mostly document order, and watch() gives a mark out of order
    // a bucket of its own. (Sorting them would compare nodes far apart, which walks the siblings
    // between them: 18 ms for 400 marks on a 15,000-comment page read in parts.)
    for (const list of this.mentions.values()) for (const m of list) this.watch(m);
  }

  /**
   * Mentions are kept in buckets of up to BUCKET_ELEMENTS elements in document order, and only each
   * bucket's first element is observed: the observer's own cost grows with its targets on every
   * frame that changes layout. A bucket is registered while its first element or the next bucket's
   * is near the viewport. A mention that comes out of order gets a bucket of its own.
   */
  private watch(m: Mention): void {
    const el = m.node.parentElement;
    if (!el || !this.windowed) return;
    let b = this.buckets.get(el) ?? this.open;
    if (!b || (!b.els.has(el) && b.els.size >= BUCKET_ELEMENTS)) b = this.bucket(el, true);
    else if (b === this.open && !b.els.has(el) && b.sentinel.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) b = this.bucket(el, false);
    b.els.add(el);
    b.mentions.add(m);
    m.bucket = b;
    if (b.shown) this.highlight.add(rangeFor(m));
  }

  private bucket(el: Element, chain: boolean): Bucket {
    const b: Bucket = { sentinel: el, els: new Set(), mentions: new Set(), far: false, shown: false, seen: false, prev: chain ? this.open : null, next: null };
    if (chain) {
      if (this.open) this.open.next = b;
      this.open = b;
    }
    this.buckets.set(el, b);
    this.windowed!.observe(el); // both report the element's state soon
    this.nearby!.observe(el);
    return b;
  }

  /** What should be registered changed: noted, applied when the window next moves. */
  private onFar(entries: IntersectionObserverEntry[]): void {
    if (this.stopped) return;
    let now = false;
    for (const e of entries) {
      const b = this.buckets.get(e.target);
      if (!b) continue;
      b.far = e.isIntersecting;
      this.moved.add(b);
      if (!b.seen) now = b.seen = true; // a new bucket (the scan or new content): show it now
    }
    if (now) this.applyMoves();
  }

  /** Marks come close: move the window if some of them are not registered. */
  private onNear(entries: IntersectionObserverEntry[]): void {
    if (this.stopped) return;
    let due = false;
    for (const e of entries) {
      const b = this.buckets.get(e.target);
      if (!b) continue;
      if (e.isIntersecting && (!b.shown || (b.prev !== null && !b.prev.shown))) due = true;
    }
    if (!due) return;
    const t = performance.now();
    if (this.moveTimer === undefined) this.movedSince = t;
    clearTimeout(this.moveTimer);
    if (t - this.movedSince >= WINDOW_MAX_WAIT_MS) this.applyMoves();
    else this.moveTimer = setTimeout(() => this.applyMoves(), WINDOW_QUIET_MS);
  }

  /** Register and unregister the buckets whose nearness changed, in one go. */
  private applyMoves(): void {
    clearTimeout(this.moveTimer);
    this.moveTimer = undefined;
    if (this.stopped || !this.windowed) return;
    for (const b of this.moved) {
      this.showBucket(b);
      if (b.prev) this.showBucket(b.prev);
    }
    this.moved.clear();
    this.opts.onChange?.();
  }

  private showBucket(b: Bucket): void {
    const want = b.far || (b.next?.far ?? false);
    if (want === b.shown) return;
    b.shown = want;
    for (const m of b.mentions) {
      if (want && m.node.isConnected) this.highlight.add(rangeFor(m));
      else if (m.range) this.highlight.delete(m.range);
    }
  }

  private unwindow(): void {
    this.windowed?.disconnect();
    this.windowed = null;
    this.nearby?.disconnect();
    this.nearby = null;
    this.buckets.clear();
    this.open = null;
    this.moved.clear();
    clearTimeout(this.moveTimer);
    this.moveTimer = undefined;
  }

  /** Few marks again (the page changed): register them all. */
  private toAll(): void {
    this.unwindow();
    for (const list of this.mentions.values()) for (const m of list) this.highlight.add(rangeFor(m));
  }

  private unbucket(m: Mention): void {
    const b = m.bucket;
    if (!b) return;
    b.mentions.delete(m);
    if (b.mentions.size || !this.windowed) return;
    this.windowed.unobserve(b.sentinel);
    this.nearby?.unobserve(b.sentinel);
    this.buckets.delete(b.sentinel);
    this.moved.delete(b);
    if (b.prev) b.prev.next = b.next;
    if (b.next) b.next.prev = b.prev;
    if (this.open === b) this.open = b.prev;
  }

  private dropNode(t: Text): void {
    const list = this.mentions.get(t);
    if (!list) return;
    this.mentions.delete(t);
    this.unmark(list);
  }

  /** Take back the marks of a name that the page has since shown to be someone else's. */
  private dropName(key: string): void {
    for (const [t, list] of this.mentions) {
      const gone = list.filter((m) => this.matcher.shape(m.alias).key === key);
      if (!gone.length) continue;
      if (gone.length === list.length) this.mentions.delete(t);
      else this.mentions.set(t, list.filter((m) => !gone.includes(m)));
      this.unmark(gone, true);
    }
  }

  /** Unregister marks already taken out of `mentions`, and forget them in the page's counts
   *  (`retract`: the page showed them wrong, so they are no longer K-drama context either). */
  private unmark(list: Mention[], retract = false): void {
    for (const m of list) {
      if (m.range) this.highlight.delete(m.range);
      if (retract) this.resolver.retracted(m.entity);
      else this.resolver.removed(m.entity);
    }
    this.total -= list.length;
    if (this.windowed) {
      for (const m of list) this.unbucket(m);
      if (this.total <= ALL_MARKS / 2) this.toAll();
    }
  }

  private sweep(): void {
    this.sweepDue = false;
    for (const t of this.mentions.keys()) if (!t.isConnected) this.dropNode(t);
    this.resolver.sweep(this.alive);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    // A single-page app went to another page (YouTube, from one video to the next): what the last
    // page said (its names, its context words, its characters) must not decide on this one, so the
    // page is read again from scratch. (A change of #fragment is not another page.)
    if (location.pathname + location.search !== this.url) {
      this.rescanAll();
      return;
    }
    const own = this.opts.ownHost();
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target;
        if (t.nodeType === Node.TEXT_NODE && (!this.lazy || this.mentions.has(t as Text) || inside(t, this.seen))) this.queue.push(t);
        continue;
      }
      if (r.removedNodes.length) this.sweepDue = true;
      // a lazy page reads what is added to a part it has read; the rest when it comes near
      if (this.lazy && r.addedNodes.length && !inside(r.target, this.seen)) {
        this.regionSoon();
        continue;
      }
      for (let i = 0, added = r.addedNodes; i < added.length; i++) {
        const n = added[i];
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
      if ('querySelectorAll' in root) {
        const found = (root as ParentNode).querySelectorAll(NOT_STANDARD);
        for (let i = 0; i < found.length; i++) els.push(found[i]);
      }
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
