/**
 * PRIVACY.md as blocks the options page renders as elements: headings, paragraphs, lists, tables,
 * and in their text `code` and **strong** runs. Only what the file uses is read; anything else is
 * kept as the text it is. Nothing here ever becomes HTML.
 */
import type { Block, Inline } from '../../extension/options/about-types.ts';

/** A line of text into runs: `code` and **strong**, the rest plain. */
export function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(/`([^`]+)`|\*\*([^*]+)\*\*/g)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push(m[1] !== undefined ? { text: m[1], code: true } : { text: m[2], strong: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const cells = (row: string): Inline[][] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inlines(c.trim()));

const isTableRow = (line: string) => line.trimStart().startsWith('|');
const isRule = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
const isItem = (line: string) => /^[-*] /.test(line);

/** The blocks of a Markdown document (blank lines part paragraphs; list items may run on indented lines). */
export function markdownBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, content: inlines(heading[2].trim()) });
      i++;
    } else if (isTableRow(line)) {
      const rows: string[] = [];
      for (; i < lines.length && isTableRow(lines[i]); i++) rows.push(lines[i]);
      const [head, ...rest] = rows;
      blocks.push({ kind: 'table', head: cells(head), rows: rest.filter((r) => !isRule(r)).map(cells) });
    } else if (isItem(line)) {
      const items: string[] = [];
      for (; i < lines.length && (isItem(lines[i]) || /^\s+\S/.test(lines[i])); i++) {
        if (isItem(lines[i])) items.push(lines[i].slice(2).trim());
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      blocks.push({ kind: 'list', items: items.map(inlines) });
    } else {
      const text: string[] = [];
      for (; i < lines.length && lines[i].trim() && !/^#{1,6} /.test(lines[i]) && !isTableRow(lines[i]); i++) {
        if (isItem(lines[i])) break;
        text.push(lines[i].trim());
      }
      blocks.push({ kind: 'paragraph', content: inlines(text.join(' ')) });
    }
  }
  return blocks;
}
