/** The `finlens` command, run as a real process on the project's own fixtures. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/finlens.mjs');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each test starts Node processes (the CLI loads TypeScript through tsx): seconds each on a busy machine.
describe('finlens analyze', { timeout: 60_000 }, () => {
  it('analyses an HTML file and prints the Analysis as JSON', () => {
    const r = run(['analyze', 'e2e/fixtures/xueqiu-post/index.html']);
    expect(r.code).toBe(0);
    const analysis = JSON.parse(r.out);
    const ids = analysis.securities.map((s: { id: string }) => s.id);
    expect(ids).toEqual([
      'US:BIDU',
      'US:PDD',
      'SH:600519',
      'HK:00700',
      'SZ:002594',
      'SZ:300750',
      'US:.IXIC',
      'US:KWEB',
    ]);
    for (const s of analysis.securities) {
      for (const m of s.mentions) expect(analysis.article.text.slice(m.start, m.end)).toBe(m.text);
    }
    // The story's <time datetime="2023-02-06T09:15:00+08:00">: a file has no site, so the offset is its zone.
    expect(analysis.page.published).toEqual({
      instant: '2023-02-06T01:15:00.000Z',
      date: '2023-02-06',
      zone: 'Etc/GMT-8',
      source: 'time',
    });
  });

  it('reads plain text from stdin with --text, and prints a table with --format text', () => {
    const r = run(['analyze', '-', '--text', '--format', 'text'], '买入$BIDU和腾讯控股(00700)');
    expect(r.code).toBe(0);
    expect(r.out).toContain('US:BIDU');
    expect(r.out).toContain('"腾讯控股(00700)"');
    const other = run(['analyze', '-', '--text', '--format', 'text'], '公司全资子公司江苏恒远新材料有限公司投产。');
    expect(other.out).toContain(
      'No securities found.\nOther companies (no listing known):\n  江苏恒远新材料有限公司\n',
    );
  });

  it('answers each JSONL line with the same id, and a bad line with an error line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Shares of $NVDA rose' }),
      JSON.stringify({
        id: 7,
        html: '<p>电池龙头<a href="https://xueqiu.com/S/SZ300750">$宁德时代(SZ300750)$</a></p>',
      }),
      'not json',
      JSON.stringify({ id: 'x' }),
      // A publish time without an offset is read on the clock of the page's site.
      JSON.stringify({
        id: 'u',
        url: 'https://xueqiu.com/1/2',
        html: '<html><head><meta property="article:published_time" content="2023-02-04 13:21"></head><body><p>$BIDU</p></body></html>',
      }),
    ].join('\n');
    const r = run(['analyze', '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, null, 'x', 'u']);
    expect(lines[0].securities[0].id).toBe('US:NVDA');
    expect(lines[1].securities[0].mentions[0]).toMatchObject({ kind: 'link', text: '$宁德时代(SZ300750)$' });
    expect(lines[2].error).toMatch(/JSON/);
    expect(lines[3].error).toMatch(/"html" or "text"/);
    expect(lines[4].page.published).toEqual({
      instant: '2023-02-04T05:21:00.000Z',
      date: '2023-02-04',
      zone: 'Asia/Shanghai',
      source: 'meta',
    });
  });

  it('says what is wrong, with exit code 2 for usage and 1 for a missing file', () => {
    expect(run(['frob']).code).toBe(2);
    expect(run(['analyze', '--format', 'xml', 'x.html']).err).toMatch(/--format is json or text/);
    const missing = run(['analyze', 'no-such-file.html']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no-such-file\.html/);
  });

  it('reads the page from piped stdin when no file is given', () => {
    const r = run(['analyze'], '<p>$宁德时代(SZ300750)$电池出货量增长</p>');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).securities.map((s: { id: string }) => s.id)).toEqual(['SZ:300750']);
    // Piped, not a terminal: nothing is said about waiting.
    expect(r.err).toBe('');
  });
});

describe('finlens help and version', { timeout: 60_000 }, () => {
  it('prints the usage for --help and help <command>, and the version for --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: finlens <command>/);
    expect(help.out).toMatch(/\bread \[file\.html\|url\|-\]/);
    const read = run(['help', 'read']);
    expect(read.code).toBe(0);
    expect(read.out).toMatch(/^usage: finlens read /);
    expect(read.out).toContain('--check-prices');
    expect(run(['analyze', '--help']).out).toMatch(/^usage: finlens analyze /);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version'])).toEqual({ code: 0, out: `finlens ${pkg.version}\n`, err: '' });
  });

  it('prints the usage on stderr and exits 2 on a usage error', () => {
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^finlens: no command\nusage: finlens <command>/);
    const unknown = run(['help', 'frob']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no command called frob/);
    const option = run(['read', '--prices']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/^finlens: unknown option: --prices\nusage: finlens read /);
    expect(option.out).toBe('');
  });
});
