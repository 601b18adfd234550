// Maintenance: consolidate data written in parallel (several authors, one actors file each) into
// one definition per actor, split by first letter (data/actors/<letter>.json).
//  - records with the same id are merged field by field (conflicts reported, first kept);
//  - the same person under two ids (same Hangul name, same or unknown birth year, similar
//    romanization) is merged into the id used most, and references in dramas/articles are
//    rewritten;
//  - a drama id defined twice keeps the first; article tags that name no entity are dropped.
// Usage: tsx scripts/merge-data.ts [--prune]   (prints what it did; rerun is a no-op)
import fs from 'node:fs';
import path from 'node:path';
import type { Actor, Article, Drama } from '../core/schema';

const root = path.resolve(import.meta.dirname, '..', 'data');
const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));
const files = (d: string) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(root, d, f));
const log: string[] = [];
/** --prune: drop article tags that name no entity (only once every author has written) */
const prune = process.argv.includes('--prune');

// ---- actors: merge same id ----
const byId = new Map<string, Actor>();
for (const f of files('actors')) {
  for (const a of read(f).actors as Actor[]) {
    const prev = byId.get(a.id);
    if (!prev) {
      byId.set(a.id, { ...a });
      continue;
    }
    for (const [k, v] of Object.entries(a) as Array<[keyof Actor, unknown]>) {
      const pv = prev[k];
      if (pv === undefined) (prev as Record<string, unknown>)[k] = v;
      else if (k === 'altNames') prev.altNames = [...new Set([...(prev.altNames ?? []), ...(v as string[])])];
      else if (JSON.stringify(pv) !== JSON.stringify(v)) log.push(`conflict ${a.id}.${k}: kept ${JSON.stringify(pv)}, dropped ${JSON.stringify(v)} (${path.basename(f)})`);
    }
  }
}

// ---- references, to choose canonical ids ----
const dramaFiles = files('dramas').map((f) => ({ f, data: read(f) as { dramas: Drama[] } }));
const articleFiles = files('articles').map((f) => ({ f, data: read(f) as { articles: Article[] } }));
const refs = new Map<string, number>();
for (const { data } of dramaFiles) for (const d of data.dramas) for (const c of d.cast) refs.set(c.actor, (refs.get(c.actor) ?? 0) + 1);
for (const { data } of articleFiles) for (const a of data.articles) for (const id of a.entities) refs.set(id, (refs.get(id) ?? 0) + 1);

// ---- same person, two ids ----
const squash = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '').replace(/oo|u/g, 'u').replace(/eo/g, 'o').replace(/ch|j/g, 'j').replace(/k|g/g, 'g');
const rename = new Map<string, string>();
const byHangul = new Map<string, Actor[]>();
for (const a of byId.values()) byHangul.set(a.hangul, [...(byHangul.get(a.hangul) ?? []), a]);
for (const group of byHangul.values()) {
  if (group.length < 2) continue;
  group.sort((x, y) => (refs.get(y.id) ?? 0) - (refs.get(x.id) ?? 0) || x.id.localeCompare(y.id));
  const keep = group[0];
  for (const other of group.slice(1)) {
    const yearsAgree = !keep.birthYear || !other.birthYear || keep.birthYear === other.birthYear;
    const namesAlike = squash(keep.name) === squash(other.name) || (keep.altNames ?? []).includes(other.name) || (other.altNames ?? []).includes(keep.name) || other.name.toLowerCase() === keep.name.toLowerCase();
    if (!yearsAgree || !namesAlike) {
      log.push(`kept apart: ${keep.id} (${keep.birthYear ?? '?'}) and ${other.id} (${other.birthYear ?? '?'}) share ${keep.hangul}`);
      continue;
    }
    rename.set(other.id, keep.id);
    keep.altNames = [...new Set([...(keep.altNames ?? []), ...(other.name !== keep.name ? [other.name] : []), ...(other.altNames ?? [])])].filter((n) => n !== keep.name);
    if (!keep.altNames.length) delete keep.altNames;
    for (const k of ['birthYear', 'birthName', 'birthNameHangul', 'agency', 'group', 'sourceUrl'] as const) if (keep[k] === undefined && other[k] !== undefined) (keep as Record<string, unknown>)[k] = other[k];
    byId.delete(other.id);
    log.push(`merged ${other.id} into ${keep.id}`);
  }
}
const canon = (id: string) => rename.get(id) ?? id;

// ---- dramas: rewrite cast ids, drop repeated dramas ----
const seenDrama = new Set<string>();
for (const { f, data } of dramaFiles) {
  data.dramas = data.dramas.filter((d) => {
    if (seenDrama.has(d.id)) {
      log.push(`dropped repeated drama ${d.id} from ${path.basename(f)}`);
      return false;
    }
    seenDrama.add(d.id);
    const seen = new Set<string>();
    d.cast = d.cast.map((c) => ({ ...c, actor: canon(c.actor) })).filter((c) => !seen.has(c.actor) && seen.add(c.actor));
    return true;
  });
  fs.writeFileSync(f, `${JSON.stringify(data, null, 2)}\n`);
}

// ---- articles: rewrite ids, drop unknown tags ----
const known = new Set([...byId.keys(), ...seenDrama]);
const seenUrl = new Set<string>();
for (const { f, data } of articleFiles) {
  data.articles = data.articles.filter((a) => {
    if (seenUrl.has(a.url)) {
      log.push(`dropped repeated article ${a.url}`);
      return false;
    }
    seenUrl.add(a.url);
    const ids = [...new Set(a.entities.map(canon))];
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length && prune) log.push(`article ${a.url}: dropped unknown tags ${unknown.join(', ')}`);
    a.entities = prune ? ids.filter((id) => known.has(id)) : ids;
    if (!a.entities.length) log.push(`dropped article with no known entity: ${a.url}`);
    return a.entities.length > 0;
  });
  fs.writeFileSync(f, `${JSON.stringify(data, null, 2)}\n`);
}

// ---- write actors by first letter ----
for (const f of files('actors')) fs.rmSync(f);
const byLetter = new Map<string, Actor[]>();
for (const a of [...byId.values()].sort((x, y) => x.id.localeCompare(y.id))) {
  const l = /^[a-z]/.test(a.id) ? a.id[0] : '0';
  byLetter.set(l, [...(byLetter.get(l) ?? []), a]);
}
for (const [l, actors] of byLetter) fs.writeFileSync(path.join(root, 'actors', `${l}.json`), `${JSON.stringify({ actors }, null, 2)}\n`);
console.log(log.join('\n'));
console.log(`actors: ${byId.size}, renamed: ${rename.size}, dramas: ${seenDrama.size}, articles: ${seenUrl.size}`);
