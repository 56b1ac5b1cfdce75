/**
 * Hand-written daily bars for the price-move tests: small deterministic series with weekends and
 * holidays (A-shares closed 1–7 Oct 2024; NYSE closed 20 Feb 2023, Presidents' Day). Every
 * expected move in the tests is worked out by hand from these numbers.
 */
import type { DailyBar, DailyBars } from '../quotes/history-types.ts';

const bar = (date: string, open: number, high: number, low: number, close: number): DailyBar => ({
  date,
  open,
  high,
  low,
  close,
});

/** Flat weekday bars (open = close = 100, high 101, low 99) from `from` to `to` but `closed` days; `peaks` set a day's high. */
function flat(from: string, to: string, peaks: Record<string, number>, closed: string[]): DailyBar[] {
  const out: DailyBar[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const date = day.toISOString().slice(0, 10);
    if (!closed.includes(date)) out.push(bar(date, 100, peaks[date] ?? 101, 99, 100));
  }
  return out;
}

const series = (id: string, bars: DailyBar[]): [string, DailyBars] => [id, { id, adjust: 'raw', bars }];

/**
 * 贵州茅台 (main board, 10%): flat at 100 from 9 Oct 2023 (the 52 weeks' high is 130, on 15 Mar 2024;
 * the last close of 2023 is 100, on 29 Dec; 1 Jan 2024 closed), then, by close:
 * 27 Sep 100 · 30 Sep 110 (+10.00%, the limit) · [1–7 Oct closed] · 8 Oct 115.50 (+5.00%; open 113.30
 * +3.00%, high 118.80 +8.00%) · 9 Oct 110.88 (−4.00%) · 10 Oct 111.99 (+1.0011%) · 11 Oct 118.71
 * (+6.0005%; high 125) · 14 Oct 130.58 (+9.9992%, the limit 118.71 × 1.1 = 130.581 → 130.58; high
 * 130.58, above 130) · 15 Oct 124.05 (−5.0008%) · 16 Oct 122.81 (−0.9996%) · 17 Oct 123.05
 * (+0.1954%) · 18 Oct 125.51 (+1.9992%).
 * This week to 18 Oct: 118.71 → 125.51, +5.7282%; to 15 Oct: +4.4984%. Year to 18 Oct: +25.51%.
 */
const MOUTAI = [
  ...flat('2023-10-09', '2024-09-26', { '2024-03-15': 130 }, ['2024-01-01']),
  bar('2024-09-27', 100, 101, 99, 100),
  bar('2024-09-30', 103, 110, 102, 110),
  bar('2024-10-08', 113.3, 118.8, 110.5, 115.5),
  bar('2024-10-09', 115, 116, 110, 110.88),
  bar('2024-10-10', 111, 112, 109, 111.99),
  bar('2024-10-11', 112, 125, 111, 118.71),
  bar('2024-10-14', 119, 130.58, 118, 130.58),
  bar('2024-10-15', 129, 131, 120, 124.05),
  bar('2024-10-16', 124, 125, 121, 122.81),
  bar('2024-10-17', 123, 124, 121, 123.05),
  bar('2024-10-18', 123, 126, 122, 125.51),
];

/**
 * 东方财富 (ChiNext, 20%): 27 Sep 20.00 · 30 Sep 24.00 (+20%) · 8 Oct 28.80 (+20%) · 9 Oct 25.92
 * (−10%) · 10 Oct 31.10 (the limit 25.92 × 1.2 = 31.104 → 31.10, +19.9846%) · 11 Oct close 34.00
 * (+9.3248%), high 37.32 (the limit, +20.00%).
 */
const EASTMONEY = [
  bar('2024-09-27', 19.8, 20.2, 19.5, 20),
  bar('2024-09-30', 21, 24, 20.5, 24),
  bar('2024-10-08', 28.8, 28.8, 28.8, 28.8),
  bar('2024-10-09', 27, 28, 25.5, 25.92),
  bar('2024-10-10', 26, 31.1, 26, 31.1),
  bar('2024-10-11', 31, 37.32, 30, 34),
];

/** ST人福 (main board ST, 5%): 10 Oct 5.55 · 11 Oct 5.83 (limit 5.8275 → 5.83, +5.045%) · 14 Oct 6.00 (+2.916%; limit 6.12). */
const ST_RENFU = [
  bar('2024-10-10', 5.5, 5.6, 5.4, 5.55),
  bar('2024-10-11', 5.6, 5.83, 5.6, 5.83),
  bar('2024-10-14', 5.9, 6.1, 5.85, 6),
];

/** 安徽凤凰 (Beijing, 30%): 10 Oct 10.00 · 11 Oct 13.00 (+30%). */
const BJ_FENGHUANG = [bar('2024-10-10', 9.8, 10.2, 9.7, 10), bar('2024-10-11', 10.5, 13, 10.5, 13)];

/** 腾讯控股 (HKEX, no limit): 10 Oct 400 · 11 Oct 412.8 (+3.20%) · 14 Oct 408 (−1.1628%). */
const TENCENT = [
  bar('2024-10-10', 398, 402, 396, 400),
  bar('2024-10-11', 401, 415, 400, 412.8),
  bar('2024-10-14', 410, 412, 405, 408),
];

/** 百度 (NASDAQ): 31 Jan 140 · 1 Feb 150 · 2 Feb 150 · 3 Feb (Fri) 157.50 (+5.00%) · 6 Feb 152.78. */
const BAIDU = [
  bar('2023-01-31', 139, 141, 138, 140),
  bar('2023-02-01', 141, 151, 140, 150),
  bar('2023-02-02', 150, 152, 148, 150),
  bar('2023-02-03', 151, 158, 149, 157.5),
  bar('2023-02-06', 156, 157, 151, 152.78),
];

/**
 * Apple (NASDAQ), Presidents' Day 20 Feb 2023 closed: 13 Feb 150 · 14 Feb 153 (+2.00%; open 151.50
 * +1.00%, high 154 +2.6667%) · 15 Feb (Wed) 156.52 (+2.3007%) · 16 Feb 152.60 (−2.5045%) · 17 Feb
 * (Fri) 148 (−3.0144%) · 21 Feb 145.04 (−2.00%) · 22 Feb (Wed) 148 (+2.0408%) · 23 Feb 149.50
 * (+1.0135%) · 24 Feb 146.51 (−2.00%). The week of 20 Feb: 148 → 146.51, −1.0068%.
 */
const APPLE = [
  bar('2023-02-13', 149, 151, 148, 150),
  bar('2023-02-14', 151.5, 154, 150, 153),
  bar('2023-02-15', 153, 157, 152, 156.52),
  bar('2023-02-16', 156, 157, 152, 152.6),
  bar('2023-02-17', 152, 153, 147, 148),
  bar('2023-02-21', 147, 148, 144, 145.04),
  bar('2023-02-22', 145, 149, 144, 148),
  bar('2023-02-23', 150, 152, 147, 149.5),
  bar('2023-02-24', 149, 150, 146, 146.51),
];

/** Tesla: 16 Feb 2023 200 · 17 Feb (Fri) 191 (−4.50%) · 21 Feb 190. */
const TESLA = [
  bar('2023-02-16', 198, 202, 196, 200),
  bar('2023-02-17', 199, 200, 190, 191),
  bar('2023-02-21', 191, 193, 188, 190),
];

/** NVIDIA: 13 Oct 2022 115 · 14 Oct (Fri) 112.27 (−2.3739%) · 17 Oct 118. */
const NVIDIA = [
  bar('2022-10-13', 110, 116, 108, 115),
  bar('2022-10-14', 116, 117, 112, 112.27),
  bar('2022-10-17', 114, 119, 113, 118),
];

/** The bars by security id. */
export const BARS = new Map<string, DailyBars>([
  series('SH:600519', MOUTAI),
  series('SZ:300059', EASTMONEY),
  series('SH:600079', ST_RENFU),
  series('BJ:920000', BJ_FENGHUANG),
  series('HK:00700', TENCENT),
  series('US:BIDU', BAIDU),
  series('US:AAPL', APPLE),
  series('US:TSLA', TESLA),
  series('US:NVDA', NVIDIA),
]);
