// Point -> mention, without touching the page: the caret position under the pointer gives a text
// node and an offset (10ten Japanese Reader does the same), then the mention's own client rects
// confirm the pointer is really over the name (the caret API also answers past the end of a line).
import type { Detector, Mention } from './detector';

type CaretPos = { offsetNode: Node; offset: number } | null;
type DocWithCaret = Document & {
  caretPositionFromPoint?: (x: number, y: number, opts?: { shadowRoots?: ShadowRoot[] }) => CaretPos;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number, roots: ShadowRoot[]): CaretPos {
  const d = document as DocWithCaret;
  if (d.caretPositionFromPoint) {
    try {
      return d.caretPositionFromPoint(x, y, roots.length ? { shadowRoots: roots } : undefined);
    } catch {
      return d.caretPositionFromPoint(x, y);
    }
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { offsetNode: r.startContainer, offset: r.startOffset } : null;
}

export function rangeOf(m: Mention): Range {
  const r = document.createRange();
  r.setStart(m.node, m.start);
  r.setEnd(m.node, m.end);
  return r;
}

const SLOP = 2;

export function mentionAt(x: number, y: number, d: Detector): Mention | null {
  if (d.mentions.size === 0) return null;
  const pos = caretAt(x, y, [...d.shadowRoots]);
  if (!pos || pos.offsetNode.nodeType !== Node.TEXT_NODE) return null;
  const list = d.mentions.get(pos.offsetNode as Text);
  if (!list) return null;
  for (const m of list) {
    if (pos.offset < m.start || pos.offset > m.end) continue;
    for (const rect of rangeOf(m).getClientRects()) {
      if (x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP) return m;
    }
  }
  return null;
}
