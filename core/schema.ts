// Data schema for the source files in data/ (see data/README.md). Pure valibot, no DOM.
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case kebab case'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const HttpUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'));
const Hangul = v.pipe(v.string(), v.regex(/[\uAC00-\uD7A3]/, 'must contain Hangul'));
const Year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2030));

export const CastEntry = v.strictObject({
  actor: Id,
  role: NonEmpty,
  lead: v.optional(v.literal(true)),
});

export const Drama = v.strictObject({
  id: Id,
  title: NonEmpty,
  altTitles: v.optional(v.array(NonEmpty)),
  hangul: Hangul,
  hangulAlt: v.optional(v.array(Hangul)),
  year: Year,
  network: v.pipe(v.array(NonEmpty), v.minLength(1, 'needs at least one network or platform')),
  episodes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  genres: v.optional(v.array(NonEmpty)),
  basedOn: v.optional(
    v.strictObject({
      type: v.picklist(['webtoon', 'novel', 'web novel', 'manga', 'film', 'drama remake', 'other']),
      title: NonEmpty,
      note: v.optional(v.string()),
    }),
  ),
  cast: v.array(CastEntry),
  summary: v.optional(NonEmpty),
  sourceUrl: v.optional(HttpUrl),
});

export const Actor = v.strictObject({
  id: Id,
  name: NonEmpty,
  hangul: Hangul,
  birthName: v.optional(NonEmpty),
  birthNameHangul: v.optional(Hangul),
  birthYear: v.optional(Year),
  altNames: v.optional(v.array(NonEmpty)),
  agency: v.optional(NonEmpty),
  group: v.optional(NonEmpty),
  sourceUrl: v.optional(HttpUrl),
});

export const Article = v.strictObject({
  url: HttpUrl,
  headline: NonEmpty,
  outlet: NonEmpty,
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'))),
  entities: v.pipe(v.array(Id), v.minLength(1, 'must name at least one entity')),
  summary: NonEmpty,
  /** editor's pick: first among equally relevant articles */
  pinned: v.optional(v.literal(true)),
});

export const AmbiguityClass = v.picklist(['distinctive', 'common', 'needs-context', 'never-alone']);
export type AmbiguityClass = v.InferOutput<typeof AmbiguityClass>;

export const DramaFile = v.strictObject({ dramas: v.array(Drama) });
export const ActorFile = v.strictObject({ actors: v.array(Actor) });
export const ArticleFile = v.strictObject({ articles: v.array(Article) });
export const OverridesFile = v.strictObject({
  /** alias form (as written) -> class; applies to every entity with that alias */
  ambiguity: v.record(v.string(), AmbiguityClass),
  /** forms never to generate or match, e.g. a variant that is an everyday word */
  suppress: v.optional(v.array(v.string())),
  /** alias form -> the entities knowingly sharing it (two actors of the same name, a title and a name) */
  shared: v.optional(v.record(v.string(), v.array(Id))),
});

export type Drama = v.InferOutput<typeof Drama>;
export type Actor = v.InferOutput<typeof Actor>;
export type Article = v.InferOutput<typeof Article>;
export type Overrides = v.InferOutput<typeof OverridesFile>;

/** Validate parsed JSON against a file schema; returns readable "path: message" issues. */
export function checkFile<T>(schema: v.GenericSchema<unknown, T>, data: unknown, file: string): { ok: true; value: T } | { ok: false; errors: string[] } {
  const r = v.safeParse(schema, data);
  if (r.success) return { ok: true, value: r.output };
  return {
    ok: false,
    errors: r.issues.map((i) => {
      const path = (i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
      return `${file}${path || ''}: ${i.message}`;
    }),
  };
}
