import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, offOnSite, parseSettings, redUp, siteOf } from './settings-schema.ts';

describe('parseSettings', () => {
  it('keeps valid stored values', () => {
    const stored = {
      highlight: false,
      claims: true,
      claimTypes: { figure: false, comparison: true, forecast: true, attribution: false, fact: true },
      providers: ['eastmoney', 'tencent'],
      colors: 'green-up',
      offSites: ['example.com', 'news.qq.com'],
      refreshCard: false,
      namesEverywhere: true,
      history: false,
      sampleData: true,
    };
    expect(parseSettings(stored)).toEqual(stored);
    // Settings stored before an option existed keep their values and get its default.
    const { namesEverywhere: _, history: __, sampleData: ___, ...older } = stored;
    expect(parseSettings(older)).toEqual({ ...stored, namesEverywhere: false, history: true, sampleData: false });
  });

  it('falls back to defaults for missing, malformed or foreign values without throwing', () => {
    for (const raw of [undefined, null, 42, 'x', [], { highlight: 'no' }, { highlight: null, claims: 0 }]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('a bad field loses only itself: settings saved by an older version keep their switches', () => {
    expect(parseSettings({ highlight: false })).toEqual({ ...DEFAULT_SETTINGS, highlight: false });
    expect(parseSettings({ highlight: false, claims: 'yes' })).toEqual({ ...DEFAULT_SETTINGS, highlight: false });
    const bad = parseSettings({
      claims: false,
      claimTypes: { figure: 'no', forecast: false },
      providers: ['bloomberg', 'yahoo', 'yahoo', 3],
      colors: 'blue-up',
      offSites: ['<script>', 'Example.COM', 7, 'www.example.org'],
      refreshCard: 'sometimes',
      history: 'on',
      sampleData: 'yes',
    });
    expect(bad).toEqual({
      ...DEFAULT_SETTINGS,
      claims: false,
      claimTypes: { ...DEFAULT_SETTINGS.claimTypes, forecast: false },
      providers: ['yahoo'],
      offSites: ['example.com', 'example.org'],
    });
    expect(parseSettings({ providers: [] }).providers).toEqual(DEFAULT_SETTINGS.providers);
  });

  it('sample data is off unless stored as true: only the demo turns it on', () => {
    expect(DEFAULT_SETTINGS.sampleData).toBe(false);
    expect(parseSettings({}).sampleData).toBe(false);
    expect(parseSettings({ sampleData: true }).sampleData).toBe(true);
    for (const value of [1, 'true', null, {}, [true]])
      expect(parseSettings({ sampleData: value }).sampleData).toBe(false);
    // Turning it on changes nothing else.
    expect(parseSettings({ highlight: false, sampleData: true })).toEqual({
      ...DEFAULT_SETTINGS,
      highlight: false,
      sampleData: true,
    });
  });

  it('sites match with their subdomains; colours follow the UI language unless chosen', () => {
    expect(offOnSite({ offSites: ['sina.com.cn'] }, 'finance.sina.com.cn')).toBe(true);
    expect(offOnSite({ offSites: ['sina.com.cn'] }, 'notsina.com.cn')).toBe(false);
    expect(siteOf('www.Reuters.com')).toBe('reuters.com');
    expect(redUp('auto', 'zh-CN')).toBe(true);
    expect(redUp('auto', 'en-US')).toBe(false);
    expect(redUp('red-up', 'en-US')).toBe(true);
    expect(redUp('green-up', 'zh-TW')).toBe(false);
  });
});
