// Context words: K-drama vocabulary that makes a common title on the same page or block more
// likely to be meant as a title. Matched by the same scanner; never marked.
export const CUES: string[] = [
  'drama', 'dramas', 'K-drama', 'K-dramas', 'kdrama', 'kdramas', 'episode', 'episodes', 'Ep', 'OST',
  'actor', 'actors', 'actress', 'actresses', 'starring', 'co-star', 'costar', 'cast', 'webtoon', 'tvN', 'JTBC', 'KBS', 'KBS2',
  'MBC', 'SBS', 'OCN', 'ENA', 'MBN', 'TVING', 'Wavve', 'Coupang Play', 'Viki', 'Rakuten Viki', 'Netflix',
  'Disney+', 'second lead', 'finale', 'Hallyu', 'rom-com', 'romcom', 'sageuk', 'chaebol', 'oppa',
  '드라마', '배우', '출연', '주연', '방송', '시청률', '웹툰', '넷플릭스', '티빙', '본방', '회차', '최종회',
];

/**
 * Context words that only K-drama talk uses (K-drama itself, fan vocabulary, Korean words): two of
 * them make a page about K-dramas even when every title on it is a common word ("Reply 1988",
 * "School 2013"). The generic ones (drama, episode, cast, Netflix) count only next to a name.
 */
export const K_CUES: string[] = [
  'K-drama', 'K-dramas', 'second lead', 'Hallyu', 'sageuk', 'chaebol', 'oppa',
  '드라마', '배우', '출연', '주연', '시청률', '웹툰', '본방', '회차', '최종회',
];

/**
 * Korean networks and platforms: K-drama context next to another context word or a name ("tvN
 * drama Mine"), but not on their own, since Korean news names them about anything ("KBS and MBC
 * reported...").
 */
export const NETWORKS: string[] = [
  'tvN', 'JTBC', 'KBS', 'KBS2', 'MBC', 'SBS', 'OCN', 'ENA', 'MBN', 'TVING', 'Wavve', 'Coupang Play', 'Viki', 'Rakuten Viki',
  '방송', '넷플릭스', '티빙',
];
