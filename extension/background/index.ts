/** Background: Chrome's service worker and Firefox's event page, one file. Holds no state of its own. */
import browser from 'webextension-polyfill';
import { type BackgroundCalls, serve } from '../messages.ts';

const BADGE_COLOR = '#0f3d6e';

serve<BackgroundCalls>({
  async pageAnalyzed({ count }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !Number.isInteger(count) || count < 0) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  },
});
