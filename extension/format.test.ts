import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCompact,
  formatCount,
  formatMarketTime,
  formatPercent,
  formatPrice,
  formatPublished,
  formatRatio,
} from './format.ts';

describe('format', () => {
  it('compact amounts in Chinese units (万, 亿) and English ones (K, B, T)', () => {
    expect(formatCompact(11_860, 'zh-CN')).toBe('1.19万');
    expect(formatCompact(1_721_080_000_000, 'zh-CN')).toBe('1.72万亿');
    expect(formatCompact(1_623_900_000, 'zh-CN')).toBe('16.24亿');
    expect(formatCompact(11_860, 'en')).toBe('11.86K');
    expect(formatCompact(1_623_900_000, 'en')).toBe('1.62B');
  });
  it('prices, changes and percentages with their signs', () => {
    expect(formatPrice(1370.07, 'en')).toBe('1,370.07');
    expect(formatPrice(4.671, 'en')).toBe('4.671');
    expect(formatPrice(1.0301, 'zh-CN')).toBe('1.0301');
    expect(formatChange(-2.92, 1370.07, 'en')).toBe('-2.92');
    expect(formatChange(2.25, 112.35, 'en')).toBe('+2.25');
    expect(formatChange(0, 8.88, 'en')).toBe('0.00');
    expect(formatPercent(-0.21, 'en')).toBe('-0.21%');
    expect(formatPercent(2.04, 'zh-CN')).toBe('+2.04%');
  });
  it("a quote's time in its market's zone", () => {
    const t = Date.UTC(2026, 10, 30, 6, 15, 2);
    expect(formatMarketTime(t, 'Asia/Shanghai', 'en')).toBe('Nov 30, 14:15 GMT+8');
    expect(formatMarketTime(t, 'America/New_York', 'en')).toBe('Nov 30, 01:15 EST');
    expect(formatMarketTime(t, 'Asia/Shanghai', 'zh-CN')).toBe('11月30日 GMT+8 14:15');
  });
  it('ratios and counts grouped like prices', () => {
    expect(formatRatio(23.2, 'en')).toBe('23.20');
    expect(formatRatio(1234.5, 'zh-CN')).toBe('1,234.50');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });
  it("an article's publish time on its own zone's clock, named; a date alone as a calendar day", () => {
    const published = {
      instant: '2023-02-04T05:21:28.000Z',
      date: '2023-02-04',
      zone: 'Asia/Shanghai',
      source: 'text' as const,
    };
    expect(formatPublished(published, 'en')).toBe('Feb 4, 2023, 1:21 PM, Beijing time');
    expect(formatPublished(published, 'zh-CN')).toBe('2023年2月4日 13:21 北京时间');
    const dateOnly = { date: '2023-02-04', source: 'meta' as const };
    expect(formatPublished(dateOnly, 'en')).toBe('Feb 4, 2023');
    expect(formatPublished(dateOnly, 'zh-CN')).toBe('2023年2月4日');
    expect(formatPublished(undefined, 'en')).toBeUndefined();
  });
});
