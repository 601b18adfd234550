// Detection as a page sees it: scanner + how names are written + page/block context.
import { describe, expect, it } from 'vitest';
import { detector } from './helpers';

const detect = detector();
const one = (text: string) => detect([text])[0];

describe('distinctive names are marked anywhere', () => {
  it.each([
    ['Song Hye-kyo fans', []],
    ['han so hee!!', ['han so hee=han-so-hee']],
    ['한소희 최고', ['한소희=han-so-hee']],
    ['Kim Soo-hyun’s smile', ['Kim Soo-hyun=kim-soo-hyun']],
  ])('%s', (text, want) => expect(one(text)).toEqual(want));
});

describe('common words need the look of a title and K-drama context', () => {
  const ctx = 'Han So-hee and Kim Soo-hyun fans, listen.';
  it.each([
    ['Nevertheless, the trip was fine.', []],
    ['Nevertheless I still skip the intro.', []],
    ['I finally watched Nevertheless last night.', ['Nevertheless=nevertheless']],
    ['I finally watched nevertheless last night.', []],
    ['Moving on, the museum was closed.', []],
    ['My name is on the list.', []],
    ['She starred in My Name on Netflix.', ['My Name=my-name']],
    ['We played Kingdom Hearts all night.', []],
    ['Sweet Home Alabama is a film.', []],
    ['a sweet home away from home', []],
    ['Sweet Home Season 3 is out', ['Sweet Home=sweet-home']],
    ['Have you seen “Vincenzo” yet?', ['Vincenzo=vincenzo']],
    ["We ate at Vincenzo's pizzeria.", ['Vincenzo=vincenzo']],
    ['The Glory part 2 tops the chart', ['The Glory=the-glory']],
    ['glory to the team', []],
    ['Crash Landing on You is on tonight', ['Crash Landing on You=crash-landing-on-you']],
    ['crash landing on you rewatch, again', ['crash landing on you=crash-landing-on-you']],
    ["its okay to not be okay tbh", ['its okay to not be okay=its-okay-to-not-be-okay']],
    ['the glory days are over', []],
  ])('with context: %s', (text, want) => {
    expect(detect([ctx, text])[1]).toEqual(want);
  });
  it.each([
    'Crash Landing on You is on tonight',
    "It's okay to not be okay, says the therapist.",
    'I finally watched Nevertheless last night.',
    'She starred in My Name on Netflix.',
    "We ate at Vincenzo's pizzeria.",
    'The Glory part 2 tops the chart',
    'Sweet Home Season 3 is out',
  ])('without context, nothing: %s', (text) => {
    expect(detect(['A page about bread and the weather.', text])[1]).toEqual([]);
  });
  it('a K-drama word in the same block is enough when the page has one name', () => {
    expect(detect(['Lee Do-hyun news', 'The drama Sweet Home returns'])[1]).toEqual(['Sweet Home=sweet-home']);
  });
  it('context found later on the page still counts', () => {
    expect(detect(['I finally watched Nevertheless last night.', 'Han So-hee and Song Kang were great.'])[0]).toEqual(['Nevertheless=nevertheless']);
  });
});

describe('short names need exact case and context', () => {
  const ctx = 'Park Shin-hye and Gong Yoo were there.';
  it.each([
    ['IU sang the OST', ['IU=iu']],
    ['iu sang', []],
    ['Suzy looked great', ['Suzy=suzy']],
    ['suzy looked great', []],
    ['Suzy Bishop is a character', []],
    ['Bae Suzy looked great', ['Bae Suzy=suzy']],
    ['공유가 드라마에 나왔다', ['공유=gong-yoo']],
    ['파일 공유 기능이 생겼다', []],
    ['‘공유’가 나왔다', ['공유=gong-yoo']],
  ])('%s', (text, want) => expect(detect([ctx, text])[1]).toEqual(want));
  it('short Hangul names need K-drama words or names in the same block', () => {
    expect(detect(['김수현 전지현 한소희', '공유가 나왔다'])[1]).toEqual([]);
    expect(detect(['김수현 전지현 한소희', '공유가 드라마에 나왔다'])[1]).toEqual(['공유=gong-yoo']);
  });
  it('never-alone titles only in quotes', () => {
    expect(detect([ctx, 'W is a letter'])[1]).toEqual([]);
    expect(detect([ctx, 'I loved “W” so much'])[1]).toEqual(['W=w']);
  });
});

describe('shared names', () => {
  it('a name two entities share resolves by the other names on the page', () => {
    // Song Kang (actor) vs "송강" — unique here; shared names are covered in the data tests.
    expect(detect(['Song Kang and Han So-hee in Nevertheless'])[0]).toEqual(['Song Kang=song-kang', 'Han So-hee=han-so-hee', 'Nevertheless=nevertheless']);
  });
});
