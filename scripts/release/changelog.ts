/** The CHANGELOG rule of a release: the version being shipped has its own dated entry. */

/** What the changelog says of one version: its date, or why it cannot be shipped. */
export type ChangelogCheck = { ok: true; date: string } | { ok: false; reason: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the Keep a Changelog heading `## [version] - YYYY-MM-DD` for `version` and checks that the
 * entry under it lists at least one change (a `- ` line), so an empty heading does not pass.
 */
export function checkChangelog(text: string, version: string): ChangelogCheck {
  if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) return { ok: false, reason: `"${version}" is not a version` };
  const lines = text.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${escapeRegExp(version)}\\](?: - (\\S+))?\\s*$`);
  const at = lines.findIndex((line) => heading.test(line));
  if (at < 0) return { ok: false, reason: `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" entry` };
  const date = heading.exec(lines[at])?.[1];
  if (!date || !isDate(date))
    return { ok: false, reason: `CHANGELOG.md's entry for ${version} has no date (YYYY-MM-DD) in its heading` };
  const next = lines.findIndex((line, i) => i > at && line.startsWith('## '));
  const body = lines.slice(at + 1, next < 0 ? undefined : next);
  if (!body.some((line) => /^\s*- \S/.test(line)))
    return { ok: false, reason: `CHANGELOG.md's entry for ${version} lists no changes` };
  return { ok: true, date };
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}
