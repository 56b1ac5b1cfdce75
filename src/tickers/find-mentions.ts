import type { Catalog } from '../securities/catalog.ts';
import { type ResolvedCode, resolveId } from '../securities/resolve.ts';
import type { Market } from '../types.ts';
import type { Candidate, Range } from './candidate.ts';
import { findCashtags } from './cashtag.ts';
import { findNames, type NameCandidate } from './company-name.ts';
import { findExchangePrefixed } from './exchange-prefix.ts';
import { findMarketCodes } from './market-code.ts';
import { overlaps, urlRanges } from './text-ranges.ts';
import { findXueqiuCashtags, findXueqiuLinks } from './xueqiu-cashtag.ts';

/** A link in the analysed text. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/**
 * Words that make an ordinary-word name (`苹果`, `Apple`, `天津港`) mean the listed company: talk of
 * its shares, filings and results. Sector talk (`机器人概念股`, `农产品板块`) and bare figures
 * (`农产品出口增长5%`) are not enough.
 */
const FINANCE_CONTEXT =
  /股价|股份|股票|个股|市值|涨停|跌停|停牌|公告|财报|年报|季报|营收|净利|股东|估值|\bshares?\b|\bstock\b|\bInc\b|\bCorp|\bearnings\b|\bNYSE\b|\bNasdaq\b/i;
const CONTEXT_REACH = 16;

/** How the text talks about markets, besides its explicit mentions. */
const MARKET_WORDS: [RegExp, Market][] = [
  [/港股|港交所|恒指|恒生|Hong Kong|HKEX/g, 'HK'],
  [/美股|纳斯达克|纽交所|道指|纳指|标普|Wall Street|NYSE|Nasdaq/g, 'US'],
  [/A股|沪指|深成指|上交所|深交所|沪深|创业板|科创板/g, 'SH'],
];

/**
 * Every mention in `text`: explicit forms first (Xueqiu cashtags, Xueqiu links, market codes,
 * exchange prefixes, cashtags, in that order of precedence), then names in the gaps they leave.
 * Names that can mean several listings are settled by the article: a listing it names explicitly
 * wins, then the market it talks about, then the curated primary; an ordinary-word name needs
 * finance words nearby or an explicit mention of the same listing.
 */
export function findMentions(text: string, links: readonly TextLink[], cat: Catalog): Candidate[] {
  const refused = urlRanges(text);
  const explicit = [
    findXueqiuCashtags(text),
    findXueqiuLinks(links),
    findMarketCodes(text, refused, cat),
    findExchangePrefixed(text, refused, cat),
    findCashtags(text, refused),
  ];
  // Text inside links is the page's navigation or a link we decorate whole: nothing else is found there.
  const linkRanges = [...links].sort((a, b) => a.start - b.start);
  const chosen: Candidate[] = [];
  const taken = new Coverage(text.length);
  explicit.forEach((candidates, rank) => {
    for (const c of candidates) {
      if (rank !== 1 && insideOne(linkRanges, c)) continue;
      if (taken.claim(c)) chosen.push(c);
    }
  });

  const evidence = new Set(chosen.map((c) => c.security.id));
  // Counted only when some name can mean listings in two markets.
  // Votes come from the explicit mentions only (names settled below do not vote).
  const explicitCount = chosen.length;
  let votes: Map<Market, number> | undefined;
  const marketVotes = () => {
    votes ??= voteMarkets(text, chosen.slice(0, explicitCount));
    return votes;
  };
  for (const n of findNames(text, cat)) {
    if (taken.isClaimed(n) || insideOne(linkRanges, n) || overlaps(refused, n.start, n.end)) continue;
    const security = settleName(text, n, evidence, marketVotes, cat);
    if (security) chosen.push({ start: n.start, end: n.end, kind: 'name', security });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function settleName(
  text: string,
  n: NameCandidate,
  evidence: ReadonlySet<string>,
  marketVotes: () => ReadonlyMap<Market, number>,
  cat: Catalog,
): ResolvedCode | undefined {
  const { ids, needsContext } = n.entry;
  const named = ids.find((id) => evidence.has(id));
  if (named) return resolveId(named, 'unknown', cat);
  if (needsContext && !hasFinanceContext(text, n)) return undefined;
  if (ids.length === 1) return resolveId(ids[0], 'unknown', cat);
  // Several listings: the article's market decides when it clearly leans one way, else the primary.
  const votes = marketVotes();
  const scored = ids.map((id) => ({ id, votes: votes.get(marketGroup(id.slice(0, id.indexOf(':')) as Market)) ?? 0 }));
  const best = scored.reduce((a, b) => (b.votes > a.votes ? b : a));
  const leader = best.votes >= 2 && scored.every((s) => s === best || s.votes * 2 < best.votes) ? best.id : ids[0];
  return resolveId(leader, 'unknown', cat);
}

/** Where a sentence or clause ends: context is looked for within the name's own sentence. */
const SENTENCE_END = /[。！？!?；;\n]/;

function hasFinanceContext(text: string, r: Range): boolean {
  let before = text.slice(Math.max(0, r.start - CONTEXT_REACH), r.start);
  let after = text.slice(r.end, r.end + CONTEXT_REACH);
  const cut = Math.max(...[...'。！？!?；;\n'].map((c) => before.lastIndexOf(c)));
  if (cut >= 0) before = before.slice(cut + 1);
  const stop = after.search(SENTENCE_END);
  if (stop >= 0) after = after.slice(0, stop);
  return FINANCE_CONTEXT.test(before) || FINANCE_CONTEXT.test(after);
}

/** SH, SZ and BJ are one market to a reader (A-shares). */
function marketGroup(market: Market): Market {
  return market === 'SZ' || market === 'BJ' ? 'SH' : market;
}

function voteMarkets(text: string, chosen: readonly Candidate[]): Map<Market, number> {
  const votes = new Map<Market, number>();
  const vote = (m: Market, n = 1) => votes.set(marketGroup(m), (votes.get(marketGroup(m)) ?? 0) + n);
  for (const c of chosen) vote(c.security.market);
  for (const [pattern, market] of MARKET_WORDS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) vote(market, count);
  }
  return votes;
}

/** Which characters of the text a chosen mention already covers; claims are checked and made in O(length). */
class Coverage {
  private mask: Uint8Array | undefined;
  constructor(private readonly length: number) {}

  isClaimed(r: Range): boolean {
    if (!this.mask) return false;
    for (let i = r.start; i < r.end; i++) if (this.mask[i]) return true;
    return false;
  }

  /** Claims `r` unless some of it is claimed already; says whether it did. */
  claim(r: Range): boolean {
    if (this.isClaimed(r)) return false;
    this.mask ??= new Uint8Array(this.length);
    this.mask.fill(1, r.start, r.end);
    return true;
  }
}

/** Whether `r` lies inside one of `ranges` (sorted by start, not overlapping); binary search. */
function insideOne(ranges: readonly Range[], r: Range): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= r.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ranges[lo - 1].end >= r.end;
}
