// `omj-feed validate|build …`: the command-line tool for feed editors.
// Built by scripts/build-cli.mjs to packages/feed-cli/dist/cli.js; run through packages/feed-cli/bin/omj-feed.js.
// Exit status for every command: 0 everything usable (warnings allowed), 1 an item was dropped or the input
// is unusable, 2 wrong usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BUILD_OPTIONS, BUILD_USAGE, build } from './build/index.js';
import { printable } from './terminal.js';
import { UsageError } from './usage.js';
import { VALIDATE_OPTIONS, VALIDATE_USAGE, validate } from './validate.js';

const USAGE = `${VALIDATE_USAGE}

${BUILD_USAGE}

Exit status: 0 every item is usable (warnings allowed); 1 an item was dropped, or the input cannot be
used; 2 wrong usage.`;

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | string[] | undefined>;

const COMMANDS: Record<string, { options: Options; run: (values: Values, positionals: string[]) => Promise<number> }> = {
  validate: { options: VALIDATE_OPTIONS, run: validate },
  build: { options: BUILD_OPTIONS, run: build },
};

/** `node:util` parseArgs' own messages, shortened to the tool's style (`unknown option "--x"`). */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${JSON.stringify(option.split('=')[0])}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${option.split(' ')[0]} needs a value`;
  return error.message;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (
    command === undefined ||
    command === 'help' ||
    command === '-h' ||
    command === '--help' ||
    rest.includes('-h') ||
    rest.includes('--help')
  ) {
    if (command === undefined) {
      process.stderr.write(`omj-feed: missing command\n\n${USAGE}\n`);
      return 2;
    }
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const spec = COMMANDS[command];
  try {
    if (spec === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true }) as typeof parsed;
    } catch (error) {
      throw new UsageError(usageMessage(error as Error));
    }
    return await spec.run(parsed.values, parsed.positionals);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(printable(`omj-feed: ${error.message}\n\n${USAGE}\n`));
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(printable(`omj-feed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 1;
  },
);
