import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const locale = (name: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, '_locales', name, 'messages.json'), 'utf8'));

/** Message keys the code and the manifest ask for: `__MSG_key__` and quoted keys of the UI's key families. */
function keysInUse(): Set<string> {
  const keys = new Set<string>();
  for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) keys.add(m[1]);
  const sources = readdirSync(join(root, 'extension'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'),
  );
  for (const file of sources) {
    const code = readFileSync(join(root, 'extension', file), 'utf8');
    for (const m of code.matchAll(
      /'((?:(?:ext|action|popup|market|type|card|options|provider|firstRun)[A-Z]\w*|claim(?:Figure|Comparison|Forecast|Attribution)))'/g,
    ))
      keys.add(m[1]);
  }
  return keys;
}

describe('_locales', () => {
  const en = locale('en');
  const zh = locale('zh_CN');

  it('English and Chinese have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('every key the code and manifest use exists, with a non-empty message', () => {
    const used = [...keysInUse()];
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) {
      expect(en[key]?.message, `en:${key}`).toBeTruthy();
      expect(zh[key]?.message, `zh_CN:${key}`).toBeTruthy();
    }
  });

  it('placeholders agree between the locales', () => {
    for (const [key, value] of Object.entries(en)) {
      const names = (m: string) => [...m.matchAll(/\$(\w+)\$/g)].map((x) => x[1]).sort();
      expect(names(zh[key].message), key).toEqual(names(value.message));
    }
  });
});
