import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomNode } from './dom.ts';
import { glanceText } from './glance.ts';

describe('glanceText', () => {
  it("joins the page's text nodes with spaces, without scripts, styles, fields, link text or template content", () => {
    const { document } = parseHTML(`<!doctype html><html><head><title>T</title></head><body>
      <nav><a href="/q/TSLA">$TSLA</a></nav><p>腾讯<b>控股</b>涨3%，<a href="https://xueqiu.com/S/BIDU">$百度(BIDU)$</a></p>
      <script>var s = "$FAKE";</script><style>.x{}</style><textarea>$NOTE</textarea>
      <template><p>$LATER</p></template><div><span>a</span></div></body></html>`);
    const text = glanceText(document.body as unknown as DomNode)
      .replace(/\s+/g, ' ')
      .trim();
    // Link text is left out (the full reading marks none), but for a Xueqiu security link.
    expect(text).toBe('腾讯 控股 涨3%， $百度(BIDU)$ a');
  });
});
