/** The popup: the on/off switch and the securities the current tab names. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t, uiLocale } from '../i18n.ts';
import { App } from './app.tsx';
import './popup.css';

/**
 * The tab the popup speaks for: the active tab of its window, or `?tabId=N` when the popup page is
 * opened in a tab of its own (for keyboard users, screen readers and the end-to-end tests).
 */
async function targetTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

document.documentElement.lang = uiLocale();
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App tabId={targetTabId()} />, root);
