/**
 * Which IANA zone a page's printed clock time is in, when the time itself does not say: a zone
 * named beside it (`ET`, `北京时间`), else the home zone of the site that printed it.
 */

/**
 * Sites whose stamps are printed in one zone, by the last labels of their host. A whole country's
 * domain counts (`.cn`, `.hk`, `.tw`); otherwise only the finance and news sites FinLens readers
 * meet most, kept short: a site not listed simply gives no zone, and its stamps keep their date only.
 */
const HOME_ZONES: ReadonlyArray<readonly [zone: string, suffixes: readonly string[]]> = [
  [
    'Asia/Shanghai',
    [
      'cn',
      'xueqiu.com',
      'eastmoney.com',
      'caixin.com',
      'yicai.com',
      'stcn.com',
      'cnstock.com',
      'hexun.com',
      'qq.com',
      '163.com',
      'sohu.com',
      'wallstreetcn.com',
      'gelonghui.com',
      'ifeng.com',
      'jiemian.com',
      'sina.com',
      'weibo.com',
      'zhihu.com',
    ],
  ],
  ['Asia/Hong_Kong', ['hk', 'hket.com', 'aastocks.com', 'scmp.com', 'mingpao.com', 'hkej.com', 'on.cc']],
  ['Asia/Taipei', ['tw', 'cnyes.com', 'udn.com', 'moneydj.com']],
];

/** The hosts a page read from disk or the project's own fixture server has: they say nothing of a zone. */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d+){3}|\[?::1\]?|0\.0\.0\.0)$/;

/**
 * The home zone of the site at `url` (`https://xueqiu.com/123` → `Asia/Shanghai`); undefined for a
 * site not listed, a local page (`localhost`, a file) or anything that is not a URL.
 */
export function siteZone(url: string | undefined): string | undefined {
  const host = hostOf(url);
  if (!host || LOCAL_HOST.test(host)) return undefined;
  for (const [zone, suffixes] of HOME_ZONES) {
    if (suffixes.some((s) => host === s || host.endsWith(`.${s}`))) return zone;
  }
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/**
 * Zones named in English stamps. `CST` is US Central in English copy, but China Standard Time on
 * a site whose home is China or Taiwan (`zoneNamed` is told the home zone for that).
 */
const ENGLISH_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  UTC: 'UTC',
  HKT: 'Asia/Hong_Kong',
  SGT: 'Asia/Singapore',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
};

/** Zones named in Chinese (Simplified and Traditional). */
const CHINESE_ZONES: ReadonlyArray<readonly [RegExp, string]> = [
  [/北京[时時][间間]/, 'Asia/Shanghai'],
  [/香港[时時][间間]/, 'Asia/Hong_Kong'],
  [/(?:台北|台[湾灣]|臺北|臺灣)[时時][间間]/, 'Asia/Taipei'],
  [/美[东東][时時][间間]/, 'America/New_York'],
  [/[东東]京[时時][间間]/, 'Asia/Tokyo'],
  [/[伦倫]敦[时時][间間]/, 'Europe/London'],
];

/** An English zone word as stamps print it after the time: `ET`, `(EST)`, `GMT`. */
export const ENGLISH_ZONE = String.raw`\(?\b(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|HKT|SGT|JST|KST)\b\)?`;

/** The zone an English zone word names; `home` settles `CST`. */
export function englishZone(word: string, home: string | undefined): string | undefined {
  const w = word.toUpperCase();
  if (w === 'CST' && (home === 'Asia/Shanghai' || home === 'Asia/Taipei')) return home;
  return ENGLISH_ZONES[w];
}

/** The zone a Chinese zone phrase in `text` names (`北京时间` → `Asia/Shanghai`), if any. */
export function chineseZone(text: string): string | undefined {
  for (const [re, zone] of CHINESE_ZONES) if (re.test(text)) return zone;
  return undefined;
}

/**
 * Publishers a Chinese source line names (`来源：雪球网`, `來源：鉅亨網`), by the zone their stamps
 * are printed in: a page the reader saved, or one whose address says nothing (a local copy), still
 * says who printed its clock time. The big names only; one not listed gives no zone.
 */
const SOURCE_ZONES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^(?:雪球|新浪|东方财富|東方財富|天天基金|同花顺|同花順|财联社|財聯社|证券时报|證券時報|上海证券报|上海證券報|中国证券报|中國證券報|第一财经|第一財經|财新|財新|澎湃|华尔街见闻|華爾街見聞|格隆汇|格隆匯|凤凰|鳳凰|腾讯|騰訊|网易|網易|搜狐|界面|21世纪经济报道|经济观察报|每日经济新闻|证券日报|新华社|新華社|人民日报|中新网|央视|财经网|金融界|和讯|和訊|智通财经|智通財經)/,
    'Asia/Shanghai',
  ],
  [
    /^(?:香港经济日报|香港經濟日報|信报|信報|明报|明報|阿思达克|阿思達克|AASTOCKS|星岛|星島|东方日报|東方日報)/,
    'Asia/Hong_Kong',
  ],
  [/^(?:鉅亨|钜亨|经济日报|經濟日報|工商时报|工商時報|联合新闻网|聯合新聞網|中央社|MoneyDJ|中时|中時)/, 'Asia/Taipei'],
];

/** The zone of the publisher a source line right after a stamp names (`来源:雪球网` → `Asia/Shanghai`). */
export function sourceZone(after: string): string | undefined {
  const m = /^\s*(?:[|·•]\s*)?(?:来源|來源|来自|來自|出处|出處)\s*[:：]?\s*(\S+)/.exec(after);
  if (!m) return undefined;
  for (const [re, zone] of SOURCE_ZONES) if (re.test(m[1])) return zone;
  return undefined;
}
