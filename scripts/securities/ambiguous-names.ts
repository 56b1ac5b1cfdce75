/**
 * Chinese names that are also places, people's names, products or ordinary words (白云山 the
 * mountain, 寒武纪 the Cambrian, 大酒店 "hotel", 福克斯 Focus or Fox, 一品红 a flower): flagged by
 * the generator so that the engine links them only in a finance context.
 *
 * The word list is jieba's dictionary (`dict.txt` of the npm package @node-rs/jieba 2.0.3, MIT): a
 * word a line with its corpus frequency and part of speech. A name of three or more Han characters
 * is ambiguous when the dictionary has it at least MIN_FREQUENCY times as a word (noun, idiom, set
 * phrase, adjective, verb, time word: 星期六) or as a place or a person's name (place word included). An
 * organisation (`nt`), another proper name (`nz`, where jieba puts most brands), a transliterated
 * name (`nrt`) or an abbreviation (`j`) is not. Low frequencies are left out: jieba's dictionary
 * carries many company names at its default count of 3, with whatever tag.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const MIN_FREQUENCY = 20;
/** Words: a name that is one needs finance words beside it ('c'). */
const WORD_TAGS = new Set(['n', 'i', 'l', 'a', 'v', 'an', 'vn', 't']);
/** Places and people's names: in a text about finance, the name is the company ('a'). */
const NAME_TAGS = new Set(['ns', 'nr', 's']);

let dictionary: Map<string, { frequency: number; tag: string }> | undefined;

function words(): Map<string, { frequency: number; tag: string }> {
  if (dictionary) return dictionary;
  dictionary = new Map();
  const file = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ');
    if (word && tag) dictionary.set(word, { frequency: Number(frequency), tag });
  }
  return dictionary;
}

/**
 * How a Chinese name of three characters or more may be matched: 'c' when it is also a word
 * (大酒店, 一品红, 新动力: finance words beside it), 'a' when it is also a place or a person's name
 * (白云山, 张家界, 福克斯: those, or a text about finance), '' otherwise.
 */
export function chineseWordClass(name: string): '' | 'a' | 'c' {
  if (!/^\p{Script=Han}{3,}$/u.test(name)) return '';
  const entry = words().get(name);
  if (!entry || entry.frequency < MIN_FREQUENCY) return '';
  return WORD_TAGS.has(entry.tag) ? 'c' : NAME_TAGS.has(entry.tag) ? 'a' : '';
}

/** The list the check reads, for the generated file's header. */
export const CHINESE_WORD_LIST_SOURCE =
  "jieba's dictionary (@node-rs/jieba 2.0.3 dict.txt): frequency ≥ 20 as a noun, place, person's name or word";
