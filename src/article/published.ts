/**
 * When an article was published: the candidates a page gives (its `article:published_time`, its
 * JSON-LD `datePublished`, a `<time datetime>` in the story, the stamp it prints) settled into one
 * `Published`, with its instant where the page gives a time of day and its zone can be known.
 *
 * The zone of a printed time: an explicit offset or `Z`; else a zone named beside it (`ET`,
 * `北京时间`); else the home zone of the site (`siteZone`); else none, and only the date is kept.
 * A candidate more than a day after the moment of reading is not a publication (a typo, an event
 * announced, a wrong clock): it is passed over and the next candidate is read.
 *
 * Relative stamps count from the moment of reading: `3小时前` and `刚刚` are instants whatever the
 * zone (dated in the site's zone, or in UTC with no zone claimed); `昨天 14:20` and `3天前` are days
 * on the site's clock, and with no zone known only their date (counted in UTC) is kept.
 */
import type { Published } from '../quotes/history-types.ts';
import { wallClock, zonedTime } from '../quotes/market-hours.ts';
import { englishZone } from './site-zone.ts';
import { findStamps, offsetOf, type Stamp } from './stamps.ts';
import type { TextsByLevel } from './text-meta.ts';

/** What a publish time is read against. */
export interface PublishedContext {
  /** The moment the page was read (epoch ms): relative stamps (`3小时前`, `昨天`, `02-04`) count from it. */
  now: number;
  /** The home zone of the site the page came from (`siteZone(url)`), for a printed time that names none. */
  homeZone?: string;
}

/** One candidate for the publish time: a raw value and where the page gave it. */
export interface PublishedCandidate {
  source: Published['source'];
  value: string | undefined;
}

const DAY = 86_400_000;

/** The first candidate, in the order given, that reads as a publish time; undefined when none does. */
export function firstPublished(
  candidates: readonly PublishedCandidate[],
  context: PublishedContext,
): Published | undefined {
  for (const { source, value } of candidates) {
    const published = value === undefined ? undefined : declaredPublished(value, source, context);
    if (published) return published;
  }
  return undefined;
}

const ISO =
  /^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T\s](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;

/**
 * A publish time as markup declares it: ISO 8601 (`2023-02-04T13:21:28+08:00`, `2023-02-04`),
 * epoch seconds or milliseconds, or any form a page prints (`2023年02月04日 13:21`, `Feb 4, 2023`).
 */
export function declaredPublished(
  value: string,
  source: Published['source'],
  context: PublishedContext,
): Published | undefined {
  const text = value.trim();
  if (text === '' || text.length > 200) return undefined;
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const instant = Number(text) * (text.length === 10 ? 1000 : 1);
    return instant > context.now + DAY ? undefined : atInstant(instant, context.homeZone, source);
  }
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, offset] = iso;
    const stamp: Stamp = { kind: 'published', at: 0, year: +y, month: +mo, day: +d };
    if (h !== undefined) Object.assign(stamp, { hour: +h, minute: +mi, second: s === undefined ? 0 : +s });
    if (offset !== undefined) stamp.offset = offsetOf(offset);
    if (offset !== undefined && stamp.offset === undefined) return undefined;
    return resolveStamp(stamp, source, context);
  }
  return fromTexts((level) => (level === 0 ? text : undefined), source, context);
}

/**
 * What the stamps a page prints make of its publication, read level by level (the story first).
 * First a stamp labelled as the publication (`发布于`, `發佈於`, `Published`); then an unlabelled
 * one with its time of day (a story's prose names dates, rarely times); then a date labelled only
 * `时间：`/`Date:`; then any date; and last a stamp labelled as an update (`Updated`, `更新時間`):
 * an update is taken only on a page that prints nothing else, as the latest moment the article
 * surely existed. Within a kind, the nearest level, then the first in the text, wins.
 */
export function printedPublished(textAt: TextsByLevel, context: PublishedContext): Published | undefined {
  return fromTexts(textAt, 'text', context);
}

/** The best stamp of the texts by level (see `printedPublished`), tagged with `source`. */
function fromTexts(
  textAt: TextsByLevel,
  source: Published['source'],
  context: PublishedContext,
): Published | undefined {
  const stamps: Stamp[][] = [];
  const stampsAt = (level: number): Stamp[] | undefined => {
    const text = textAt(level);
    if (text === undefined) return undefined;
    stamps[level] ??= findStamps(text);
    return stamps[level];
  };
  for (const tier of TIERS) {
    for (let level = 0, found = stampsAt(0); found; found = stampsAt(++level)) {
      for (const stamp of found) {
        if (!tier(stamp)) continue;
        const published = resolveStamp(stamp, source, context);
        if (published) return published;
      }
    }
  }
  return undefined;
}

const hasTime = (s: Stamp) => s.hour !== undefined || s.agoMs !== undefined;
/** The kinds of stamp, most telling first (see `printedPublished`). */
const TIERS: ReadonlyArray<(s: Stamp) => boolean> = [
  (s) => s.kind === 'published',
  (s) => (s.kind === 'plain' || s.kind === 'labelled') && hasTime(s),
  (s) => s.kind === 'labelled',
  (s) => s.kind === 'plain',
  (s) => s.kind === 'updated',
];

/** A stamp settled against the moment of reading and its zone; undefined when it is no date or is in the future. */
function resolveStamp(stamp: Stamp, source: Published['source'], context: PublishedContext): Published | undefined {
  const named = stamp.zone ?? (stamp.zoneWord ? englishZone(stamp.zoneWord, context.homeZone) : undefined);
  // A zone named beside the time, else the site's, else the one of the publisher its source line names.
  const zone = named ?? context.homeZone ?? stamp.printerZone;
  if (stamp.agoMs !== undefined) return atInstant(context.now - stamp.agoMs, zone, source);
  const today = wallDay(context.now, zone ?? 'UTC');
  let { year, month, day } = stamp;
  const { hour, minute = 0, second = 0 } = stamp;
  if (stamp.dayOffset !== undefined) {
    [year, month, day] = ymd(Date.UTC(today.year, today.month - 1, today.day + stamp.dayOffset));
  } else if (year === undefined && month !== undefined && day !== undefined) {
    // A stamp without its year is of this year, unless that would put it ahead of the reading.
    year = today.year;
    if (Date.UTC(year, month - 1, day, hour ?? 0, minute) > today.wall + DAY) year--;
  }
  if (year === undefined || month === undefined || day === undefined || !isDate(year, month, day)) return undefined;
  if (hour !== undefined && (hour > 23 || minute > 59 || second > 59)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  let instant: number | undefined;
  let readIn = zone;
  if (hour !== undefined && stamp.offset !== undefined) {
    instant = Date.UTC(year, month - 1, day, hour, minute, second) - stamp.offset * 60_000;
    readIn = zoneAtOffset(instant, stamp.offset, [named, context.homeZone, stamp.printerZone]);
  } else if (hour !== undefined && zone) {
    instant = zonedTime(zone, year, month, day, hour, minute, second);
  }
  if (instant === undefined) return Date.UTC(year, month - 1, day) > today.wall + DAY ? undefined : { date, source };
  if (instant > context.now + DAY) return undefined;
  const published: Published = { instant: new Date(instant).toISOString(), date, source };
  if (readIn) published.zone = readIn;
  return published;
}

/** A known instant, dated in `zone` (in UTC when no zone is known, and then no zone is claimed). */
function atInstant(instant: number, zone: string | undefined, source: Published['source']): Published | undefined {
  if (!Number.isFinite(instant)) return undefined;
  const [y, m, d] = ymdIn(instant, zone ?? 'UTC');
  const published: Published = { instant: new Date(instant).toISOString(), date: `${y}-${pad(m)}-${pad(d)}`, source };
  if (zone) published.zone = zone;
  return published;
}

/**
 * The zone a time printed with an explicit offset was read in: a zone named or the site's, when
 * its offset at that instant is the printed one; else UTC for `Z`, `Etc/GMT-8` for a whole-hour
 * offset (IANA's Etc zones count west, hence the sign), and none for a fraction of an hour.
 */
function zoneAtOffset(
  instant: number,
  offset: number,
  candidates: ReadonlyArray<string | undefined>,
): string | undefined {
  for (const zone of candidates) if (zone && offsetIn(instant, zone) === offset) return zone;
  if (offset === 0) return 'UTC';
  return offset % 60 === 0 ? `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset) / 60}` : undefined;
}

/** The UTC offset of `zone` at `instant`, in minutes. */
function offsetIn(instant: number, zone: string): number {
  const w = wallClock(instant, zone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day) + w.minute * 60_000 - instant) / 60_000);
}

/** The calendar day of `epoch` in `zone`, and its wall clock as if it were UTC (ms). */
function wallDay(epoch: number, zone: string): { year: number; month: number; day: number; wall: number } {
  const w = wallClock(epoch, zone);
  return { ...w, wall: Date.UTC(w.year, w.month - 1, w.day) + w.minute * 60_000 };
}

function ymdIn(epoch: number, zone: string): [number, number, number] {
  const w = wallClock(epoch, zone);
  return [w.year, w.month, w.day];
}

function ymd(utc: number): [number, number, number] {
  const d = new Date(utc);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Whether year, month and day name a day of the calendar (not month 13, not 30 February). */
function isDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
