/** Benchmark texts: the fixtures' article text (Chinese and English), repeated to a size in UTF-8 bytes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml } from '../../src/cli/html-input.ts';

const ROOT = join(import.meta.dirname, '../..');

function fixtureText(slug: string): string {
  return analyzeHtml(readFileSync(join(ROOT, 'e2e/fixtures', slug, 'index.html'), 'utf8')).article.text;
}

/** `base` repeated (paragraphs joined by newlines) until it is `bytes` long in UTF-8, cut on a character. */
export function textOfSize(base: string, bytes: number): string {
  const unit = Buffer.byteLength(`${base}\n`);
  let text = `${base}\n`.repeat(Math.ceil(bytes / unit));
  while (Buffer.byteLength(text) > bytes)
    text = text.slice(0, Math.floor(text.length * (bytes / Buffer.byteLength(text))) - 1);
  return text;
}

export const CHINESE = fixtureText('xueqiu-post');
export const ENGLISH = fixtureText('english-news');
