/** A command's arguments read into options; anything it does not take is a `UsageError`. */
import type { Command } from './usage.ts';

/** A mistake in how the command was called: the CLI prints the usage and exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to print (none: the general usage). */
    readonly command?: Command,
  ) {
    super(message);
  }
}

export interface CliOptions {
  format: 'json' | 'text';
  /** `analyze --text`: plain text, not HTML. */
  text: boolean;
  /** `analyze --jsonl`. */
  jsonl: boolean;
  /** `read --check-prices`. */
  checkPrices: boolean;
  help: boolean;
  /** Files, URLs or `-`. */
  sources: string[];
}

/** The flags each command takes, beyond `--format` and `--help`. */
const FLAGS: Record<Command, Partial<Record<string, 'text' | 'jsonl' | 'checkPrices'>>> = {
  analyze: { '--text': 'text', '--jsonl': 'jsonl' },
  read: { '--check-prices': 'checkPrices' },
};

/** A command's arguments (after the command word) as options. */
export function parseOptions(command: Command, args: readonly string[]): CliOptions {
  const options: CliOptions = {
    format: 'json',
    text: false,
    jsonl: false,
    checkPrices: false,
    help: false,
    sources: [],
  };
  let format = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const flag = FLAGS[command][arg];
    if (flag) options[flag] = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`, command);
    else options.sources.push(arg);
  }
  if (format !== 'json' && format !== 'text')
    throw new UsageError(`--format is json or text, not ${format || '(nothing)'}`, command);
  options.format = format;
  return options;
}
