import { describe, expect, it } from 'vitest';
import { addDays, closeMinute, dateIn, sessionClose, sessionOpen } from './sessions.ts';

describe('session closes', () => {
  it('keeps each market’s regular close in its own zone, with DST in New York', () => {
    // 2023-02-03 (EST, UTC−5): 16:00 is 21:00 UTC; 2023-07-07 (EDT, UTC−4): 20:00 UTC.
    expect(new Date(sessionClose('US', '2023-02-03') ?? 0).toISOString()).toBe('2023-02-03T21:00:00.000Z');
    expect(new Date(sessionClose('US', '2023-07-07') ?? 0).toISOString()).toBe('2023-07-07T20:00:00.000Z');
    // Either side of the March switch (2024-03-10) and the November one (2024-11-03).
    expect(new Date(sessionClose('US', '2024-03-08') ?? 0).toISOString()).toBe('2024-03-08T21:00:00.000Z');
    expect(new Date(sessionClose('US', '2024-03-11') ?? 0).toISOString()).toBe('2024-03-11T20:00:00.000Z');
    expect(new Date(sessionClose('US', '2024-11-01') ?? 0).toISOString()).toBe('2024-11-01T20:00:00.000Z');
    expect(new Date(sessionClose('US', '2024-11-04') ?? 0).toISOString()).toBe('2024-11-04T21:00:00.000Z');
    expect(new Date(sessionClose('SH', '2023-02-03') ?? 0).toISOString()).toBe('2023-02-03T07:00:00.000Z');
    expect(new Date(sessionClose('HK', '2023-02-03') ?? 0).toISOString()).toBe('2023-02-03T08:00:00.000Z');
    expect(new Date(sessionClose('TW', '2023-02-03') ?? 0).toISOString()).toBe('2023-02-03T05:30:00.000Z');
    expect(new Date(sessionOpen('US', '2023-02-03') ?? 0).toISOString()).toBe('2023-02-03T14:30:00.000Z');
    expect(sessionClose('CRYPTO', '2023-02-03')).toBeUndefined();
  });

  it('knows the scheduled early closes', () => {
    expect(closeMinute('US', '2023-11-24')).toBe(13 * 60); // the Friday after Thanksgiving
    expect(closeMinute('US', '2024-11-29')).toBe(13 * 60);
    expect(closeMinute('US', '2024-11-22')).toBe(16 * 60);
    expect(closeMinute('US', '2024-12-24')).toBe(13 * 60); // a Tuesday
    expect(closeMinute('US', '2021-12-24')).toBe(16 * 60); // a Friday: the holiday itself, no bar
    expect(closeMinute('US', '2025-07-03')).toBe(13 * 60);
    expect(closeMinute('HK', '2024-02-09')).toBe(12 * 60); // Lunar New Year's Eve
    expect(closeMinute('HK', '2024-12-24')).toBe(12 * 60);
    expect(closeMinute('HK', '2024-12-23')).toBe(16 * 60);
    expect(closeMinute('SH', '2024-02-08')).toBe(15 * 60);
  });

  it('walks calendar dates and reads dates in a zone', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(dateIn(Date.parse('2023-02-04T05:21:28Z'), 'Asia/Shanghai')).toBe('2023-02-04');
    expect(dateIn(Date.parse('2023-02-04T03:00:00Z'), 'America/New_York')).toBe('2023-02-03');
  });
});
