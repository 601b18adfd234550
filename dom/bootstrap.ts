// The content script proper: small, because it is compiled on every page and every frame. It
// carries the detection index's hash table (a base64 string literal: parsing and decoding it costs
// less than the extension API's first call), walks the page's text with the scanner's first stage,
// and touches the extension API only when it meets a candidate name: then it reads the settings and,
// unless the site is switched off, asks the background to inject the full detector
// (entrypoints/detector.ts). Pages with no name pay for this walk and nothing else.
import { firstStage } from '../core/first-stage';
import { unpackHashes } from '../core/hashset';
import { readForPage, siteEnabled, watchForPage } from '../utils/settings';
import type { StartState } from './dramalens';
import { load } from './inject';
import type { Life } from './life';
import { SLICE_MS, nextTask, whenIdle } from './schedule';
import { NOT_STANDARD, SKIP } from './tags';

type Detector = { startDramalens: (ctx: Life, s: StartState) => Promise<void> };

export function bootstrap(ctx: Life, table: string): void {
  if (typeof Highlight === 'undefined') return; // no CSS Custom Highlight API: nothing to do
  const host = location.hostname;
  let started = false;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') queue.push(r.target);
      else for (const n of r.addedNodes) queue.push(n);
    }
    schedule();
  });

  // A candidate: read the settings (the first use of the extension API on this page); a page that
  // is switched off then only listens for being switched on.
  const start = async () => {
    if (started) return;
    started = true;
    observer.disconnect();
    if (ctx.isInvalid) return;
    let { settings, suppressions } = await readForPage();
    if (ctx.isInvalid) return;
    const run = async () => {
      const detector = await load<Detector>('detector');
      if (!detector || ctx.isInvalid) return;
      await detector.startDramalens(ctx, { settings, suppressions, table });
    };
    if (siteEnabled(settings, host)) return run();
    const unwatch = watchForPage((c) => {
      if (c.suppressions) suppressions = c.suppressions;
      if (c.settings) {
        settings = c.settings;
        if (siteEnabled(settings, host)) {
          unwatch();
          void run();
        }
      }
    });
    ctx.onInvalidated(unwatch);
  };

  // First stage only (core/first-stage.ts): candidates, strong or weak, without the alias table.
  // Hits that count only with context cannot be marked unless the page has a name or at least two
  // context words besides (core/context.ts), so three of them are the least worth waking for.
  const go = () => void start().catch(() => {
    /* never let an error reach the page's console */
  });
  const hashes = unpackHashes(table);
  const hits = { strong: false, weak: 0 };
  // From the document itself: touching document.body first would cost its wrapper in this world.
  const queue: Node[] = [document];
  let walker: TreeWalker | null = null;
  let scheduled = false;

  const found = (t: Node): boolean => {
    const data = (t as Text).data;
    if (data.length < 2) return false;
    const p = t.parentNode as Element | null;
    if (p && p.nodeType === 1 && SKIP.has(p.tagName)) return false;
    firstStage(hashes, data, hits);
    return hits.strong || hits.weak >= 3;
  };
  const work = () => {
    scheduled = false;
    if (started) return;
    const deadline = performance.now() + SLICE_MS;
    for (;;) {
      if (!walker) {
        const root = queue.shift();
        if (!root) return;
        if (!root.isConnected) continue;
        if (root.nodeType === 3) {
          if (found(root)) return go();
          continue;
        }
        walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      }
      let n = 0;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (found(t)) return go();
        if (++n === 64) {
          n = 0;
          if (performance.now() > deadline) return schedule();
        }
      }
      walker = null;
    }
  };
  function schedule() {
    if (scheduled || started) return;
    scheduled = true;
    nextTask(work);
  }

  observer.observe(document, { childList: true, subtree: true, characterData: true });
  work();
  // Names inside open shadow roots are not in this walk: let the full detector look there.
  whenIdle(() => {
    if (started) return;
    for (const el of document.querySelectorAll(NOT_STANDARD)) if (el.shadowRoot) return go();
  }, 2000);
}
