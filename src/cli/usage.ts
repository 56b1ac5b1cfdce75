/** The CLI's words for people: its usage, each command's, and the package's version. */
import { readFile } from 'node:fs/promises';

/** The commands `finlens` runs. */
export type Command = 'analyze' | 'read';

/** Whether a word names a command. */
export const isCommand = (word: string | undefined): word is Command => word === 'analyze' || word === 'read';

const COMMAND_USAGE: Record<Command, string> = {
  analyze: `usage: finlens analyze [file.html|url|-] [--text] [--format json|text]
       finlens analyze --jsonl   (stdin: {"id","html"[,"url"]} or {"id","text"} a line; stdout: {"id",...Analysis} a line)

  Prints the Analysis of a page as JSON (--format text: a table of its securities).
  With no file, or -, the page is read from stdin. --text reads plain text instead of HTML.`,
  read: `usage: finlens read [file.html|url|-] [--check-prices] [--format json|text]

  Reads an HTML page as analyze does and prints its Analysis with "page" (title, publication).
  With no file, or -, the page is read from stdin.
  --check-prices  checks the article's price-move claims ("百度昨夜收涨5%") against the daily record:
                  asks the history providers (Tencent, Eastmoney, Yahoo, in that order) for the daily
                  bars of the securities, sending only codes and dates, with no cookies. Each checked
                  claim gets its "priceCheck"; "priceChecks" lists them all. Without this flag
                  nothing is fetched but the URL you give.`,
};

const GENERAL_USAGE = `usage: finlens <command> [options]

commands:
  analyze [file.html|url|-]   the Analysis of a page (HTML, or plain text with --text), as JSON
  read [file.html|url|-]      a page's Analysis and publication; --check-prices checks its price moves
  help [command]              this help, or a command's

options:
  --help, -h      this help (after a command: that command's)
  --version, -V   the version`;

/** The usage of a command, or of the whole CLI. */
export function usage(command?: Command): string {
  return `${command ? COMMAND_USAGE[command] : GENERAL_USAGE}\n`;
}

/** The package's version, from its package.json. */
export async function version(): Promise<string> {
  const json = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof json.version === 'string' ? json.version : 'unknown';
}
