import { describe, expect, it } from 'vitest';
import { findKeyPoints } from './key-points.ts';

/** A broker's note: title, section labels, numbered headline lines, a list, a forecast, risks, a disclaimer. */
const NOTE = [
  '星辰电子（688123）2023年年报点评',
  '投资要点',
  '事件：公司发布2023年年报，全年实现营业收入58.2亿元，同比增长21.4%；归母净利润7.9亿元，同比增长35.6%。',
  '点评：',
  '一、汽车电子业务放量，盈利能力持续提升',
  '公司汽车电子收入达到24.6亿元，同比增长48.2%，占总收入比重提升至42%。由于高毛利的域控制器产品占比提升，公司综合毛利率同比提高2.3个百分点至31.5%。我们认为，随着新客户定点项目陆续量产，汽车电子将成为公司最重要的增长引擎。',
  '二、消费电子需求企稳，库存回到健康水平',
  '四季度消费电子订单环比回升，公司存货周转天数从120天下降至86天。管理层表示，2024年消费电子收入有望恢复正增长。',
  '三、研发投入加大，新产品储备丰富',
  '公司全年研发费用4.8亿元，同比增长29%，研发人员超过1500人。（1）激光雷达模组已获两家车企定点；（2）储能逆变器进入海外渠道。',
  '盈利预测与投资建议',
  '我们预计公司2024-2026年归母净利润分别为9.6/11.8/14.3亿元，对应EPS分别为2.15/2.64/3.20元。公司成长路径清晰，维持“买入”评级。',
  '风险提示',
  '汽车销量不及预期；原材料价格大幅上涨；新产品研发进度不及预期。',
  '免责声明',
  '本报告仅供参考，不构成任何投资建议。',
].join('\n');

/** A wire flash: one paragraph of some 250 characters, a dateline before it and a byline after. */
const FLASH =
  '财联社3月18日电，国家统计局今日发布数据显示，1-2月全国规模以上工业增加值同比增长7.0%，增速比去年12月加快0.2个百分点，好于市场预期。分行业看，41个大类行业中有37个行业增加值保持同比增长，其中电子、汽车行业增速均超过10%。同期社会消费品零售总额同比增长5.5%，固定资产投资同比增长4.2%。国家统计局新闻发言人表示，开年以来国民经济延续回升向好态势，但外部环境复杂性上升，经济持续回升的基础仍需巩固。（财联社记者 张三）';

/** A chatty Xueqiu post: its title again, a dateline, greetings, a caption, a call to follow, cashtags. */
const POST = [
  '白酒龙头的现金流到底有多硬？',
  '2024-03-18 21:05 来自雪球',
  '大家好，今天我就来聊聊白酒龙头的现金流。',
  '我知道财报分析比较晦涩难懂，我尽量写得简单一些。',
  '贵州茅台2023年经营活动现金流净额达到666亿元，同比增长8%，继续稳居A股前列。',
  '图：茅台历年经营现金流（单位：亿元）',
  '资料来源：公司年报，Wind',
  '茅台的预收款项（合同负债）常年维持在百亿元以上，经销商先打款后提货，这让公司几乎没有应收账款的压力。',
  '相比之下，五粮液的经营现金流波动更大，2023年同比下降12%，主要因为渠道库存偏高。',
  '长期来看，高端白酒的提价能力决定了现金流的天花板，而直销占比的提升会让现金流更稳定。',
  '觉得有用的话，欢迎关注、点赞、转发，有问题可以私信我。',
  '$贵州茅台(SH600519)$ $五粮液(SZ000858)$ #白酒#',
].join('\n');

function exact(text: string, points: { start: number; end: number; text: string }[]): void {
  for (const p of points) expect(text.slice(p.start, p.end)).toBe(p.text);
  expect(points.map((p) => p.start)).toEqual([...points.map((p) => p.start)].sort((a, b) => a - b));
}

describe('Chinese key points', () => {
  it("takes a research note's own headline lines as its points, without their numbers", () => {
    const k = findKeyPoints(NOTE);
    exact(NOTE, k.points);
    // Three headline lines: the author's count, more than the note's length alone asks for.
    expect(k.points.map((p) => p.text)).toEqual([
      '汽车电子业务放量，盈利能力持续提升',
      '消费电子需求企稳，库存回到健康水平',
      '研发投入加大，新产品储备丰富',
    ]);
    expect(k.points[0].start).toBe(NOTE.indexOf('一、') + 2);
    // With no title given, the opening line is the headline, not a point.
    expect(k.headline).toBe('星辰电子（688123）2023年年报点评');
  });

  it('never offers section labels, risks or the disclaimer, whatever the count', () => {
    // Without its headline lines, the note is prose: points come from clauses.
    const prose = NOTE.split('\n')
      .filter((l) => !/^[一二三]、/.test(l))
      .join('\n');
    const points = findKeyPoints(prose).points.map((p) => p.text);
    expect(points.length).toBeGreaterThanOrEqual(2);
    for (const p of points) {
      expect(p).not.toMatch(/^(?:投资要点|事件|点评|盈利预测)/);
      expect(p).not.toMatch(/不及预期|大幅上涨|仅供参考|投资建议/);
      // A clause, never a whole paragraph.
      expect(p).not.toContain('。');
    }
    exact(prose, findKeyPoints(prose).points);
  });

  it('gives a news flash one point: its lead, after the dateline', () => {
    const k = findKeyPoints(FLASH);
    expect(k.points).toHaveLength(1);
    const [p] = k.points;
    expect(p.start).toBe(FLASH.indexOf('国家统计局今日'));
    expect(p.end).toBeLessThanOrEqual(FLASH.indexOf('。'));
    expect(p.text).toContain('规模以上工业增加值同比增长7.0%');
    exact(FLASH, k.points);
  });

  it("gives a telegraph's numbered facts of one story one point, its first fact", () => {
    const text = [
      '① 欧盟委员会主席表示，欧盟成员国接近就对某国的新一轮制裁方案达成一致，最快下周公布；',
      '② 他周日向记者表示：“鉴于对方已经采取的行动，部分措施可能会提前实施。”对方否认相关指控；',
      '③ 这些言论表明，欧盟正接近达成协议，制裁将包括对银行业及高级官员的限制。',
    ].join('\n');
    const k = findKeyPoints(text);
    expect(k.points).toHaveLength(1);
    expect(k.points[0].text).toContain('欧盟成员国接近就对某国的新一轮制裁方案达成一致');
    exact(text, k.points);
  });

  it("skips a post's title, dateline, chatter, captions and calls to follow", () => {
    const title = '白酒龙头的现金流到底有多硬？';
    for (const k of [findKeyPoints(POST, title), findKeyPoints(POST)]) {
      expect(k.headline).toBe(title);
      exact(POST, k.points);
      // Some 330 characters over seven lines: two points.
      expect(k.points).toHaveLength(2);
      expect(k.points.map((p) => p.text)).toContain('茅台的预收款项（合同负债）常年维持在百亿元以上');
      for (const p of k.points) {
        expect(p.text).not.toMatch(/有多硬|2024-03-18|大家好|今天我|晦涩|图：|资料来源|关注|点赞|私信|\$/);
      }
    }
  });

  it('gives a long report five points', () => {
    const paragraphs = [
      '公司是国内领先的工业机器人制造商，产品覆盖焊接、搬运、喷涂等主要应用场景。',
      '过去三年公司营业收入复合增速超过30%，显著高于行业平均水平，市场份额持续提升。',
      '核心零部件自主化率不断提高，减速器和伺服电机已经实现批量自供，成本优势逐步显现。',
      '海外业务成为新的增长点，公司在东南亚和欧洲设立了销售与服务中心，海外订单快速增长。',
      '新能源汽车和光伏行业的扩产带动了焊接机器人需求，公司相关订单同比大幅增加。',
      '管理层计划未来三年继续加大研发投入，重点布局协作机器人和人形机器人等新方向。',
      '行业竞争依然激烈，外资品牌在高端市场仍占主导，国产替代需要时间。',
      '我们看好公司在国产替代浪潮中的领先地位，首次覆盖给予增持评级。',
    ];
    // Some 940 characters of content: one point each 200 is five (and five is the most).
    const text = [
      ...paragraphs,
      ...paragraphs.map((p) => `另外值得一提的是，${p}`),
      ...paragraphs.map((p) => `需要再次强调的是，${p}`),
    ].join('\n');
    const k = findKeyPoints(text);
    expect(k.points).toHaveLength(5);
    exact(text, k.points);
  });
});
