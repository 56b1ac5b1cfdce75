/**
 * The store pictures that are compositions rather than one screenshot, each rendered from HTML in a
 * tab of the browser and screenshotted at its exact size: the popup as it drops from the toolbar
 * over the page it speaks for, and the promotional tile (icon, name, tagline). The markup is fixed;
 * pictures and words are put in through `src` and `textContent`, never as HTML.
 */
import type { BrowserContext } from 'playwright-core';

/** The popup (a 400×600 screenshot) over the page (a 1280×800 one), at the top right where Chrome drops it. */
const POPUP_OVER_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; background: #fff; }
#page { position: absolute; inset: 0; }
#popup { position: absolute; top: 6px; right: 20px; border: 1px solid #c3ccd7; border-radius: 8px;
  box-shadow: 0 10px 32px rgba(15, 30, 50, 0.28), 0 2px 6px rgba(15, 30, 50, 0.16); }
</style></head><body><img id="page" alt=""><img id="popup" alt=""></body></html>`;

/** The small promotional tile: the icon, the extension's name and one line under it. */
const TILE = `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
body { display: flex; flex-direction: column; justify-content: center; gap: 22px; padding: 0 30px; box-sizing: border-box;
  background: linear-gradient(135deg, #f7f9fc 0%, #e4ecf6 100%); color: #0f3d6e;
  font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; }
.brand { display: flex; align-items: center; gap: 20px; }
#icon { width: 104px; height: 104px; filter: drop-shadow(0 4px 10px rgba(15, 61, 110, 0.3)); }
#name { font-size: 40px; font-weight: 700; letter-spacing: 0.01em; line-height: 1.15; white-space: nowrap; }
#tagline { font-size: 18px; line-height: 1.3; color: #1b2430; white-space: nowrap; overflow: hidden;
  border-left: 4px solid #f5b841; padding-left: 12px; }
</style></head><body><div class="brand"><img id="icon" alt=""><div id="name"></div></div><div id="tagline"></div></body></html>`;

const dataUrl = (type: string, bytes: Uint8Array) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

/** Renders fixed markup at a size, fills its images and text, and returns the PNG of exactly that size. */
async function render(
  context: BrowserContext,
  html: string,
  size: { width: number; height: number },
  fill: { src: Record<string, string>; text: Record<string, string> },
  check?: () => string | null,
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    await page.setContent(html);
    await page.evaluate(async ({ src, text }) => {
      for (const [id, value] of Object.entries(text)) {
        const el = document.getElementById(id);
        if (el) el.textContent = value;
      }
      const images = Object.entries(src).map(([id, value]) => {
        const img = document.getElementById(id) as HTMLImageElement;
        img.src = value;
        return img.decode();
      });
      await Promise.all([...images, document.fonts.ready]);
    }, fill);
    const problem = check ? await page.evaluate(check) : null;
    if (problem) throw new Error(problem);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** The popup's screenshot over the page's, 1280×800. */
export function popupOverPage(context: BrowserContext, page: Uint8Array, popup: Uint8Array): Promise<Buffer> {
  return render(
    context,
    POPUP_OVER_PAGE,
    { width: 1280, height: 800 },
    {
      src: { page: dataUrl('image/png', page), popup: dataUrl('image/png', popup) },
      text: {},
    },
  );
}

/** The tile's words must fit it, each on one line inside its margins; says what does not. Runs in the page. */
function tileOverflow(): string | null {
  const name = document.getElementById('name') as HTMLElement;
  const tagline = document.getElementById('tagline') as HTMLElement;
  const margin = Number.parseFloat(getComputedStyle(document.body).paddingRight);
  // A longer name ("FinLens 财经透镜") is set smaller, down to 28px, until it fits beside the icon.
  for (let size = 40; size > 28 && name.getBoundingClientRect().right > innerWidth - margin; size--) {
    name.style.fontSize = `${size - 1}px`;
  }
  if (name.getBoundingClientRect().right > innerWidth - margin) {
    return `the name "${name.textContent}" runs past the tile's edge`;
  }
  if (tagline.scrollWidth > tagline.clientWidth) {
    return `the tagline "${tagline.textContent}" is ${tagline.scrollWidth}px wide, over the tile's ${tagline.clientWidth}px: shorten images.tagline`;
  }
  return null;
}

/** The 440×280 promotional tile; throws when the name or the tagline does not fit. */
export function promoTile(context: BrowserContext, icon: Uint8Array, name: string, tagline: string): Promise<Buffer> {
  return render(
    context,
    TILE,
    { width: 440, height: 280 },
    { src: { icon: dataUrl('image/svg+xml', icon) }, text: { name, tagline } },
    tileOverflow,
  );
}
