/** What a page with FinLens in it does when the settings change. Pure: tested on plain values. */
import type { Settings } from '../settings.ts';

export type SettingsChange =
  /** Off on this site now: everything out, nothing read. */
  | { kind: 'off' }
  /** On again on this site, or highlights on again: the page is read afresh. */
  | { kind: 'read' }
  /** Names on or off on a page not about finance: marked again from the same reading. */
  | { kind: 'remark' }
  /** Anything else: marks out (highlights off), verdicts dropped (history switched), claims repainted, checked again (history on). */
  | { kind: 'update'; unmark: boolean; dropVerdicts: boolean; recheck: boolean };

export function settingsChange(
  before: Settings | null,
  next: Settings,
  page: { wasOff: boolean; nowOff: boolean; read: boolean; isFinance: boolean | undefined },
): SettingsChange {
  if (page.nowOff) return { kind: 'off' };
  if (page.wasOff || (next.highlight && !before?.highlight)) return { kind: 'read' };
  const quietChanged = next.namesEverywhere !== before?.namesEverywhere && page.isFinance === false;
  if (next.highlight && page.read && quietChanged) return { kind: 'remark' };
  return {
    kind: 'update',
    unmark: !next.highlight && before?.highlight === true,
    dropVerdicts: next.history !== before?.history,
    recheck: next.history && before !== null && !before.history,
  };
}
