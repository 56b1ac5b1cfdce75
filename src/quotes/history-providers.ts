/** Every daily-history provider FinLens can ask, by name (the same names, and order, as the quote providers). */
import { eastmoneyHistory } from './history-eastmoney.ts';
import { tencentHistory } from './history-tencent.ts';
import type { HistoryProvider } from './history-types.ts';
import { yahooHistory } from './history-yahoo.ts';
import type { ProviderName } from './types.ts';

export const HISTORY_PROVIDERS: Record<ProviderName, HistoryProvider> = {
  tencent: tencentHistory,
  eastmoney: eastmoneyHistory,
  yahoo: yahooHistory,
};
