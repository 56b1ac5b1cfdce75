/**
 * The structure of a Chinese text, as far as key points care: its paragraphs, its section labels
 * (whose sections may hold no points), the author's own headline lines and lead-ins, and the
 * clauses of its prose. Every unit is a range of the text, so its offsets stay exact.
 */
import { splitSentences } from '../text/sentences.ts';
import { splitClauses, weight } from './clauses.ts';
import { isDatelineOrSource, isFurniture, isSectionLabel, isSkippedSection } from './furniture.ts';

/** A span of the text that may become a key point, and what the structure says about it. */
export interface Unit {
  start: number;
  end: number;
  /** A line the author wrote as a headline (no closing stop), or a lead-in before `：`. */
  heading: boolean;
  /** A headline on a line of its own: the author's count of points. */
  line: boolean;
  /** The index of its paragraph (its line), counting only lines that hold units. */
  paragraph: number;
  /** The first unit of its paragraph. */
  lead: boolean;
  /** The first clause of its sentence. */
  first: boolean;
  /** The index of its sentence (a headline line or lead-in is a sentence of its own). */
  sentence: number;
}

/** The units of a text, and the headline line it opens with when no title was given. */
export interface Structure {
  units: Unit[];
  headline?: { start: number; end: number };
  paragraphs: number;
}

/** A list marker at the head of a line: 一、 1、 1. （1） (一) ① 【 */
const MARKER =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[、)）]|[.．](?![\d%]))|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[\u2460-\u2473\u2776-\u277f]|[-•·●■◆▪*]\s)\s*/;
/** A label before `：` or in 【】 at the head of a line: 事件： 国信观点： 【点评】 */
const LABEL = /^(?:【([^】]{1,12})】|\[([^\]]{1,12})\]|([^，,。；：:\s]{1,12})\s*[：:])\s*/;
/** A sentence's closing stop: a line without one is a headline or a label. */
const STOP = /[。！？!?；;]/;
/** Cashtags and hashtags (Xueqiu's $百度(BIDU)$, #话题#): a line of them alone is no headline. */
const TAGS = /\$[^$\n]{1,40}\$|#[^#\n]{1,30}#/g;
/** A lead-in that introduces a list or a quote, not a statement: 原因如下： 他表示： */
const INTRO =
  /(?:如下|以下|包括|原因|原因是|源于|由于|因为|方面|上|来看|而言|表示|称|指出|认为|显示|介绍|提到|强调|说|写道|发文|报道|公告|回应|获悉|为|有|是|在于|主要)$/;
/** Someone saying or thinking: a lead-in with it introduces their words (我们认为公司：…). */
const ATTRIBUTION = /认为|表示|指出|预计|预期|称|显示|提出|强调|写道|发文|获悉|了解到|披露|^根据|^据/;
/** A preamble to a list: 将产生三方面积极作用： 主要有以下几点： */
const LIST_PREAMBLE = /[二三四五六七八九十两几多]\s*(?:个方面|方面|点|大|项|条|类|个)/;
/** A wire dateline opening a story: 财联社3月18日电， 新华社北京3月18日电 【财联社】 */
const DATELINE = /^(?:【[^】]{1,12}】\s*|[^，。；\s]{2,12}?\d{1,2}月\d{1,2}日(?:电|讯|消息)[，,\s]?\s*)/;
/** Han characters in a headline line: fewer is a label, more is prose. */
const HEADING_MIN = 6;
const HEADING_MAX = 60;
/** A lead-in before `：` shorter than this is a topic (毛利率和净利率：…), not a statement. */
const LEAD_IN_MIN = 10;

/** Reads `text` into units; `title` (the article's, if known) is not offered again as a point. */
export function readStructure(text: string, title: string): Structure {
  const state: Reading = {
    b: { units: [], paragraph: 0, sentence: 0, paragraphStart: 0 },
    skipping: false,
    titleKey: key(title),
  };
  for (let ls = 0; ls < text.length; ) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    let e = le;
    const s = skipSpace(text, ls, le);
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) readLine(text, s, e, state);
    ls = le + 1;
  }
  return { units: state.b.units, headline: state.headline, paragraphs: state.b.paragraph };
}

/** What reading the lines keeps: the units, the headline, whether the section gives no points, the title. */
interface Reading {
  b: Builder;
  headline?: { start: number; end: number };
  skipping: boolean;
  titleKey: string;
}

/** Reads the line `text[s, e)`: a section label, the headline, an author's headline line, or prose. */
function readLine(text: string, s: number, e: number, state: Reading): void {
  const { b, titleKey } = state;
  const line = text.slice(s, e);
  if (isDatelineOrSource(line)) return;
  s += MARKER.exec(line)?.[0].length ?? 0;
  const section = sectionLabel(text, s, e);
  if (section) {
    state.skipping = isSkippedSection(section.label);
    s = section.rest;
    if (s >= e) return;
  }
  const body = text.slice(s, e);
  // A line of cashtags and hashtags (Xueqiu's footer of $百度(BIDU)$ #话题#) says nothing itself.
  if (weight(body.replace(TAGS, '')) < HEADING_MIN) return;
  // The first line may be the title as a question or exclamation (…有多硬？): still a headline.
  const opening = !titleKey && b.units.length === 0 && !state.headline;
  const stops = opening ? body.replace(/[？！?!]+$/, '') : body.replace(/[：:]$/, '');
  const isHeadline = !STOP.test(stops) && isHeadingLine(body);
  if (isHeadline) state.skipping = false; // the author's next headline ends a risk section
  if (state.skipping) return;
  if (!isHeadline) {
    proseUnits(text, s, e, b, titleKey);
    if (b.units.length > b.paragraphStart) nextParagraph(b);
    return;
  }
  let he = e;
  while (he > s && /[：:，,？！?!\s]/.test(text[he - 1])) he--;
  if (titleKey && similar(key(text.slice(s, he)), titleKey)) return;
  if (opening) {
    state.headline = { start: s, end: /[？！?!]$/.test(body) ? e : he };
  } else if (!isFurniture(text.slice(s, he))) {
    push(b, s, he, true, true, true);
    b.sentence++;
    nextParagraph(b);
  }
}

/**
 * A section label opening the line `text[s, e)` (事件： 【点评】, or a short line of its own such as
 * 业绩回顾 / 风险提示): its words, and where the line's own text starts (`e` when it is all label).
 */
function sectionLabel(text: string, s: number, e: number): { label: string; rest: number } | undefined {
  const label = LABEL.exec(text.slice(s, e));
  if (label) {
    const words = (label[1] ?? label[2] ?? label[3]).trim();
    if (label[1] || label[2] || isSectionLabel(words))
      return { label: words, rest: skipSpace(text, s + label[0].length, e) };
  }
  const whole = text.slice(s, e).replace(/[：:]$/, '');
  if (STOP.test(whole)) return undefined;
  const w = weight(whole);
  if (w < HEADING_MIN || isSectionLabel(whole) || (isSkippedSection(whole) && w <= 12))
    return { label: whole, rest: e };
  return undefined;
}

/**
 * The units of a paragraph of prose: each sentence's clauses, and a lead-in before `：` that reads
 * as a headline. Stops at risk boilerplate (风险提示：…).
 */
function proseUnits(text: string, from: number, to: number, b: Builder, titleKey: string): void {
  for (const sentence of splitSentences(text, from, to)) {
    const words = text.slice(sentence.start, sentence.end);
    if (/^风险(?:提示|因素)/.test(words)) break;
    if (isFurniture(words) || (titleKey && similar(key(words), titleKey))) continue;
    let start = sentence.start + (MARKER.exec(words)?.[0].length ?? 0);
    start += DATELINE.exec(text.slice(start, Math.min(sentence.end, start + 40)))?.[0].length ?? 0;
    const colon = /^[^：:。]{4,40}[：:]/.exec(text.slice(start, sentence.end));
    if (colon && isLeadIn(colon[0].slice(0, -1).trim())) {
      push(b, start, start + colon[0].slice(0, -1).trim().length, true, true);
      b.sentence++;
      start = skipSpace(text, start + colon[0].length, sentence.end);
    }
    splitClauses(text, start, sentence.end).forEach((c, i) => {
      if (weight(text.slice(c.start, c.end)) >= HEADING_MIN) push(b, c.start, c.end, false, i === 0);
    });
    b.sentence++;
  }
}

/** The units found so far, and the paragraph and sentence they are in. */
interface Builder {
  units: Unit[];
  paragraph: number;
  sentence: number;
  /** Units before the current paragraph's first. */
  paragraphStart: number;
}

function nextParagraph(b: Builder): void {
  b.paragraph++;
  b.paragraphStart = b.units.length;
}

function push(b: Builder, start: number, end: number, heading: boolean, first: boolean, line = false): void {
  const lead = b.units.length === b.paragraphStart;
  b.units.push({ start, end, heading, line, paragraph: b.paragraph, lead, first, sentence: b.sentence });
}

/** Words before `：` that read as a headline of what follows: a statement, not a topic, a speaker or a list's preamble. */
function isLeadIn(lead: string): boolean {
  return (
    weight(lead) >= LEAD_IN_MIN &&
    !/[“"「（(《【[]/.test(lead) &&
    !INTRO.test(lead) &&
    !ATTRIBUTION.test(lead) &&
    !LIST_PREAMBLE.test(lead) &&
    !isSectionLabel(lead)
  );
}

/** A line that reads as a headline: enough Han characters once the cashtags are out, not too many. */
function isHeadingLine(line: string): boolean {
  const han = weight(line.replace(TAGS, ''));
  return han >= HEADING_MIN && han <= HEADING_MAX;
}

/** Text reduced to its letters, to compare with the title. */
function key(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The same headline: one contains the other, or they differ in a few characters at most. */
function similar(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a.includes(b) ? a.length <= b.length * 1.5 : b.includes(a) && a.length * 1.5 >= b.length) return true;
  if (Math.abs(a.length - b.length) > 4 || a.length > 200) return false;
  const counts = new Map<string, number>();
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of a) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return shared >= 0.8 * Math.max(a.length, b.length);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}
