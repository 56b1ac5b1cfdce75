import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings-schema.ts';
import { settingsChange } from './settings-change.ts';

const page = { wasOff: false, nowOff: false, read: true, isFinance: true };
const with_ = (patch: Partial<typeof DEFAULT_SETTINGS>) => ({ ...DEFAULT_SETTINGS, ...patch });

describe('settingsChange', () => {
  it('takes everything out when the site is switched off, and reads afresh when it is on again', () => {
    expect(settingsChange(DEFAULT_SETTINGS, DEFAULT_SETTINGS, { ...page, nowOff: true })).toEqual({ kind: 'off' });
    expect(settingsChange(DEFAULT_SETTINGS, DEFAULT_SETTINGS, { ...page, wasOff: true })).toEqual({ kind: 'read' });
  });

  it('reads afresh when highlights come back on, and takes the marks out when they go off', () => {
    expect(settingsChange(with_({ highlight: false }), DEFAULT_SETTINGS, page)).toEqual({ kind: 'read' });
    expect(settingsChange(DEFAULT_SETTINGS, with_({ highlight: false }), page)).toMatchObject({
      kind: 'update',
      unmark: true,
    });
  });

  it('marks names again on a page not about finance when names everywhere changes, and not on a finance page', () => {
    const names = with_({ namesEverywhere: !DEFAULT_SETTINGS.namesEverywhere });
    expect(settingsChange(DEFAULT_SETTINGS, names, { ...page, isFinance: false })).toEqual({ kind: 'remark' });
    expect(settingsChange(DEFAULT_SETTINGS, names, page)).toMatchObject({ kind: 'update', unmark: false });
  });

  it('drops the verdicts when history is switched, and checks again when it comes back on', () => {
    const off = with_({ history: false });
    expect(settingsChange(DEFAULT_SETTINGS, off, page)).toEqual({
      kind: 'update',
      unmark: false,
      dropVerdicts: true,
      recheck: false,
    });
    expect(settingsChange(off, DEFAULT_SETTINGS, page)).toEqual({
      kind: 'update',
      unmark: false,
      dropVerdicts: true,
      recheck: true,
    });
  });
});
