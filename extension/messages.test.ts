import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser's messaging, as the content script sees it: each call answers from this queue.
const answers: (() => Promise<unknown>)[] = [];
const sendMessage = vi.fn(() => (answers.shift() ?? (() => Promise.reject(new Error('no answer queued'))))());
vi.mock('./platform.ts', () => ({ api: { runtime: { sendMessage } } }));

const { callBackground } = await import('./messages.ts');

describe('callBackground', () => {
  beforeEach(() => {
    sendMessage.mockClear();
    answers.length = 0;
  });

  it('sends a call lost to a stopping worker once more, and gets its answer', async () => {
    answers.push(
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      () => Promise.resolve({ ok: true, value: undefined }),
    );
    expect(await callBackground('pageAnalyzed', { count: 2 })).toEqual({ ok: true, value: undefined });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up after one retry, with the error', async () => {
    const lost = () => Promise.reject(new Error('The message port closed before a response was received.'));
    answers.push(lost, lost, lost);
    const result = await callBackground('pageAnalyzed', { count: 2 });
    expect(result).toEqual({ ok: false, error: 'The message port closed before a response was received.' });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('does not retry a call the background answered with an error', async () => {
    answers.push(() => Promise.resolve({ ok: false, error: 'analyze: expected {text, links, article}' }));
    const result = await callBackground('analyze', { text: 'x', links: [], article: false });
    expect(result.ok).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
