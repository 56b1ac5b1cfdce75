/**
 * The labelled set of old names (issue: A-shares by their former names and delisted companies):
 * a former name links to today's listing and says so, a name another company holds today is that
 * company's, and a delisted company is recognised and marked delisted. Texts are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

/** The securities of a text as [mention texts, id, today's Chinese name, formerName, delisted]. */
const found = (text: string) =>
  analyze({ text }).securities.map((s) => ({
    mentions: s.mentions.map((m) => m.text),
    id: s.id,
    zh: s.name.zh,
    formerName: s.formerName,
    delisted: s.delisted,
  }));

describe('former names link to the listing today', () => {
  const cases: [string, string, string, string, string][] = [
    // [why, text, mention, id, today's name]
    ['小康股份 is 赛力斯 today', '小康股份发布公告，一季度新能源汽车销量同比增长。', '小康股份', 'SH:601127', '赛力斯'],
    ['京山轻机 is ST京机 today', '光伏设备股走强，京山轻机午后涨停。', '京山轻机', 'SZ:000821', 'ST京机'],
    ['顺发恒业 is 顺发恒能 today', '顺发恒业披露年报，净利润同比下降。', '顺发恒业', 'SZ:000631', '顺发恒能'],
    [
      'a G-share name reduces to its base (G穗机场 → 穗机场)',
      '2006年G穗机场股价创出新高。',
      '穗机场',
      'SH:600004',
      '白云机场',
    ],
    [
      'an ST form and its sibling (*ST安信, ST安信: 建元信托 today)',
      'ST安信发布风险提示公告。',
      'ST安信',
      'SH:600816',
      '建元信托',
    ],
  ];
  it.each(cases)('%s', (_why, text, mention, id, zh) => {
    expect(found(text)).toEqual([{ mentions: [mention], id, zh, formerName: mention, delisted: undefined }]);
  });

  it('formerName stays off a security named by its name today', () => {
    expect(found('赛力斯股价今日上涨。')).toEqual([
      { mentions: ['赛力斯'], id: 'SH:601127', zh: '赛力斯', formerName: undefined, delisted: undefined },
    ]);
  });

  it('a security named both ways keeps the former name it was called by', () => {
    const [s] = found('赛力斯（原小康股份）股价上涨，小康股份更名后市值翻倍。');
    expect(s.id).toBe('SH:601127');
    expect(s.mentions).toEqual(['赛力斯', '小康股份', '小康股份']);
    expect(s.formerName).toBe('小康股份');
  });
});

describe('current names win over former ones', () => {
  it('东风股份 (601515 once, 600006 today) is 600006', () => {
    expect(found('东风股份发布年报，营收小幅增长。').map((s) => [s.id, s.formerName])).toEqual([
      ['SH:600006', undefined],
    ]);
  });

  it('a status form cut short for display (G实发展) is not a name: 上实发展 is', () => {
    expect(found('实发展股价大涨，成交放量。')).toEqual([]);
    expect(found('上实发展股价上涨。').map((s) => s.id)).toEqual(['SH:600748']);
  });
});

describe('delisted companies', () => {
  it('邯郸钢铁 (600001) is recognised and marked delisted, with its date', () => {
    expect(found('邯郸钢铁(600001)曾是钢铁板块的龙头。')).toEqual([
      {
        mentions: ['邯郸钢铁(600001)'],
        id: 'SH:600001',
        zh: '邯郸钢铁',
        formerName: undefined,
        delisted: { date: '2009-12-29' },
      },
    ]);
  });

  it('a 退 form (网力退) names the company, shown by its plain name', () => {
    expect(found('网力退今日进入退市整理期。')).toEqual([
      {
        mentions: ['网力退'],
        id: 'SZ:300367',
        zh: '东方网力',
        formerName: undefined,
        delisted: { date: '2022-06-30' },
      },
    ]);
  });

  it('a delisted company without a known date is delisted all the same', () => {
    expect(
      found('海马汽车拉升封板，亚星客车、江铃汽车等纷纷冲高。').find((s) => s.id === 'SH:600213')?.delisted,
    ).toEqual({});
  });
});

describe('old names that are ordinary words', () => {
  it('星期六 (遥望科技 once) is Saturday in plain text', () => {
    expect(found('星期六我们一家去公园散步。')).toEqual([]);
  });

  it('星期六 is the company with finance words beside it', () => {
    expect(found('星期六股价连续涨停。').map((s) => [s.id, s.formerName])).toEqual([['SZ:002291', '星期六']]);
  });

  it('a plain old name needs a text about finance (爱迪尔, a jeweller once, a car in a review)', () => {
    expect(found('爱迪尔的车顶弧线饱满匀称，内饰设计简单。')).toEqual([]);
  });
});
