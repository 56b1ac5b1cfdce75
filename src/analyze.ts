import type { DomDocument, DomElement, DomText } from './article/dom.ts';
import { financeSignals } from './article/finance.ts';
import { type PageFacts, pageFactsOf } from './article/page-facts.ts';
import { type ReadOptions, readArticle } from './article/read-article.ts';
import type { Snapshot } from './article/snapshot.ts';
import { findClaims } from './claims/find-claims.ts';
import { findKeyPoints } from './keypoints/key-points.ts';
import { catalog } from './securities/catalog.ts';
import { foldTraditional } from './text/fold.ts';
import { companiesIn } from './tickers/companies.ts';
import { findMentions, type TextLink } from './tickers/find-mentions.ts';
import type { Analysis, Security } from './types.ts';

export type { PageFacts } from './article/page-facts.ts';
export { detectArticle, readArticle } from './article/read-article.ts';
export type { Snapshot } from './article/snapshot.ts';
export { snapshotText } from './article/snapshot.ts';
export { locatedMentions } from './securities/located.ts';
export type { TextLink } from './tickers/find-mentions.ts';
export type { Analysis, Claim, Company, LocatedMention, Mention, Security } from './types.ts';

/** What `analyze()` reads: a page's text (e.g. from `snapshotText`), the links in it, and its title. */
export interface AnalyzeInput {
  text: string;
  links?: readonly TextLink[];
  /** The article's title, if known: it becomes the headline and guides the key points. */
  title?: string;
  /**
   * False when the text is a page that is not an article (a sign-in page, a portal): its securities
   * are still found, but it has no claims or key points. Plain text counts as an article.
   */
  article?: boolean;
  /**
   * Claims and key points read at most this many characters (cut at the last line break before
   * it, where there is one near): a page's main thread must not stall on a book-length "article".
   * Securities are found in the whole text. No limit by default.
   */
  limit?: number;
}

/**
 * Reads a text: the securities it names (each with every mention) and the claims it makes (each
 * typed, scored and linked to the securities it is about). Offsets are UTF-16 code units into `text`.
 */
export function analyze(input: AnalyzeInput): Analysis {
  const text = typeof input?.text === 'string' ? input.text : '';
  const links = Array.isArray(input?.links) ? input.links.filter((l) => isLink(l, text.length)) : [];
  const title = typeof input?.title === 'string' ? input.title : '';
  // Traditional Chinese is read in Simplified (same offsets); what is reported is the original text.
  const folded = foldTraditional(text);
  const securities = securitiesIn(text, folded, links);
  const article: Analysis['article'] = { text, finance: financeSignals(folded, securities) };
  if (input?.article === false) {
    return { article, securities, companies: [], claims: [], keyPoints: { headline: title, gist: '', points: [] } };
  }
  const original = (span: { start: number; end: number; text: string }) => {
    span.text = text.slice(span.start, span.end);
  };
  const companies = companiesIn(folded, securities);
  for (const company of companies) {
    for (const mention of company.mentions) original(mention);
    // The name in the original text (Traditional Chinese stays Traditional): its first full mention.
    company.name = company.mentions.find((m) => m.end - m.start === company.name.length)?.text ?? company.name;
  }
  const limit = typeof input?.limit === 'number' && input.limit > 0 ? input.limit : Number.POSITIVE_INFINITY;
  const read = folded.length > limit ? prefixOf(folded, limit) : folded;
  if (read.length < folded.length) article.readUpTo = read.length;
  const claims = findClaims(read, securities);
  for (const claim of claims) {
    original(claim);
    if (claim.sentence.text !== undefined) original(claim.sentence as { start: number; end: number; text: string });
    for (const figure of claim.figures) original(figure);
  }
  const keyPoints = findKeyPoints(read, foldTraditional(title));
  for (const point of keyPoints.points) original(point);
  keyPoints.headline = title.trim() || restore(text, folded, keyPoints.headline);
  keyPoints.gist = restore(text, folded, keyPoints.gist);
  return { article, securities, companies, claims, keyPoints };
}

/** The first `limit` characters of `text`, ending at a line break when one falls in the last tenth. */
function prefixOf(text: string, limit: number): string {
  const cut = text.lastIndexOf('\n', limit);
  return text.slice(0, cut > limit * 0.9 ? cut : limit);
}

/** The original of a piece of folded text (a headline, a gist): where it stands in the folded text, the same span of the original. */
function restore(text: string, folded: string, piece: string): string {
  if (text === folded || piece === '') return piece;
  const at = folded.indexOf(piece);
  return at < 0 ? piece : text.slice(at, at + piece.length);
}

/** A page read and analysed: what it is, the text that was analysed (mapped to its DOM), and the analysis. */
export interface PageAnalysis<T extends DomText, E extends DomElement> {
  page: PageFacts;
  snapshot: Snapshot<T, E>;
  analysis: Analysis;
}

/**
 * Reads a document and analyses it: on an article, its story (without navigation, comments and
 * related lists) with claims and key points; on any other page, its whole body, securities only.
 */
export function analyzeDocument<T extends DomText = DomText, E extends DomElement = DomElement>(
  doc: DomDocument,
  options: ReadOptions & { limit?: number } = {},
): PageAnalysis<T, E> {
  const reading = readArticle<T, E>(doc, { url: options.url, now: options.now });
  const { isArticle, title, snapshot } = reading;
  const analysis = analyze({
    text: snapshot.text,
    links: snapshot.links,
    title: isArticle ? title : undefined,
    article: isArticle,
    limit: options.limit,
  });
  return { page: pageFactsOf(reading, analysis.article.finance.isFinance), snapshot, analysis };
}

/** The securities a text names, each with every mention, in order of first mention. */
export function findSecurities(text: string, links: readonly TextLink[] = []): Security[] {
  return securitiesIn(text, foldTraditional(text), links);
}

/** The securities of `text`, matched in its fold (Traditional Chinese read in Simplified, same offsets). */
function securitiesIn(text: string, folded: string, links: readonly TextLink[]): Security[] {
  const securities = new Map<string, Security>();
  for (const c of findMentions(folded, links, catalog())) {
    const { id, symbol, market, exchange, type, name } = c.security;
    let security = securities.get(id);
    if (!security) {
      security = { id, symbol, market, type, name: { ...name }, mentions: [] };
      if (exchange) security.exchange = exchange;
      if (c.security.delisted) security.delisted = { ...c.security.delisted };
      securities.set(id, security);
    }
    if (c.nameInText && !security.name.zh && /\p{Script=Han}/u.test(c.nameInText)) security.name.zh = c.nameInText;
    if (c.formerName && !security.formerName) security.formerName = c.formerName;
    security.mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind });
  }
  const list = [...securities.values()];
  for (const s of list) s.name = dropEmpty(s.name);
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return list;
}

/** A link that lies inside the text (a caller's stale or made-up range is dropped, not trusted). */
function isLink(l: unknown, length: number): l is TextLink {
  const link = l as TextLink;
  return (
    typeof link === 'object' &&
    link !== null &&
    Number.isInteger(link.start) &&
    Number.isInteger(link.end) &&
    link.start >= 0 &&
    link.start < link.end &&
    link.end <= length &&
    typeof link.href === 'string'
  );
}

function dropEmpty(name: { zh?: string; en?: string }): { zh?: string; en?: string } {
  const out: { zh?: string; en?: string } = {};
  if (name.zh) out.zh = name.zh;
  if (name.en) out.en = name.en;
  return out;
}
