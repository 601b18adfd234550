// Korean particles (josa) and endings that may follow a Hangul name or title. A Hangul mention may
// be followed, inside the same word, only by a sequence of these (김수현과, 눈물의 여왕으로도).
const PARTICLES = new Set(
  (
    '은 는 이 가 을 를 의 과 와 도 에 에게 에게서 한테 한테서 께 께서 랑 이랑 에서 까지 부터 처럼 만 ' +
    '으로 로 으로서 로서 보다 하고 이나 나 이며 며 이라 라 이란 란 이야 야 아 이여 여 이다 다 ' +
    '이에요 예요 이었다 였다 입니다 님 씨 요 은요 는요 뿐 마저 조차 밖에 같은 같이 말고 대신'
  ).split(' '),
);
const MAX_PIECE = 3;

/** True if `s` is empty or a sequence of up to three particles. */
export function isParticleTail(s: string, depth = 0): boolean {
  if (s.length === 0) return true;
  if (depth >= 3) return false;
  for (let n = Math.min(MAX_PIECE, s.length); n >= 1; n--) {
    if (PARTICLES.has(s.slice(0, n)) && isParticleTail(s.slice(n), depth + 1)) return true;
  }
  return false;
}
