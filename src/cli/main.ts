/**
 * The `finlens` command. `finlens analyze <file.html|url|->` prints the Analysis of a page (HTML;
 * `--text` for plain text; `--format json|text`). `finlens analyze --jsonl` reads `{"id","html"}`
 * (with an optional `"url"`, whose site dates the page's printed times) or `{"id","text"}` lines on
 * stdin and writes one JSON Analysis a line with the same id. `finlens read <file.html|url|->`
 * prints a page's Analysis with its `page` facts; `--check-prices` checks its price-move claims
 * against the daily record (the only network it uses beyond the URL given). `--help`, `help
 * <command>`, `--version`. Exit codes: 0 done, 1 unreadable input, 2 usage. Node only.
 */
import { parseOptions, UsageError } from './options.ts';
import { isCommand, usage, version } from './usage.ts';

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-V') {
      process.stdout.write(`finlens ${await version()}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no command called ${topic}`);
      process.stdout.write(usage(topic));
      return 0;
    }
    if (!isCommand(command)) throw new UsageError(command ? `unknown command: ${command}` : 'no command');
    const options = parseOptions(command, rest);
    if (options.help) process.stdout.write(usage(command));
    else {
      // The engine loads only for a command that reads a page.
      const { runAnalyze, runRead } = await import('./commands.ts');
      await (command === 'analyze' ? runAnalyze(options) : runRead(options));
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      process.stderr.write(`finlens: ${message}\n${usage(error.command)}`);
      return 2;
    }
    process.stderr.write(`finlens: ${message}\n`);
    return 1;
  }
}
