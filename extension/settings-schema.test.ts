import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings-schema.ts';

describe('parseSettings', () => {
  it('keeps valid stored values', () => {
    expect(parseSettings({ highlight: false })).toEqual({ highlight: false });
  });

  it('falls back to defaults for missing, malformed or foreign values without throwing', () => {
    for (const raw of [undefined, null, 42, 'x', [], { highlight: 'no' }, { highlight: null }]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });
});
