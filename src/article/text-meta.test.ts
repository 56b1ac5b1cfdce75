import { describe, expect, it } from 'vitest';
import { printedByline, type TextsByLevel } from './text-meta.ts';

/** Levels from a list of texts: the story first, then wider parts of the page. */
const levels =
  (...texts: string[]): TextsByLevel =>
  (level) =>
    texts[level];

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
