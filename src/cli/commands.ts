/**
 * What the commands do once their arguments are read: `analyze` (a page, text, or JSONL lines) and
 * `read` (a page with its publication; with `--check-prices`, its price-move claims checked).
 * Loaded by `main.ts` only when a command runs, so `--help` and `--version` answer at once.
 */
import { createInterface } from 'node:readline';
import { type Analysis, analyze } from '../analyze.ts';
import { checkPrices } from './check-prices.ts';
import { formatPage, formatText } from './format-text.ts';
import { analyzeHtml } from './html-input.ts';
import { type CliOptions, UsageError } from './options.ts';
import { providerOrigins } from './price-history.ts';
import { readPage, readSource } from './source.ts';

/** One JSONL line's analysis, or an error line that names what was wrong with it (never a crash). */
export function analyzeJsonLine(line: string): string {
  let id: unknown = null;
  try {
    const record = JSON.parse(line) as { id?: unknown; html?: unknown; text?: unknown; url?: unknown };
    id = record.id ?? null;
    let analysis: Analysis;
    const url = typeof record.url === 'string' ? record.url : undefined;
    if (typeof record.html === 'string') analysis = analyzeHtml(record.html, { url });
    else if (typeof record.text === 'string') analysis = analyze({ text: record.text });
    else throw new Error('a line needs "html" or "text" (a string)');
    return JSON.stringify({ id, ...analysis });
  } catch (error) {
    return JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

async function runJsonl(): Promise<void> {
  if (process.stdin.isTTY) process.stderr.write('finlens: waiting for JSONL lines on stdin (Ctrl-D ends them)\n');
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${analyzeJsonLine(line)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The one source a command reads: the file or URL given, else stdin. */
function sourceOf(options: CliOptions, command: 'analyze' | 'read'): string {
  if (options.sources.length > 1) throw new UsageError('give one file, URL or - (stdin)', command);
  return options.sources[0] ?? '-';
}

/** `finlens analyze`: a page's (or a text's) Analysis, or JSONL lines. */
export async function runAnalyze(options: CliOptions): Promise<void> {
  if (options.jsonl) {
    if (options.sources.length > 0) throw new UsageError('--jsonl reads stdin; give no file', 'analyze');
    await runJsonl();
    return;
  }
  const source = sourceOf(options, 'analyze');
  const analysis = options.text ? analyze({ text: await readSource(source) }) : await readPage(source);
  process.stdout.write(options.format === 'text' ? formatText(analysis) : json(analysis));
}

/** `finlens read`: a page's Analysis with `page`; with `--check-prices`, its price moves checked. */
export async function runRead(options: CliOptions): Promise<void> {
  // Read before any request: a bad test hook is an error before the page is fetched.
  const origins = options.checkPrices ? providerOrigins(process.env.FINLENS_PROVIDER_ORIGINS) : undefined;
  const page = await readPage(sourceOf(options, 'read'));
  const result = options.checkPrices
    ? await checkPrices(page, { origins, note: (line) => process.stderr.write(`${line}\n`) })
    : page;
  process.stdout.write(options.format === 'text' ? formatPage(result) : json(result));
}
