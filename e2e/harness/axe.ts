/** axe-core in either browser: the extension's pages and the card in a page, checked for accessibility. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserPage } from './browser-page.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/** axe-core's violations in a page, or in the parts `include` names (selectors; a nested list pierces a shadow root). */
export async function axeViolations(page: BrowserPage, include?: string[][]): Promise<AxeViolation[]> {
  // Through the driver, so the extension pages' CSP (no eval, no inline script) does not stop it.
  await page.addScript(AXE);
  return page.evaluate(async (context) => {
    const axe = (
      globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, include ?? null);
}
