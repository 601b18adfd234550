// The data pipeline: schema errors say what and where; broken references and unacknowledged
// shared aliases fail; invalid data never replaces the generated files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, loadData } from '../../scripts/lib/compile';
import { buildCard } from '../../core/card-builder';
import { classify } from '../../core/ambiguity';
import { Cls } from '../../core/index-format';
import { fixtureIndex } from './helpers';

const FIXTURE = path.join(__dirname, '../fixtures/data');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempData(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dramalens-data-'));
  temps.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}
const editJson = (file: string, fn: (d: any) => void) => {
  const d = JSON.parse(fs.readFileSync(file, 'utf8'));
  fn(d);
  fs.writeFileSync(file, JSON.stringify(d));
};

describe('schema errors say what and where', () => {
  it('a drama without a Hangul title', () => {
    const dir = tempData((d) => editJson(path.join(d, 'dramas/d.json'), (x) => delete x.dramas[2].hangul));
    const r = loadData(dir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/dramas\/d\.json\.dramas\[2\]\.hangul/);
  });
  it('an article URL that is not http(s)', () => {
    const dir = tempData((d) => editJson(path.join(d, 'articles/a.json'), (x) => (x.articles[0].url = 'ftp://example.org/x')));
    const r = loadData(dir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/articles\[0\]\.url: must be an http\(s\) URL/);
  });
  it('a year that is not a number', () => {
    const dir = tempData((d) => editJson(path.join(d, 'dramas/d.json'), (x) => (x.dramas[0].year = '2021')));
    const r = loadData(dir);
    expect(r.ok).toBe(false);
  });
  it('broken JSON names the file', () => {
    const dir = tempData((d) => fs.writeFileSync(path.join(d, 'actors/a.json'), '{"actors": ['));
    const r = loadData(dir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/actors\/a\.json: not valid JSON/);
  });
});

describe('cross-file rules', () => {
  const compileDir = (dir: string) => {
    const r = loadData(dir);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return compile(r.value);
  };
  it('a cast member who is not an actor', () => {
    const dir = tempData((d) => editJson(path.join(d, 'dramas/d.json'), (x) => x.dramas[0].cast.push({ actor: 'nobody-here', role: 'X' })));
    expect(compileDir(dir).errors.join('\n')).toMatch(/cast\[2\] names actor "nobody-here"/);
  });
  it('an article tag that names no entity', () => {
    const dir = tempData((d) => editJson(path.join(d, 'articles/a.json'), (x) => x.articles[0].entities.push('ghost')));
    expect(compileDir(dir).errors.join('\n')).toMatch(/names entity "ghost"/);
  });
  it('an alias two entities share must be acknowledged', () => {
    const dir = tempData((d) => editJson(path.join(d, 'actors/a.json'), (x) => x.actors.push({ id: 'song-kang-2', name: 'Song Kang', hangul: '송강' })));
    expect(compileDir(dir).errors.join('\n')).toMatch(/alias "Song Kang" is used by song-kang and song-kang-2/);
    editJson(path.join(dir, 'overrides.json'), (x) => (x.shared = { 'Song Kang': ['song-kang', 'song-kang-2'], 송강: ['song-kang', 'song-kang-2'] }));
    expect(compileDir(dir).errors).toEqual([]);
  });
  it('an id defined twice', () => {
    const dir = tempData((d) => editJson(path.join(d, 'actors/a.json'), (x) => x.actors.push({ ...x.actors[0] })));
    expect(compileDir(dir).errors.join('\n')).toMatch(/id "song-kang" is already defined/);
  });
});

describe('build step', () => {
  it('invalid data is rejected and the generated files stay byte-identical', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dramalens-out-'));
    temps.push(out);
    const tsx = path.join(__dirname, '../../node_modules/.bin/tsx');
    const script = path.join(__dirname, '../../scripts/build-data.ts');
    execFileSync(tsx, [script, '--data', FIXTURE, '--out', out]);
    const before = fs.readFileSync(path.join(out, 'index.json'));
    const bad = tempData((d) => editJson(path.join(d, 'dramas/d.json'), (x) => delete x.dramas[0].year));
    let err = '';
    try {
      execFileSync(tsx, [script, '--data', bad, '--out', out], { stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr: Buffer }).stderr);
    }
    expect(err).toMatch(/dramas\[0\]\.year/);
    expect(fs.readFileSync(path.join(out, 'index.json')).equals(before)).toBe(true);
  });
  it('stats count what the contract asks for', () => {
    const { stats } = fixtureIndex();
    expect(stats).toMatchObject({ actors: 10, dramas: 17, articles: 2 });
    expect(stats.aliases).toBeGreaterThan(40);
    expect(stats.dramasWithSource).toBe(0);
  });
});

describe('ambiguity rule', () => {
  const common = (w: string) => ['nevertheless', 'signal', 'sweet', 'home', 'my', 'name', 'rain', 'the', 'glory', 'queen', 'of', 'tears', 'crash', 'landing', 'on', 'you'].includes(w);
  it.each([
    ['Han So-hee', 'actor', Cls.Distinctive],
    ['IU', 'actor', Cls.NeedsContext],
    ['Rain', 'actor', Cls.NeverAlone],
    ['한소희', 'actor', Cls.Distinctive],
    ['공유', 'actor', Cls.NeedsContext],
    ['Nevertheless', 'drama', Cls.Common],
    ['Sweet Home', 'drama', Cls.Common],
    ['Queen of Tears', 'drama', Cls.Common],
    ['Crash Landing on You', 'drama', Cls.Common],
    ['Itaewon Class', 'drama', Cls.Distinctive],
    ['W', 'drama', Cls.NeverAlone],
    ['도깨비', 'drama', Cls.Common],
    ['사랑의 불시착', 'drama', Cls.Distinctive],
  ] as const)('%s (%s)', (form, kind, want) => expect(classify(form, kind, common)).toBe(want));
});

describe('related articles on a card', () => {
  const { details } = fixtureIndex();
  it('the article about both people on the page comes first', () => {
    const card = buildCard(details, 'song-kang', ['song-kang', 'han-so-hee'], []);
    expect(card?.articles[0].url).toContain('koreaboo.com/stories/song-kang-han-so-hee-nevertheless-flirting-chemistry');
  });
  it('with Sweet Home on the page, the Sweet Home article comes first', () => {
    const card = buildCard(details, 'song-kang', ['song-kang', 'sweet-home'], []);
    expect(card?.articles[0].url).toContain('song-kang-sweet-home');
  });
  it('alternatives carry a hint', () => {
    const card = buildCard(details, 'song-kang', [], ['song-kang-ho']);
    expect(card?.alternatives).toEqual([{ id: 'song-kang-ho', name: 'Song Kang-ho', kind: 'actor', hint: 'born 1967' }]);
  });
});
