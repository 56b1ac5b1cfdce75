/**
 * English company names as news writes them: FinLens's mentions against the entity spans of the
 * FinEntity development half (../shared/corpus/finentity-en-dev), Reuters-style paragraphs.
 *
 * Which annotated entities are listed companies is decided here, apart from the engine: an
 * annotation is "listed" when its text, normalised (case, punctuation, `&`/`and`, a leading "The",
 * a possessive, `.com` and trailing legal words such as Inc, Corp, Co, plc, AG, Group, Holdings
 * dropped), equals the name of a listing on a US exchange in the Nasdaq Trader files, or the name
 * the SEC's exchange list gives a stock of those files (../shared/data/reference), so normalised;
 * or when a Reuters code of a US listing follows it (`Johnson & Johnson <JNJ.N>`). Short forms
 * (Citi, BofA, Goldman) are not in the lists and so are not counted as listed; they are reported
 * apart.
 *
 * Recall: listed annotations that some FinLens mention overlaps. Precision proxy: FinLens
 * mentions that overlap no annotation, as a share of all mentions; a Reuters code right after an
 * annotated name (`Johnson & Johnson <JNJ.N>`) counts as part of that annotation's mention. Each
 * outside mention is printed for a read: the annotators left many companies out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';

interface Row {
  content: string;
  annotations: { start: number; end: number; value: string }[];
}

const LEGAL = new Set(
  'inc incorporated corp corporation co company companies ltd limited plc llc lp ag sa nv se asa spa group holding holdings the'.split(
    ' ',
  ),
);

/** A name reduced to what the lists and the news have in common. */
export function normaliseName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\.com\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[.,()/'"]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL.has(words[words.length - 1])) words.pop();
  while (words.length > 1 && words[words.length - 1] === 'and') words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** The listing's own name out of a Nasdaq Trader security name ("Apple Inc. - Common Stock"). */
function traderName(security: string): string {
  return security
    .split(' - ')[0]
    .replace(/\s(Class [A-Z]\s)?(Common Stock|Ordinary Shares?|Common Shares?|American Depositary).*$/i, '');
}

export function listedNames(reference: string): Set<string> {
  const names = new Set<string>();
  /** Symbols of the stocks in the Nasdaq Trader files (not funds, notes, warrants). */
  const equities = new Set<string>();
  for (const [file, col] of [
    ['nasdaqlisted.txt', 1],
    ['otherlisted.txt', 1],
  ] as const) {
    for (const line of readFileSync(join(reference, file), 'utf8').split(/\r?\n/).slice(1)) {
      const cells = line.split('|');
      if (cells.length < 4 || /Warrant|Right|Unit|Preferred|Notes? due|ETN|Exchange Traded Note/i.test(cells[col]))
        continue;
      names.add(normaliseName(traderName(cells[col])));
      if ((file === 'nasdaqlisted.txt' ? cells[6] : cells[4]) !== 'Y') equities.add(cells[0]);
    }
  }
  const sec = JSON.parse(readFileSync(join(reference, 'sec_company_tickers_exchange.json'), 'utf8')) as {
    data: [number, string, string, string | null][];
  };
  // An issuer whose only listings are notes or funds (Credit Suisse AG's ETNs) is not a listed company.
  for (const [, name, ticker, exchange] of sec.data)
    if (exchange && exchange !== 'OTC' && equities.has(ticker.replace('-', '.'))) names.add(normaliseName(name));
  names.delete('');
  return names;
}

const REUTERS_US = /^\s*[<(][A-Z][A-Z.]{0,6}\.(N|O|OQ|A|K)[>)]/;

export function finEntity(corpus: string, reference: string) {
  const rows = JSON.parse(readFileSync(join(corpus, 'finentity-en-dev/FinEntity_dev.json'), 'utf8')) as Row[];
  const listed = listedNames(reference);
  let listedCount = 0;
  let found = 0;
  let mentions = 0;
  let outside = 0;
  let codesAfterAnnotations = 0;
  const missed = new Map<string, number>();
  const notListed = new Map<string, number>();
  const outsideMentions: string[] = [];
  for (const row of rows) {
    const analysis = analyze({ text: row.content });
    const spans = analysis.securities.flatMap((s) => s.mentions.map((m) => ({ ...m, id: s.id })));
    for (const a of row.annotations) {
      const isListed = listed.has(normaliseName(a.value)) || REUTERS_US.test(row.content.slice(a.end));
      if (!isListed) {
        notListed.set(a.value, (notListed.get(a.value) ?? 0) + 1);
        continue;
      }
      listedCount++;
      if (spans.some((m) => m.start < a.end && a.start < m.end)) found++;
      else missed.set(a.value, (missed.get(a.value) ?? 0) + 1);
    }
    for (const m of spans) {
      mentions++;
      if (row.annotations.some((a) => m.start < a.end && a.start < m.end)) continue;
      // A Reuters code right after an annotated name (`Johnson & Johnson <JNJ.N>`) is part of that mention.
      if (row.annotations.some((a) => a.end <= m.start && /^\s?[<(]$/.test(row.content.slice(a.end, m.start)))) {
        codesAfterAnnotations++;
        continue;
      }
      outside++;
      const from = Math.max(0, m.start - 40);
      outsideMentions.push(
        `${m.text} → ${m.id} | …${row.content.slice(from, m.start)}[${m.text}]${row.content.slice(m.end, m.end + 40)}…`,
      );
    }
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => (v > 1 ? `${k} ×${v}` : k));
  return {
    paragraphs: rows.length,
    listed: listedCount,
    found,
    recall: listedCount ? found / listedCount : null,
    mentions,
    outside,
    codesAfterAnnotations,
    outsideShare: mentions ? outside / mentions : null,
    missed: top(missed),
    notListed: top(notListed),
    outsideMentions,
  };
}
