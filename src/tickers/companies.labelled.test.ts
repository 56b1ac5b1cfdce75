/**
 * The labelled set of companies named by their registered form (issue: Chinese company and stock
 * mentions): a legal or group name with no listing is a company of the article's, with the short
 * name the text defines for it; a listing's legal name stays the listing's; a group that is no
 * company, a withheld name and a page that is no article give none. Texts are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

/** The companies of a text as [name, mention texts]. */
const companies = (text: string) => analyze({ text }).companies.map((c) => [c.name, c.mentions.map((m) => m.text)]);

describe('companies by their registered form', () => {
  const cases: [string, string, (string | string[])[][]][] = [
    [
      'a legal name after the words that introduce it',
      '公司拟设立全资子公司江苏恒远新材料有限公司，注册资本1亿元；股东宁波远景投资中心（有限合伙）拟减持不超过2%。',
      [
        ['江苏恒远新材料有限公司', ['江苏恒远新材料有限公司']],
        ['宁波远景投资中心（有限合伙）', ['宁波远景投资中心（有限合伙）']],
      ],
    ],
    [
      'a bracketed place inside the name, names joined by 和 and 、',
      '星河智能（上海）有限公司和华东精工(苏州)股份有限公司、北方重工有限责任公司签约。',
      [
        ['星河智能（上海）有限公司', ['星河智能（上海）有限公司']],
        ['华东精工(苏州)股份有限公司', ['华东精工(苏州)股份有限公司']],
        ['北方重工有限责任公司', ['北方重工有限责任公司']],
      ],
    ],
    [
      'a group inside a legal name is that name, a date before it is not',
      '7月5日，中煤集团华北电力工程有限公司中标该项目。',
      [['中煤集团华北电力工程有限公司', ['中煤集团华北电力工程有限公司']]],
    ],
    [
      'groups by their bare names, in a list and after 据',
      '中国钢铁企业排名中，河山钢铁集团、东湖集团、西岭控股集团进入前十。据东湖集团介绍，产能将提升。',
      [
        ['河山钢铁集团', ['河山钢铁集团']],
        ['东湖集团', ['东湖集团', '东湖集团']],
        ['西岭控股集团', ['西岭控股集团']],
      ],
    ],
    [
      'the short name the text defines names the company after',
      '上海星海网络科技有限公司（以下简称“星海网络”）诉北方信托有限公司。星海网络称，双方已和解。',
      [
        ['上海星海网络科技有限公司', ['上海星海网络科技有限公司', '星海网络', '星海网络']],
        ['北方信托有限公司', ['北方信托有限公司']],
      ],
    ],
    [
      'a name that holds a word the cut knows elsewhere (都 of 成都, 为 of 华为)',
      '郑商所增设成都远星电子有限公司为交割厂库；华为技术有限公司发布新品。',
      [
        ['成都远星电子有限公司', ['成都远星电子有限公司']],
        ['华为技术有限公司', ['华为技术有限公司']],
      ],
    ],
    [
      'Traditional Chinese, reported as written',
      '旗下子公司台灣遠星科技股份有限公司今年營收成長。',
      [['台灣遠星科技股份有限公司', ['台灣遠星科技股份有限公司']]],
    ],
  ];
  for (const [why, text, expected] of cases) it(why, () => expect(companies(text)).toEqual(expected));
});

describe('not companies', () => {
  const cases: [string, string][] = [
    [
      'a group that is no company, and words that stand for one',
      '该集团表示，利益集团与七国集团的博弈仍在继续，本公司及子公司经营正常。',
    ],
    ['a group read back past a verb', '收入增长主要源自门店扩张以及物流集团的贡献，最终拉动集团利润。'],
    ['a withheld name', '四川某生物技术有限公司被立案调查。'],
  ];
  for (const [why, text] of cases) it(why, () => expect(companies(text)).toEqual([]));

  it('a short name that stands for a role (“公司”, “甲方”) names nothing after', () => {
    const text =
      '江苏恒远新材料有限公司（以下简称“公司”）与北方重工有限责任公司（以下简称“甲方”）签约，公司与甲方将合作。';
    expect(companies(text)).toEqual([
      ['江苏恒远新材料有限公司', ['江苏恒远新材料有限公司']],
      ['北方重工有限责任公司', ['北方重工有限责任公司']],
    ]);
  });

  it("a listing's legal name is the listing, not another company", () => {
    const a = analyze({ text: '国家药监局批准江苏恒瑞医药股份有限公司的新药上市申请。' });
    expect(a.securities.map((s) => s.id)).toEqual(['SH:600276']);
    expect(a.companies).toEqual([]);
  });

  it('a page that is not an article lists no companies (its footer names its owner)', () => {
    const text = '首页 | 新闻 | 登录\n版权所有 北京远星网络科技有限公司';
    expect(analyze({ text, article: false }).companies).toEqual([]);
    expect(analyze({ text }).companies.map((c) => c.name)).toEqual(['北京远星网络科技有限公司']);
  });
});
