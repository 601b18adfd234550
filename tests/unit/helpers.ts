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
