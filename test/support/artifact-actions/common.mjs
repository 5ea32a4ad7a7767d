// Shared by the two stand-ins (see ../artifact-actions.ts). artifact-client.mjs is written next to each
// action by the test: it loads `@actions/artifact` from the checkout by its absolute path.
import * as fs from 'node:fs';

/** An input as the runner passes it (INPUT_<NAME>, hyphens kept). */
export const input = (name) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
export const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

export function fail(message) {
  console.log(`::error::${message}`);
  process.exit(1);
}

export function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
}
