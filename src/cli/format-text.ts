import type { Analysis } from '../types.ts';

/** A reader's view of an Analysis: one line a security, then its mentions with offsets. */
export function formatText(analysis: Analysis): string {
  if (analysis.securities.length === 0) return 'No securities found.\n';
  const lines: string[] = [];
  for (const s of analysis.securities) {
    const name = [s.name.zh, s.name.en].filter(Boolean).join(' / ') || '(no name)';
    lines.push(`${s.id.padEnd(14)} ${s.type.padEnd(7)} ${name}`);
    for (const m of s.mentions)
      lines.push(
        `    ${String(m.start).padStart(7)}-${String(m.end).padEnd(7)} ${m.kind.padEnd(15)} ${JSON.stringify(m.text)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
