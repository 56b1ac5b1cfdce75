/**
 * What looks ahead, in Chinese (Simplified, and Traditional read folded) and English: the cues of
 * a forecast, and the look-alikes that are not one (a forecast reported after the fact, 将 that
 * only moves its object, the baseline a forecast is measured from).
 */

/** Predictions, plans, targets, assumptions and guidance. */
export const FORECAST =
  /将(?!近|军)|预计|预期|预测|预估|估计|测算|估算|假设|有望|可望|上看|目标(?!的|客户|市场|群体|用户)|力争|争取|规划|上修|下修|(?<![的项个])计划|料将|或将|指引|展望|明年|下半年|未来|拟|给予(?=[^，。；]{0,15}(?:倍|估值|目标))|\b(?:will|won't|expects?|expected|forecasts?|projected|projections?|guidance|outlook|anticipates?|plans? to|aims? to|price target|target price|targets? (?:of|for)|target(?:ed|ing)|on track to|expectations?|(?:is|are) seen|we estimate|estimates? (?:that|for)|likely to|is set to|are set to|going to|next (?:year|quarter|month))\b/i;

/**
 * A forecast made before, reported now ("our prior outlook", "the guidance we provided"), a result
 * measured against one (符合预期, 优于原先预测, beat estimates) and a target met or missed
 * (完成全年目标的42%, 未达到此前设定的目标): none of them looks ahead.
 */
const PAST_FORECAST =
  /(?:符合|超|超出|不及|低于|高于|好于|优于|差于|逊于)(?:市场|原先|此前|先前|分析师|机构)?的?(?:一致)?(?:预期|预测|预估)|(?:未|没有?)?(?:达到|完成|达成)了?[^，。；]{0,12}目标|\b(?:beat|beats|missed|misses|topped|in line with|above|below|ahead of|short of) (?:analysts' |market |consensus |wall street )?(?:expectations|estimates|forecasts|guidance)\b|\b(?:prior|previous|earlier|original|initial|last) (?:outlook|guidance|forecast|estimate|expectation)s?\b|\b(?:outlook|guidance|forecast)s? (?:that )?we (?:provided|gave|issued|had)\b|此前(?:的)?(?:预期|预测|指引)|原(?:预期|预测|指引)/gi;

/**
 * 将 that moves its object (央行将利率下调25个基点, 已将售价上调5%): what was done, not what will be.
 * 将于 / 将在 / 将继续 … stay forecasts; the 将 alone is dropped, other cues in the text still count.
 */
const DISPOSAL =
  /将(?![于在会要可能继进逐持再有达成迎推实保维])(?=[^，。；将]{1,16}?(?:上调|下调|调升|调降|调高|调低|上修|下修|提高|降低|调整))/g;

/** Whether a piece of text looks ahead: a forecast cue that is not a past forecast reported. */
export function isForecast(piece: string): boolean {
  return FORECAST.test(piece) && FORECAST.test(piece.replace(PAST_FORECAST, ' ').replace(DISPOSAL, ' '));
}

/**
 * The words right before a figure that make it the baseline a forecast starts from, not what it
 * expects: 从当前的30%, 较去年的4.3%, 较2024年的215亿元, 低于去年的38%.
 */
const BASELINE =
  /(?:(?:当前|目前|现在|现有|去年|上年|前年|上季度?|上月|年初|此前|原先|今年以来)(?:的|为)?|(?:较|比|从|由|相比|低于|高于)20\d\d年(?:度|末|底)?的?)\s?$/;

/** Whether the figure at `start` in `text` is the baseline of a forecast (see BASELINE). */
export function isBaseline(text: string, start: number): boolean {
  return BASELINE.test(text.slice(Math.max(0, start - 10), start));
}
