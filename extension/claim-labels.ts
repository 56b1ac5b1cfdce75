import type { ClaimType } from '../src/types.ts';

/** The `_locales` key of each claim type's label (the popup's tags, the options page's switches). */
export const CLAIM_LABELS: Readonly<Record<ClaimType, string>> = {
  figure: 'claimFigure',
  comparison: 'claimComparison',
  forecast: 'claimForecast',
  attribution: 'claimAttribution',
  fact: 'claimFact',
};
