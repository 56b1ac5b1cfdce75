/**
 * Background: Chrome's service worker and Firefox's event page, one file. It holds the engine and
 * its securities data, loaded once per worker lifetime and shared by every tab: content scripts
 * send the text they read and get the analysis back. It also holds the quote service, whose cache
 * is kept in `storage.session`: no state a stop could lose lives only in memory.
 */
import browser from 'webextension-polyfill';
import { type BackgroundCalls, serve } from '../messages.ts';
import { withoutDelisted } from '../quotes/delisted.ts';
import { analyzeRequest } from './analyze-request.ts';
import { knocked, watchTabs } from './first-looks.ts';
import { openFirstRunOnInstall } from './first-run.ts';
import { checkPricesCall, sinceCall } from './hold-up.ts';
import { checkedTargets, quoteService } from './quotes.ts';
import { insertPassageStyles, setBadge, startReader } from './stages.ts';

openFirstRunOnInstall();
watchTabs();

serve<BackgroundCalls>({
  analyze: (request) => analyzeRequest(request),
  knock: (_, sender) => knocked(sender),
  startReader: (args) => startReader(args),
  passageStyles: (_, sender) => insertPassageStyles(sender),
  async pageAnalyzed({ count }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !Number.isInteger(count) || count < 0) return;
    await setBadge(tabId, count);
  },
  async quotes({ targets, fresh }) {
    // A delisted company's code may be another's today: it is answered here, never asked of a provider.
    const { live, answered } = withoutDelisted(checkedTargets(targets), Date.now());
    const quoted = live.length > 0 ? await quoteService.quotes(live, { fresh: fresh === true }) : {};
    return { ...quoted, ...answered };
  },
  since: (args) => sinceCall(args),
  checkPrices: (args) => checkPricesCall(args),
  async minutes({ target }) {
    const [checked] = checkedTargets([target]);
    return checked && withoutDelisted([checked], Date.now()).live.length > 0 ? quoteService.minutes(checked) : null;
  },
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
});
