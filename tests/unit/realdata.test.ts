// Detection with the real knowledge base (data/): the cases fans and pages actually produce.
// Every false positive or negative found in the product becomes a row here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, loadData } from '../../scripts/lib/compile';
import { detector } from './helpers';

const loaded = loadData(path.join(__dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const { index, errors } = compile(loaded.value);
const detect = detector(index);
const ids = (blocks: Array<string | string[]>) => detect(blocks).map((b) => b.map((s) => s.split('=')[1]));

const KDRAMA = 'Kim Soo-hyun, Jun Ji-hyun and Song Joong-ki fans, this one is for you.';

describe('the real data compiles', () => {
  it('without errors', () => expect(errors).toEqual([]));
});

describe('marked anywhere', () => {
  it.each([
    ['Song Kang-ho won at Cannes', 'song-kang-ho'],
    ['Han So-hee', 'han-so-hee'],
    ['HanSoHee', 'han-so-hee'],
    ['#HanSoHee', 'han-so-hee'],
    ['han sohee', 'han-so-hee'],
    ['Kim Soo-hyun’s return', 'kim-soo-hyun'],
    ['Jeon Ji-hyun', 'jun-ji-hyun'],
    ['Park Seo-joon', 'park-seo-joon'],
    ['Pak Seo-joon', 'park-seo-joon'],
    ['Itaewon Class', 'itaewon-class'],
    ['이상한 변호사 우영우', 'extraordinary-attorney-woo'],
    ['사랑의 불시착', 'crash-landing-on-you'],
    ['사랑의불시착', 'crash-landing-on-you'],
    ['오징어 게임', 'squid-game'],
    ['김수현', 'kim-soo-hyun'],
    ['김수현의', 'kim-soo-hyun'],
    ['한소희가', 'han-so-hee'],
    ['전지현이랑', 'jun-ji-hyun'],
    ['송강호는', 'song-kang-ho'],
    ['눈물의여왕 최고', 'queen-of-tears'],
    ['『눈물의 여왕』 다시 보기', 'queen-of-tears'],
    ['#사내맞선 좋아', 'business-proposal'],
    // two ways of writing one name fold alike: each keeps its own punctuation
    ['Bae Doona', 'bae-doona'],
    ['Bae Doo-na', 'bae-doona'],
    ["Sang Doo! Let's Go to School", 'sang-doo-lets-go-to-school'],
    ["Sang-doo, Let's Go to School", 'sang-doo-lets-go-to-school'],
    // dramas added after the real-page audit
    ['굿캐스팅', 'good-casting'],
  ])('%s', (text, id) => expect(ids([`I watched ${text} yesterday`])[0]).toContain(id));
});

describe('common words: only with context and the look of a title', () => {
  it.each([
    ['I finally started Goblin on Netflix.', 'goblin'],
    ['Hospital Playlist 2 made me cry', 'hospital-playlist'],
    ['Sweet Home Season 3 is out', 'sweet-home'],
    ['The Glory Part 2 is even better', 'the-glory'],
    ['Stranger season 2 was slower', 'stranger-2'],
    ['I rewatched Stranger last week', 'stranger'],
    ['I think Signal is still the best thriller', 'signal'],
    ['I watched Extraordinary Attorney Woo twice', 'extraordinary-attorney-woo'],
    ['Secret Forest', 'stranger'],
    ['Fight My Way', 'fight-for-my-way'],
    ['Answer Me 1988 is the best Reply', 'reply-1988'],
    ['#BusinessProposal', 'business-proposal'],
    ['I loved Vincenzo, Goblin and Signal', 'vincenzo'],
    ['the cast of Moving was stacked', 'moving'],
    ['‘보이스3’ 첫 방송', 'voice'],
    ['IU sang it', 'iu'],
    ['Suzy looked great', 'suzy'],
    ['Kill Me, Heal Me is my comfort show', 'kill-me-heal-me'],
    ['I had to watch him in “Heartstrings.” He was great', 'heartstrings'],
    ['I rewatched Hello Monster last week', 'hello-monster'],
    ['I Remember You is still my favourite thriller', 'hello-monster'],
    ['I binged Good Casting in two days', 'good-casting'],
    ['I finished Polaris on Disney+', 'polaris'],
    ['the upcoming drama "Moving," which', 'moving'],
    ['Kill Me Heal Me is my comfort show', 'kill-me-heal-me'],
  ])('%s', (text, id) => {
    expect(ids([KDRAMA, text])[1]).toContain(id);
    expect(ids(['Bread, weather and buses.', text])[1]).not.toContain(id);
  });
});

describe('never a title or a name', () => {
  it.each([
    'Nevertheless, the trip was fine.',
    'Nevertheless I still skip the intro.',
    'Moving on, the museum was closed.',
    'My name is on the list.',
    'The signal dropped twice.',
    'We played Kingdom Hearts all night.',
    'Stranger Things season 5 is out.',
    'Sweet Home Alabama is a classic.',
    'a sweet home away from home',
    'a stranger on the train',
    'the healer class is useless',
    'my mother called',
    'misty morning walk',
    'tomorrow is another day',
    'the glory days',
    'Song of the year is the OST',
    'I showed my boss a business proposal today',
    'iu sang',
    'suzy said hi',
    'Rain is coming',
    'Big Bang reunion',
    'see you tomorrow at the W hotel',
    '내일 방송된다',
    '파일 공유 기능이 생겼다',
    '배우다 보면',
    '@kimsoohyun posted',
    'kimsoohyun.com',
    'Lee and Kim, two buskers',
    'Korea’s ‘N-Po’ Generation looks for jobs',
    'a V-neck sweater',
    'an L-shaped sofa',
    'the Netflix original series The Bride of Black',
    'We loved Lady of the Kingdom most.',
    'Song Kangaroo',
  ])('%s', (text) => expect(detect([KDRAMA, text])[1]).toEqual([]));
  it('short Hangul names need the block, or a page full of names', () => {
    expect(detect(['Kim Soo-hyun and Jun Ji-hyun', '파일 공유 기능'])[1]).toEqual([]);
    expect(detect(['Kim Soo-hyun and Jun Ji-hyun', '공유 주연 드라마'])[1]).toEqual(['공유=gong-yoo']);
    expect(detect(['김수현 전지현 송중기 한소희', '공유가 나왔다'])[1]).toEqual([]);
  });
});

describe('longest match wins', () => {
  it.each([
    ['Song Kang-ho', 'song-kang-ho'],
    ['Song Kang ho', 'song-kang-ho'],
    ['송강호', 'song-kang-ho'],
    ['Kingdom: Ashin of the North', 'kingdom-ashin-of-the-north'],
    ['킹덤: 아신전', 'kingdom-ashin-of-the-north'],
    ['Hospital Playlist', 'hospital-playlist'],
  ])('%s', (text, id) => expect(ids([KDRAMA, `${text} is great`])[1]).toEqual([id]));
});

describe('a page about K-dramas whose titles are all common words', () => {
  // A fan's list: no full name, no distinctive title, but K-drama talk all over it.
  const list = (cues: [string, string]) => [
    `My favorite ${cues[0]}`,
    '1. Reply 1988',
    'This one focused a lot on family.',
    '2. School 2013',
    `The bromance is real, and the ${cues[1]} was on point.`,
    '3. Kill Me, Heal Me',
    '4. It’s Okay, It’s Love',
  ];
  it('two context words only K-drama talk uses make it one', () => {
    expect(ids(list(['K-dramas', 'second lead'])).flat()).toEqual(['reply-1988', 'school-2013', 'kill-me-heal-me', 'its-okay-thats-love']);
  });
  it('generic context words alone do not (dramas, episodes, Netflix)', () => {
    expect(ids(list(['dramas', 'episode'])).flat()).toEqual([]);
  });
  it('one full name and one such word do', () => {
    expect(ids(['K-Drama Recommendations', '1. Pinocchio', 'It stars Lee Jongsuk, one of my favorite actors.']).flat()).toEqual(['pinocchio', 'lee-jong-suk']);
    expect(ids(['Recommendations', '1. Pinocchio', 'It stars Song Kang, one of my favorite people.']).flat()).toEqual(['song-kang']);
    // ...but one of its own actors does (a cast link)
    expect(ids(['Recommendations', '1. Pinocchio', 'It stars Lee Jongsuk, one of my favorite people.']).flat()).toEqual(['pinocchio', 'lee-jong-suk']);
  });
});

describe('one-letter stage names (N, L, V)', () => {
  it('are marked with K-drama context in their own block', () => {
    expect(ids(['V and Park Seo-joon were great in Hwarang']).flat()).toEqual(['v', 'park-seo-joon', 'hwarang']);
    expect(ids(['In the finale episode, V cried.']).flat()).toEqual(['v']);
  });
  it('not on the strength of the rest of the page', () => {
    expect(ids(['K-dramas on KBS and MBC this week', 'Grade V students']).flat()).toEqual([]);
  });
});

describe('network names are K-drama context only next to something else', () => {
  it('news that names networks is not about dramas', () => {
    expect(ids(['KBS, MBC and SBS all carried the Signal from the central bank.']).flat()).toEqual([]);
    expect(ids(["KBS 방송에서 '내일' 날씨를 전했다"]).flat()).toEqual([]);
  });
  it('a network with a drama word is', () => {
    expect(ids(['He is in the tvN drama Mine now.']).flat()).toEqual(['mine']);
    expect(ids(["KBS 드라마 '내일' 첫 방송"]).flat()).toEqual(['tomorrow']);
  });
});

// Found by running the detector over real pages from the search corpus (general and K-drama).
describe('a name that belongs to someone else', () => {
  it.each([
    // a character's name that contains an actor's one-word name
    ['Ryu Seung-ryong will play the role of Jang Joo-won, who can recover quickly.', ['ryu-seung-ryong']],
    ['Go Youn-jung and Kim Do-hoon will play the roles of Jang Hee-soo and Lee Kang-hoon.', ['go-youn-jung', 'kim-do-hoon']],
    ['Kim Tae-hee plays Han Yuri in the drama.', ['kim-tae-hee']],
    // a two-syllable name before a third syllable: "Kim Joon Wan" is a character
    ['Ahn Jung Won (Yoo Yeon Seok), Kim Joon Wan (Jung Kyung Ho)', ['yoo-yeon-seok', 'jung-kyung-ho']],
    // a surname before a two-word name; a hyphen and one more syllable after it
    ['Best Female Entertainer: Hong Jin Kyung', []],
    ['Bae Yoo-ram and Jang Hyuk-jin for Taxi Driver 2', []],
    ['Kim Sung-cheol (Beauty and Mr. Romantic), Lee Seol Ah (Beauty and Mr. Romantic)', ['kim-sung-cheol']],
    // the screenwriter Kim Soo-hyun; 신구 세대 is "old and new generations"
    ['시청률 64.9%를 기록한 드라마는 김수현 작가의 대표작 중 하나로, 신구 세대의 가치관을 그렸다.', []],
    // 이상이 is also "more than" + a particle; 김정은 is also North Korea's leader
    ['영업이익의 절반 이상이 반도체에서 나온 것으로 추정된다.', []],
    ['김정은 국무위원장이 판문점에서 트럼프 대통령을 만났다.', []],
  ])('%s', (text, want) => expect(ids([text]).flat()).toEqual(want));
  it('the same names as themselves are still marked', () => {
    expect(ids(['Joo Won and Kim Joon were at the premiere.']).flat()).toEqual(['joo-won', 'kim-joon']);
    expect(ids(['Kim Bum In Talks To Join New Drama']).flat()).toEqual(['kim-bum']);
    expect(ids(['What have you done to us, Hyun Bin-ssi?']).flat()).toEqual(['hyun-bin']);
    // names in a row, as in a video's tags
    expect(ids(['Gong Yoo Kim Go Eun Lee Dong Wook Yoo In Na']).flat()).toEqual(['gong-yoo', 'kim-go-eun', 'lee-dong-wook', 'yoo-in-na']);
    expect(ids(['Gong Yoo Kim Go-eun Song Kang Kim Yoo-jung']).flat()).toEqual(['gong-yoo', 'kim-go-eun', 'song-kang', 'kim-yoo-jung']);
    // a surname that is also an interjection, in fan comments
    expect(ids(['Oh Hyun Bin you are so handsome']).flat()).toEqual(['hyun-bin']);
    expect(ids(['Go Song Kang!']).flat()).toEqual(['song-kang']);
    expect(ids(['배우 김수현이 드라마에 출연한다.']).flat()).toEqual(['kim-soo-hyun']);
    expect(ids(['배우 김정은이 새 드라마에 출연한다.']).flat()).toEqual(['kim-jung-eun']);
  });
  it('Wi Ha-joon as Netflix spells him', () => {
    expect(ids(['the Front Man of the Squid Game, Wi Ha-jun, undercover cop']).flat()).toEqual(['squid-game', 'wi-ha-joon']);
  });
});

describe('labels and platforms that are not context', () => {
  it('"Disney" is not "Disney+"', () => {
    expect(ids(['The Disney worlds are from Alice in Wonder Land, Hercules, Pinocchio, The Little Mermaid. Disney fans love Disney.']).flat()).toEqual([]);
    expect(ids(['I loved Moving on Disney+, the best drama this year.']).flat()).toEqual(['moving']);
    expect(ids(['I loved Moving on Disney, the best drama this year.']).flat()).toEqual([]);
  });
  it('"Producer:" is a label, not the drama Producer', () => {
    expect(ids(['Cast: Kim Tae-hee, Kwon Sang-woo', 'Producer: Lee Jang-soo']).flat()).toEqual(['kim-tae-hee', 'kwon-sang-woo']);
  });
  it('"All in all" opening a sentence is a phrase, not the drama All In', () => {
    const before = 'My favourite K-drama: Winter Sonata with Bae Yong-joon.';
    expect(ids([before, 'All in all, a classic.']).flat()).toEqual(['winter-sonata', 'bae-yong-joon']);
    expect(ids([before, 'All In was next on my list.']).flat()).toEqual(['winter-sonata', 'bae-yong-joon', 'all-in']);
  });
  it('a word inside a quoted or title-case title is not a title or a name of its own', () => {
    expect(ids([KDRAMA, 'Supporting Actors That Helped Bring "Crash Landing On You" To Life']).flat()).not.toContain('life');
    expect(ids([KDRAMA, 'Best Screenplay: July Jung (“Next Sohee”)']).flat()).not.toContain('ahn-so-hee');
    expect(ids([KDRAMA, 'I watched Life with Jo Seung-woo.']).flat()).toContain('life');
  });
  it('the Chicago Typewriter is also a gun', () => {
    expect(ids(['Gangsters called the Thompson the Chicago Typewriter, after its rat-a-tat sound.']).flat()).toEqual([]);
    expect(ids(['Yoo Ah-in was great in Chicago Typewriter.']).flat()).toEqual(['yoo-ah-in', 'chicago-typewriter']);
  });
});

describe('two actors called Kim Jae-won', () => {
  it('are told apart by the dramas on the page', () => {
    expect(ids(['Popularity Award: Kim Jae-won (Can You Hear My Heart), Hwang Jung-eum']).flat()).toContain('kim-jae-won');
    expect(ids(['Kim Jae-won plays Kim Ri-an in Hierarchy, with Roh Jeong-eui.']).flat()).toContain('kim-jae-won-2001');
  });
});

describe('a character who shares an actor\'s name', () => {
  it('is the character on a page about that drama', () => {
    const page = ['Full House (2004) review: Song Hye-kyo and Jung Ji-hoon', 'The story is about Han Ji Eun, an aspiring novelist.'];
    expect(ids(page).flat()).not.toContain('han-ji-eun');
    expect(ids(page).flat()).toContain('song-hye-kyo');
  });
  it('and the actor anywhere else', () => {
    expect(ids(['Song Hye-kyo and Jung Ji-hoon', 'Actress Han Ji-eun was great in this one.']).flat()).toContain('han-ji-eun');
  });
});

describe('a character called by the given name alone', () => {
  it('is the character on a page about that drama', () => {
    // Secret Garden: Hyun Bin plays Kim Joo-won; the actor Joo Won is not in it
    const page = ['Secret Garden ep 18 with Hyun Bin', '21 year old Joo Won was just extra cute.'];
    expect(ids(page).flat()).not.toContain('joo-won');
    // Stairway to Heaven: Han Yoo-ri, written "Yuri" as fans spell it
    expect(ids(['Stairway to Heaven cast: Choi Ji-woo, Kwon Sang-woo', "Han Pil-su (Tae-hwa & Yuri's dad)"]).flat()).not.toContain('kwon-yu-ri');
  });
  it('and the actor anywhere else', () => {
    expect(ids(['Joo Won was great in Good Doctor.']).flat()).toContain('joo-won');
  });
});

describe('a common-word title next to one of its actors', () => {
  it('is the drama, written as a title, though the page has only that one name', () => {
    expect(ids(['The Secret Garden Special', 'Now I am just trying to get all the Hyun Bin I can.']).flat()).toEqual(['secret-garden', 'hyun-bin']);
  });
  it('not with an actor who was not in it', () => {
    expect(ids(['The Secret Garden Special', 'Now I am just trying to get all the Song Kang I can.']).flat()).toEqual(['song-kang']);
  });
});

describe('another person who shares an actor\'s name', () => {
  it('is named by what they do, before the name', () => {
    expect(ids([KDRAMA, 'Written by "Love in the Moonlight" writer Kim Min-jung.']).flat()).not.toContain('kim-min-jung');
    expect(ids([KDRAMA, 'PD Kim Hee Won was amazing as always.']).flat()).not.toContain('kim-hee-won');
    expect(ids([KDRAMA, 'Best Director: Kim Hee-won']).flat()).not.toContain('kim-hee-won');
    expect(ids([KDRAMA, 'The series is directed by Kim Hee-won.']).flat()).not.toContain('kim-hee-won');
    expect(ids(['Editor’s note: Lt. Daniel Choi is an Iraq veteran.']).flat()).toEqual([]);
    expect(ids(['Teen speed skater Kim Min-seok wins bronze']).flat()).toEqual([]);
    expect(ids(["'눈물의 여왕'(극본 박지은/ 연출 장영우, 김희원) 12회"]).flat()).not.toContain('kim-hee-won');
    // a writer's crew ("사단") is named after the writer
    expect(ids(['이순재를 포함한 김수현 사단은 강부자, 유동근']).flat()).not.toContain('kim-soo-hyun');
  });
  it('the actors themselves are still marked', () => {
    expect(ids([KDRAMA, 'Actress Kim Min-jung was great.']).flat()).toContain('kim-min-jung');
    expect(ids([KDRAMA, 'Kim Hee-won was great in Misaeng.']).flat()).toContain('kim-hee-won');
    expect(ids(['배우 김희원이 출연한다.']).flat()).toContain('kim-hee-won');
    // a writer's favourite actors, listed after a colon
    expect(ids(['김수현 작가: 김혜자 & 윤여정']).flat()).toContain('kim-hye-ja');
  });
  it('and the same name elsewhere on that page is that person too', () => {
    expect(ids(['정보위, 이종석 국정원장 후보 인사청문회', '정보위는 19일 이종석 후보의 청문회를 연다.', '이종석은 답했다.']).flat()).toEqual([]);
    expect(ids(["People Power Party's candidate Kim Tae-woo, 48, lost.", 'Kim Tae-woo received 39 percent.']).flat()).toEqual([]);
    // a golf tour numbers players who share a name
    expect(ids(['최종합계 14언더파를 마크한 이정은5(28)', '지난해 신인왕 이정은6은 공동 9위']).flat()).toEqual([]);
    expect(ids(['Former Gangseo District chief Kim Tae-woo will run']).flat()).toEqual([]);
    // age and team in brackets, as news names an athlete
    expect(ids(['김지현(22·하이마트)이 KLPGA 투어 우승', '김지현은 최종일 버디를 잡았다.']).flat()).toEqual([]);
    expect(ids(['배우 김지현이 출연한다.']).flat()).toEqual(['kim-ji-hyun']);
    // work actors also do names someone else there only: an actor who directs is still the actor
    expect(ids([KDRAMA, 'A Man of Reason is directed by Jung Woo-sung.', 'Jung Woo-sung also stars in it.']).flat()).toContain('jung-woo-sung');
    expect(ids(['남자 최우수 연기상 후보 김수현, 이준호 후보 모두 참석했다.']).flat()).toContain('kim-soo-hyun');
    // and the marks made before the page showed it are taken back
    expect(ids(['김지현, KLPGA 투어 첫 우승', '김지현(22·하이마트)이 우승했다.']).flat()).toEqual([]);
    // and, taken back, that name no longer makes the page about K-dramas ('시그널' is a word here)
    expect(ids(['김지현, KLPGA 투어 첫 우승', '김지현(22·하이마트)이 우승했다.', '드라마 같은 역전승이었다.', '경기 후 "시그널"이라고 말했다.']).flat()).toEqual([]);
    expect(ids(['김지현, KLPGA 투어 첫 우승', '김지현(22·하이마트)이 우승했다.', '드라마 같은 역전승이었다.', '그녀의 별명은 ‘스위트홈’이다.']).flat()).toEqual([]);
    expect(ids([KDRAMA, 'Ji-eun and Jung Woo take shelter.', 'Jung Woo (Lee Sang-yeob) pushes her away.']).flat()).not.toContain('jung-woo');
  });
  it('a famous namesake needs K-drama context (the footballer Kim Min-jae)', () => {
    expect(ids(['Bayern Munich signs South Korean Kim Min-jae from Napoli']).flat()).toEqual([]);
    expect(ids([KDRAMA, 'Seo Ji Ahn (Kim Min Jae) joins the cast.']).flat()).toContain('kim-min-jae');
    // GOT7's Park Jin-young shares his name with JYP's founder
    expect(ids(['The founder of JYP Entertainment, Park Jin Young, met with reporters.']).flat()).toEqual([]);
    expect(ids([KDRAMA, "GOT7's Park Jin-young stars in the drama."]).flat()).toContain('park-jin-young');
  });
  it('a list of ordinary people in Korean, names in a row', () => {
    expect(ids(['합창단원 김영희 김유정 김정연 김주영 김태우 김현정']).flat()).toEqual([]);
    expect(ids(['김수현 김지원 주연의 드라마']).flat()).toEqual(['kim-soo-hyun', 'kim-ji-won']);
  });
});

describe('characters the page introduces next to their actors', () => {
  it('a given name written "Jung-woo" is a character', () => {
    expect(ids([KDRAMA, 'Ji-eun and Jung-woo are stuck in the rain.']).flat()).not.toContain('jung-woo');
    expect(ids([KDRAMA, 'Jung Woo won Best New Actor.']).flat()).toContain('jung-woo');
  });
  it('"Name (Actor)" makes the name a character on that page', () => {
    const page = ['Ji-eun (Park Ha-sun) and Jung Woo (Lee Sang-yeob) take shelter.', 'Jung Woo walks home.'];
    expect(ids(page).flat()).toEqual(['park-ha-sun', 'lee-sang-yeob']);
  });
});

describe('words of a longer title or phrase', () => {
  it('are not a title of their own', () => {
    expect(ids([KDRAMA, 'He appeared in #Alive, Voice of Silence, and The Throne.']).flat()).not.toContain('voice');
    expect(ids([KDRAMA, 'Team Good Boy continues on winning hearts.']).flat()).not.toContain('good-boy');
    expect(ids([KDRAMA, "Best since 'Crash Landing on You' (albeit 'The Story of Park's Marriage Contract' is close)."]).flat()).not.toContain('marriage-contract');
  });
  it('nor the end of a longer title, or a label', () => {
    expect(ids([KDRAMA, 'The Classic (2003), A Moment to Remember (2004) and April Snow (2005)']).flat()).not.toContain('remember-war-of-the-son');
    expect(ids([KDRAMA, 'Producer(s) Oh Min-su']).flat()).not.toContain('the-producers');
    expect(ids([KDRAMA, 'Executive Producer: Not Available']).flat()).not.toContain('the-producers');
    expect(ids([KDRAMA, 'Mixed by 이준호 @ SoundCity']).flat()).not.toContain('lee-jun-ho');
  });
  it('a season or a hashtag in quotes still is', () => {
    expect(ids([KDRAMA, 'The cast of "Sweet Home 3" poses.']).flat()).toContain('sweet-home');
    expect(ids([KDRAMA, 'with the caption, “#Extraordinary Attorney Woo”.']).flat()).toContain('extraordinary-attorney-woo');
  });
});

describe('Hangul titles that are everyday words', () => {
  it('are marked only when written as a title', () => {
    const page = '김수현 김지원 손예진 현빈 드라마';
    expect(ids([page, '한 명은 7년 사귄 남자친구와 헤어지고']).flat()).not.toContain('encounter');
    expect(ids([page, '이시영은 유일무이한 스타일.']).flat()).not.toContain('style');
    expect(ids([page, "드라마 '남자친구'를 봤다"]).flat()).toContain('encounter');
    expect(ids([page, '넷플릭스 스위트홈(Sweet Home) 감상평']).flat()).toContain('sweet-home');
    expect(ids([page, '<시크릿 가든> <상속자들>에 이어']).flat()).toContain('the-heirs');
  });
});

describe('"Minho" is two actors', () => {
  it('the page decides which', () => {
    const minho = (page: string[]) => detect([KDRAMA, ...page]).flat().filter((m) => m.startsWith('Minho='));
    expect(minho(["Minoz (Lee Min Ho's fandom) came rushing.", "That's okay Minho, you still have Minoz."])).toEqual(['Minho=lee-min-ho']);
    expect(minho(["SHINee's Choi Min-ho stars in the drama.", 'Minho was great.'])).toEqual(['Minho=choi-min-ho']);
  });
});
