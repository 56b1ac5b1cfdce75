import { describe, expect, it } from 'vitest';
import { printedByline, printedDate, type TextsByLevel } from './text-meta.ts';

/** Levels from a list of texts: the story first, then wider parts of the page. */
const levels =
  (...texts: string[]): TextsByLevel =>
  (level) =>
    texts[level];

describe('printedDate', () => {
  it('reads the publish stamps Chinese and English pages print', () => {
    expect(printedDate(levels('阅读(1660) 评论(5) 发表于:2005-07-31 12:30 相关内容'))).toBe('2005-07-31T12:30');
    expect(printedDate(levels('http://www.sina.net 2005年03月21日 11:21 《理财周刊》'))).toBe('2005-03-21T11:21');
    expect(printedDate(levels('发布时间：2022-02-13 04:22:18 来源：云南日报'))).toBe('2022-02-13T04:22:18');
    expect(printedDate(levels('洛阳 2022.01.20 16:31 来源：河南日报'))).toBe('2022-01-20T16:31');
    expect(printedDate(levels('第四届中国经济学年会会议议程 2004-12-10 阅读10544次'))).toBe('2004-12-10');
  });

  it('prefers a stamp with its time anywhere over a date the story names', () => {
    const story = '1910年5月26日，公司在上海成立。';
    expect(printedDate(levels(story, `${story} 2004-07-16 08:19 来源：新华网`))).toBe('2004-07-16T08:19');
    expect(printedDate(levels(story))).toBe('1910-05-26');
  });

  it('passes over what is not a calendar date, and finds nothing in text without one', () => {
    expect(printedDate(levels('编号 2022-13-45 12:00，版本 2021-02-30'))).toBe('2021-02-30');
    expect(printedDate(levels('没有日期的一段文字。', 'Still nothing, 3:45.'))).toBeUndefined();
  });
});

describe('printedByline', () => {
  it('reads the bylines Chinese pages print, most telling first', () => {
    expect(printedByline(levels('你知道导游为什么热衷购物吗？ 作者：芊草凡凡 时间：2005-08-22'))).toBe('芊草凡凡');
    expect(printedByline(levels('本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发贴'))).toBe('大卫');
    expect(printedByline(levels('工业高质量发展。（记者 胡晓蓉） 责任编辑：孙重'))).toBe('胡晓蓉');
    expect(printedByline(levels('【新春走基层】 光明日报记者 王建宏 张文攀 土豆，听起来'))).toBe('王建宏 张文攀');
    expect(printedByline(levels('（ 责任编辑：魏喆 ） 页面功能'))).toBe('魏喆');
  });

  it('reads an English "By" line, and takes no byline from prose that mentions a reporter', () => {
    expect(printedByline(levels('By Jane Doe · February 7, 2023 · 4 min read'))).toBe('Jane Doe');
    expect(printedByline(levels('一位记者自曝实验结果，中文/英文双语。'))).toBeUndefined();
    expect(printedByline(levels('He stood by the door.'))).toBeUndefined();
  });
});
