/** Where a page comes from: a file (decoded in its declared charset), a URL (fetched by Node) or stdin. */
import { readFile } from 'node:fs/promises';
import type { Analysis, PageFacts } from '../analyze.ts';
import { decodeHtml } from './decode.ts';
import { analyzeHtml } from './html-input.ts';

/** Stdin as the CLI reads it: chunks, and whether it is a terminal. */
export interface Stdin extends AsyncIterable<unknown> {
  isTTY?: boolean;
}

/** What is said on a terminal before waiting for a page on stdin (else the command seems to hang). */
export const STDIN_NOTE =
  'finlens: waiting for the page on stdin (paste it, then Ctrl-D; or give a file or URL, see finlens --help)\n';

/** Stdin's text, whole; on a terminal, after saying that it waits for it. */
export async function readStdin(stdin: Stdin, stderr: { write(text: string): unknown }): Promise<string> {
  if (stdin.isTTY) stderr.write(STDIN_NOTE);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of a source: `-` for stdin, an http(s) URL, or a file path. */
export async function readSource(source: string): Promise<string> {
  if (source === '-') return readStdin(process.stdin, process.stderr);
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.text();
  }
  return decodeHtml(await readFile(source));
}

/** A page read from a source and analysed as HTML, with its `page` facts (what `analyze` and `read` print). */
export async function readPage(source: string): Promise<Analysis & { page: PageFacts }> {
  return analyzeHtml(await readSource(source), { url: source });
}
