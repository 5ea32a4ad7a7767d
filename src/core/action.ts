import { errorMessage } from './errors.js';
import { envInputSource, InputReader } from './inputs.js';
import { githubRuntime, type Runtime } from './runtime.js';

/**
 * One action: how it reads its inputs and what its main (and optional post) step does. The same definition
 * runs on the GitHub runner (`runGitHubAction`) and in the terminal (`pyprod <command>`), so there is one
 * implementation of each action.
 */
export interface ActionDefinition<I> {
  /** Folder name under actions/ and dist/. */
  readonly name: string;
  /** The `pyprod` CLI subcommand. */
  readonly command: string;
  readonly description: string;
  loadInputs(reader: InputReader, rt: Runtime): I;
  main(inputs: I, rt: Runtime): Promise<void>;
  post?(inputs: I, rt: Runtime): Promise<void>;
}

// Saved by the main step; the runner hands state only to later steps of the same action, so its presence
// tells the bundle that it runs as the post step (the runner starts the same file for both).
const POST_MARKER = 'pyprod-is-post';

/** Entry point of every bundle: runs main or post, turns any error into a failed step with its message. */
export async function runGitHubAction<I>(def: ActionDefinition<I>): Promise<void> {
  const rt = githubRuntime();
  // The first log line: also what bench/startup.mjs times.
  rt.info(`pyprod-actions ${def.name}`);
  const isPost = rt.getState(POST_MARKER) === 'true';
  if (!isPost) rt.saveState(POST_MARKER, 'true');
  try {
    const inputs = def.loadInputs(new InputReader(envInputSource()), rt);
    if (isPost) {
      if (def.post) await def.post(inputs, rt);
    } else {
      await def.main(inputs, rt);
    }
  } catch (err) {
    if (isPost) {
      // A post step never fails the job for housekeeping (cache saving); the main step reported the work.
      rt.warning(`${def.name} post step: ${errorMessage(err)}`);
    } else {
      rt.annotate('error', errorMessage(err), {});
      process.exitCode = 1;
    }
  }
}
