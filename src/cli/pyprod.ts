// The `pyprod` CLI: runs any action's code in the terminal, inputs as flags, the report printed to the
// terminal. It calls the same ActionDefinition as the bundle on the runner: one implementation.
import '../actions/all.js';
import { COMMANDS } from '../actions/registry.js';
import { errorMessage } from '../core/errors.js';
import { InputReader, mapInputSource } from '../core/inputs.js';
import { installSignalHandlers, stoppingFor } from '../core/process-groups.js';
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
    const lines = declared.map((d) => {
      const flag = booleans.has(d.name) ? `${d.name}, --no-${d.name}` : `${d.name} <value>`;
      const description = d.description.split('\n')[0];
      const more = booleans.has(d.name) ? ' [or --' + d.name + ' true|false]' : '';
      return `  --${flag.padEnd(40)} ${description}${d.default ? ` (default: ${d.default})` : ''}${more}`;
    });
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
  // Defaults from action.yml first, so the CLI behaves as the action does with the same inputs; a default that
  // is a workflow expression (`${{ github.token }}`) means something on the runner only.
  const values: Record<string, string> = {};
  for (const d of declared)
    if (d.default !== undefined && !d.default.includes('${{')) values[d.name] = d.default;
  Object.assign(values, args.inputs);
  // A token is better kept off the command line (process listings show argv): GITHUB_TOKEN serves, as for
  // gh. It is read only where the command uses it (with --pr-comment).
  if (known.has('github-token') && values['github-token'] === undefined && process.env.GITHUB_TOKEN) {
    values['github-token'] = process.env.GITHUB_TOKEN;
  }
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

// Ctrl-C stops every tool the command started (they run in their own process groups, out of the
// terminal's reach), then exits with 130.
installSignalHandlers();
// A failing promise nobody awaited (a bug of ours) ends the command with its message and exit code 1.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`pyprod: unexpected error: ${errorMessage(reason)}\n`);
  process.exitCode = 1;
});
// Once a signal arrived, its handler ends the process (130 / 143) after stopping the tools, whose failure
// may finish the command first.
main(process.argv.slice(2)).then(
  (code) => {
    // An unhandled rejection on the way (exitCode 1) is not turned into success.
    if (!stoppingFor()) process.exit(code || Number(process.exitCode ?? 0));
  },
  (err) => {
    if (stoppingFor()) return;
    process.stderr.write(`pyprod: ${errorMessage(err)}\n`);
    process.exit(1);
  },
);
