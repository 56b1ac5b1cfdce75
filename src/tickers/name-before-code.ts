import type { Candidate } from './candidate.ts';

/**
 * Chinese news writes a security as its name with the code in brackets: `碳中和ETF(159790)`,
 * `诺辉健康（HK06606，股价24.2港元）`. When the data knows no name of the listing there (a nickname,
 * a listing the data lacks), the words before the bracket are still the security's name as the
 * text gives it: they become a name mention of the code's listing, and the name the card shows
 * when the data has none. Only a short run of name characters counts, cut after the words that
 * end a clause's lead (的, 在, 日, 某, 旗下, …), and never a word that introduces a code (股票代码,
 * 公司, 个股).
 */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9&·-]/u;
/** The characters and words a name never crosses: what stands before it in the clause. */
const LEAD =
  /^.*(?:[的在是与及对向从为将被由了其日年等称某]|旗下|子公司|公告|披露|收购|增持|减持|持有|买入|卖出|关注|推荐|包括|其中|例如)/u;
/** Words before a bracketed code that are not a name. */
const NOT_A_NAME = /(?:代码|简称|股票|股份|公司|证券|个股|标的|基金|指数|板块|概念|[A港美B]股|^\d+)$/u;
/** The longest name taken; read back twice as far, so that a lead word before a name is seen and cut. */
const MAX = 12;
const READ_BACK = 24;

/** The name candidates the brackets of `codes` give, for codes written without a name the data knows. */
export function namesBeforeCodes(text: string, codes: readonly Candidate[]): Candidate[] {
  const names: Candidate[] = [];
  for (const code of codes) {
    if (code.kind !== 'code') continue;
    const open = code.start - 1;
    if (open < 1 || (text[open] !== '(' && text[open] !== '（')) continue;
    let start = open;
    while (start > 0 && open - start < READ_BACK && NAME_CHAR.test(text[start - 1])) start--;
    const run = text.slice(start, open).replace(LEAD, '');
    // Still long after its lead is cut (or read back to the limit uncut): a clause, not a name.
    if (run.length < 2 || run.length > MAX || !/\p{Script=Han}/u.test(run) || NOT_A_NAME.test(run)) continue;
    const at = open - run.length;
    if (text[at - 1] === '某') continue; // 某生物科技: a name withheld
    names.push({ start: at, end: open, kind: 'name', security: code.security, nameInText: run });
  }
  return names;
}
