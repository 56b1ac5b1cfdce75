/**
 * An article's claims as the page shows them: painted by type (CSS custom highlights, in slices)
 * in finance articles only, with the verdicts of the price-move claims beside them; taken out at
 * once. Any article's claims are listed in the popup whether painted or not.
 */
import type { Claim } from '../../src/types.ts';
import { uiLocale } from '../i18n.ts';
import type { Settings } from '../settings-schema.ts';
import type { PageSnapshot } from './annotator.ts';
import { paintSteps } from './claim-marks.ts';
import { passageStyles } from './passage-styles.ts';
import { runSliced } from './schedule.ts';
import { showVerdicts } from './verdict-marks.ts';

export class ClaimLayer {
  private unpaint: (() => void) | null = null;
  private hideVerdicts: (() => void) | null = null;

  constructor(private readonly doc: Document) {}

  /** Whether claims are painted in the page now. */
  get painted(): boolean {
    return this.unpaint !== null;
  }

  /** Takes the claims' highlights and verdicts out. */
  clear(): void {
    this.unpaint?.();
    this.unpaint = null;
    this.hideVerdicts?.();
    this.hideVerdicts = null;
  }

  /** Paints `claims` of the types the reader keeps, where the settings and the page allow it. */
  async paint(
    segments: PageSnapshot['segments'],
    claims: readonly Claim[],
    settings: Settings | null,
    isFinance: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    this.clear();
    const types = settings?.claimTypes;
    const shown = claims.filter((c) => c.types.some((t) => types?.[t]));
    if (!settings?.claims || !isFinance || shown.length === 0) return;
    passageStyles();
    this.unpaint = await runSliced(paintSteps(this.doc, segments, shown), { signal });
    this.hideVerdicts = showVerdicts(this.doc, segments, shown, uiLocale);
  }
}
