import { errorMessage } from './errors.js';
import { envInputSource, InputReader } from './inputs.js';
import { installSignalHandlers, stoppingFor } from './process-groups.js';
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

/**
 * A promise nobody awaited that fails (a bug of ours) fails the step with its message, as an annotation,
 * instead of Node's stack trace alone.
 */
export function failStepOnRejection(rt: Pick<Runtime, 'annotate'>, name: string): (reason: unknown) => void {
  return (reason) => {
    rt.annotate('error', `${name}: unexpected error: ${errorMessage(reason)}`, {});
    process.exitCode = 1;
  };
}

/** Entry point of every bundle: runs main or post, turns any error into a failed step with its message. */
export async function runGitHubAction<I>(def: ActionDefinition<I>): Promise<void> {
  // Cancellation (SIGINT, then SIGTERM) stops every tool this step started before the step ends.
  installSignalHandlers();
  const rt = githubRuntime();
  process.on('unhandledRejection', failStepOnRejection(rt, def.name));
  // The first log line: also what bench/startup.mjs times.
  rt.info(`pyprod-actions ${def.name}`);
  const isPost = rt.getState(POST_MARKER) === 'true';
  try {
    if (!isPost) rt.saveState(POST_MARKER, 'true');
    const inputs = def.loadInputs(new InputReader(envInputSource()), rt);
    if (isPost) {
      if (def.post) await def.post(inputs, rt);
    } else {
      await def.main(inputs, rt);
    }
  } catch (err) {
    // Cancelled: the tools failed because the signal handler stopped them; it ends the step (130 / 143).
    if (stoppingFor()) return;
    if (isPost) {
      // A post step never fails the job for housekeeping (cache saving); the main step reported the work.
      rt.warning(`${def.name} post step: ${errorMessage(err)}`);
    } else {
      rt.annotate('error', errorMessage(err), {});
      process.exitCode = 1;
    }
  }
}
