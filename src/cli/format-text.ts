import type { PageFacts } from '../analyze.ts';
import type { Analysis, Mention } from '../types.ts';
import type { PriceCheckLine } from './check-prices.ts';

/** A reader's view of an Analysis: one line a security, then its mentions with offsets; then the other companies. */
export function formatText(analysis: Analysis): string {
  const lines: string[] = analysis.securities.length === 0 ? ['No securities found.'] : [];
  const mention = (m: Mention) =>
    `    ${String(m.start).padStart(7)}-${String(m.end).padEnd(7)} ${m.kind.padEnd(15)} ${JSON.stringify(m.text)}`;
  for (const s of analysis.securities) {
    const name = [s.name.zh, s.name.en].filter(Boolean).join(' / ') || '(no name)';
    lines.push(`${s.id.padEnd(14)} ${s.type.padEnd(7)} ${name}`);
    for (const m of s.mentions) lines.push(mention(m));
  }
  const { companies } = analysis;
  if (companies.length > 0) lines.push('Other companies (no listing known):');
  for (const c of companies) {
    lines.push(`  ${c.name}`);
    for (const m of c.mentions) lines.push(mention(m));
  }
  return `${lines.join('\n')}\n`;
}

/** Page text for a terminal: control characters (escape sequences among them) become spaces, long text is cut. */
function printable(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A checked claim's line: its verdict, its text, and the record's words in the claim's own language. */
export function formatCheckLine(line: PriceCheckLine): string {
  const lang = /\p{Script=Han}/u.test(line.text) ? 'zh' : 'en';
  return `${line.verdict.padEnd(13)} ${JSON.stringify(printable(line.text, 60))}  ${line.describe[lang]}`;
}

/** `finlens read --format text`: the securities, the publication and, when checked, one line a price-move claim. */
export function formatPage(page: Analysis & { page: PageFacts; priceChecks?: PriceCheckLine[] }): string {
  const published = page.page.published;
  const lines = [
    published
      ? `Published: ${published.instant ?? published.date}${published.zone ? ` (${published.zone})` : ''}, from ${published.source}`
      : 'Published: unknown',
  ];
  if (page.priceChecks) {
    lines.push(page.priceChecks.length === 0 ? 'Price checks: no price-move claims found.' : 'Price checks:');
    for (const line of page.priceChecks) lines.push(`  ${formatCheckLine(line)}`);
  }
  return `${formatText(page)}${lines.join('\n')}\n`;
}
