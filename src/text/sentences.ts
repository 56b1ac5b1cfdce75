/** A sentence's range in the text (trimmed of surrounding white space). */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'U.S',
  'U.K',
  'U.N',
  'E.U',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Jr',
  'Sr',
  'No',
  'Nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'approx',
  'est',
  'Gov',
  'Sen',
  'Rep',
  'Gen',
  'Fig',
  'p',
  'pp',
  'a.m',
  'p.m',
  'Ave',
  'Dept',
  'Univ',
  'Bros',
  'Mt',
]);
/** Characters that end a sentence outright (Chinese full stop, exclamation and question marks, semicolons). */
const HARD_END = new Set([...'。！？；!?;']);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set([...'”’」』）)】》"\'']);

/**
 * Splits text into sentences, Chinese and English alike: at 。！？；!?; and line breaks, with closing
 * quotes and brackets kept on the sentence they close, and at a full stop only where one ends a
 * sentence (not in 3.5%, U.S., Inc., No. 1, or after a list number such as `1.` or `(2)`).
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = from;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      close(i + 1);
      continue;
    }
    let ends = HARD_END.has(c);
    if (c === '.' || c === '…') ends = fullStopEnds(text, i, to, start);
    if (!ends) continue;
    let end = i + 1;
    while (end < to && (text[end] === c || CLOSERS.has(text[end]) || (c === '.' && text[end] === '.'))) end++;
    close(end);
    i = end - 1;
  }
  close(to);
  return sentences;
}

function fullStopEnds(text: string, i: number, to: number, sentenceStart: number): boolean {
  const next = text[i + 1];
  if (i + 1 >= to) return true;
  // Chinese right after the stop: a new sentence in the other language.
  if (/[\u3400-\u9fff]/.test(next)) return true;
  // A decimal point or a dotted code (3.5, v1.2, 600519.SS): no space after.
  if (!/[\s"'”’)）\]]/.test(next)) return false;
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(sentenceStart, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return false;
  // A single capital initial: "J. Smith".
  if (/^[A-Z]$/.test(word)) return false;
  // A list number at the start of a line or sentence: "1. First".
  const before = text.slice(sentenceStart, i).trim();
  if (/^\(?\d{1,2}$/.test(before)) return false;
  // The next word must start a sentence: upper case, a digit, a quote, or CJK.
  const after = /[^\s"'”’)）\]]/.exec(text.slice(i + 1, Math.min(to, i + 8)))?.[0];
  return after === undefined || /[A-Z0-9"“'‘(\u3400-\u9fff]/.test(after);
}
