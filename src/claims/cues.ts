import type { Figure } from '../text/figures.ts';
import type { CueSignals } from './checkworthy.ts';

/** What makes a sentence a checkable claim, by type, in Chinese and English. */
export type ClaimType = 'figure' | 'comparison' | 'forecast' | 'attribution' | 'fact';

/** Superlatives, rankings, "only" claims and comparisons. */
const COMPARISON =
  /最(?:大|高|低|多|少|强|弱|好|差|快|慢|早|佳|优|重要|成功|有)|第[一二三1-3](?!季|年|轮|期|批|阶段|次|天|步|时间)|首[个家位款]|唯一|只有|仅有|仅次于|之一|超过|高于|低于|多于|少于|不及|领先|落后|排名|创(?:新高|新低|纪录|历史)|翻[一两]?番|\b(?:largest|biggest|highest|lowest|best|worst|fastest|slowest|most|least|only|top|leading|record|more than|less than|fewer than|higher than|lower than|greater than|compared (?:to|with)|outperform\w*|surpass\w*|exceed\w*|doubled?|tripled?|second to none|never|ever|more\b[^.,;]{1,60}\bthan|(?!other\b|rather\b)[a-z]{2,}er than)\b|\bthe\s+(?!(?:interest|rest|test|latest|request|contest|protest|forest|guest|west|chest|harvest|honest|modest|midwest|arrest|conquest|priest|digest|inquest)\b)[a-z]+est\b/i;

/**
 * Change over time, a comparison with the past: "spending is up", "the water is cleaner", "jobs
 * fell". With a figure beside it ("revenue rose 15%") the figure says it all, and the sentence is
 * not typed a comparison for it.
 */
const TREND =
  /\b(?:increased|decreased|rose|fell|grew|declined|dropped|jumped|slashed|(?:is|are|was|were|has gone|have gone|went|going|gone) (?:up|down))\b/i;

/** Predictions, plans, targets and guidance. */
export const FORECAST =
  /将(?!近|军)|预计|预期|预测|预估|有望|目标价|上修|下修|(?<![的项个])计划|料将|或将|指引|展望|明年|下半年|未来|拟|\b(?:will|won't|expects?|expected|forecasts?|projected|projections?|guidance|outlook|anticipates?|plans? to|aims? to|price target|target price|targets? (?:of|for)|target(?:ed|ing)|on track to|expectations?|(?:is|are) seen|we estimate|estimates? (?:that|for)|likely to|is set to|are set to|going to|next (?:year|quarter|month))\b/i;

/**
 * A forecast made before, reported now ("our prior outlook", "the guidance we provided"), and a
 * result measured against one (符合预期, beat estimates): neither looks ahead.
 */
const PAST_FORECAST =
  /(?:符合|超|超出|不及|低于|高于|好于|差于|逊于)(?:市场)?预期|\b(?:beat|beats|missed|misses|topped|in line with|above|below|ahead of|short of) (?:analysts' |market |consensus |wall street )?(?:expectations|estimates|forecasts|guidance)\b|\b(?:prior|previous|earlier|original|initial|last) (?:outlook|guidance|forecast|estimate|expectation)s?\b|\b(?:outlook|guidance|forecast)s? (?:that )?we (?:provided|gave|issued|had)\b|此前(?:的)?(?:预期|预测|指引)|原(?:预期|预测|指引)/gi;

/** Whether a piece of text looks ahead: a forecast cue that is not a past forecast reported. */
export function isForecast(piece: string): boolean {
  return FORECAST.test(piece) && FORECAST.test(piece.replace(PAST_FORECAST, ' '));
}

/** Statements attributed to a person, a company, a report or data. */
const ATTRIBUTION =
  /表示|(?<![名简号对昵统职堪])称(?![号为作])|指出|认为|据(?:悉|了解|报道|报导|统计|介绍|[^，。]{1,12}?(?:报道|消息|数据|显示))|援引|引用|透露|宣布|公告|(?:数据|资料|报告|研究|调查|统计)显示|证实|回应|坦言|强调|\b(?:said|says|say|told|according to|stated|reported|announced|noted|claimed|believes|estimated|argued|wrote|citing)\b/i;

/** The cue types present in a sentence; `hasFigure` when it states an amount (see TREND). */
export function cueTypes(sentence: string, hasFigure = false): ClaimType[] {
  const types: ClaimType[] = [];
  if (COMPARISON.test(sentence) || (!hasFigure && TREND.test(sentence))) types.push('comparison');
  if (isForecast(sentence)) types.push('forecast');
  if (ATTRIBUTION.test(sentence)) types.push('attribution');
  return types;
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
/** Things that happened: a reported past event is checkable even without a number. */
export const EVENT =
  /\b(?:voted|passed|signed|cut|raised|created|increased|decreased|doubled|tripled|lost|spent|went (?:up|down)|fell|rose|grew|declined|dropped|jumped|reached|hit|paid)\b|增长了|下降了|上涨了|下跌了|达到了|突破了|创下/i;

/** The cues of a sentence, its figures found: its types (figure first) and the signals the score reads. */
export function cueSignals(sentence: string, figures: readonly Figure[]): CueSignals {
  const hasFigure = figures.some((f) => f.kind !== 'temporal') || NUMBER_WORDS.test(sentence);
  const types = cueTypes(sentence, hasFigure);
  if (hasFigure) types.unshift('figure');
  return {
    types,
    event: EVENT.test(sentence),
    moneyOrPercent: figures.some((f) => f.kind === 'money' || f.kind === 'percent'),
    temporal: figures.some((f) => f.kind === 'temporal'),
  };
}
