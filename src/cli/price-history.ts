/**
 * Daily bars for `finlens read --check-prices`, fetched by Node: for each security, the providers in
 * `DEFAULT_PROVIDER_ORDER`, the first that covers it and answers with bars wins; a provider that
 * fails (an error status, no answer within the timeout, a body not in its format) or does not know
 * the code is noted on stderr and the next is asked. Only the codes and dates in the providers' URLs
 * leave the machine: no cookies, no referrer. No retries and no cache: one command, one article.
 */
import type { HistoryRequest } from '../claims/price-check.ts';
import { isDate, mergeBars } from '../quotes/history-bars.ts';
import { HISTORY_PROVIDERS } from '../quotes/history-providers.ts';
import type { Adjust, DailyBar, DailyBars } from '../quotes/history-types.ts';
import { DEFAULT_PROVIDER_ORDER } from '../quotes/provider-names.ts';
import { addDays, dateIn } from '../quotes/sessions.ts';
import { MARKET_ZONES, type ProviderName, type QuoteTarget } from '../quotes/types.ts';

/** How long one provider request may take, answer body included (ms). */
export const REQUEST_TIMEOUT_MS = 8000;
/** How far back a series may reach (calendar days, ~15 years), as the extension's history service. */
const MAX_SPAN_DAYS = 15 * 366;
/** A provider answer larger than this is not read (bytes): a daily series is far smaller. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface HistoryFetchOptions {
  /** Host → base URL the host's requests go to instead (the `FINLENS_PROVIDER_ORIGINS` test hook). */
  origins?: ReadonlyMap<string, string>;
  /** Where notes go (a provider failed, no bars): one line each, stderr in the CLI. */
  note: (line: string) => void;
  /** Now (ms since the epoch): the range asked ends on today's date in the security's market. */
  now?: number;
  timeoutMs?: number;
}

/**
 * TEST HOOK, only tests set it: `FINLENS_PROVIDER_ORIGINS="web.ifzq.gtimg.cn=http://127.0.0.1:8123/t,
 * push2his.eastmoney.com=http://127.0.0.1:8123/e"` sends each named provider host's requests to the
 * base URL given (its path, if any, is put before the provider's own path), so the CLI can be tested
 * against a local server speaking the providers' formats. Throws on a value that is not such a list.
 */
export function providerOrigins(value: string | undefined): Map<string, string> {
  const origins = new Map<string, string>();
  for (const pair of (value ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf('=');
    const [host, base] = at < 0 ? [pair.trim(), ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    const parsed = URL.canParse(base) ? new URL(base) : undefined;
    if (!host || !parsed || !/^https?:$/.test(parsed.protocol))
      throw new Error(`FINLENS_PROVIDER_ORIGINS: "${pair}" is not host=http(s)://origin[/path]`);
    origins.set(host.toLowerCase(), `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`);
  }
  return origins;
}

/** A provider URL sent where the test hook says (unchanged when its host is not listed). */
export function rewriteOrigin(url: string, origins: ReadonlyMap<string, string> | undefined): string {
  if (!origins || origins.size === 0) return url;
  const parsed = new URL(url);
  const base = origins.get(parsed.host);
  return base ? `${base}${parsed.pathname}${parsed.search}` : url;
}

/** Why a request failed, in a few words. */
function failure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/** One provider request: its body, or a throw (an error status, the timeout, a body too large). */
async function get(url: string, options: HistoryFetchOptions): Promise<Uint8Array> {
  const response = await fetch(rewriteOrigin(url, options.origins), {
    // Only the URL leaves the machine: Node's fetch keeps no cookies, and none is sent or read.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > MAX_BODY_BYTES) throw new Error(`an answer of ${body.byteLength} bytes`);
  return body;
}

/** One provider's bars for a range: bars, `null` when it does not know the code, or a throw. */
async function askProvider(
  name: ProviderName,
  target: QuoteTarget,
  urls: string[],
  adjust: Adjust,
  options: HistoryFetchOptions,
): Promise<DailyBar[] | null> {
  const provider = HISTORY_PROVIDERS[name];
  const pages = await Promise.all(urls.map(async (url) => provider.parse(await get(url, options), target, adjust)));
  if (pages.every((page) => page === null)) return null;
  return mergeBars(...pages.map((page) => page ?? []));
}

/**
 * A security's daily bars from `from` to `until` (at most today), from the first provider that
 * answers; undefined when none does.
 */
export async function fetchBars(
  target: QuoteTarget,
  from: string,
  adjust: Adjust,
  options: HistoryFetchOptions,
  until?: string,
): Promise<DailyBars | undefined> {
  if (!isDate(from)) return undefined;
  const now = dateIn(options.now ?? Date.now(), MARKET_ZONES[target.market]);
  const today = until && isDate(until) && until < now ? until : now;
  const start = from < addDays(today, -MAX_SPAN_DAYS) ? addDays(today, -MAX_SPAN_DAYS) : from;
  if (start > today) return undefined;
  let asked = false;
  for (const name of DEFAULT_PROVIDER_ORDER) {
    const provider = HISTORY_PROVIDERS[name];
    const urls = provider.covers(target, adjust) ? provider.requests(target, start, today, adjust) : [];
    if (urls.length === 0) continue;
    asked = true;
    const host = new URL(urls[0]).host;
    try {
      const bars = await askProvider(name, target, urls, adjust, options);
      if (bars) return { id: target.id, adjust, bars };
      options.note(`finlens: ${name} (${host}) does not know ${target.id}; asking the next provider`);
    } catch (error) {
      const why = failure(error, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
      options.note(`finlens: ${name} (${host}) failed for ${target.id}: ${why}; asking the next provider`);
    }
  }
  options.note(
    asked
      ? `finlens: no daily bars for ${target.id} from any provider: its price claims are unverifiable`
      : `finlens: no provider has daily bars for ${target.id}: its price claims are unverifiable`,
  );
  return undefined;
}

/** The bars each request needs up to `until`, by security id (requests whose security is not given are skipped). */
export async function fetchNeeded(
  needs: readonly HistoryRequest[],
  targets: readonly QuoteTarget[],
  options: HistoryFetchOptions,
  until?: string,
): Promise<Map<string, DailyBars>> {
  const barsById = new Map<string, DailyBars>();
  await Promise.all(
    needs.map(async (need) => {
      const target = targets.find((t) => t.id === need.id);
      if (!target) return;
      const bars = await fetchBars(target, need.from, need.adjust, options, until);
      if (bars) barsById.set(need.id, bars);
    }),
  );
  return barsById;
}
