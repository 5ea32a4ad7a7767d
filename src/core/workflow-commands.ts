// The runner's protocol, written directly: `::command key=value::message` lines on stdout and the
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY files. @actions/core does the
// same but loads an HTTP stack (for OIDC) at import time, which alone costs more than our start-up budget.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

export type CommandProps = Record<string, string | number | undefined>;

/** Escaping of a command's message, as the runner decodes it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values: also `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(name: string, props: CommandProps, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

export function issueCommand(name: string, props: CommandProps, message: string): void {
  process.stdout.write(`${formatCommand(name, props, message)}${os.EOL}`);
}

/**
 * `name<<delimiter` / value / `delimiter`, the multi-line form every GITHUB_* key/value file accepts. The
 * delimiter is random, and checked against the value so a value cannot end the block early.
 */
export function keyValueBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`unexpected input: the value of ${name} contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
}

/** Appends to the file named by a GITHUB_* variable; false when the variable is unset (not on a runner). */
export function appendToFileCommand(
  variable: string,
  text: string,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const file = env[variable];
  if (!file) return false;
  fs.appendFileSync(file, text, { encoding: 'utf8' });
  return true;
}

/**
 * Reads a GITHUB_ENV / GITHUB_OUTPUT file as the runner does: `name=value` lines and `name<<delimiter` blocks.
 * Used where our code hands a child process its own files and then applies what the child wrote.
 */
export function parseKeyValueFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const [, name, delimiter] = block as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block in a GITHUB_* file`);
      out.set(name, value.join('\n'));
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return out;
}
