/**
 * `finlens analyze <file.html|url|->` prints the Analysis of a page (HTML; `--text` for plain text;
 * `--format json|text`). `finlens analyze --jsonl` reads `{"id","html"}` (with an optional `"url"`,
 * whose site dates the page's printed times) or `{"id","text"}` lines on stdin and writes one JSON
 * Analysis a line with the same id. Node only.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type Analysis, analyze } from '../analyze.ts';
import { decodeHtml } from './decode.ts';
import { formatText } from './format-text.ts';
import { analyzeHtml } from './html-input.ts';

const USAGE = `usage: finlens analyze <file.html|url|-> [--text] [--format json|text]
       finlens analyze --jsonl   (stdin: {"id","html"[,"url"]} or {"id","text"} a line; stdout: {"id",...Analysis} a line)`;

class UsageError extends Error {}

async function readSource(source: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.text();
  }
  return decodeHtml(await readFile(source));
}

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
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${analyzeJsonLine(line)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command !== 'analyze') throw new UsageError(command ? `unknown command: ${command}` : 'no command');
    let format = 'json';
    let plain = false;
    let jsonl = false;
    const sources: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg === '--text') plain = true;
      else if (arg === '--jsonl') jsonl = true;
      else if (arg === '--format') format = rest[++i] ?? '';
      else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
      else if (arg.startsWith('--') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
      else sources.push(arg);
    }
    if (format !== 'json' && format !== 'text')
      throw new UsageError(`--format is json or text, not ${format || '(nothing)'}`);
    if (jsonl) {
      if (sources.length > 0) throw new UsageError('--jsonl reads stdin; give no file');
      await runJsonl();
      return 0;
    }
    if (sources.length !== 1) throw new UsageError('give one file, URL or - (stdin)');
    const content = await readSource(sources[0]);
    const analysis = plain ? analyze({ text: content }) : analyzeHtml(content, { url: sources[0] });
    process.stdout.write(format === 'text' ? formatText(analysis) : `${JSON.stringify(analysis, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(error instanceof UsageError ? `finlens: ${message}\n${USAGE}\n` : `finlens: ${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
