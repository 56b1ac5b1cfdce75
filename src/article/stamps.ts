/**
 * The publish stamps pages print, found in text and read into their parts, before any zone or
 * `now` is applied (`published.ts` does that): `2023-02-04 13:21:28 来源:雪球网`,
 * `发布于 2023-02-04 13:21`, `2023年2月4日 13:21`, `02-04 13:21`, `昨天 14:20`, `3小时前`, `刚刚`,
 * `Feb. 4, 2023 1:21 PM ET`, `Published 4 February 2023`, `發佈於` / `更新時間` (Traditional).
 */
import { chineseZone, ENGLISH_ZONE, sourceZone } from './site-zone.ts';

/** What a stamp's label says of it: first publication, a later update, a bare "time:", or nothing. */
export type StampKind = 'published' | 'updated' | 'labelled' | 'plain';

/** One stamp as printed. A field left out is not printed; `published.ts` settles the rest. */
export interface Stamp {
  kind: StampKind;
  /** Where it starts in the text. */
  at: number;
  year?: number;
  month?: number;
  day?: number;
  /** Days from the day of reading: `今天` 0, `昨天` -1, `3天前` -3 (month and day then absent). */
  dayOffset?: number;
  /** Milliseconds before the moment of reading: `3小时前`, `25分钟前`, `刚刚` (0). */
  agoMs?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** An explicit UTC offset in minutes (`+08:00`, `Z`, `GMT+8`). */
  offset?: number;
  /** A zone named beside it (`ET`, `北京时间`). */
  zone?: string;
  /** An English zone word, still to be settled against the site's home zone (`CST`). */
  zoneWord?: string;
  /** The zone of the publisher a source line after it names (`来源:雪球网`): weaker than the site's own. */
  printerZone?: string;
}

const PUBLISHED_LABEL = String.raw`发布时间|发布日期|发布于|发表时间|发表日期|发表于|发文时间|發佈時間|發布時間|發表時間|發佈日期|發布日期|發表日期|發佈於|發布於|發表於|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?`;
const UPDATED_LABEL = String.raw`最后更新|最後更新|更新时间|更新時間|更新日期|更新于|更新於|(?:last\s+)?updated?(?:\s+on)?|modified(?:\s+on)?`;
/** `时间：`, not the end of a zone's name (`北京时间`) or of another label. */
const GENERIC_LABEL = String.raw`(?<!北京|台北|臺北|台[湾灣]|臺灣|香港|美[东東]|[东東]京|[伦倫]敦)[时時][间間]|日期|\bdate`;
/** Between a label and its stamp: a colon, a weekday, a zone phrase. */
const LABEL_GAP = String.raw`\s*[:：]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:(?:北京|台北|臺北|香港)[时時][间間])?\s*`;
const LABELS: ReadonlyArray<readonly [StampKind, RegExp]> = [
  ['published', new RegExp(`(?:${PUBLISHED_LABEL})${LABEL_GAP}$`, 'i')],
  ['updated', new RegExp(`(?:${UPDATED_LABEL})${LABEL_GAP}$`, 'i')],
  ['labelled', new RegExp(`(?:${GENERIC_LABEL})${LABEL_GAP}$`, 'i')],
];

/** An English zone word, and a GMT offset after it (`GMT+8`). */
const ZONE_WORD = String.raw`${ENGLISH_ZONE}([+-]\d{1,2}(?::?\d\d)?)?`;
/** A time of day: `13:21`, `13:21:28`, `下午1:21`, with an ISO offset or `Z` where one is attached, or a zone word after it (`HKT`). */
const CLOCK = String.raw`(上午|下午|中午|晚上|凌晨)?\s*(\d{1,2})[:：](\d\d)(?:[:：](\d\d)(?:\.\d+)?)?(?:(Z(?![A-Za-z])|[+-]\d\d:?\d\d)|\s*${ZONE_WORD})?`;
/** A 12-hour English time (`1:21 PM`, `1:21 p.m.`, `1 pm`) or a 24-hour one (`13:21`). */
const EN_CLOCK = String.raw`(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?\s*m\b\.?|(?<=\d:\d\d))`;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const EN_TIME_AFTER = String.raw`(?:\s*(?:,|at|[-–—·|])?\s*${EN_CLOCK}(?:\s*${ZONE_WORD})?)?`;

/** Before a relative stamp: the start, a separator or a label; after it, the end or a separator (not prose). */
const STANDS_BEFORE = String.raw`(?<=^|[\s·•|｜丨/()（）\[\]【】:：]|于|於)`;
const STANDS_AFTER = String.raw`(?=$|[\s·•|｜丨/()（）\[\]【】]|来自|來自|来源|來源|发布|發佈|發布|更新)`;

const HOUR = 3_600_000;
const AGO_UNITS: Readonly<Record<string, number>> = {
  秒: 1000,
  分钟: 60_000,
  分鐘: 60_000,
  小时: HOUR,
  小時: HOUR,
  second: 1000,
  sec: 1000,
  minute: 60_000,
  min: 60_000,
  hour: HOUR,
  hr: HOUR,
};

type Reader = (m: RegExpExecArray) => Omit<Stamp, 'kind' | 'at'> | undefined;

/** Each form, its pattern and how its parts are read. Earlier forms win where two overlap. */
const FORMS: ReadonlyArray<readonly [RegExp, Reader]> = [
  // 2023-02-04 13:21:28, 2023/2/4, 2023.02.04, 2023年2月4日 13:21, 2023-02-04T13:21:28+08:00
  [
    new RegExp(
      String.raw`(?<!\d)((?:19|20)\d\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?(?:\s*(?:T|,)?\s*(?:星期.|周.|週.)?\s*${CLOCK})?`,
      'gi',
    ),
    (m) => ({ year: +m[1], month: +m[2], day: +m[3], ...clock(m, 4) }),
  ],
  // Feb. 4, 2023 1:21 PM ET; February 4, 2023 at 1:21 p.m. EST; FEB 4 2023
  [
    new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b${EN_TIME_AFTER}`, 'gi'),
    (m) => ({ year: +m[3], month: monthOf(m[1]), day: +m[2], ...enClock(m, 4) }),
  ],
  // 4 February 2023, 4 Feb 2023 13:21 GMT
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d\d)\b${EN_TIME_AFTER}`, 'gi'),
    (m) => ({ year: +m[3], month: monthOf(m[2]), day: +m[1], ...enClock(m, 4) }),
  ],
  // 02-04 13:21, 2月4日 13:21: no year, so only with a time (a bare 2月4日 is prose).
  [
    new RegExp(String.raw`(?<![\d年/.\-:])(\d{1,2})\s*(?:-|/|月)\s*(\d{1,2})(?!\d)\s*日?\s+${CLOCK}`, 'g'),
    (m) => ({ month: +m[1], day: +m[2], ...clock(m, 3) }),
  ],
  // 今天 09:30, 昨天 14:20, 前天 08:00
  [
    new RegExp(String.raw`(今天|今日|昨天|昨日|前天)\s*${CLOCK}`, 'g'),
    (m) => ({ dayOffset: m[1].startsWith('今') ? 0 : m[1] === '前天' ? -2 : -1, ...clock(m, 2) }),
  ],
  // 3小时前, 25分钟前, 3天前, 5 hours ago
  [
    new RegExp(
      String.raw`${STANDS_BEFORE}(\d{1,3})\s*(?:(秒|分钟|分鐘|小时|小時|天)前|(second|sec|minute|min|hour|hr|day)s?\s+ago\b)${STANDS_AFTER}`,
      'gi',
    ),
    (m) => {
      const n = Number(m[1]);
      const unit = (m[2] ?? m[3]).toLowerCase();
      if (unit === '天' || unit === 'day') return n <= 31 ? { dayOffset: -n } : undefined;
      return { agoMs: n * AGO_UNITS[unit] };
    },
  ],
  // 刚刚, 剛剛, just now
  [new RegExp(`${STANDS_BEFORE}(?:刚刚|剛剛|just now)${STANDS_AFTER}`, 'gi'), () => ({ agoMs: 0 })],
];

/** Every stamp in `text`, in the order they appear; overlapping readings of one stamp are read once. */
export function findStamps(text: string): Stamp[] {
  const found: Stamp[] = [];
  const taken: Array<[number, number]> = [];
  for (const [re, read] of FORMS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const parts = read(m as RegExpExecArray);
      if (!parts) continue;
      taken.push([start, end]);
      const zone = parts.zone ?? chineseZone(text.slice(Math.max(0, start - 8), end + 8));
      const printerZone = sourceZone(text.slice(end, end + 40));
      found.push({
        kind: kindBefore(text, start),
        at: start,
        ...parts,
        ...(zone ? { zone } : {}),
        ...(printerZone ? { printerZone } : {}),
      });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The label right before a stamp, if any. */
function kindBefore(text: string, at: number): StampKind {
  const before = text.slice(Math.max(0, at - 40), at);
  for (const [kind, re] of LABELS) if (re.test(before)) return kind;
  return 'plain';
}

/** The time of day of a `CLOCK` match whose groups start at `i`; nothing when it has none or it is no time. */
function clock(m: RegExpExecArray, i: number): Partial<Stamp> {
  const [half, h, mi, s, offset, word, gmtOffset] = m.slice(i, i + 7);
  if (h === undefined) return {};
  let hour = Number(h);
  if (half === '下午' || half === '晚上' || (half === '中午' && hour < 11)) hour = hour < 12 ? hour + 12 : hour;
  if (half === '上午' || half === '凌晨') hour = hour === 12 ? 0 : hour;
  const time = timeOf(hour, Number(mi), s === undefined ? 0 : Number(s));
  if (!time) return {};
  const off = offsetOf(offset ?? (word ? (gmtOffset ?? '') : ''));
  if (off !== undefined) return { ...time, offset: off };
  return word ? { ...time, zoneWord: word } : time;
}

/** The time of day of an `EN_TIME_AFTER` match whose groups start at `i`, with its zone word or GMT offset. */
function enClock(m: RegExpExecArray, i: number): Partial<Stamp> {
  const [h, mi, ap, word, gmtOffset] = m.slice(i, i + 5);
  if (h === undefined) return {};
  let hour = Number(h);
  if (ap !== undefined) {
    if (hour < 1 || hour > 12) return {};
    hour = (hour % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
  }
  const time = timeOf(hour, mi === undefined ? 0 : Number(mi), 0);
  if (!time) return {};
  const off = word && gmtOffset !== undefined ? offsetOf(gmtOffset) : undefined;
  if (off !== undefined) return { ...time, offset: off };
  return word ? { ...time, zoneWord: word } : time;
}

function timeOf(hour: number, minute: number, second: number): Partial<Stamp> | undefined {
  return hour <= 23 && minute <= 59 && second <= 59 ? { hour, minute, second } : undefined;
}

/** `Z`, `+08:00`, `+0800`, `+8`, `-05:30` → minutes east of UTC; undefined past ±14 hours. */
export function offsetOf(text: string): number | undefined {
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d\d))?$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? undefined : m[1] === '-' ? -minutes : minutes;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
