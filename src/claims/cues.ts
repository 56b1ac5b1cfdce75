/** What makes a sentence a checkable claim, by type, in Chinese and English. */
export type ClaimType = 'figure' | 'comparison' | 'forecast' | 'attribution';

/** Superlatives, rankings, "only" claims and comparisons. */
const COMPARISON =
  /最(?:大|高|低|多|少|强|弱|好|差|快|慢|早|佳|优|重要|成功|有)|第[一二三1-3](?!季度|次|天|步|时间)|首[个家位款]|唯一|只有|仅有|仅次于|之一|超过|高于|低于|多于|少于|不及|领先|落后|排名|创(?:新高|新低|纪录|历史)|翻[一两]?番|\b(?:largest|biggest|highest|lowest|best|worst|fastest|slowest|most|least|only|top|leading|record|more than|less than|fewer than|higher than|lower than|greater than|compared (?:to|with)|outperform\w*|surpass\w*|exceed\w*|doubled?|tripled?|second to none|never|ever|more\b[^.,;]{1,60}\bthan|(?!other\b|rather\b)[a-z]{2,}er than)\b|\bthe\s+(?!(?:interest|rest|test|latest|request|contest|protest|forest|guest|west|chest|harvest|honest|modest|midwest|arrest|conquest|priest|digest|inquest)\b)[a-z]+est\b/i;

/**
 * Change over time, a comparison with the past: "spending is up", "the water is cleaner", "jobs
 * fell". With a figure beside it ("revenue rose 15%") the figure says it all, and the sentence is
 * not typed a comparison for it.
 */
const TREND =
  /\b(?:increased|decreased|rose|fell|grew|declined|dropped|jumped|slashed|(?:is|are|was|were|has gone|have gone|went|going|gone) (?:up|down))\b/i;

/** Predictions, plans, targets and guidance. */
const FORECAST =
  /将(?!近|军)|预计|预期|预测|有望|目标价|计划|料将|或将|指引|展望|明年|下半年|未来|拟|\b(?:will|won't|expects?|expected|forecasts?|projected|projections?|guidance|outlook|anticipates?|plans? to|aims? to|price target|likely to|is set to|are set to|going to|next (?:year|quarter|month))\b/i;

/** Statements attributed to a person, a company, a report or data. */
const ATTRIBUTION =
  /表示|(?<![名简号对昵统职堪])称(?![号为作])|指出|认为|据(?:悉|了解|报道|报导|统计|介绍|[^，。]{1,12}?(?:报道|消息|数据|显示))|援引|引用|透露|宣布|公告|(?:数据|资料|报告|研究|调查|统计)显示|证实|回应|坦言|强调|\b(?:said|says|say|told|according to|stated|reported|announced|noted|claimed|believes|estimated|argued|wrote|citing)\b/i;

/** The cue types present in a sentence; `hasFigure` when it states an amount (see TREND). */
export function cueTypes(sentence: string, hasFigure = false): ClaimType[] {
  const types: ClaimType[] = [];
  if (COMPARISON.test(sentence) || (!hasFigure && TREND.test(sentence))) types.push('comparison');
  if (FORECAST.test(sentence)) types.push('forecast');
  if (ATTRIBUTION.test(sentence)) types.push('attribution');
  return types;
}
