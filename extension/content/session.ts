/**
 * FinLens in one page, once the first stage (`first-look.ts`) found it worth reading or the popup
 * asked. The page is read on its own thread in slices (`reader.ts`), the text goes to the
 * background to be analysed, and the answer is marked in slices (`highlights.ts`); what the page adds later is read by itself (`page-growth.ts`,
 * `reading.ts`). All of it runs one job at a time, so two readings never interleave. `stop()` takes
 * everything back out.
 */
import type { Published } from '../../src/quotes/history-types.ts';
import type { Security } from '../../src/types.ts';
import { callBackground, type PageState, type RemoteAnalysis } from '../messages.ts';
import { contextAlive } from '../platform.ts';
import { highlightedCount, namesQuiet } from '../quiet.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../settings.ts';
import { offOnSite } from '../settings-schema.ts';
import type { PageSnapshot } from './annotator.ts';
import { PageHighlights } from './highlights.ts';
import { type Growth, watchPageGrowth } from './page-growth.ts';
import { pageStateOf, revealMark, revealPassage, samePassage, servePopup } from './popup-service.ts';
import { checkPrices } from './price-checks.ts';
import { addedRoots, analyzeRemote, readAdded, readAndAnalyze, readingOf, readPrinted } from './reader.ts';
import { mergeSecurities, noteGrowth, type Reading } from './reading.ts';
import { isAbandoned } from './schedule.ts';
import { settingsChange } from './settings-change.ts';

/** Starts FinLens in `doc`; returns the function that stops it and restores the page. */
export function startPageSession(doc: Document): () => void {
  const session = new PageSession(doc);
  return () => session.stop();
}

class PageSession {
  private readonly lifetime = new AbortController();
  private settings: Settings | null = null;
  private reading: Reading | null = null;
  private readonly securities = new Map<string, Security>();
  private readonly highlights: PageHighlights;
  private rereadTimer: ReturnType<typeof setTimeout> | undefined;
  private jobs: Promise<void> = Promise.resolve();

  constructor(private readonly doc: Document) {
    const { signal } = this.lifetime;
    this.highlights = new PageHighlights(
      doc,
      {
        lookup: (id) => this.securities.get(id),
        all: () => [...this.securities.values()],
        settings: () => this.settings,
        stillAlive: contextAlive,
        published: () => this.published(),
      },
      signal,
    );
    servePopup(
      {
        settled: () => this.enqueue(() => this.readForPopup()),
        state: () => this.state(),
        reveal: (id) => revealMark(this.highlights.marks.firstMark(id)),
        revealText: (start, end, text) =>
          samePassage(this.reading?.snapshot.text.slice(start, end) ?? '', text) &&
          revealPassage(this.doc, this.segments(), start, end, this.highlights.focus.signal),
      },
      signal,
    );
    onSettingsChanged((next) => {
      if (!contextAlive()) return this.stop();
      this.enqueue(() => this.apply(next));
    }, signal);
    // The first stage found the page worth reading (or the popup asked): it is read at once, and
    // the popup's calls wait for that reading.
    this.enqueue(async () => {
      this.settings ??= await loadSettings();
      try {
        if (!this.siteOff) await this.readWhole();
      } finally {
        if (!signal.aborted) watchPageGrowth(doc.body ?? doc.documentElement, (g) => this.grown(g), signal);
      }
    });
  }

  private get signal(): AbortSignal {
    return this.lifetime.signal;
  }

  private get site(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** The reader switched FinLens off on this site: nothing is read, marked or sent. */
  private get siteOff(): boolean {
    return this.settings !== null && offOnSite(this.settings, this.site);
  }

  /** Runs `job` after every job before it; a failure is reported, never thrown at the page. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    this.jobs = this.jobs.then(() => (this.signal.aborted ? undefined : job())).catch((e) => this.report(e));
    return this.jobs;
  }

  private report(error: unknown): void {
    if (isAbandoned(error) || this.signal.aborted) return;
    if (!contextAlive() || String(error).includes('Extension context invalidated')) this.stop();
    else console.warn('FinLens:', error instanceof Error ? error.message : error);
  }

  /** Where the analysed text lives now: in the marks' pieces while they are in, else the page's own nodes. */
  private segments(): PageSnapshot['segments'] {
    return this.reading ? (this.reading.marked ?? this.reading.snapshot.segments) : [];
  }

  private async badge(): Promise<void> {
    await callBackground('pageAnalyzed', { count: highlightedCount(this.securities.values(), this.quiet()) });
  }

  /** Whether names stay unmarked on this page (`quiet.ts`). */
  private quiet(): boolean {
    return namesQuiet(this.reading?.page, this.settings?.namesEverywhere);
  }

  private unmarkAll(): void {
    this.highlights.unmarkAll();
    if (this.reading) this.reading.marked = null;
  }

  /** Takes the old reading's highlights out; a pending focus mark goes with them. */
  private clear(): void {
    this.highlights.clear();
    if (this.reading) this.reading.marked = null;
    this.securities.clear();
  }

  /** Claims are painted in finance articles only (`claim-layer.ts`). */
  private paint(): Promise<void> {
    const reading = this.reading;
    const claims = reading?.analysis.claims ?? [];
    return this.highlights.paint(this.segments(), claims, this.settings, reading?.page.isFinance === true);
  }

  /** Marks the securities of an analysed snapshot; returns where its text lives now. */
  private mark(snapshot: PageSnapshot, analysis: RemoteAnalysis): Promise<PageSnapshot['segments']> {
    return this.highlights.mark(snapshot, analysis, this.quiet());
  }

  /** Checks the article's price moves against the daily record (history on), then shows the verdicts. */
  private async checkPrices(): Promise<void> {
    const reading = this.reading;
    if (!reading?.analysis.priceMoves || this.settings?.history === false) return;
    await this.readPrinted();
    const checked = await checkPrices(reading.analysis, reading.page.published, this.securities.values());
    if (checked && this.reading === reading) await this.paint();
  }

  /**
   * Reads the whole page afresh (its story on an article) and has it analysed, then swaps the old
   * highlights for the new. The page is read with any marks still in (their text is the page's),
   * and the reading is mapped back to the page's own text nodes once the marks are out.
   */
  private async readWhole(): Promise<void> {
    clearTimeout(this.rereadTimer);
    const { read, analysis, costMs } = await readAndAnalyze(this.doc, this.signal);
    const swapStarted = performance.now();
    const own = this.highlights.marks.unmarked(read.snapshot.segments);
    this.clear();
    const next = readingOf(read, analysis, own);
    this.reading = next;
    for (const s of analysis.securities) this.securities.set(s.id, s);
    if (this.settings?.highlight) next.marked = await this.mark(next.snapshot, analysis);
    await this.paint();
    next.finishedAt = Date.now();
    next.costMs = costMs + performance.now() - swapStarted;
    await this.badge();
    if (analysis.priceMoves) void this.enqueue(() => this.checkPrices());
  }

  /** What the popup shows needs what the page prints about itself (its byline, its dateline) read too. */
  private async readForPopup(): Promise<void> {
    if (this.siteOff) return;
    await this.readPrinted();
  }

  /** Reads what the page prints about itself (its dateline, its byline), once, when first needed. */
  private readPrinted(): Promise<void> {
    return readPrinted(this.reading, this.signal);
  }

  /** When the article was published, its dateline read if need be (the card's "since this post"). */
  private async published(): Promise<{ isArticle: boolean; published?: Published }> {
    await this.enqueue(() => this.readPrinted());
    const page = this.reading?.page;
    return { isArticle: page?.isArticle === true, published: page?.published };
  }

  /** Reads only what the page added: its securities are marked and join the page's list. */
  private async readGrowth(nodes: readonly Node[]): Promise<void> {
    const roots = addedRoots(nodes);
    if (roots.length === 0) return;
    const snapshot = await readAdded(roots, this.signal);
    if (!/\S/.test(snapshot.text)) return;
    const analysis = await analyzeRemote(snapshot, { article: false });
    if (analysis.securities.length === 0) return;
    mergeSecurities(this.securities, analysis.securities);
    if (this.settings?.highlight) await this.mark(snapshot, analysis);
    await this.badge();
  }

  /** What the page added is read by itself at once, and the whole page again when `growthPlan` says so. */
  private grown(growth: Growth): void {
    if (!contextAlive()) {
      this.stop();
      return;
    }
    const last = this.reading;
    if (!this.settings || this.siteOff) return;
    // No reading yet: the first one failed (the background could not be reached); this is a new chance.
    if (!last) return void this.enqueue(() => this.readWhole());
    const plan = noteGrowth(last, growth, Date.now());
    if (plan.reread === 'now') return void this.enqueue(() => this.readWhole());
    if (plan.reread === 'later') {
      clearTimeout(this.rereadTimer);
      this.rereadTimer = setTimeout(() => this.enqueue(() => this.readWhole()), plan.wait);
    }
    this.enqueue(() => this.readGrowth(growth.nodes));
  }

  private async apply(next: Settings): Promise<void> {
    const wasOff = this.siteOff;
    const before = this.settings;
    this.settings = next;
    const reading = this.reading;
    const change = settingsChange(before, next, {
      wasOff,
      nowOff: this.siteOff,
      read: reading !== null,
      isFinance: reading?.page.isFinance,
    });
    if (change.kind === 'off') {
      clearTimeout(this.rereadTimer);
      this.clear();
      this.reading = null;
      return this.badge();
    }
    if (change.kind === 'read') return this.readWhole();
    if (change.kind === 'remark' && reading) {
      this.unmarkAll();
      reading.marked = await this.mark(reading.snapshot, reading.analysis);
      await this.paint();
      return this.badge();
    }
    if (change.kind !== 'update') return;
    if (change.unmark) {
      this.highlights.unpaint();
      this.unmarkAll();
    }
    if (change.dropVerdicts) for (const claim of reading?.analysis.claims ?? []) delete claim.priceCheck;
    await this.paint();
    if (change.recheck) await this.checkPrices();
  }

  stop(): void {
    if (this.signal.aborted) return;
    this.lifetime.abort();
    clearTimeout(this.rereadTimer);
    this.clear();
  }

  private state(): PageState {
    return pageStateOf({
      reading: this.reading,
      securities: this.securities.values(),
      highlighted: !this.highlights.marks.empty,
      claimsHighlighted: this.highlights.claimsPainted,
      namesQuiet: this.quiet(),
      site: this.site,
      siteOff: this.siteOff,
    });
  }
}
