import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser's storage and tabs, as the background sees them.
const stored: Record<string, unknown> = {};
const create = vi.fn(async (_: { url: string }) => ({}));
vi.mock('../platform.ts', () => ({
  api: {
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: object) => Object.assign(stored, items),
      },
    },
    tabs: { create },
  },
}));

const { firstRunOnInstall } = await import('./first-run.ts');

describe('firstRunOnInstall', () => {
  beforeEach(() => {
    create.mockClear();
    for (const key of Object.keys(stored)) delete stored[key];
  });

  it('opens the first-run page on an install', async () => {
    await firstRunOnInstall({ reason: 'install' });
    expect(create.mock.calls).toEqual([[{ url: 'chrome-extension://id/extension/first-run/index.html' }]]);
  });

  it('opens nothing on an update or a browser update', async () => {
    for (const reason of ['update', 'browser_update'] as const) {
      await firstRunOnInstall({ reason });
    }
    expect(create).not.toHaveBeenCalled();
  });

  it('opens it once when installed again over the same storage (a command-line extension at each start)', async () => {
    await firstRunOnInstall({ reason: 'install' });
    await firstRunOnInstall({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
