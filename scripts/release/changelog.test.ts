import { describe, expect, it } from 'vitest';
import { checkChangelog } from './changelog.ts';

const changelog = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [0.2.0] - 2027-01-15',
  '',
  '### Added',
  '',
  '- Something new.',
  '',
  '## [0.1.0] - 2026-12-02',
  '',
  '### Added',
  '- The first release.',
  '',
].join('\n');

describe('checkChangelog', () => {
  it('finds a dated entry with changes, and gives its date', () => {
    expect(checkChangelog(changelog, '0.2.0')).toEqual({ ok: true, date: '2027-01-15' });
    expect(checkChangelog(changelog, '0.1.0')).toEqual({ ok: true, date: '2026-12-02' });
  });

  it('fails a version with no entry, naming the heading it wants', () => {
    const check = checkChangelog(changelog, '0.3.0');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toContain('## [0.3.0]');
  });

  it('does not take a version for another that contains it', () => {
    expect(checkChangelog(changelog.replace('[0.1.0]', '[10.1.0]'), '0.1.0').ok).toBe(false);
    expect(checkChangelog(changelog, '0.1.0.1').ok).toBe(false);
  });

  it('fails an entry with no date, or a date that is not one', () => {
    expect(checkChangelog('## [1.0.0]\n- a change\n', '1.0.0').ok).toBe(false);
    expect(checkChangelog('## [1.0.0] - 2026-13-40\n- a change\n', '1.0.0').ok).toBe(false);
    expect(checkChangelog('## [1.0.0] - soon\n- a change\n', '1.0.0').ok).toBe(false);
  });

  it('fails an entry that lists no changes, even when the next one does', () => {
    const empty = '## [1.0.0] - 2026-12-02\n\n### Added\n\n## [0.9.0] - 2026-11-01\n- older change\n';
    const check = checkChangelog(empty, '1.0.0');
    expect(!check.ok && check.reason).toContain('lists no changes');
    expect(checkChangelog(empty, '0.9.0').ok).toBe(true);
  });

  it('reads Windows line ends, and refuses what is not a version', () => {
    expect(checkChangelog('## [1.0.0] - 2026-12-02\r\n- a change\r\n', '1.0.0').ok).toBe(true);
    expect(checkChangelog(changelog, '').ok).toBe(false);
    expect(checkChangelog(changelog, '.*').ok).toBe(false);
  });
});
