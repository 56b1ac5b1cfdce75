import type { Figure } from '../text/figures.ts';
import type { CueSignals } from './checkworthy.ts';
import { isForecast } from './forecast-cues.ts';

/** What makes a sentence a checkable claim, by type, in Chinese and English. */
export type ClaimType = 'figure' | 'comparison' | 'forecast' | 'attribution' | 'fact';

/**
 * Superlatives, rankings, firsts, records, "only" claims and comparisons: 最大, 第一, 首个, 唯一, 龙头,
 * 创历史新高; the largest, the most valuable, record (English firsts are FIRST's).
 */
const COMPARISON =
  /最(?:大|高|低|多|少|强|弱|好|差|快|慢|早|佳|优|重要|成功|有)|第[一二三1-3](?!季|年|轮|期|批|阶段|次|天|步|时间|个(?:就|则|便)?是|点|条|章|节|部分|方面|届|代|种|类)|首[个家位款]|唯一|只有|仅有|仅次于|之一|之最|龙头|榜首|冠军|(?<!不)(?:超过|高于|低于|多于|少于)|不及|领先|落后|排名|位居|位列|(?:创|刷新)[^，。；]{0,6}(?:新高|新低|纪录|记录)|历史(?:新高|新低|最高|最低)|翻[一两]?番|\b(?:largest|biggest|highest|lowest|best|worst|fastest|slowest|most|least|only|top|leading|record|more than|less than|fewer than|higher than|lower than|greater than|compared (?:to|with)|outperform\w*|surpass\w*|exceed\w*|doubled?|tripled?|second to none|never|ever|more\b[^.,;]{1,60}\bthan|(?!other\b|rather\b)[a-z]{2,}er than)\b|\bthe\s+(?!(?:interest|rest|test|latest|request|contest|protest|forest|guest|west|chest|harvest|honest|modest|midwest|arrest|conquest|priest|digest|inquest)\b)[a-z]+est\b/i;
/**
 * Firsts and all-time marks in English: the first, first-ever, all-time, unprecedented; not "in
 * the first place" (an idiom) nor a first period or item. Typed a comparison, but read by the
 * check-worthiness model as a cue of its own (see `CueSignals.compared`).
 */
const FIRST =
  /\b(?:all-time|first-ever|unprecedented)\b|\bthe first\b(?![ -](?:quarter|half|day|week|month|year|round|phase|stage|step|part|two|three|four|five|six|few|of all|one|thing|place)\b)/i;
/** Words that count a list's items (第一，… 第二个则是… 其一：…): an order of telling, not a ranking. */
const LIST_WORDS =
  /(^|[。；，,：:\s])(?:第[一二三四五六七八九十]|其[一二三四五])(?:个|点|条)?(?:[，,、：:]|(?:就|则|便)?是)/g;

/**
 * Change over time, a comparison with the past: "spending is up", "the water is cleaner", "jobs
 * fell". With a figure beside it ("revenue rose 15%") the figure says it all, and the sentence is
 * not typed a comparison for it.
 */
const TREND =
  /\b(?:increased|decreased|rose|fell|grew|declined|dropped|jumped|slashed|(?:is|are|was|were|has gone|have gone|went|going|gone) (?:up|down))\b/i;

/** Statements attributed to a person, a company, a report or data. */
const ATTRIBUTION =
  /表示|(?<![名简号对昵统职堪])称(?![号为作])|指出|认为|据(?:悉|了解|报道|报导|统计|介绍|[^，。]{1,12}?(?:报道|消息|数据|显示))|援引|引用|透露|宣布|公告|(?:数据|资料|报告|研究|调查|统计)显示|证实|回应|坦言|强调|\b(?:said|says|say|told|according to|stated|reported|announced|noted|claimed|believes|estimated|argued|wrote|citing)\b/i;

/** Whether a sentence compares, ranks or tells a trend; `hasFigure` when it states an amount (see TREND). */
function compares(sentence: string, hasFigure: boolean): boolean {
  return COMPARISON.test(sentence.replace(LIST_WORDS, '$1')) || (!hasFigure && TREND.test(sentence));
}

/**
 * Spelled-out amounts and proportions: "six million", "eighty million dollars", "thirty-five",
 * "two-thirds", "five times", "five cents", "a thousand", "tens of thousands", "half of".
 * "One" alone is left out: "one of them" states no amount.
 */
const CARDINALS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const NUMBER_WORDS = new RegExp(
  `\\b(?:(?:${CARDINALS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one|a few|several|tens of|hundreds of)\\s(?:hundred|thousand|million|billion|trillion)s?|(?:hundred|thousand|million|billion|trillion)s?|(?:one|two|three|four)-(?:thirds?|fourths?|quarters?|halves)|zero|half of|a dozen|dozens of)\\b`,
  'i',
);
/**
 * Things that happened: a reported past event is checkable even without a number. In Chinese,
 * corporate events too (推出, 发布, 宣布, 收购, 上市, 获批, 中标, 签约, 回购; Traditional text is read
 * folded, and its own words 挂牌, 得标, 买回 are here): a launch, a deal or an approval is a claim.
 */
export const EVENT =
  /\b(?:voted|passed|signed|cut|raised|created|increased|decreased|doubled|tripled|lost|spent|went (?:up|down)|fell|rose|grew|declined|dropped|jumped|reached|hit|paid)\b|增长了|下降了|上涨了|下跌了|达到了|突破了|创下|推出|发布(?!会)|宣布|收购|并购|(?<!拟|申请|计划)上市(?!公司|企业|银行|券商|房企|以来|时间|地点|规则|标准|条件|门槛|地)|挂牌|获批|获准|中标|得标|签约|签署|回购|买回/i;

/** The cues of a sentence, its figures found: its types (figure first) and the signals the score reads. */
export function cueSignals(sentence: string, figures: readonly Figure[]): CueSignals {
  const hasFigure = figures.some((f) => f.kind !== 'temporal') || NUMBER_WORDS.test(sentence);
  const compared = compares(sentence, hasFigure);
  const first = FIRST.test(sentence);
  const types: ClaimType[] = [];
  if (hasFigure) types.push('figure');
  if (compared || first) types.push('comparison');
  if (isForecast(sentence)) types.push('forecast');
  if (ATTRIBUTION.test(sentence)) types.push('attribution');
  return {
    types,
    compared,
    first,
    event: EVENT.test(sentence),
    moneyOrPercent: figures.some((f) => f.kind === 'money' || f.kind === 'percent'),
    temporal: figures.some((f) => f.kind === 'temporal'),
  };
}
