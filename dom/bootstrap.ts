// The content script proper: small, because it is compiled on every page. It reads the settings
// and the hash table (one storage call), walks the page's text with the scanner's first stage, and
// only when it meets a candidate name asks the background to inject the full detector
// (entrypoints/detector.ts). Pages with no name pay for this walk and nothing else.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Matcher, type RawMatch } from '../core/matcher';
import { sendMessage } from '../utils/messaging';
import { readForPage, siteEnabled, watchForPage } from '../utils/settings';
import type { StartState } from './dramalens';
import { load } from './inject';
import { SLICE_MS, nextTask, whenIdle } from './schedule';
import { NOT_STANDARD, SKIP } from './tags';

type Detector = { startDramalens: (ctx: ContentScriptContext, s: StartState) => Promise<void> };

export async function bootstrap(ctx: ContentScriptContext): Promise<void> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  const page = await readForPage();
  if (ctx.isInvalid) return;
  let { settings, suppressions } = page;
  const host = location.hostname;
  const table = page.table ?? (await sendMessage('indexTable', undefined));
  if (ctx.isInvalid) return;

  let started = false;
  let unwatch: (() => void) | null = null;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') queue.push(r.target);
      else for (const n of r.addedNodes) queue.push(n);
    }
    schedule();
  });

  const start = async () => {
    if (started) return;
    started = true;
    observer.disconnect();
    unwatch?.();
    const detector = await load<Detector>('detector');
    if (!detector || ctx.isInvalid) return;
    await detector.startDramalens(ctx, { settings, suppressions, table });
  };

  // A page that is switched off only listens for being switched on.
  if (!siteEnabled(settings, host)) {
    unwatch = watchForPage((c) => {
      if (c.suppressions) suppressions = c.suppressions;
      if (c.settings) {
        settings = c.settings;
        if (siteEnabled(settings, host)) void start();
      }
    });
    ctx.onInvalidated(() => unwatch?.());
    return;
  }

  // First stage only: with no alias table, candidates show as matcher.missedStrong/missedWeak.
  // Hits that count only with context cannot be marked unless the page has a name or at least two
  // context words besides (core/context.ts), so three of them are the least worth waking for.
  const matcher = new Matcher(table, () => null);
  const sink: RawMatch[] = [];
  const queue: Node[] = [document.body ?? document.documentElement];
  let walker: TreeWalker | null = null;
  let scheduled = false;

  const found = (t: Node): boolean => {
    const data = (t as Text).data;
    if (data.length < 2) return false;
    const p = t.parentNode as Element | null;
    if (p && p.nodeType === 1 && SKIP.has(p.tagName)) return false;
    matcher.scan(data, sink);
    return matcher.missedStrong || matcher.missedWeak >= 3;
  };
  const work = () => {
    scheduled = false;
    if (started || ctx.isInvalid) return;
    const deadline = performance.now() + SLICE_MS;
    for (;;) {
      if (!walker) {
        const root = queue.shift();
        if (!root) return;
        if (!root.isConnected) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          if (found(root)) return void start();
          continue;
        }
        walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      }
      let n = 0;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (found(t)) return void start();
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
  ctx.onInvalidated(() => observer.disconnect());
  work();
  // Names inside open shadow roots are not in this walk: let the full detector look there.
  whenIdle(() => {
    if (started || ctx.isInvalid) return;
    for (const el of document.querySelectorAll(NOT_STANDARD)) if (el.shadowRoot) return void start();
  }, 2000);
}
