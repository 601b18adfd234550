// The content script proper: small, because it is compiled on every page and every frame. It
// carries the detection index's hash table (a base64 string literal: parsing and decoding it costs
// less than the extension API's first call) and walks the page's text with the scanner's first
// stage. Only when it meets a candidate name does it call `onCandidate` (dom/wake.ts: settings, then
// the full detector). Pages with no name pay for this walk and nothing else: no extension API, no
// element wrapper in this world, no code beyond this file's and the first stage's compiled.
import { firstStage } from '../core/first-stage';
import { unpackHashes } from '../core/hashset';
import { SLICE_MS, nextTask, whenIdle } from './schedule';
import { LONG_TEXT, NOT_STANDARD, SKIP } from './tags';

export function bootstrap(table: string, onCandidate: () => Promise<void>): void {
  if (typeof Highlight === 'undefined') return; // no CSS Custom Highlight API: nothing to do
  let started = false;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') queue.push(r.target);
      else for (let i = 0, added = r.addedNodes; i < added.length; i++) queue.push(added[i]);
    }
    schedule();
  });
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    onCandidate().catch(() => {
      /* never let an error reach the page's console */
    });
  };

  // First stage only (core/first-stage.ts): candidates, strong or weak, without the alias table.
  // Hits that count only with context cannot be marked unless the page has a name or at least two
  // context words besides (core/context.ts), so three of them are the least worth waking for.
  const hashes = unpackHashes(table);
  const hits = { strong: false, weak: 0 };
  const inText = { strong: false, weak: 0 };
  // From the document itself: touching document.body first would cost its wrapper in this world.
  const queue: Node[] = [document];
  let walker: TreeWalker | null = null;
  let scheduled = false;

  // Text in a script, a style, a title... does not count. A long text is checked before it is
  // scanned (it may be a script); a short one only when it holds a candidate, so that a page without
  // names makes no element wrapper in this world (measured: about 0.8 ms of the tiny-page tax).
  const skipped = (t: Node): boolean => {
    const p = t.parentNode as Element | null;
    return p !== null && p.nodeType === 1 && SKIP.has(p.tagName);
  };
  const found = (t: Node): boolean => {
    const data = (t as Text).data;
    if (data.length < 2) return false;
    const long = data.length > LONG_TEXT;
    if (long && skipped(t)) return false;
    inText.strong = false;
    inText.weak = 0;
    firstStage(hashes, data, inText);
    if ((!inText.strong && inText.weak === 0) || (!long && skipped(t))) return false;
    hits.strong ||= inText.strong;
    hits.weak += inText.weak;
    return hits.strong || hits.weak >= 3;
  };
  const work = () => {
    scheduled = false;
    if (started) return;
    const deadline = Date.now() + SLICE_MS; // Date: no Performance wrapper in this world
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
          if (Date.now() > deadline) return schedule();
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
    const els = document.querySelectorAll(NOT_STANDARD);
    for (let i = 0; i < els.length; i++) if (els[i].shadowRoot) return go();
  }, 2000);
}
