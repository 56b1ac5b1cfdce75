/**
 * The publish time from what a page prints and declares. Expected instants are worked out by hand
 * from the printed wall clock and the zone's offset on that day (Shanghai, Hong Kong, Taipei +8;
 * New York -5 in winter, -4 in summer; London +0 in winter).
 */
import { describe, expect, it } from 'vitest';
import { declaredPublished, firstPublished, type PublishedContext, printedPublished } from './published.ts';
import { siteZone } from './site-zone.ts';
import type { TextsByLevel } from './text-meta.ts';

/** Levels from a list of texts: the story first, then wider parts of the page. */
const levels =
  (...texts: string[]): TextsByLevel =>
  (level) =>
    texts[level];

/** Read at 2023-02-04 12:00 UTC (20:00 in Shanghai). */
const NOW = Date.UTC(2023, 1, 4, 12, 0, 0);
const SHANGHAI: PublishedContext = { now: NOW, homeZone: 'Asia/Shanghai' };
/** A page with no home zone (a local fixture): only the text can name a zone. */
const LOCAL: PublishedContext = { now: NOW };
const printed = (text: string, context: PublishedContext = SHANGHAI) => printedPublished(levels(text), context);
const text = (instant: string, date: string, zone: string) => ({ instant, date, zone, source: 'text' });

describe('printedPublished: the stamps pages print', () => {
  it('reads Chinese stamps, with the site home zone for their clock time', () => {
    const at1321 = text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Asia/Shanghai');
    expect(printed('2023-02-04 13:21:28 来源:雪球网')).toEqual({ ...at1321, instant: '2023-02-04T05:21:28.000Z' });
    expect(printed('发布于 2023-02-04 13:21')).toEqual(at1321);
    expect(printed('2023年2月4日 13:21')).toEqual(at1321);
    expect(printed('2023年2月4日 星期六 下午1:21')).toEqual(at1321);
    expect(printed('阅读(1660) 评论(5) 发表于:2005-07-31 12:30 相关内容')).toEqual(
      text('2005-07-31T04:30:00.000Z', '2005-07-31', 'Asia/Shanghai'),
    );
    expect(printed('发布时间：2022-02-13 04:22:18 来源：云南日报')).toEqual(
      text('2022-02-12T20:22:18.000Z', '2022-02-13', 'Asia/Shanghai'),
    );
    expect(printed('洛阳 2022.01.20 16:31 来源：河南日报')).toEqual(
      text('2022-01-20T08:31:00.000Z', '2022-01-20', 'Asia/Shanghai'),
    );
  });

  it('takes the year of a month-day stamp from the moment of reading, or the year before when it would be ahead', () => {
    expect(printed('02-04 13:21')).toEqual(text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Asia/Shanghai'));
    expect(printed('2月3日 09:05')).toEqual(text('2023-02-03T01:05:00.000Z', '2023-02-03', 'Asia/Shanghai'));
    expect(printed('12-31 23:00')).toEqual(text('2022-12-31T15:00:00.000Z', '2022-12-31', 'Asia/Shanghai'));
    // Without a time a month and day are prose ("2月4日，公司宣布"), not a stamp.
    expect(printed('2月4日，公司宣布回购。')).toBeUndefined();
  });

  it('counts relative stamps back from the moment of reading', () => {
    expect(printed('昨天 14:20')).toEqual(text('2023-02-03T06:20:00.000Z', '2023-02-03', 'Asia/Shanghai'));
    expect(printed('今天 09:30')).toEqual(text('2023-02-04T01:30:00.000Z', '2023-02-04', 'Asia/Shanghai'));
    expect(printed('前天 08:00')).toEqual(text('2023-02-02T00:00:00.000Z', '2023-02-02', 'Asia/Shanghai'));
    expect(printed('价值投资小站 · 3小时前 · 来自雪球')).toEqual(
      text('2023-02-04T09:00:00.000Z', '2023-02-04', 'Asia/Shanghai'),
    );
    expect(printed('25分钟前')).toEqual(text('2023-02-04T11:35:00.000Z', '2023-02-04', 'Asia/Shanghai'));
    expect(printed('刚刚')).toEqual(text('2023-02-04T12:00:00.000Z', '2023-02-04', 'Asia/Shanghai'));
    expect(printed('3天前')).toEqual({ date: '2023-02-01', source: 'text' });
    expect(printed('Updated 5 hours ago', LOCAL)).toEqual({
      instant: '2023-02-04T07:00:00.000Z',
      date: '2023-02-04',
      source: 'text',
    });
  });

  it('reads "yesterday" on the clock of the site: past midnight in Shanghai it is still the same UTC day', () => {
    const late = { now: Date.UTC(2023, 1, 4, 17, 0), homeZone: 'Asia/Shanghai' }; // 01:00 on 5 February there
    expect(printed('昨天 23:50', late)).toEqual(text('2023-02-04T15:50:00.000Z', '2023-02-04', 'Asia/Shanghai'));
  });

  it('takes "just now" and "hours ago" only where they stand as a stamp, not in prose', () => {
    expect(printed('公司刚刚发布了财报。')).toBeUndefined();
    expect(printed('央行3小时前宣布降准。')).toBeUndefined();
  });

  it('reads English stamps and the zone they name', () => {
    const ny = text('2023-02-04T18:21:00.000Z', '2023-02-04', 'America/New_York');
    expect(printed('Feb. 4, 2023 1:21 PM ET', LOCAL)).toEqual(ny);
    expect(printed('February 4, 2023 at 1:21 p.m. EST', LOCAL)).toEqual(ny);
    expect(printed('PUBLISHED SAT, FEB 4 2023 1:21 PM EST', LOCAL)).toEqual(ny);
    expect(printed('Published 4 February 2023', LOCAL)).toEqual({ date: '2023-02-04', source: 'text' });
    // New York keeps summer time in July: 13:21 EDT is 17:21 UTC.
    const july = { now: Date.UTC(2023, 6, 10) };
    expect(printed('July 4, 2023 1:21 PM ET', july)).toEqual(
      text('2023-07-04T17:21:00.000Z', '2023-07-04', 'America/New_York'),
    );
    expect(printed('Feb 3, 2023 9:05 AM PT', LOCAL)).toEqual(
      text('2023-02-03T17:05:00.000Z', '2023-02-03', 'America/Los_Angeles'),
    );
    expect(printed('Feb 3, 2023 9:05 AM CT', LOCAL)).toEqual(
      text('2023-02-03T15:05:00.000Z', '2023-02-03', 'America/Chicago'),
    );
    expect(printed('3 February 2023 14:00 GMT', LOCAL)).toEqual(
      text('2023-02-03T14:00:00.000Z', '2023-02-03', 'Europe/London'),
    );
  });

  it('reads Traditional Chinese labels and zones', () => {
    const taipei = text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Asia/Taipei');
    expect(printed('發佈於 2023-02-04 13:21', { now: NOW, homeZone: 'Asia/Taipei' })).toEqual(taipei);
    expect(printed('發表時間：2023年2月4日 13:21 台北時間', LOCAL)).toEqual(taipei);
    expect(printed('更新時間：2023年2月4日 15:00', { now: NOW, homeZone: 'Asia/Hong_Kong' })).toEqual(
      text('2023-02-04T07:00:00.000Z', '2023-02-04', 'Asia/Hong_Kong'),
    );
  });
});

describe('printedPublished: which stamp is the publication', () => {
  it('takes the first publication over an update, wherever each stands', () => {
    const published = { date: '2023-02-02', source: 'text' };
    expect(printed('Updated Feb 3, 2023 10:00 AM ET · Published 2 February 2023', LOCAL)).toEqual(published);
    expect(printed('Published Feb 2, 2023 · Updated Feb 3, 2023', LOCAL)).toEqual(published);
    expect(printed('更新時間：2023年2月4日 15:00 發表時間：2023年2月4日 13:21')).toEqual(
      text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Asia/Shanghai'),
    );
  });

  it('passes over an update for any other stamp, and takes it only when nothing else is printed', () => {
    expect(printed('更新时间：2023-02-04 15:00 来源：新华网 2023-02-03 09:00')).toEqual(
      text('2023-02-03T01:00:00.000Z', '2023-02-03', 'Asia/Shanghai'),
    );
    expect(printed('Updated Feb 3, 2023', LOCAL)).toEqual({ date: '2023-02-03', source: 'text' });
  });

  it('prefers a stamp with its time anywhere over a date the story names', () => {
    const story = '1910年5月26日，公司在上海成立。';
    expect(printedPublished(levels(story, `${story} 2004-07-16 08:19 来源：新华网`), SHANGHAI)).toEqual(
      text('2004-07-16T00:19:00.000Z', '2004-07-16', 'Asia/Shanghai'),
    );
    expect(printed(story)).toEqual({ date: '1910-05-26', source: 'text' });
    expect(printed('第四届中国经济学年会会议议程 2004-12-10 阅读10544次')).toEqual({
      date: '2004-12-10',
      source: 'text',
    });
  });

  it('passes over a stamp more than a day after the moment of reading', () => {
    expect(printed('2023-02-06 09:00 召开股东大会 · 2023-02-03 09:00')).toEqual(
      text('2023-02-03T01:00:00.000Z', '2023-02-03', 'Asia/Shanghai'),
    );
    expect(printed('2023-03-01 10:00')).toBeUndefined();
  });
});

describe('the zone of a printed time', () => {
  it('an explicit offset or Z gives the instant exactly, in the site zone when its offset agrees', () => {
    expect(printed('2023-02-04T13:21:28+08:00', LOCAL)).toEqual(
      text('2023-02-04T05:21:28.000Z', '2023-02-04', 'Etc/GMT-8'),
    );
    expect(printed('2023-02-04T13:21:28+08:00')).toEqual(
      text('2023-02-04T05:21:28.000Z', '2023-02-04', 'Asia/Shanghai'),
    );
    // An offset other than the site's own wins over the site's zone.
    expect(printed('2023-02-04T08:21:28-05:00')).toEqual(text('2023-02-04T13:21:28.000Z', '2023-02-04', 'Etc/GMT+5'));
    expect(printed('February 4, 2023 1:21 PM GMT+8', LOCAL)).toEqual(
      text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Etc/GMT-8'),
    );
  });

  it('a zone named beside the time wins over the site zone', () => {
    expect(printed('北京时间2023年2月4日 13:21', LOCAL)).toEqual(
      text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Asia/Shanghai'),
    );
    expect(printed('2023-02-04 13:21 HKT', LOCAL)).toEqual(
      text('2023-02-04T05:21:00.000Z', '2023-02-04', 'Asia/Hong_Kong'),
    );
    expect(printed('Feb 4, 2023 8:21 AM ET')).toEqual(
      text('2023-02-04T13:21:00.000Z', '2023-02-04', 'America/New_York'),
    );
  });

  it('with no zone anywhere, keeps the date alone', () => {
    expect(printed('2023-02-04 13:21:28 来源:路透', LOCAL)).toEqual({ date: '2023-02-04', source: 'text' });
    expect(printed('2023-02-04 13:21:28 来源:个人博客', LOCAL)).toEqual({ date: '2023-02-04', source: 'text' });
    expect(printed('昨天 14:20', LOCAL)).toEqual({ date: '2023-02-03', source: 'text' });
  });

  it('a source line right after the stamp names its printer, and so its zone, on a page whose address says nothing', () => {
    // The seed's dateline: Xueqiu prints Beijing time.
    expect(printed('2023-02-04 13:21:28 来源:雪球网 小 中', LOCAL)).toEqual(
      text('2023-02-04T05:21:28.000Z', '2023-02-04', 'Asia/Shanghai'),
    );
    expect(printed('2023年2月4日 09:30 | 來源：鉅亨網', LOCAL)).toEqual(
      text('2023-02-04T01:30:00.000Z', '2023-02-04', 'Asia/Taipei'),
    );
    expect(printed('2023-02-04 16:05 来源：信报', LOCAL)).toEqual(
      text('2023-02-04T08:05:00.000Z', '2023-02-04', 'Asia/Hong_Kong'),
    );
    // Far from the stamp, a source names nothing of its clock.
    expect(printed(`2023-02-04 13:21:28 ${'正文'.repeat(30)} 来源：雪球`, LOCAL)).toEqual({
      date: '2023-02-04',
      source: 'text',
    });
  });

  it('knows the home zone of a site from its address, and none for a local page', () => {
    expect(siteZone('https://xueqiu.com/1234567/240000000')).toBe('Asia/Shanghai');
    expect(siteZone('https://finance.sina.com.cn/stock/a.shtml')).toBe('Asia/Shanghai');
    expect(siteZone('https://www.thepaper.cn/newsDetail')).toBe('Asia/Shanghai');
    expect(siteZone('https://www.aastocks.com/tc/stocks/news')).toBe('Asia/Hong_Kong');
    expect(siteZone('https://news.mingpao.com.hk/x')).toBe('Asia/Hong_Kong');
    expect(siteZone('https://news.cnyes.com/news/id/1')).toBe('Asia/Taipei');
    expect(siteZone('https://www.ctee.com.tw/news')).toBe('Asia/Taipei');
    for (const none of ['http://localhost:4173/xueqiu-post/', 'http://127.0.0.1:8080/a', 'e2e/fixtures/a/index.html'])
      expect(siteZone(none)).toBeUndefined();
    expect(siteZone('https://www.reuters.com/markets')).toBeUndefined();
    expect(siteZone('https://notxueqiu.com/')).toBeUndefined();
    expect(siteZone(undefined)).toBeUndefined();
  });
});

describe('declaredPublished and firstPublished', () => {
  it('reads what markup declares: ISO 8601 with or without offset, a date, epoch seconds, a printed form', () => {
    expect(declaredPublished('2023-02-04T13:21:28.000Z', 'meta', SHANGHAI)).toEqual({
      instant: '2023-02-04T13:21:28.000Z',
      date: '2023-02-04',
      zone: 'UTC',
      source: 'meta',
    });
    expect(declaredPublished('2023-02-04T13:21:28+0800', 'json-ld', LOCAL)).toMatchObject({
      instant: '2023-02-04T05:21:28.000Z',
      source: 'json-ld',
    });
    expect(declaredPublished('2023-02-04T13:21:28', 'json-ld', SHANGHAI)).toEqual({
      instant: '2023-02-04T05:21:28.000Z',
      date: '2023-02-04',
      zone: 'Asia/Shanghai',
      source: 'json-ld',
    });
    expect(declaredPublished('2023-02-04T13:21:28', 'json-ld', LOCAL)).toEqual({
      date: '2023-02-04',
      source: 'json-ld',
    });
    expect(declaredPublished('2023-02-04', 'meta', SHANGHAI)).toEqual({ date: '2023-02-04', source: 'meta' });
    expect(declaredPublished('1675488088', 'meta', SHANGHAI)).toEqual({
      instant: '2023-02-04T05:21:28.000Z',
      date: '2023-02-04',
      zone: 'Asia/Shanghai',
      source: 'meta',
    });
    expect(declaredPublished('2023年02月04日 13:21', 'time', SHANGHAI)).toEqual({
      instant: '2023-02-04T05:21:00.000Z',
      date: '2023-02-04',
      zone: 'Asia/Shanghai',
      source: 'time',
    });
  });

  it('takes the first candidate that reads, in the order given', () => {
    const candidates = [
      { source: 'meta', value: undefined },
      { source: 'json-ld', value: 'not a date' },
      { source: 'time', value: '2023-02-03' },
      { source: 'text', value: '2023-02-02' },
    ] as const;
    expect(firstPublished(candidates, LOCAL)).toEqual({ date: '2023-02-03', source: 'time' });
    expect(firstPublished([], LOCAL)).toBeUndefined();
  });

  it('refuses what is no date, never throwing', () => {
    for (const bad of [
      '',
      '   ',
      'garbage',
      '2023-13-04',
      '2023-02-30',
      '2023-02-04T25:00:00Z',
      '2023-02-04T13:21:28+99:00',
    ]) {
      expect(declaredPublished(bad, 'meta', SHANGHAI)).toBeUndefined();
    }
    for (const bad of [
      '',
      'garbage',
      '编号 2022-13-45 12:00，版本 2021-02-30',
      '2023年2月30日',
      '2023年13月4日 10:00',
      'Feb 30, 2023',
    ])
      expect(printed(bad)).toBeUndefined();
    expect(printedPublished(levels('没有日期的一段文字。', 'Still nothing, 3:45.'), SHANGHAI)).toBeUndefined();
    expect(printedPublished(() => undefined, SHANGHAI)).toBeUndefined();
  });
});
