/** Every quote provider FinLens can ask, by name. */
import { eastmoney } from './eastmoney.ts';
import { tencent } from './tencent.ts';
import type { ProviderName, QuoteProvider } from './types.ts';
import { yahoo } from './yahoo.ts';

export { DEFAULT_PROVIDER_ORDER, PROVIDER_HOSTS } from './provider-names.ts';

export const PROVIDERS: Record<ProviderName, QuoteProvider> = { tencent, eastmoney, yahoo };
