import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings-schema.ts';

describe('parseSettings', () => {
  it('keeps valid stored values', () => {
    expect(parseSettings({ highlight: false, claims: false })).toEqual({ highlight: false, claims: false });
    expect(parseSettings({ highlight: false, claims: true })).toEqual({ highlight: false, claims: true });
  });

  it('falls back to defaults for missing, malformed or foreign values without throwing', () => {
    for (const raw of [undefined, null, 42, 'x', [], { highlight: 'no' }, { highlight: null, claims: 0 }]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('a bad field loses only itself: settings saved by a version without `claims` keep their switch', () => {
    expect(parseSettings({ highlight: false })).toEqual({ highlight: false, claims: DEFAULT_SETTINGS.claims });
    expect(parseSettings({ highlight: false, claims: 'yes' })).toEqual({ highlight: false, claims: true });
    expect(parseSettings({ highlight: 1, claims: false })).toEqual({
      highlight: DEFAULT_SETTINGS.highlight,
      claims: false,
    });
  });
});
