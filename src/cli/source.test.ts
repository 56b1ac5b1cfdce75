/** Reading stdin: on a terminal the CLI says it waits; piped, it reads quietly. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStdin, STDIN_NOTE } from './source.ts';

function stdinWith(text: string, isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  stream.end(Buffer.from(text));
  return stream;
}

function collector() {
  const written: string[] = [];
  return { written, stderr: { write: (text: string) => written.push(text) } };
}

describe('readStdin', () => {
  it('says on a terminal that it is waiting for the page, then reads it whole', async () => {
    const { written, stderr } = collector();
    expect(await readStdin(stdinWith('<p>$BIDU 百度</p>', true), stderr)).toBe('<p>$BIDU 百度</p>');
    expect(written).toEqual([STDIN_NOTE]);
    expect(STDIN_NOTE).toMatch(/waiting for the page on stdin/);
  });

  it('reads piped input without a word', async () => {
    const { written, stderr } = collector();
    expect(await readStdin(stdinWith('plain text', false), stderr)).toBe('plain text');
    expect(written).toEqual([]);
  });
});
