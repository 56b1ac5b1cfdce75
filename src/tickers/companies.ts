import type { Company, Security } from '../types.ts';
import { definedShortName, findRegisteredNames } from './registered-names.ts';

/** Short names followed through a text, at most (an announcement defines a handful). */
const MAX_SHORT_NAMES = 64;

/**
 * The companies a text names by their registered form that are not a security it names: a legal
 * name or a group's name none of the securities' mentions covers (`江苏恒瑞医药股份有限公司` is the
 * listing 恒瑞医药; `深圳市欣智旺电子有限公司` is a company with no listing FinLens knows). The short
 * name the text defines for one (`（以下简称“米哈游”）`) names it too, wherever it stands after.
 * Offsets are into `text`; a company's mentions are in text order.
 */
export function companiesIn(text: string, securities: readonly Security[]): Company[] {
  const names = findRegisteredNames(text);
  if (names.length === 0) return [];
  const taken = securities.flatMap((s) => s.mentions).sort((a, b) => a.start - b.start);
  const free = (start: number, end: number) => !overlapsOne(taken, start, end);
  const companies = new Map<string, Company>();
  const add = (key: string, start: number, end: number) => {
    let company = companies.get(key);
    if (!company) {
      company = { name: key, mentions: [] };
      companies.set(key, company);
    }
    company.mentions.push({ start, end, text: text.slice(start, end), kind: 'name' });
  };
  const shortNames = new Map<string, { name: string; after: number }>();
  for (const n of names) {
    if (!free(n.start, n.end)) continue;
    add(n.name, n.start, n.end);
    const short = definedShortName(text, n.end);
    // Each short name is looked for through the rest of the text: a bounded number of them.
    if (short && !shortNames.has(short) && shortNames.size < MAX_SHORT_NAMES)
      shortNames.set(short, { name: n.name, after: n.end });
  }
  const mentioned = names.map((n) => ({ start: n.start, end: n.end }));
  for (const [short, { name, after }] of shortNames) {
    for (let at = text.indexOf(short, after); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      // The definition itself, inside its brackets, is a mention too; another name's part is not.
      if (free(at, end) && !overlapsOne(mentioned, at, end)) add(name, at, end);
    }
  }
  const list = [...companies.values()];
  for (const c of list) c.mentions.sort((a, b) => a.start - b.start);
  return list.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Whether [start, end) overlaps one of `ranges` (sorted, not overlapping each other): a binary search. */
function overlapsOne(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ranges[lo - 1].end > start;
}
