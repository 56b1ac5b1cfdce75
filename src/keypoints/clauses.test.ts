import { describe, expect, it } from 'vitest';
import { splitClauses, weight } from './clauses.ts';

const clauses = (s: string) => splitClauses(s, 0, s.length).map((c) => s.slice(c.start, c.end));

describe('splitClauses', () => {
  it('splits at a comma between independent clauses, and keeps a concession with what it concedes to', () => {
    expect(clauses('公司2018年业绩预告基本符合预期，虽然产品整体景气度下行，但公司作为煤化工龙头成本优势显著')).toEqual(
      ['公司2018年业绩预告基本符合预期', '虽然产品整体景气度下行，但公司作为煤化工龙头成本优势显著'],
    );
  });

  it('drops the connective that opens a clause (同时, 但, 因此)', () => {
    expect(clauses('公司全年毛利率同比提升2.3个百分点，同时研发费用率保持在8%左右的较高水平')).toEqual([
      '公司全年毛利率同比提升2.3个百分点',
      '研发费用率保持在8%左右的较高水平',
    ]);
  });

  it('keeps a subordinate clause with its main clause (由于…，…)', () => {
    const s = '由于上游原材料价格在下半年出现大幅上涨，公司全年毛利率同比下降3个百分点';
    expect(clauses(s)).toEqual([s]);
  });

  it('does not leave a concession dangling at the end of a clause (…，即使…，…)', () => {
    const s = '订单基本锁定，即使原材料价格继续上涨，公司仍能保持毛利率稳定';
    expect(clauses(s)).toEqual([s]);
  });

  it('drops an opening day or moment (1月27日晚，), which says when, not what', () => {
    expect(clauses('1月27日晚，市政府新闻办公室召开第四场新闻发布会并通报最新情况')).toEqual([
      '市政府新闻办公室召开第四场新闻发布会并通报最新情况',
    ]);
  });

  it('keeps the figures that carry a clause on (…，同比增长21.4%)', () => {
    expect(clauses('公司2023年全年实现营业收入58.2亿元，同比增长21.4%，全年归母净利润达到7.9亿元')).toEqual([
      '公司2023年全年实现营业收入58.2亿元，同比增长21.4%',
      '全年归母净利润达到7.9亿元',
    ]);
  });

  it('does not count a lead-in (分析师表示) towards the clause it introduces', () => {
    const s = '分析师表示，训练一个千亿参数级别的模型，单次算力成本就在数百万美元以上';
    expect(clauses(s)).toEqual([s]);
  });

  it('keeps what a report or a briefing says with it (…撰文称，针对…，要… / …发布会并通报，…)', () => {
    const wrote = '省发展改革委主任在党报撰文称，针对部分企业生产经营困难的情况，要加快落实减税降费等纾困措施';
    expect(clauses(wrote)).toEqual([wrote]);
    const told = '市政府新闻办公室召开第四场疫情防控新闻发布会并通报，全市本周新增确诊病例5例，均在集中隔离点发现';
    expect(clauses(told)[0]).toMatch(/^市政府新闻办公室召开第四场疫情防控新闻发布会并通报，全市本周新增确诊病例5例/);
  });

  it('keeps a circumstance with what happened in it (在…检测中，发现…)', () => {
    const s = '第四师在对集中隔离医学观察点人员每日一次的核酸检测中，发现3人核酸检测结果呈阳性';
    expect(clauses(s)).toEqual([s]);
  });

  it('always splits at a semicolon once the clause before stands alone', () => {
    expect(clauses('公司汽车电子收入同比增长48.2%，占总收入比重提升至42%；消费电子业务收入同比下降5.1%')).toEqual([
      '公司汽车电子收入同比增长48.2%，占总收入比重提升至42%',
      '消费电子业务收入同比下降5.1%',
    ]);
  });

  it('never splits a time (10：30) or a number (1,200)', () => {
    expect(
      clauses('公司董事会决定将于2024年3月18日上午10：30召开年度业绩说明会，会上管理层将介绍新产品的研发进展'),
    ).toEqual(['公司董事会决定将于2024年3月18日上午10：30召开年度业绩说明会', '会上管理层将介绍新产品的研发进展']);
  });

  it('drops an item number at the head of a clause, and keeps offsets into the text', () => {
    const text = '前言。（1）激光雷达模组已经获得两家主流车企的定点；（2）储能逆变器产品进入海外主流渠道。';
    const start = text.indexOf('（1）');
    const spans = splitClauses(text, start, text.length - 1);
    expect(spans.map((c) => text.slice(c.start, c.end))).toEqual([
      '激光雷达模组已经获得两家主流车企的定点',
      '储能逆变器产品进入海外主流渠道',
    ]);
    expect(spans[0].start).toBe(start + 3);
  });
});

describe('weight', () => {
  it('counts Han characters, and Latin words and numbers as one each', () => {
    expect(weight('营收58.2亿元，同比+21.4%')).toBe(2 + 1 + 2 + 2 + 1);
    expect(weight('DMC项目 in Q3')).toBe(1 + 2 + 1 + 1);
  });
});
