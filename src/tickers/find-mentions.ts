import { financeSignals } from '../article/finance.ts';
import type { Catalog } from '../securities/catalog.ts';
import { type ResolvedCode, resolveId } from '../securities/resolve.ts';
import type { Market } from '../types.ts';
import type { Candidate, Range } from './candidate.ts';
import { findCashtags } from './cashtag.ts';
import { findNames, type NameCandidate } from './company-name.ts';
import { findExchangePrefixed } from './exchange-prefix.ts';
import { findMarketCodes } from './market-code.ts';
import { listedWithCompany, namesTheCompany } from './name-context.ts';
import { findTaiwanCodes, TAIWAN_MARKET_WORDS } from './taiwan-code.ts';
import { overlaps, urlRanges } from './text-ranges.ts';
import { findXueqiuCashtags, findXueqiuLinks } from './xueqiu-cashtag.ts';

/** A link in the analysed text. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/** How the text talks about markets, besides its explicit mentions. */
const MARKET_WORDS: [RegExp, Market][] = [
  [/港股|港交所|恒指|恒生|Hong Kong|HKEX/g, 'HK'],
  [/美股|纳斯达克|纽交所|道指|纳指|标普|Wall Street|NYSE|Nasdaq|ADR|美国存托/g, 'US'],
  [TAIWAN_MARKET_WORDS, 'TW'],
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
    findTaiwanCodes(text, refused, cat),
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
  const doubtful: NameCandidate[] = [];
  // Whether the text is about finance by its words and figures alone (names not counted): asked once, when needed.
  let finance: boolean | undefined;
  const financeText = () => {
    finance ??= financeSignals(text, []).isFinance;
    return finance;
  };
  for (const n of findNames(text, cat)) {
    if (taken.isClaimed(n) || insideOne(linkRanges, n) || overlaps(refused, n.start, n.end)) continue;
    const security = settleName(text, n, evidence, marketVotes, financeText, cat);
    if (security) chosen.push({ start: n.start, end: n.end, kind: 'name', security, ...formerName(n) });
    else if (n.entry.needsContext && !n.entry.needsCompanyWord) doubtful.push(n);
  }
  // A name that is also a word, listed with companies found on their own (`BP and Chevron`,
  // `上海机场、白云机场、厦门空港`), is one of them.
  // One pass: a list is read from the names it holds that stand alone.
  const found = doubtful.length > 0 ? chosen.slice().sort((a, b) => a.start - b.start) : chosen;
  for (const n of doubtful) {
    if (!listedWithCompany(text, n, found)) continue;
    const security = chooseListing(n, marketVotes, cat);
    chosen.push({ start: n.start, end: n.end, kind: 'name', security, ...formerName(n) });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The name as the data has it, when it is a name the listing had before. */
const formerName = (n: NameCandidate): { formerName?: string } => (n.entry.former ? { formerName: n.entry.name } : {});

function settleName(
  text: string,
  n: NameCandidate,
  evidence: ReadonlySet<string>,
  marketVotes: () => ReadonlyMap<Market, number>,
  financeText: () => boolean,
  cat: Catalog,
): ResolvedCode | undefined {
  const { ids, needsContext, needsCompanyWord } = n.entry;
  const named = ids.find((id) => evidence.has(id));
  if (named) return resolveId(named, 'unknown', cat);
  if ((needsContext || needsCompanyWord) && !namesTheCompany(text, n, financeText)) return undefined;
  return chooseListing(n, marketVotes, cat);
}

/** Which of a name's listings it means: a stock after a company word, else the article's market, else the primary. */
function chooseListing(n: NameCandidate, marketVotes: () => ReadonlyMap<Market, number>, cat: Catalog): ResolvedCode {
  const { ids } = n.entry;
  // `Dow Inc` is the company, `the Dow` the index: a company word prefers a stock.
  if (n.companyWord && ids.length > 1) {
    const stock = ids.find((id) => cat.listing(id)?.type === 'stock');
    if (stock) return resolveId(stock, 'unknown', cat);
  }
  if (ids.length === 1) return resolveId(ids[0], 'unknown', cat);
  // Several listings: the article's market decides when it clearly leans one way, else the primary.
  const votes = marketVotes();
  const scored = ids.map((id) => ({ id, votes: votes.get(marketGroup(id.slice(0, id.indexOf(':')) as Market)) ?? 0 }));
  const best = scored.reduce((a, b) => (b.votes > a.votes ? b : a));
  const leader = best.votes >= 2 && scored.every((s) => s === best || s.votes * 2 < best.votes) ? best.id : ids[0];
  return resolveId(leader, 'unknown', cat);
}

/** SH, SZ and BJ are one market to a reader (A-shares); so are TW and TWO (台股). */
function marketGroup(market: Market): Market {
  if (market === 'TWO') return 'TW';
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
