/** Parsed `pyprod <command> --name value --flag --no-flag` arguments: input names as in action.yml. */
export interface ParsedArgs {
  command?: string;
  inputs: Record<string, string>;
  help: boolean;
}

/**
 * Flags map one to one onto the action's inputs: `--working-directory x` or `--working-directory=x` sets
 * `working-directory`; a boolean input takes `--fix`, `--no-fix`, `--fix true|false` or `--fix=false`.
 * Repeating a flag joins the values with new lines (for multi-line inputs such as `url`).
 */
export function parseArgs(
  argv: readonly string[],
  booleanInputs: ReadonlySet<string> = new Set(),
): ParsedArgs {
  const out: ParsedArgs = { inputs: {}, help: false };
  const put = (name: string, value: string) => {
    out.inputs[name] = name in out.inputs ? `${out.inputs[name]}\n${value}` : value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      out.help = true;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 2) {
        put(arg.slice(2, eq), arg.slice(eq + 1));
        continue;
      }
      const name = arg.slice(2);
      const next = argv[i + 1];
      if (name.startsWith('no-') && booleanInputs.has(name.slice(3)) && !booleanInputs.has(name)) {
        put(name.slice(3), 'false');
      } else if (booleanInputs.has(name)) {
        // `--fix`, or `--fix true|false` (the form a script passing a variable uses).
        const word = next?.toLowerCase();
        if (word === 'true' || word === 'false') {
          put(name, word);
          i++;
        } else put(name, 'true');
      } else if (next === undefined || next.startsWith('--')) {
        if (name.startsWith('no-')) put(name.slice(3), 'false');
        else put(name, 'true');
      } else {
        put(name, next);
        i++;
      }
    } else if (out.command === undefined) {
      out.command = arg;
    } else {
      throw new Error(`unexpected argument ${JSON.stringify(arg)}: inputs are given as --name value`);
    }
  }
  return out;
}
