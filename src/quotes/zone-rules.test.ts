import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleOffset } from './zone-rules.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The offset `Intl` gives (minutes east of UTC): what the rules must agree with. */
function intlOffset(zone: string, epoch: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(epoch).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((wall - Math.floor(epoch / 1000) * 1000) / 60_000);
}

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/London',
  'Etc/GMT-8',
  'Etc/GMT+5',
];

describe('ruleOffset', () => {
  it('agrees with Intl at any moment from 1980 to 2030 where it answers, in every zone it knows', () => {
    const from = Date.UTC(1980, 0, 1);
    const to = Date.UTC(2030, 11, 31);
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: from, max: to }), (zone, epoch) => {
        const offset = ruleOffset(zone, epoch);
        if (offset !== undefined) expect(offset).toBe(intlOffset(zone, epoch));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Intl on each side of every daylight-time change, 2008 to 2030', () => {
    for (const zone of ['America/New_York', 'America/Los_Angeles', 'Europe/London']) {
      for (let year = 2008; year <= 2030; year++) {
        // Every half hour of March, October and November: each change falls in one of them.
        for (const month of [2, 9, 10]) {
          for (let t = Date.UTC(year, month, 1); t < Date.UTC(year, month + 1, 1); t += 1_800_000) {
            expect(ruleOffset(zone, t), `${zone} ${new Date(t).toISOString()}`).toBe(intlOffset(zone, t));
          }
        }
      }
    }
  }, 30_000);

  it('leaves to Intl the zones and years it has no rule for', () => {
    expect(ruleOffset('Europe/Berlin', Date.UTC(2024, 0, 1))).toBeUndefined();
    expect(ruleOffset('Asia/Shanghai', Date.UTC(1988, 6, 1))).toBeUndefined();
    expect(ruleOffset('America/New_York', Date.UTC(2005, 6, 1))).toBeUndefined();
    expect(ruleOffset('America/New_York', Date.UTC(2031, 6, 1))).toBeUndefined();
    expect(ruleOffset('Asia/Shanghai', Date.UTC(2024, 0, 1))).toBe(480);
  });
});
