/**
 * The UTC offsets of the zones FinLens reads most (the sites' home zones and the exchanges'), by
 * their rules, for the years those rules have held: no `Intl` needed. The first `Intl.DateTimeFormat`
 * with a time zone loads the browser's zone data, which costs a page's main thread tens to hundreds
 * of milliseconds; with these rules the content script dates an article without it. Any other
 * zone, or a year outside a rule's span (earlier rules, or laws not yet made), is left to `Intl`.
 */

const HOUR = 3_600_000;
/** Rules are trusted up to this year: a later change of law would not be in them. */
const LAST_YEAR = 2030;

/** Zones with one offset (minutes east of UTC) since the year given. */
const FIXED: Record<string, { offset: number; since: number }> = {
  UTC: { offset: 0, since: 1900 },
  'Etc/UTC': { offset: 0, since: 1900 },
  'Asia/Shanghai': { offset: 480, since: 1992 },
  'Asia/Hong_Kong': { offset: 480, since: 1980 },
  'Asia/Taipei': { offset: 480, since: 1980 },
  'Asia/Singapore': { offset: 480, since: 1982 },
  'Asia/Tokyo': { offset: 540, since: 1952 },
  'Asia/Seoul': { offset: 540, since: 1989 },
};

/** United States zones: standard offset; daylight time since 2007 from the second Sunday of March to the first of November, at 2:00 local. */
const US: Record<string, number> = {
  'America/New_York': -300,
  'America/Chicago': -360,
  'America/Denver': -420,
  'America/Los_Angeles': -480,
};

/** The day of month of the `n`th Sunday of a month (n = -1: the last), in UTC arithmetic. */
function sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** The zone's offset from UTC at `epoch` (minutes), where a rule here covers it; else undefined. */
export function ruleOffset(zone: string, epoch: number): number | undefined {
  if (!Number.isFinite(epoch)) return undefined;
  const year = new Date(epoch).getUTCFullYear();
  if (year > LAST_YEAR) return undefined;
  const fixed = FIXED[zone];
  if (fixed) return year >= fixed.since ? fixed.offset : undefined;
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (etc) return (etc[1] === '+' ? -1 : 1) * Number(etc[2]) * 60;
  const standard = US[zone];
  if (standard !== undefined) {
    if (year < 2008) return undefined;
    const start = Date.UTC(year, 2, sunday(year, 3, 2)) + 2 * HOUR - standard * 60_000;
    const end = Date.UTC(year, 10, sunday(year, 11, 1)) + 2 * HOUR - (standard + 60) * 60_000;
    return epoch >= start && epoch < end ? standard + 60 : standard;
  }
  if (zone === 'Europe/London') {
    if (year < 1997) return undefined;
    const start = Date.UTC(year, 2, sunday(year, 3, -1)) + HOUR;
    const end = Date.UTC(year, 9, sunday(year, 10, -1)) + HOUR;
    return epoch >= start && epoch < end ? 60 : 0;
  }
  return undefined;
}
