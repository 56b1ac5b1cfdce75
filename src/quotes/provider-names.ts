/** The providers by name, with no adapter code: what settings and the UI need to know of them. */
import type { ProviderName } from './types.ts';

/** The order a fresh install asks them in: Tencent first (batched, live A-shares), then Eastmoney, then Yahoo. */
export const DEFAULT_PROVIDER_ORDER: readonly ProviderName[] = ['tencent', 'eastmoney', 'yahoo'];

/** The hosts each provider is reached at (the manifest's `host_permissions`, the README's privacy list). */
export const PROVIDER_HOSTS: Record<ProviderName, string[]> = {
  tencent: ['qt.gtimg.cn', 'web.ifzq.gtimg.cn'],
  eastmoney: ['push2.eastmoney.com', 'push2his.eastmoney.com', 'fundgz.1234567.com.cn'],
  yahoo: ['query1.finance.yahoo.com'],
};
