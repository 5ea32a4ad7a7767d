/** A user-supplied input that cannot be used: the message names the input, the value and what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${allowed}.`);
    this.name = 'InputError';
  }
}

/** An external tool that failed: the message carries the command, its exit code and the tail of its output. */
export class ToolError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly tail: string,
    readonly reason: string,
  ) {
    const trimmed = tail.trimEnd();
    super(`${command} ${reason}${trimmed ? `; last output:\n${trimmed}` : ' (no output)'}`);
    this.name = 'ToolError';
  }
}

/** Formats any thrown value for a log line or a failed step. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
