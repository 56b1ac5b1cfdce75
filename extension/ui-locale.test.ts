/**
 * The UI writes numbers, dates and units in one locale, the UI's own (`uiLocale()`), never the
 * browser's default or the page's: the card must not say "Day range" next to "11月27日".
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..');
const messagesOf = (folder: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, '_locales', folder, 'messages.json'), 'utf8'));

/** `i18n.ts` loaded fresh against a stand-in extension API (`platform.ts` picks the API up when it loads). */
async function i18nWith(uiLanguage: string, strings: Record<string, { message: string }>) {
  vi.resetModules();
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', {
    i18n: { getUILanguage: () => uiLanguage, getMessage: (key: string) => strings[key]?.message ?? '' },
  });
  // The page asks for the other language: it must not count.
  vi.stubGlobal('navigator', { language: uiLanguage.startsWith('zh') ? 'en-US' : 'zh-CN', onLine: true });
  return import('./i18n.ts');
}

describe('uiLocale', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is the language of the UI's strings, whatever the page asks for", async () => {
    expect((await i18nWith('zh-CN', messagesOf('zh_CN'))).uiLocale()).toBe('zh-CN');
    expect((await i18nWith('en-US', messagesOf('en'))).uiLocale()).toBe('en');
  });

  it('follows the strings where the browser fell back to English ones (a zh-TW UI)', async () => {
    const i18n = await i18nWith('zh-TW', messagesOf('en'));
    expect(i18n.uiLocale()).toBe('en');
    expect(i18n.prefersChinese()).toBe(false);
  });

  it("falls back to the browser's UI language when the strings do not say", async () => {
    expect((await i18nWith('zh-HK', {})).uiLocale()).toBe('zh-CN');
    expect((await i18nWith('fr-FR', {})).uiLocale()).toBe('en');
  });

  it('each _locales folder names its own locale', () => {
    const folders = readdirSync(join(root, '_locales'));
    expect(folders.length).toBeGreaterThanOrEqual(2);
    for (const folder of folders) expect(messagesOf(folder).uiLocale?.message).toBe(folder.replace('_', '-'));
  });
});

/** Extension sources (not tests), with comments taken out. */
function extensionSources(): [file: string, code: string][] {
  return readdirSync(join(root, 'extension'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => {
      const code = readFileSync(join(root, 'extension', f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/[^\n]*/g, '$1');
      return [f, code];
    });
}

/** A locale-sensitive call and its first argument (`''` when it has none). */
const LOCALE_CALL =
  /(\bIntl\.(?:NumberFormat|DateTimeFormat|RelativeTimeFormat|PluralRules|ListFormat|DisplayNames|Collator)|\.toLocale(?:Date|Time)?String|\.localeCompare)\s*\(\s*([^,)]*\)?)/g;

describe('formatting in the extension goes through the UI locale', () => {
  const sources = extensionSources();

  it('every Intl formatter and toLocale…String call is given `locale` or `uiLocale()`', () => {
    const calls: string[] = [];
    const bad: string[] = [];
    for (const [file, code] of sources)
      for (const m of code.matchAll(LOCALE_CALL)) {
        const [call, what, arg] = m;
        calls.push(call);
        // localeCompare's locale is its second argument: it is not used for anything shown.
        if (what === '.localeCompare' || arg.trim() === 'locale' || arg.trim() === 'uiLocale()') continue;
        bad.push(`${file}: ${call}`);
      }
    expect(bad).toEqual([]);
    expect(calls.length).toBeGreaterThanOrEqual(5);
  });

  it("nothing reads the browser's or the page's language", () => {
    const bad = sources
      .filter(([, code]) =>
        /\bnavigator\.languages?\b|resolvedOptions\(\)\.locale|documentElement\.lang\b(?!\s*=)/.test(code),
      )
      .map(([file]) => file);
    expect(bad).toEqual([]);
  });

  it('only i18n.ts names a locale: every other file asks it', () => {
    const bad = sources.filter(([file, code]) => file !== 'i18n.ts' && /'zh-CN'|'en-US'/.test(code)).map(([f]) => f);
    expect(bad).toEqual([]);
  });
});

/** Each formatter of the card and the popup on fixed inputs, in both UI locales, as JSON (runs in a child Node). */
const PRINT_FORMATS = `
const f = await import(${JSON.stringify(join(root, 'extension/format.ts'))});
const { figureLabel } = await import(${JSON.stringify(join(root, 'extension/popup/figure-label.ts'))});
const { findFigures } = await import(${JSON.stringify(join(root, 'src/text/figures.ts'))});
const out = { default: Intl.DateTimeFormat().resolvedOptions().locale };
for (const l of ['en', 'zh-CN']) out[l] = [
  f.formatPrice(1370.07, l), f.formatChange(-2.92, 1370.07, l), f.formatPercent(2.04, l),
  f.formatCompact(20_000_000_000, l), f.formatCompact(12_000_000, l), f.formatRatio(1234.5, l), f.formatCount(12345, l),
  f.formatMarketTime(Date.UTC(2026, 10, 27, 6, 15), 'Asia/Shanghai', l),
  f.formatPublished({ instant: '2026-11-27T02:00:00.000Z', date: '2026-11-27', zone: 'Asia/Shanghai', source: 'meta' }, l),
  figureLabel(findFigures('more than $5 billion')[0], l),
];
console.log(JSON.stringify(out));
`;

function formatsUnder(lang: string): { default: string; en: string[]; 'zh-CN': string[] } {
  const env = { ...process.env, LANG: `${lang}.UTF-8`, LC_ALL: `${lang}.UTF-8`, LANGUAGE: lang, TZ: 'Asia/Shanghai' };
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PRINT_FORMATS], {
    env,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('formatters', () => {
  it("write the same whatever the runtime's default locale", () => {
    const zh = formatsUnder('zh_CN');
    const en = formatsUnder('en_US');
    // The two runs really had different defaults, or the comparison proves nothing.
    expect(zh.default).toMatch(/^zh/);
    expect(en.default).toMatch(/^en/);
    expect(zh.en).toEqual(en.en);
    expect(zh['zh-CN']).toEqual(en['zh-CN']);
    // And each locale is itself: English has no Han characters, Chinese no English month names or K/M/B.
    expect(en.en.join(' ')).not.toMatch(/\p{Script=Han}/u);
    expect(en.en).toContain('20B');
    expect(en['zh-CN']).toContain('200亿');
    expect(en['zh-CN'].join(' ')).not.toMatch(/\b(Nov|[KMB])\b/);
  }, 30_000);
});
