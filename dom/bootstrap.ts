// The content script proper: small, because it is compiled on every page and every frame. It
// carries the detection index's hash table (base64: parsing and decoding it costs less than the
// extension API's first call; see scripts/lib/build-boot.ts for how it is written) and walks the
// page's text with the scanner's first stage. Only when it meets a candidate name does it call
// `onCandidate` (the injected detector script, then dom/wake.ts: settings, then the full
// detector). Pages with no name pay for this walk and nothing else: no extension API, no element
// wrapper in this world, no code beyond this file's and the first stage's compiled.
//
// What a page without names pays is mostly fixed cost, measured with the tracing perf.mjs uses
// (scripts/tax-ab.mjs compares builds): about 12 µs for each function first called, a few hundred
// µs for each task the script runs in, and the first use of each DOM interface in this world. So
// the walk is one function that runs in the script's own task, the text check is inlined into it,
// and nothing is scheduled unless the page changes or is too long for one slice.
import { STRONG, firstStage } from '../core/first-stage';
import { decodeHashes } from '../core/hashset';
import { SLICE_MS, nextTask } from './schedule';
import { LONG_TEXT, NOT_STANDARD, SKIP } from './tags';

export function bootstrap(table: string, onCandidate: () => Promise<void>): void {
  // No CSS Custom Highlight API: nothing to do. (`in` does not build the interface object.)
  if (!('Highlight' in self)) return;
  const hashes = decodeHashes(table);
  let started = false;
  // Hits that count only with context cannot be marked unless the page has a name or at least two
  // context words besides (core/context.ts), so three of them are the least worth waking for.
  let weak = 0;
  // From the document itself: touching document.body first would cost its wrapper in this world.
  const queue: Node[] = [document];
  let walker: TreeWalker | null = null;
  let scheduled = false;
  let shadowChecks = 0;
  let shadowsAt = 0;
  let shadowTimer = false;

  const go = () => {
    started = true;
    observer.disconnect();
    onCandidate().catch(() => {
      /* never let an error reach the page's console */
    });
  };
  const schedule = () => {
    if (scheduled || started) return;
    scheduled = true;
    nextTask(work);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') queue.push(r.target);
      else for (let i = 0, added = r.addedNodes; i < added.length; i++) queue.push(added[i]);
    }
    schedule();
  });

  function work(): void {
    scheduled = false;
    if (started) return;
    const deadline = Date.now() + SLICE_MS; // Date: no Performance wrapper in this world
    let n = 0;
    for (;;) {
      let t = walker ? walker.nextNode() : null;
      if (!t) {
        walker = null;
        const root = queue.shift();
        if (!root) break;
        if (!root.isConnected) continue;
        if (root.nodeType !== 3) {
          walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
          continue;
        }
        t = root;
      }
      // Text in a script, a style, a title... does not count. A long text is checked before it is
      // scanned (it may be a script); a short one only when it holds a candidate, so that a page
      // without names makes no element wrapper in this world (measured: about 0.8 ms of the tax).
      const data = (t as Text).data;
      if (data.length > 1) {
        const long = data.length > LONG_TEXT;
        const p = long ? (t.parentNode as Element | null) : null;
        if (!(p && p.nodeType === 1 && SKIP.has(p.tagName))) {
          const found = firstStage(hashes, data);
          if (found) {
            const q = long ? null : (t.parentNode as Element | null);
            if (!(q && q.nodeType === 1 && SKIP.has(q.tagName))) {
              if (found === STRONG) return go();
              weak += found;
              if (weak >= 3) return go();
            }
          }
        }
      }
      if (++n === 64) {
        n = 0;
        if (Date.now() > deadline) return schedule();
      }
    }
    // Names inside open shadow roots are not in this walk: let the full detector look if any
    // element that may host one has one. Once the page as it first stood is read (in this task:
    // a task of its own costs more than the query), and again, a second apart and four times at
    // most, after the page changes or while it has elements that may still get one (a custom
    // element upgraded after load).
    if (shadowChecks === 4 || shadowTimer) return;
    const wait = shadowsAt + 1000 - Date.now();
    if (wait > 0) return later(wait);
    shadowChecks++;
    shadowsAt = Date.now();
    const els = document.querySelectorAll(NOT_STANDARD);
    for (let i = 0; i < els.length; i++) if (els[i].shadowRoot) return go();
    if (els.length) later(1000);
  }
  function later(ms: number): void {
    shadowTimer = true;
    setTimeout(() => {
      shadowTimer = false;
      schedule();
    }, ms);
  }

  observer.observe(document, { childList: true, subtree: true, characterData: true });
  work();
}
