/**
 * Settings in `storage.sync` (they follow the reader to their other browsers), falling back to
 * `storage.local` where sync is unavailable. Settings an older version kept in `storage.local` are
 * read when sync has none.
 */
import { api as browser } from './platform.ts';
import { parseSettings, type Settings } from './settings-schema.ts';

export type { Settings } from './settings-schema.ts';

const KEY = 'settings';

async function read(area: 'sync' | 'local'): Promise<unknown> {
  try {
    return (await browser.storage[area].get(KEY))[KEY];
  } catch {
    return undefined;
  }
}

/** The current settings (defaults for anything missing or malformed). */
export async function loadSettings(): Promise<Settings> {
  return parseSettings((await read('sync')) ?? (await read('local')));
}

/** Changes some settings, keeping the rest. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  try {
    await browser.storage.sync.set({ [KEY]: next });
  } catch {
    await browser.storage.local.set({ [KEY]: next });
  }
  return next;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if ((area === 'sync' || area === 'local') && KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
