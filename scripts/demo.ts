/**
 * `npm start`: serves the fixture pages and shows FinLens at work in Chromium with the built
 * extension. With a display it opens a real window (close it or press Ctrl+C to stop); without
 * one (or with --headless) it writes screenshots to demo-screenshots/ and prints what it found.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium.ts';
import { pageStateOf, tabIdOf } from '../e2e/harness/chromium-extension.ts';
import { startFixtureServer } from '../e2e/harness/fixture-server.ts';
import { loadFixtures } from '../e2e/harness/fixtures.ts';
import { ROOT } from '../e2e/harness/paths.ts';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const browser = await launchChromium({ headed, lang: process.env.FINLENS_LANG });
const outDir = join(ROOT, 'demo-screenshots');

try {
  for (const { slug } of loadFixtures()) {
    const page = await browser.newPage();
    await page.goto(server.url(slug));
    const tabId = await tabIdOf(browser, page);
    const state = await pageStateOf(browser, tabId);
    const found = state.ok ? state.value.securities.map((s) => s.id).join(', ') || '(none)' : `error: ${state.error}`;
    console.log(`${server.url(slug).padEnd(40)} ${found}`);
    if (headed) continue;
    mkdirSync(outDir, { recursive: true });
    if (state.ok && state.value.securities.length > 0) {
      await page.hover('finlens-mark');
      await page.waitFor(() => !document.querySelector<HTMLElement>('finlens-card')?.hidden);
    }
    await page.screenshot(join(outDir, `${slug}.png`));
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 440 });
    await popup.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${tabId}`);
    await popup.locator('section p, section li').first().waitFor();
    await popup.screenshot({ path: join(outDir, `${slug}-popup.png`) });
    await popup.close();
  }
  if (headed) {
    console.log('\nFinLens is loaded in the Chromium window: hover or Tab to a highlight; click the toolbar icon.');
    console.log('Close the window or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      browser.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  } else {
    console.log(`\nNo display: screenshots of each page and its popup are in ${outDir}/`);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
