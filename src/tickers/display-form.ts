import type { Catalog, NameEntry } from '../securities/catalog.ts';
import type { NameCandidate } from './company-name.ts';

/**
 * A display form of an A-share: the exchange's mark, then two or three characters of its name
 * (`N井松` on its first day, `C洛耐` while it has no price limit, `XD南钢股` on an ex-dividend day).
 */
const DISPLAY_FORM = /(?:XD|XR|DR|N|C)(\p{Script=Han}{2,3})/uy;

/**
 * The display form that starts at `at` in `text`, as a name candidate of the one A-share whose
 * name it cuts down, or undefined. The mark must not end a longer Latin word (`NBC`, `ABC公司`);
 * a form is as doubtful as a place's name (it needs finance words, a list of companies or a text
 * about finance), as `C罗` and `N年` show that a letter and two characters are not always a stock.
 */
export function displayFormAt(text: string, at: number, cat: Catalog): NameCandidate | undefined {
  if (at > 0 && /[A-Za-z0-9]/.test(text[at - 1])) return undefined;
  DISPLAY_FORM.lastIndex = at;
  const m = DISPLAY_FORM.exec(text);
  if (!m) return undefined;
  const mark = m[0].length - m[1].length;
  // The longer stem first: `XD南钢股` is 南钢股份's, whatever 南钢 alone would be.
  for (const length of [3, 2]) {
    if (m[1].length < length) continue;
    const id = cat.aShareByStem(m[1].slice(0, length));
    if (!id) continue;
    const end = at + mark + length;
    const entry: NameEntry = {
      name: text.slice(at, end),
      ids: [id],
      needsContext: true,
      needsCompanyWord: false,
      financeTextSuffices: true,
      former: false,
    };
    return { start: at, end, entry, companyWord: false };
  }
  return undefined;
}
