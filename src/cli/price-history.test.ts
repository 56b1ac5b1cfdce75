/** The `FINLENS_PROVIDER_ORIGINS` test hook: read strictly, applied to the hosts it names only. */
import { describe, expect, it } from 'vitest';
import { providerOrigins, rewriteOrigin } from './price-history.ts';

describe('provider origins (test hook)', () => {
  it('sends a named host to the base given, its path before the provider path, and leaves others alone', () => {
    const origins = providerOrigins(
      'web.ifzq.gtimg.cn=http://127.0.0.1:9/t/, push2his.eastmoney.com=http://localhost:8',
    );
    expect(rewriteOrigin('https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh600519,day', origins)).toBe(
      'http://127.0.0.1:9/t/appstock/app/fqkline/get?param=sh600519,day',
    );
    expect(rewriteOrigin('https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=105.BIDU', origins)).toBe(
      'http://localhost:8/api/qt/stock/kline/get?secid=105.BIDU',
    );
    const yahoo = 'https://query1.finance.yahoo.com/v8/finance/chart/BIDU?interval=1d';
    expect(rewriteOrigin(yahoo, origins)).toBe(yahoo);
    expect(rewriteOrigin(yahoo, providerOrigins(undefined))).toBe(yahoo);
  });

  it('refuses a value that is not host=http(s) URL pairs', () => {
    expect(() => providerOrigins('web.ifzq.gtimg.cn')).toThrow(/FINLENS_PROVIDER_ORIGINS/);
    expect(() => providerOrigins('web.ifzq.gtimg.cn=file:///etc')).toThrow(/not host=http/);
    expect(() => providerOrigins('=http://127.0.0.1:9')).toThrow(/FINLENS_PROVIDER_ORIGINS/);
  });
});
