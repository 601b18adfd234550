import path from 'node:path';
import { compile, loadData } from '../../scripts/lib/compile';
import { Matcher, type RawMatch } from '../../core/matcher';

export function fixtureIndex() {
  const loaded = loadData(path.join(__dirname, '../fixtures/data'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const out = compile(loaded.value);
  if (out.errors.length) throw new Error(out.errors.join('\n'));
  return out;
}

/** Raw scanner output as [text, entity id] pairs. */
export function scanner() {
  const { index } = fixtureIndex();
  const m = Matcher.of(index);
  return (text: string) => {
    const out: RawMatch[] = [];
    m.scan(text, out);
    return out.map((r) => {
      const e = index.aliases[r.alias][1];
      const ids = (typeof e === 'number' ? [e] : e).map((i) => index.entities[i][0]).join('|');
      return [text.slice(r.start, r.end), ids] as [string, string];
    });
  };
}

import { Resolver } from '../../core/resolve';
import type { IndexData } from '../../core/index-format';

/**
 * Run detection on a page given as blocks of text (each block one or more text nodes), the way
 * the content script does: scan every node, then resolve what waited for context.
 * Returns, per block, the marked texts as "text=entity-id".
 */
export function detector(index?: IndexData) {
  const idx = index ?? fixtureIndex().index;
  const matcher = Matcher.of(idx);
  return (blocks: Array<string | string[]>) => {
    // a new page: nothing carries over from the last one (the content script has a matcher per page)
    matcher.skipCues = false;
    const r = new Resolver<{ t: string; b: number }, { b: number }>(matcher);
    const out: string[][] = blocks.map(() => []);
    let found: Array<{ b: number; start: number; text: string; alias: number; entity: number; ambiguous: boolean; s: string }> = [];
    // as the content script does: a name learned to be someone else's takes back its marks so far
    r.onNamedOther = (key) => {
      found = found.filter((f) => {
        if (matcher.shape(f.alias).key !== key) return true;
        r.retracted(f.entity);
        return false;
      });
    };
    const accept = (m: { node: { t: string; b: number }; start: number; end: number; alias: number; entity: number; ambiguous: boolean }) =>
      found.push({ b: m.node.b, start: m.start, text: m.node.t.slice(m.start, m.end), alias: m.alias, entity: m.entity, ambiguous: m.ambiguous, s: '' });
    const nodes: Array<{ t: string; b: number }> = [];
    blocks.forEach((blk, b) => {
      const block = { b };
      for (const t of typeof blk === 'string' ? [blk] : blk) {
        const node = { t, b };
        nodes.push(node);
        r.judge(node, t, block, [...r.scan(t)], accept);
      }
    });
    r.resolve(() => true, accept);
    // as the card does: an uncertain choice is made again with the whole page
    for (const f of found) {
      const entity = f.ambiguous ? r.rechoose(f.alias, f.entity).entity : f.entity;
      f.s = `${f.text}=${idx.entities[entity][0]}`;
    }
    found.sort((x, y) => x.b - y.b || x.start - y.start);
    for (const f of found) out[f.b].push(f.s);
    return out;
  };
}
