// Context words: K-drama vocabulary that makes a common title on the same page or block more
// likely to be meant as a title. Matched by the same scanner; never marked. Three kinds (the build
// stores each word's kind in its alias entry, see core/index-format.ts):

/** Generic: they count next to a name ("drama", "episode", "cast", "Netflix"). */
const GENERIC = [
  'drama', 'dramas', 'episode', 'episodes', 'Ep', 'OST', 'actor', 'actors', 'actress', 'actresses',
  'starring', 'co-star', 'costar', 'cast', 'webtoon', 'Netflix', 'Disney+', 'finale', 'rom-com', 'romcom',
];

/**
 * Only K-drama talk uses them (K-drama itself, fan vocabulary, Korean words): two of them make a
 * page about K-dramas even when every title on it is a common word ("Reply 1988", "School 2013").
 */
const K_ONLY = [
  'K-drama', 'K-dramas', 'kdrama', 'kdramas', 'second lead', 'Hallyu', 'sageuk', 'chaebol', 'oppa',
  '드라마', '배우', '출연', '주연', '시청률', '웹툰', '본방', '회차', '최종회',
];

/**
 * Korean networks and platforms: K-drama context next to another context word or a name ("tvN
 * drama Mine"), but not on their own, since Korean news names them about anything ("KBS and MBC
 * reported...").
 */
const NETWORKS = [
  'tvN', 'JTBC', 'KBS', 'KBS2', 'MBC', 'SBS', 'OCN', 'ENA', 'MBN', 'TVING', 'Wavve', 'Coupang Play', 'Viki', 'Rakuten Viki',
  '방송', '넷플릭스', '티빙',
];

/** What a context word says. */
export const enum CueKind {
  Generic = 0,
  K = 1,
  Network = 2,
}

export const CUES: Array<[string, CueKind]> = [
  ...GENERIC.map((c): [string, CueKind] => [c, CueKind.Generic]),
  ...K_ONLY.map((c): [string, CueKind] => [c, CueKind.K]),
  ...NETWORKS.map((c): [string, CueKind] => [c, CueKind.Network]),
];
