/**
 * What is never a key point in Chinese text: section labels, datelines and source lines, image
 * captions, calls to follow or share, disclaimers and risk boilerplate, and the writer's chatter.
 */

/** A research note's section label (事件 / 点评 / 投资要点 / 盈利预测 / 风险提示 …), alone or before `：`. */
const SECTION =
  /^(?:(?:[\u4e00-\u9fff]{0,6}(?:事件|事项|点评|评论|简评|观点|要点|结论|摘要|亮点|提示|建议|分析|描述|回顾|预览|概览|概要|概况|动态|近况|趋势|判断|总结|估值|预测|风险|看点|导读|前瞻))|投资要点|核心观点|主要观点|盈利预测|投资建议|风险提示|风险因素|报告摘要|事件点评|投资评级)(?:与[\u4e00-\u9fff]{1,6}|及[\u4e00-\u9fff]{1,6}|、[\u4e00-\u9fff]{1,6})*$/;
/** Labels of sections whose lines are no points: risks, disclaimers, rating definitions. */
const SKIP_SECTION = /风险|免责|声明|评级说明|评级定义|分析师承诺|重要提示|法律/;

/** Whether `label` (a short line, or the words before a line's first `：`) names a section. */
export function isSectionLabel(label: string): boolean {
  return SECTION.test(label.replace(/[\s【】[\]（）()]/g, ''));
}

/** Whether the section that `label` opens holds no points (risks, disclaimers). */
export function isSkippedSection(label: string): boolean {
  return SKIP_SECTION.test(label);
}

/** A date (and time) at the head of a line, as a dateline writes it. */
const DATE =
  /^(?:发布于|发表于|更新于|编辑于|时间[：:])?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}[-/]\d{1,2})\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;
/** A byline, source or editor line. */
const SOURCE_LINE =
  /^(?:来源|来自|出处|作者|编辑|责任编辑|责编|记者|通讯员|原标题|原文|文|图|撰文|编译|校对|审核)\s*[：:|｜/]|^(?:本文)?(?:来源|转载)自/;

/** A line that is only a dateline, or a source or byline line: furniture around a story. */
export function isDatelineOrSource(line: string): boolean {
  if (line.length > 60) return false;
  const date = DATE.exec(line);
  // A date with at most a short tail without a clause in it ("来自雪球", "iPhone", "北京").
  if (date && date[0].trim().length > 0 && !/[，,。；]/.test(line.slice(date[0].length))) {
    return line.length - date[0].length <= 16;
  }
  return SOURCE_LINE.test(line);
}

/** Image and table captions and their credits. */
const CAPTION = /^(?:图|表|图表|图片|附图|配图)\s*\d*\s*[：:]|(?:图片|资料|数据|信息)来源|^来源[：:]/;
/** Calls to follow, like, share or message the writer. */
const FOLLOW =
  /点赞|转发|私信|收藏|点个?在看|关注(?:我|本号|公众号|我们|作者|小编)|(?:欢迎|记得|请|求|多多)(?:关注|评论|留言|分享)|加(?:我)?(?:微信|V信|vx|群)|扫码|二维码|订阅/i;
/** Disclaimers and boilerplate of risk. */
const DISCLAIMER =
  /免责声明|不构成(?:任何)?投资建议|仅供参考|投资有风险|入市需谨慎|据此操作|风险自负|版权(?:所有|归)|未经授权|转载请|本报告(?:仅|中的信息)|^风险(?:提示|因素)/;
/**
 * The writer talking about the writing or to the readers: greetings, "last week we talked
 * about…", "today I'll…", "I know this is hard to follow", "that's all for today".
 */
const CHATTER =
  /^(?:大家好|各位|球友们?|朋友们|小伙伴们?|亲爱的)|(?:今天|这次|这回|本文|本篇|这篇|上周|上次|之前|下面|接下来)(?:[^，。]{0,6})(?:聊|说|谈|讲|写|分享|换个角度|来看看)|(?:我|笔者)(?:们)?(?:今天|上周|上次|之前|这次)?(?:就|先|再|来)?(?:聊|说说|谈谈|讲讲|写)|今天我|我知道|晦涩|难懂|看不太?懂|啰嗦|码字|写到这|就写到|到此为止|不多说|废话|以上(?:就是|仅|只是)|欢迎(?:大家|讨论|交流)/;

/** A bracketed aside standing alone: a byline or source after the story (（记者 张三） （央视）). */
const ASIDE = /^[（(【[][^）)】\]]{0,30}[）)】\]]$/;

/** Whether a sentence is furniture or chatter rather than something the story says. */
export function isFurniture(sentence: string): boolean {
  const s = sentence.trim();
  return (
    CAPTION.test(s) || FOLLOW.test(s) || DISCLAIMER.test(s) || CHATTER.test(s) || ASIDE.test(s) || isDatelineOrSource(s)
  );
}
