/**
 * Background: Chrome's service worker and Firefox's event page, one file. It holds the engine and
 * its securities data, loaded once per worker lifetime and shared by every tab: content scripts
 * send the text they read and get the analysis back. It keeps no state a stop could lose.
 */
import browser from 'webextension-polyfill';
import { type BackgroundCalls, serve } from '../messages.ts';
import { analyzeRequest } from './analyze-request.ts';

const BADGE_COLOR = '#0f3d6e';

serve<BackgroundCalls>({
  analyze: (request) => analyzeRequest(request),
  async pageAnalyzed({ count }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !Number.isInteger(count) || count < 0) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  },
});
