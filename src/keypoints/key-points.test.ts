import { describe, expect, it } from 'vitest';
import { findKeyPoints } from './key-points.ts';

const ARTICLE_EN = [
  'Baidu shares rose 4% after the company said its chatbot would launch in March.',
  'The search company has spent years building large language models for Chinese users.',
  'Analysts said the chatbot could help Baidu defend its search business against rivals.',
  'The weather in Beijing was cold on Tuesday.',
  'Baidu said the chatbot would first be built into its search engine.',
  'Shares of Alibaba and Tencent were little changed.',
  'Investors have bought Chinese internet stocks this year on hopes of a recovery.',
  'Baidu will publish its quarterly results later this month.',
  'Some analysts warned that training such models is expensive.',
  'The chatbot launch in March is a test of Baidu search and its models.',
].join(' ');

describe('findKeyPoints', () => {
  it('picks 3 to 7 points in text order, each with offsets into the text, and a gist', () => {
    const k = findKeyPoints(ARTICLE_EN, 'Baidu shares rise on chatbot launch plan');
    expect(k.headline).toBe('Baidu shares rise on chatbot launch plan');
    expect(k.points.length).toBeGreaterThanOrEqual(3);
    expect(k.points.length).toBeLessThanOrEqual(7);
    for (const p of k.points) expect(ARTICLE_EN.slice(p.start, p.end)).toBe(p.text);
    expect(k.points.map((p) => p.start)).toEqual([...k.points.map((p) => p.start)].sort((a, b) => a - b));
    // The lead, its context and the analysts' view: news puts the point first, and the weather
    // sentence shares nothing with the rest.
    expect(k.points.map((p) => p.text)).toEqual([
      'Baidu shares rose 4% after the company said its chatbot would launch in March.',
      'The search company has spent years building large language models for Chinese users.',
      'Analysts said the chatbot could help Baidu defend its search business against rivals.',
    ]);
    expect(k.gist).toBe(k.points[0].text);
    expect(k.points.map((p) => p.text)).not.toContain('The weather in Beijing was cold on Tuesday.');
  });

  it('gives a short Chinese news paragraph one point: its lead, not the weather', () => {
    const text =
      '百度宣布将在三月推出聊天机器人，股价随之上涨。这家搜索公司多年来一直在研发大型语言模型。分析师认为聊天机器人有助于百度巩固搜索业务。北京今天天气很冷，风也很大。百度表示聊天机器人将首先接入搜索引擎。';
    const k = findKeyPoints(text, '百度计划推出聊天机器人');
    // The first sentence, without its full stop (a clause span: 。 is not part of the statement).
    expect(k.points.map((p) => p.text)).toEqual(['百度宣布将在三月推出聊天机器人，股价随之上涨']);
    expect(k.points[0].start).toBe(0);
    expect(k.gist).toBe(k.points[0].text);
  });

  it('does not repeat itself: a sentence that restates a chosen point loses to a new one', () => {
    const text = [
      'Baidu launched a chatbot for search users on Tuesday in Beijing.',
      'On Tuesday in Beijing, Baidu launched a chatbot for search users.',
      'Revenue from the cloud unit rose 20% to a record high last quarter.',
      'Advertising sales fell for the third quarter in a row this year.',
      'The company plans to hire more engineers for its model teams soon.',
    ].join(' ');
    const points = findKeyPoints(text).points.map((p) => p.text);
    expect(points).toHaveLength(3);
    expect(points.filter((p) => p.includes('launched a chatbot'))).toHaveLength(1);
  });

  it("does not offer a blog post's greeting or housekeeping lines as its points", () => {
    const post = [
      '大家好，今天聊聊茅台的现金流。',
      '上周聊了白酒板块，不少球友留言问茅台。',
      '贵州茅台去年经营现金流超过600亿元，创历史新高。',
      '茅台的毛利率常年在90%以上，是A股毛利率最高的公司之一。',
      '直销渠道的占比提升，使茅台的现金流更加稳定。',
      '茅台的分红率已经提升到75%左右。',
      '长期来看，茅台的现金流足以支撑持续分红。',
      '这篇就写到这里。',
    ].join('');
    const points = findKeyPoints(post, '茅台的现金流').points.map((p) => p.text);
    // One paragraph of some 130 characters: one point, the first that is not chatter.
    expect(points).toEqual(['贵州茅台去年经营现金流超过600亿元，创历史新高']);
    const en = findKeyPoints(`Hello everyone and welcome back to the blog. ${ARTICLE_EN}`).points.map((p) => p.text);
    expect(en).not.toContain('Hello everyone and welcome back to the blog.');
  });

  it('has nothing to say about empty text', () => {
    expect(findKeyPoints('')).toEqual({ headline: '', gist: '', points: [] });
  });
});
