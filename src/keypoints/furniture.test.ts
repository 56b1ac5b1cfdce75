import { describe, expect, it } from 'vitest';
import { isDatelineOrSource, isFurniture, isSectionLabel, isSkippedSection } from './furniture.ts';

describe('furniture', () => {
  it('knows datelines and source lines, not a sentence that starts with a date', () => {
    for (const line of [
      '2024-03-18 21:05 来自雪球',
      '发布于 2023年2月6日 10:21',
      '3月18日',
      '来源：证券时报',
      '责任编辑：李四',
    ]) {
      expect(isDatelineOrSource(line), line).toBe(true);
    }
    for (const line of ['2023年4月25日，公司发布2023年一季度报告：', '3月18日，央行宣布下调存款准备金率0.25个百分点']) {
      expect(isDatelineOrSource(line), line).toBe(false);
    }
  });

  it('knows captions, calls to follow, disclaimers and chatter, and not what merely shares a word', () => {
    for (const s of [
      '图：茅台历年经营现金流（单位：亿元）',
      '资料来源：公司年报，Wind',
      '觉得有用的话，欢迎关注、点赞、转发。',
      '有问题可以私信我。',
      '本报告仅供参考，不构成任何投资建议。',
      '风险提示：原材料价格大幅上涨。',
      '大家好，今天我就来聊聊白酒。',
      '我知道这部分比较晦涩难懂。',
      '（记者 张三）',
    ]) {
      expect(isFurniture(s), s).toBe(true);
    }
    for (const s of [
      '公司业绩超预期，建议重点关注。',
      '我国新能源汽车销量同比增长30%。',
      '我们认为公司估值仍有提升空间。',
      '投资者关注美联储的利率路径。',
    ]) {
      expect(isFurniture(s), s).toBe(false);
    }
  });

  it("knows a research note's section labels, and which sections hold no points", () => {
    for (const label of ['投资要点', '事件', '点评', '国信观点', '盈利预测与投资建议', '风险提示', '支撑评级的要点']) {
      expect(isSectionLabel(label), label).toBe(true);
    }
    for (const line of ['业绩超预期', '维持买入评级', '汽车电子业务放量'])
      expect(isSectionLabel(line), line).toBe(false);
    expect(isSkippedSection('风险提示')).toBe(true);
    expect(isSkippedSection('免责声明')).toBe(true);
    expect(isSkippedSection('盈利预测')).toBe(false);
  });
});
