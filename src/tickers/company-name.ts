import type { Catalog, NameEntry } from '../securities/catalog.ts';
import { displayFormAt } from './display-form.ts';
import { isAsciiAlnum } from './text-ranges.ts';

/** A name found in text, not yet settled to one listing. */
export interface NameCandidate {
  start: number;
  end: number;
  entry: NameEntry;
  /** A legal word followed the name in the text (`Apple Inc`, `Wells Fargo & Co`): the span covers it. */
  companyWord: boolean;
}

/** Legal words after an English name: `, Inc.`, ` Corp`, ` & Co`, ` Group AG`, ` plc`. */
const COMPANY_WORDS =
  /(?:,?\s(?:Inc|Incorporated|Corp|Corporation|Co|Company|Cos|Ltd|Limited|plc|PLC|Plc|AG|SA|NV|N\.V|SE|ASA|LLC|Group|Holdings?)\b\.?|\s(?:&|and)\sCo\b\.?)+/y;

/** The end of the legal words that follow `end` in `text`, or `end` when none do. */
export function companyWordsEnd(text: string, end: number): number {
  COMPANY_WORDS.lastIndex = end;
  return COMPANY_WORDS.test(text) ? COMPANY_WORDS.lastIndex : end;
}

/**
 * Finds names leftmost-longest. A name that starts or ends with a Latin letter or digit must
 * stand as a whole word (`Tesla's` matches, `Teslas` and `ATesla` do not); a Chinese name must not
 * be cut out of a longer word (`cutOutOfWord`).
 */
export function findNames(text: string, cat: Catalog): NameCandidate[] {
  const trie = cat.nameTrie;
  const found: NameCandidate[] = [];
  const words = new WordBoundaries(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // An A-share's display form (`C井松`, `XD南钢股`) where no listed name starts.
    if (
      (c === 67 || c === 68 || c === 78 || c === 88) &&
      (isHan(text.charCodeAt(i + 1)) || isHan(text.charCodeAt(i + 2))) &&
      (!trie.startsName(c) || trie.longest(text, i) < 0)
    ) {
      const form = displayFormAt(text, i, cat);
      if (form) {
        found.push(form);
        i = form.end - 1;
        continue;
      }
    }
    if (!trie.startsName(c)) continue;
    if (isAsciiAlnum(c) && i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    // The tail of a hyphenated word (`Co-Founder`, `non-Apple`) is not a name.
    if (isAsciiAlnum(c) && i > 1 && text.charCodeAt(i - 1) === 45 && isAsciiAlnum(text.charCodeAt(i - 2))) continue;
    const index = trie.longest(text, i);
    if (index < 0) continue;
    let end = trie.matchEnd;
    if (c >= 0x3400 && isHan(text.charCodeAt(end - 1)) && cutOutOfWord(text, i, end, words)) continue;
    if (isAsciiAlnum(c) && pageChrome(text, i, end)) continue;
    const legalEnd = isAsciiAlnum(text.charCodeAt(end - 1)) ? companyWordsEnd(text, end) : end;
    const companyWord = legalEnd > end;
    end = legalEnd;
    found.push({ start: i, end, entry: cat.nameEntry(index), companyWord });
    i = end - 1;
  }
  return found;
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
/** Characters that end a word of their own before a name: 和江铃汽车, 向台积电, 深圳市新国都. */
const BEFORE_FREE = new Set('和与及跟同向由对把被将从为在是的了、给让令使以于至或其市省县区镇');
/** Characters that start a word of their own after a name: 英伟达因, 比亚迪的. */
const AFTER_FREE = new Set('因为所而和与及的了在是将被把对从向、等或也都已又还就才即便今昨明本');
/** Words a name runs into and stays a name: 美国航空公司, 中国平安集团. */
const AFTER_WORD = /^(?:公司|集团|股份|控股|有限|银行|证券|科技|旗下)/;

/**
 * Whether a Chinese name is cut out of a longer word (`新和成` in `创新和成果转化`, `台湾大` in
 * `台湾大学`). ICU's segmentation of a few characters around it decides where it agrees with the
 * characters there. A two-character name must fall on word boundaries at both ends (`工行` is not in
 * `化工行业`). A longer one is cut out when both ends fall inside words, or one end does and the
 * character beyond it is not one that stands alone there (和, 向, 市 before; 因, 的 or a company word
 * such as 公司 after): ICU knows few company names, so a name's edge inside `达因` or `航空公司`
 * alone does not reject it.
 */
function cutOutOfWord(text: string, start: number, end: number, words: WordBoundaries): boolean {
  // A side that is not Han is a word boundary; a free character there excuses the other side.
  const leftOk = !isHan(text.charCodeAt(start - 1));
  const rightOk = !isHan(text.charCodeAt(end));
  const long = end - start > 2;
  if (leftOk && (rightOk || (long && AFTER_FREE.has(text[end])))) return false;
  if (rightOk && long && BEFORE_FREE.has(text[start - 1])) return false;
  const [left, right] = words.edges(start, end);
  if (end - start <= 2) return !left || !right;
  if (!left && !right) return true;
  if (!left) return !BEFORE_FREE.has(text[start - 1]);
  if (!right) return !AFTER_FREE.has(text[end]) && !AFTER_WORD.test(text.slice(end, end + 2));
  return false;
}

// Each is tried at one position of the text (sticky, lookbehind for what comes before): no slices.
/** A photo credit before a name: `AFP/Getty Images`, `via Getty Images`, `2011 Getty Images`, `Photo: Reuters`. */
const CREDIT_BEFORE = /(?<=(?:\/|\bvia |\| |©\s?|\b(?:19|20)\d\d |\b(?:Photo|Photograph|Image|Credit)s?:\s?))/iy;
/** …and the line or the clause ends after it. */
const CREDIT_AFTER = /[^\S\n]*(?:[,;)\n]|$)/y;
/** Share buttons around a name: `Facebook Twitter Email`, `Share on Facebook`. */
const SHARE_AFTER = /\s+(?:Twitter|X|LinkedIn|Email|E-mail|WhatsApp|Pinterest|Reddit|Messenger|Flipboard)\b/y;
const SHARE_BEFORE = /(?<=\b(?:Share (?:on|via)|Follow us on|Twitter|LinkedIn|Email|WhatsApp|Pinterest)\s+)/y;

const testAt = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  return re.test(text);
};

/**
 * Whether an English name is part of the page's furniture rather than its text: a photo credit at
 * the end of a line (`AFP/Getty Images`, `via Getty Images`), or a row of share buttons (`Facebook
 * Twitter Email Embed`, often one to a line). A line that is the name alone is kept: it is as often
 * a table's cell.
 */
function pageChrome(text: string, start: number, end: number): boolean {
  if (testAt(CREDIT_BEFORE, text, start) && testAt(CREDIT_AFTER, text, end)) return true;
  return testAt(SHARE_AFTER, text, end) || testAt(SHARE_BEFORE, text, start);
}

/** How much text on each side the word segmentation looks at. */
const REACH = 3;
let segmenter: Intl.Segmenter | undefined;

/**
 * Whether a span starts and ends on word boundaries, by ICU's dictionary segmentation of a few
 * characters around it (Chinese has no spaces). Answers are memoised by that window within one
 * text, as the same short name tends to recur in the same phrases.
 */
class WordBoundaries {
  private readonly memo = new Map<string, [boolean, boolean]>();
  constructor(private readonly text: string) {}

  /** Whether the span starts on a word boundary, and whether it ends on one. */
  edges(start: number, end: number): [boolean, boolean] {
    const from = Math.max(0, start - REACH);
    const window = this.text.slice(from, Math.min(this.text.length, end + REACH));
    const key = `${start - from}:${end - start}:${window}`;
    let answer = this.memo.get(key);
    if (answer === undefined) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      const segments = segmenter.segment(window);
      const first = segments.containing(start - from);
      const last = segments.containing(end - from - 1);
      answer = [first?.index === start - from, last !== undefined && last.index + last.segment.length === end - from];
      this.memo.set(key, answer);
    }
    return answer;
  }
}
