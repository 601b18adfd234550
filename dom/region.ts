// What of a very large page lies near the viewport, found by position without visiting the rest:
// a feed of 15,000 comments is one element with 15,000 children, searched by halving, so finding
// the few hundred near the viewport costs a few dozen position reads, not a walk of the page.
import { SKIP } from './tags';

/** Past this many children a list is searched by position (its children follow each other down
 *  the page); a shorter one is simply read in order. */
const LIST = 32;
/** In a long list, how many children past the bottom edge are read too (a few may be out of
 *  order: floats, a sticky header). */
const PAST = 2;

const hidden = (r: DOMRect) => r.width === 0 && r.height === 0;

/** Index of the first child of `kids` that may reach below `top` (assumes document order is
 *  top-to-bottom order, as in a list; hidden children count as above). */
function firstReaching(kids: HTMLCollection, top: number): number {
  let lo = 0;
  let hi = kids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = kids[mid].getBoundingClientRect();
    if (hidden(r) || r.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * Push onto `out` the parts of `root` between `top` and `bottom` (viewport px) that `seen` does not
 * hold yet, and add them to `seen`: each element low enough to read whole (no taller than the
 * span, or with no element children), and the loose text of the bigger ones, which are split by
 * their children instead (those go on `split`). Hidden elements (no box) are left for a full read.
 */
export function near(root: Element, top: number, bottom: number, seen: WeakSet<Node>, out: Node[], split: Element[] = []): void {
  const span = bottom - top;
  const visit = (el: Element, depth: number): void => {
    split.push(el);
    // text directly in a big element (a few nodes at most: a long list has only white space there)
    if (el.childNodes.length <= 2 * LIST) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3 && !seen.has(c) && (c as Text).data.trim()) {
          seen.add(c);
          out.push(c);
        }
      }
    }
    // (searched in the live collection: copying it to an array would make a wrapper for each of
    // the 15,000 children in this world; a lookup by index only steps over siblings natively)
    const kids = el.children;
    const n = kids.length;
    if (n > LIST) {
      // the children between the two edges are the list's items near the viewport: read each
      // whole (an item taller than the span is still one item), with no more positions read
      const from = firstReaching(kids, top);
      const to = Math.min(n, firstReaching(kids, bottom) + PAST);
      for (let i = from; i < to; i++) {
        const c = kids[i];
        if (seen.has(c) || SKIP.has(c.tagName)) continue;
        seen.add(c);
        out.push(c);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = kids[i];
      if (SKIP.has(c.tagName)) continue;
      const r = c.getBoundingClientRect();
      if (r.top > bottom || r.bottom < top || hidden(r) || seen.has(c)) continue;
      // (a box that scrolls is big by what it holds, not by its own height)
      if (c.firstElementChild === null || depth > 48 || (r.height <= span && c.scrollHeight <= span)) {
        seen.add(c);
        out.push(c);
      } else visit(c, depth + 1);
    }
  };
  visit(root, 0);
}

/** `node` lies inside a part that `seen` holds (it has been read). */
export function inside(node: Node, seen: WeakSet<Node>): boolean {
  for (let n: Node | null = node, d = 0; n && d < 64; n = n.parentNode, d++) if (seen.has(n)) return true;
  return false;
}
