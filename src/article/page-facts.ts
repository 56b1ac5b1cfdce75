import type { Published } from '../quotes/history-types.ts';
import type { PageMeta } from './page-meta.ts';

/** What a page is, as the reader decided: shown beside its analysis. */
export interface PageFacts {
  isArticle: boolean;
  /** Whether what was analysed (the story, or the page) is about finance. */
  isFinance: boolean;
  title?: string;
  byline?: string;
  /** When it was published, as far as the page tells (`src/article/published.ts`). */
  published?: Published;
  lang?: string;
}

/** The facts of a page from its reading (`readArticle`) and the finance check of its analysis. */
export function pageFactsOf(
  reading: Omit<PageMeta, 'dates'> & { isArticle: boolean; published?: Published },
  isFinance: boolean,
): PageFacts {
  const { isArticle, title, byline, published, lang } = reading;
  const page: PageFacts = { isArticle, isFinance };
  if (title) page.title = title;
  if (byline) page.byline = byline;
  if (published) page.published = published;
  if (lang) page.lang = lang;
  return page;
}
