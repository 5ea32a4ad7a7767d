// The `pyprod` CLI: runs any action's code in the terminal, inputs as flags, the report printed to the
// terminal. It calls the same ActionDefinition as the bundle on the runner: one implementation.
import '../actions/all.js';
import { COMMANDS } from '../actions/registry.js';
import { errorMessage } from '../core/errors.js';
import { InputReader, mapInputSource } from '../core/inputs.js';
import { localRuntime } from '../core/runtime.js';
import { readInputs } from './action-metadata.js';
import { parseArgs } from './args.js';

function usage(): string {
  const cmds = Object.entries(COMMANDS)
    .map(([c, v]) => `  ${c.padEnd(14)} runs the ${v.action} action`)
    .join('\n');
  return `usage: pyprod <command> [--input value ...]\n\ncommands:\n${cmds}\n\nEach command takes its action's inputs as flags (see pyprod <command> --help).\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const first = parseArgs(argv);
  const entry = first.command ? COMMANDS[first.command] : undefined;
  if (!entry) {
    process.stdout.write(usage());
    if (first.command) process.stderr.write(`pyprod: unknown command ${JSON.stringify(first.command)}\n`);
    return first.command || !first.help ? 2 : 0;
  }
  const declared = await readInputs(entry.action);
  const booleans = new Set(
    declared.filter((d) => d.default === 'true' || d.default === 'false').map((d) => d.name),
  );
  const args = parseArgs(argv, booleans);
  if (args.help) {
    const lines = declared.map(
      (d) =>
        `  --${d.name.padEnd(24)} ${d.description.split('\n')[0]}${d.default ? ` (default: ${d.default})` : ''}`,
    );
    process.stdout.write(`usage: pyprod ${args.command} [options]\n\n${lines.join('\n')}\n`);
    return 0;
  }
  const known = new Set(declared.map((d) => d.name));
  for (const name of Object.keys(args.inputs)) {
    if (!known.has(name)) {
      process.stderr.write(
        `pyprod ${args.command}: unknown option --${name}; see pyprod ${args.command} --help\n`,
      );
      return 2;
    }
  }
  // Defaults from action.yml first, so the CLI behaves as the action does with the same inputs.
  const values: Record<string, string> = {};
  for (const d of declared) if (d.default !== undefined) values[d.name] = d.default;
  Object.assign(values, args.inputs);
  const rt = localRuntime();
  try {
    const def = await entry.load();
    const inputs = def.loadInputs(new InputReader(mapInputSource(values)), rt);
    await def.main(inputs, rt);
    if (def.post) await def.post(inputs, rt);
    return 0;
  } catch (err) {
    process.stderr.write(`pyprod ${args.command}: ${errorMessage(err)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`pyprod: ${errorMessage(err)}\n`);
    process.exit(1);
  },
);
