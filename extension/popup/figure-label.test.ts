import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/text/figures.ts';
import { figureLabel } from './figure-label.ts';

const label = (text: string, zh: boolean) => figureLabel(findFigures(text)[0], zh ? 'zh-CN' : 'en');

describe('figureLabel', () => {
  it.each([
    ['数百万美元', '约 US$200万–US$900万', '≈ $2M–$9M'],
    ['近千亿元', '< ¥1000亿', '< CN¥100B'],
    ['逾30%', '> 30%', '> 30%'],
    ['nearly 30%', '< 30%', '< 30%'],
    ['more than $5 billion', '> US$50亿', '> $5B'],
    ['约5%', '约 5%', '≈ 5%'],
    ['30多亿元', '约 ¥30亿–¥40亿', '≈ CN¥3B–CN¥4B'],
    ['上涨3个百分点', '3个百分点', '3 pp'],
    ['guidance of 5-7%', '5%–7%', '5%–7%'],
    ['fee of HK$300', 'HK$300', 'HK$300'],
    ['dozens of', '约 24–108', '≈ 24–108'],
    ['数百万美元以上', '> US$200万', '> $2M'],
  ])('%s', (text, zh, en) => {
    expect([label(text, true), label(text, false)]).toEqual([zh, en]);
  });
});
