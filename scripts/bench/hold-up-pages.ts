/**
 * What `scripts/bench/hold-up.ts` serves and reads: articles naming ten securities across markets
 * (the project's own text, no price-move claims, so only the card asks for daily bars), sample bars
 * from late 2022 to today for them and their benchmarks, the probe the page runs to time a hover,
 * and the daily-bar requests of the quote stand-in's log, by security.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idOfSecid, idOfTencent, idOfYahoo } from '../../e2e/harness/history-answers.ts';
import { sampleSeries } from '../../e2e/harness/history-samples.ts';
import { FIXTURES_DIR } from '../../e2e/harness/paths.ts';
import type { LoggedRequest, QuoteServer } from '../../e2e/harness/quote-server.ts';
import type { Market } from '../../src/types.ts';

/** The ten securities of the bench's articles: id, how Xueqiu writes it, a base price for its bars. */
export const TEN: { id: string; tag: string; base: number }[] = [
  { id: 'US:BIDU', tag: '$百度(BIDU)$', base: 120 },
  { id: 'US:AAPL', tag: '$苹果(AAPL)$', base: 150 },
  { id: 'US:BABA', tag: '$阿里巴巴(BABA)$', base: 90 },
  { id: 'US:BAC', tag: '$美国银行(BAC)$', base: 33 },
  { id: 'SH:600519', tag: '$贵州茅台(SH600519)$', base: 1800 },
  { id: 'SH:601318', tag: '$中国平安(SH601318)$', base: 48 },
  { id: 'SZ:000858', tag: '$五粮液(SZ000858)$', base: 160 },
  { id: 'SZ:300750', tag: '$宁德时代(SZ300750)$', base: 220 },
  { id: 'HK:00700', tag: '$腾讯控股(00700)$', base: 380 },
  { id: 'HK:09988', tag: '$阿里巴巴-W(09988)$', base: 85 },
];

/** Their benchmarks (Nasdaq listings → Nasdaq Composite, NYSE → S&P 500, A-shares → CSI 300, HK → Hang Seng). */
export const BENCHMARK_IDS = ['US:.IXIC', 'US:.INX', 'SH:000300', 'HK:HSI'];
const BENCHMARK_BASES: Record<string, number> = {
  'US:.IXIC': 11_000,
  'US:.INX': 4_000,
  'SH:000300': 4_100,
  'HK:HSI': 21_000,
};

/** Today in UTC (`YYYY-MM-DD`): the stand-in's bars run to it (the service drops a session still open). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Gives the stand-in bars from December 2022 to today for the ten and their benchmarks (the holdup-post's too). */
export function seedHistory(quotes: QuoteServer): void {
  const span = { from: '2022-12-01', to: today() };
  for (const { id, base } of TEN) quotes.history.set(id, sampleSeries(id.split(':')[0] as Market, base, span));
  for (const id of BENCHMARK_IDS)
    quotes.history.set(id, sampleSeries(id.split(':')[0] as Market, BENCHMARK_BASES[id], span));
}

/** One of the bench's articles: ten cashtags, published at `published` (ISO 8601 with offset). */
function tenArticle(title: string, lead: string, published: string, closing: string): string {
  const day = published.slice(0, 10);
  const paragraphs = [
    `${TEN[0].tag}与${TEN[1].tag}本周都披露了新的研发投入计划，${lead}`,
    `${TEN[2].tag}和${TEN[3].tag}的管理层在电话会上谈到了现金流与回购安排，分析师追问了费用控制的节奏。`,
    `A股方面，${TEN[4].tag}与${TEN[5].tag}公布了经营数据，渠道库存与保费结构是市场讨论的重点。`,
    `深市的${TEN[6].tag}和${TEN[7].tag}分别更新了产能与海外订单的情况，供应链人士认为交付节奏平稳。`,
    `港股方面，${TEN[8].tag}与${TEN[9].tag}的回购仍在继续，南向资金的持仓结构也在调整。`,
    closing,
  ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${title} - 雪球</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="${published}">
<style>body{font:16px/1.7 sans-serif;max-width:720px;margin:24px auto;padding:0 16px}</style>
</head>
<body>
<article>
<h1>${title}</h1>
<div class="meta"><span class="author">市场观察</span> · ${day} · 来源：雪球</div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
</body>
</html>`;
}

/** The bench's pages, by slug: two articles about the ten published in 2023, two a week ago. */
export const TEN_PAGES = {
  'ten-old': { published: '2023-02-04T13:21:28+08:00' },
  'ten-old-again': { published: '2023-02-06T20:05:00+08:00' },
  'ten-recent': { published: '2026-11-25T09:30:00+08:00' },
  'ten-recent-again': { published: '2026-11-26T19:40:00+08:00' },
} as const;
export type TenSlug = keyof typeof TEN_PAGES;

/** Writes the bench's pages (and a copy of the holdup-post fixture) to a fresh folder, to serve with the fixture server. */
export function writePages(): string {
  const root = mkdtempSync(join(tmpdir(), 'finlens-holdup-bench-'));
  mkdirSync(join(root, 'holdup-post'));
  copyFileSync(join(FIXTURES_DIR, 'holdup-post/index.html'), join(root, 'holdup-post/index.html'));
  const texts: Record<TenSlug, [string, string, string]> = {
    'ten-old': [
      '十家公司的现金流，谁更扎实',
      '两家公司都把大模型列为未来三年的重点。',
      '整体来看，现金流充沛的公司更有余力在周期底部继续投入，这一点比短期的股价波动更值得关注。',
    ],
    'ten-old-again': [
      '再看十家公司：回购与分红的取舍',
      '市场更关心投入能否转化为收入。',
      '分红与回购的取舍反映了管理层对资本开支的判断，读者可以结合各家的资产负债表来看。',
    ],
    'ten-recent': [
      '年末盘点：十家公司的投入与回报',
      '两家公司都提到了算力采购的安排。',
      '年末的数据会在下一季度的财报中得到验证，投资者可以关注各家在资本开支上的表态。',
    ],
    'ten-recent-again': [
      '十家公司的年末电话会要点',
      '管理层都强调了成本纪律。',
      '多家公司提到明年的资本开支会更谨慎，市场将在一月的业绩会上看到更多细节。',
    ],
  };
  for (const [slug, { published }] of Object.entries(TEN_PAGES)) {
    mkdirSync(join(root, slug));
    const [title, lead, closing] = texts[slug as TenSlug];
    writeFileSync(join(root, slug, 'index.html'), tenArticle(title, lead, published, closing));
  }
  return root;
}

/** The canonical id a logged request asks daily bars for; undefined for any other request. */
export function dailyBarId(request: LoggedRequest): string | undefined {
  const url = new URL(request.path, `https://${request.host}`);
  if (request.host === 'web.ifzq.gtimg.cn' && url.pathname.includes('fqkline'))
    return idOfTencent((url.searchParams.get('param') ?? '').split(',')[0]);
  if (request.host === 'push2his.eastmoney.com') return idOfSecid(url.searchParams.get('secid') ?? '');
  if (request.host === 'query1.finance.yahoo.com' && url.searchParams.get('interval') === '1d')
    return idOfYahoo(decodeURIComponent(url.pathname.split('/').pop() ?? ''));
  return undefined;
}

/** Daily-bar requests in a slice of the log, by id. */
export function dailyBarCounts(log: LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of log) {
    const id = dailyBarId(request);
    if (id) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** One hover as the page saw it (ms of `performance.now()`; undefined when it never happened). */
export interface HoverTiming {
  id: string;
  /** The pointer's `mouseover` on the mark. */
  hover: number;
  /** The card's host displayed: in the DOM (a mutation), and the first animation frame that sees it. */
  openDom?: number;
  openFrame?: number;
  /** The quote's price in the card (DOM). */
  quoteDom?: number;
  /** The since-publication row in the shadow root: in the DOM, and the first frame where it has a box. */
  rowDom?: number;
  rowFrame?: number;
}

/**
 * The probe, run in the page's main world before its scripts: `__holdUpProbe.arm(id)` makes the
 * next `mouseover` on that security's mark the start of a sample; a MutationObserver (document and
 * the card's open shadow root) stamps when the card is displayed, the price and the row appear; an
 * animation-frame loop stamps the first frame that sees the card displayed and the row with a box.
 */
export const PROBE = `(() => {
  const probe = { sample: null };
  window.__holdUpProbe = probe;
  const hostOf = () => document.querySelector('finlens-card');
  const displayed = (h) => h !== null && !h.hidden;
  const rowOf = (h) => h && h.shadowRoot ? h.shadowRoot.querySelector('[data-row="since-publication"]') : null;
  probe.arm = (id) => { probe.sample = { id, hover: undefined }; };
  addEventListener('mouseover', (e) => {
    const s = probe.sample;
    if (!s || s.hover !== undefined || !(e.target instanceof Element)) return;
    const mark = e.target.closest('finlens-mark[data-finlens-id]');
    if (!mark || mark.dataset.finlensId !== s.id) return;
    s.hover = performance.now();
    let watched = null;
    const check = () => {
      const t = performance.now();
      const h = hostOf();
      if (h && h.shadowRoot && watched !== h.shadowRoot) {
        watched = h.shadowRoot;
        observer.observe(watched, { subtree: true, childList: true, attributes: true });
      }
      if (!displayed(h)) return;
      if (s.openDom === undefined) s.openDom = t;
      if (s.quoteDom === undefined && h.shadowRoot.querySelector('.price')) s.quoteDom = t;
      if (s.rowDom === undefined && rowOf(h)) s.rowDom = t;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
    check();
    const frame = () => {
      const t = performance.now();
      const h = hostOf();
      if (displayed(h) && getComputedStyle(h).display !== 'none') {
        if (s.openFrame === undefined) s.openFrame = t;
        const row = rowOf(h);
        if (row && row.getBoundingClientRect().height > 0) s.rowFrame = t;
      }
      if (s.rowFrame === undefined && t - s.hover < 30000) requestAnimationFrame(frame);
      else observer.disconnect();
    };
    requestAnimationFrame(frame);
  }, true);
})();`;
