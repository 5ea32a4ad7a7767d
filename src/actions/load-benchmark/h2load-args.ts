/** How hard and how long to load one URL: the flags h2load gets. */
export interface LoadShape {
  requests: number;
  concurrency: number;
  /** Timing-based run (-D) instead of a request count. */
  durationMs?: number;
  threads?: number;
  http1: boolean;
}

/** h2load's <DURATION>: whole seconds as `10s`, anything else in milliseconds. */
export function h2loadDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.round(ms)}ms`;
}

/**
 * Clients and threads h2load accepts: it refuses more clients than requests (`-n` < `-c`) and more threads
 * than clients, so both are capped rather than failing the run.
 */
export function effectiveClients(shape: Pick<LoadShape, 'requests' | 'concurrency' | 'durationMs'>): number {
  return shape.durationMs !== undefined ? shape.concurrency : Math.min(shape.concurrency, shape.requests);
}

function common(shape: LoadShape, clients: number): string[] {
  const args = shape.http1 ? ['--h1'] : [];
  args.push('-c', String(clients));
  if (shape.threads !== undefined) args.push('-t', String(Math.min(shape.threads, clients)));
  return args;
}

/** The measured run: `h2load [--h1] -c C [-t T] (-n N | -D D) [--log-file=F] URL`. */
export function h2loadArgs(url: string, shape: LoadShape, logFile?: string): string[] {
  const args = common(shape, effectiveClients(shape));
  if (shape.durationMs !== undefined) args.push('-D', h2loadDuration(shape.durationMs));
  else args.push('-n', String(shape.requests));
  if (logFile) args.push(`--log-file=${logFile}`);
  args.push(url);
  return args;
}

/** The warm-up run before it: the same protocol and clients, `warmup` requests, nothing recorded. */
export function warmupArgs(url: string, shape: LoadShape, warmup: number): string[] {
  const args = common(shape, Math.min(shape.concurrency, warmup));
  args.push('-n', String(warmup), url);
  return args;
}
