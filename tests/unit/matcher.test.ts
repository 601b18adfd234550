import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRONG, firstStage } from '../../core/first-stage';
import { decodeHashes } from '../../core/hashset';
import { Matcher } from '../../core/matcher';
import { foldKey, hashForm, hashString } from '../../core/text';
import { compile, loadData } from '../../scripts/lib/compile';
import { fixtureIndex, scanner } from './helpers';

const scan = scanner();
const names = (t: string) => scan(t).filter(([, id]) => id !== 'cue');

describe('matcher: variants of one name', () => {
  it.each([
    ['Han So-hee', 'Han So-hee'], ['Han So Hee', 'Han So Hee'], ['Han Sohee', 'Han Sohee'], ['HanSoHee', 'HanSoHee'],
    ['#HanSoHee', 'HanSoHee'], ['han sohee', 'han sohee'], ['HAN SO HEE', 'HAN SO HEE'], ['Han So‐hee', 'Han So‐hee'],
  ])('%s -> han-so-hee', (text, marked) => {
    expect(names(`I love ${text} so much`)).toEqual([[marked, 'han-so-hee']]);
  });
  it('does not split a name at a non-syllable break', () => {
    expect(names('Hans Ohee was there')).toEqual([]);
  });
  it('family-name romanizations resolve to one person', () => {
    expect(names('Yi Do-hyun and Rhee Do-hyun')).toEqual([['Yi Do-hyun', 'lee-do-hyun'], ['Rhee Do-hyun', 'lee-do-hyun']]);
    expect(names('Jeon Ji-hyun')).toEqual([['Jeon Ji-hyun', 'jun-ji-hyun']]);
  });
});

describe('matcher: longest match and boundaries', () => {
  it.each([
    ['Song Kang-ho won the award', [['Song Kang-ho', 'song-kang-ho']]],
    ['Song Kang hosts the show', [['Song Kang', 'song-kang']]],
    ['Song Kang ho', [['Song Kang ho', 'song-kang-ho']]],
    ['송강호가 출연', [['송강호', 'song-kang-ho']]],
    ['송강이 출연', [['송강', 'song-kang']]],
    ["Kim Soo-hyun's new drama", [['Kim Soo-hyun', 'kim-soo-hyun']]],
    ['Kim Soo-hyun’s new drama', [['Kim Soo-hyun', 'kim-soo-hyun']]],
    ['@kimsoohyun posted', []],
    ['see kimsoohyun.com', []],
    ['Kim Soo-hyunnie', []],
    ['Songkang', [['Songkang', 'song-kang']]],
    ['Song Kangaroo', []],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('matcher: Korean particles', () => {
  it.each([
    ['김수현과 전지현이', [['김수현', 'kim-soo-hyun'], ['전지현', 'jun-ji-hyun']]],
    ['김수현은', [['김수현', 'kim-soo-hyun']]],
    ['김수현의 미소', [['김수현', 'kim-soo-hyun']]],
    ['김수현에게서', [['김수현', 'kim-soo-hyun']]],
    ['안녕김수현', []],
    ['김수현철', []],
    ['‘눈물의 여왕’으로', [['눈물의 여왕', 'queen-of-tears']]],
    ['눈물의여왕 보는 중', [['눈물의여왕', 'queen-of-tears']]],
    ['‘킹덤: 아신전’으로', [['킹덤: 아신전', 'kingdom-ashin-of-the-north']]],
    ['별에서 온 그대 김수현', [['별에서 온 그대', 'my-love-from-the-star'], ['김수현', 'kim-soo-hyun']]],
    ['보이스3 봤어', [['보이스', 'voice']]],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('matcher: titles', () => {
  it.each([
    ["It's Okay to Not Be Okay", [["It's Okay to Not Be Okay", 'its-okay-to-not-be-okay']]],
    ['Its Okay to Not Be Okay', [['Its Okay to Not Be Okay', 'its-okay-to-not-be-okay']]],
    ['Uncanny Counter', [['Uncanny Counter', 'the-uncanny-counter']]],
    ['#CrashLandingOnYou', [['CrashLandingOnYou', 'crash-landing-on-you']]],
    ['CrashLandingOnYou', [['CrashLandingOnYou', 'crash-landing-on-you']]],
    ['sweethome', []],
    ['Hospital Playlist 2', [['Hospital Playlist', 'hospital-playlist']]],
    ['Kingdom: Ashin of the North', [['Kingdom: Ashin of the North', 'kingdom-ashin-of-the-north']]],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('matcher: characters around names', () => {
  it.each([
    ['❤️Han So-hee❤️', [['Han So-hee', 'han-so-hee']]],
    ['“Han So-hee”', [['Han So-hee', 'han-so-hee']]],
    ['Ｈａｎ Ｓｏ－ｈｅｅ', [['Ｈａｎ Ｓｏ－ｈｅｅ', 'han-so-hee']]],
    ['Hán Só-hée', [['Hán Só-hée', 'han-so-hee']]],
    ['—Han So-hee—', [['Han So-hee', 'han-so-hee']]],
    ['「사내맞선」', [['사내맞선', 'business-proposal']]],
    ['#사내맞선 #BusinessProposal', [['사내맞선', 'business-proposal'], ['BusinessProposal', 'business-proposal']]],
    ['Хан Со Хи Han So-hee', [['Han So-hee', 'han-so-hee']]],
    ['韓素希 한소희', [['한소희', 'han-so-hee']]],
  ])('%s', (text, want) => expect(names(text)).toEqual(want));
});

describe('matcher: first stage without the alias table (the content script bootstrap)', () => {
  const { index } = fixtureIndex();
  const first = (text: string) => {
    const m = new Matcher(index.table, () => null);
    m.scan(text, []);
    return { strong: m.missedStrong, weak: m.missedWeak };
  };
  it.each([
    ['Just a short paragraph about the weather, the bus schedule and nothing else.', false, 0],
    ['A page about Han So-hee.', true, 0],
    ['그리고 김수현', true, 0],
    ['a big goblin shark', false, 1],
    ['drama drama Goblin', false, 3],
  ])('%s', (text, strong, weak) => expect(first(text)).toEqual({ strong, weak }));
});

describe('first stage (core/first-stage.ts) agrees with the matcher without its alias table', () => {
  // The content script decides with firstStage whether a page needs the detector; it must see
  // exactly the candidates the matcher's own first stage sees, on every alias of the real data.
  const loaded = loadData(path.join(__dirname, '../../data'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const { index } = compile(loaded.value);
  const table = decodeHashes(index.table);
  const m = new Matcher(index.table, () => null);
  const viaMatcher = (text: string) => {
    m.missedStrong = false;
    m.missedWeak = 0;
    m.scan(text, []);
    // a strong candidate decides alone: the first stage stops counting there
    return m.missedStrong ? { strong: true, weak: 0 } : { strong: false, weak: m.missedWeak };
  };
  const viaFirstStage = (text: string) => {
    const found = firstStage(table, text);
    return found === STRONG ? { strong: true, weak: 0 } : { strong: false, weak: found };
  };
  const forms = index.aliases.map((a) => a[0]);
  const texts = [
    'Just a short paragraph about the weather, the bus schedule and nothing else.',
    'Nevertheless, moving on: the signal dropped and my name is Big.',
    ...forms.flatMap((f, i) => [
      `${f}`,
      `I watched ${f}'s new show`,
      `#${f.replace(/\s+/g, '')} and “${f}”`,
      `${f}은 ${f}의 ${f}3 ${f}시즌2`,
      `${forms[(i * 7) % forms.length]} - ${f}, ${forms[(i * 13) % forms.length]}`,
    ]),
  ];
  it(`on ${texts.length} texts built from ${forms.length} alias forms`, () => {
    const differ = texts.filter((t) => JSON.stringify(viaMatcher(t)) !== JSON.stringify(viaFirstStage(t)));
    expect(differ.slice(0, 5)).toEqual([]);
    // and the corpus really exercises both outcomes
    expect(texts.filter((t) => viaFirstStage(t).strong).length).toBeGreaterThan(forms.length);
    expect(texts.filter((t) => !viaFirstStage(t).strong && viaFirstStage(t).weak > 0).length).toBeGreaterThan(10);
  });
});

describe('hashForm', () => {
  it('is hashString(foldKey(form)) for every alias form of the real data', () => {
    const loaded = loadData(path.join(__dirname, '../../data'));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const forms = compile(loaded.value).index.aliases.map((a) => a[0]);
    const differ = forms.filter((f) => hashForm(f) !== hashString(foldKey(f)));
    expect(differ).toEqual([]);
    expect(hashForm('Han So-hee')).toBe(hashForm('hansohee'));
    expect(hashForm('Han So-hee')).not.toBe(hashForm('hansoheee'));
  });
});
