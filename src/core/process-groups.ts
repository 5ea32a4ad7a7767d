import * as fs from 'node:fs';

/**
 * Process groups: every tool runs as the leader of its own group (spawned detached), so one signal to the
 * group reaches it and everything it forked. The groups still alive are tracked here, and ended when this
 * process exits or is told to stop, so a failing or cancelled step (or Ctrl-C in the CLI) leaves nothing
 * running.
 */

/** Live groups and how long each may take to end after SIGTERM before it is killed. */
const live = new Map<number, number>();

/** Sends a signal to every process in the group; false when the group is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

interface ProcStat {
  pid: number;
  state: string;
  pgrp: number;
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid: Number(pid), state: rest[0] ?? '', pgrp: Number(rest[2]) };
  } catch {
    return undefined; // exited while we looked
  }
}

/**
 * The processes of a group that are still running (zombies excluded: they run nothing and hold no port;
 * an init that does not reap them is not ours to fix). Undefined where /proc is not available.
 */
export function runningInGroup(pgid: number): number[] | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return undefined;
  }
  const found: number[] = [];
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    const s = readStat(e);
    if (s && s.pgrp === pgid && s.state !== 'Z' && s.state !== 'X') found.push(s.pid);
  }
  return found;
}

/** Whether one process is still running (not gone, not a zombie). */
export function isRunning(pid: number): boolean {
  const s = readStat(String(pid));
  if (s) return s.state !== 'Z' && s.state !== 'X';
  if (fs.existsSync('/proc/self/stat')) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killAllNow(): void {
  for (const pgid of live.keys()) signalGroup(pgid, 'SIGKILL');
  live.clear();
}

function groupGone(pgid: number): boolean {
  const running = runningInGroup(pgid);
  if (running) return running.length === 0;
  try {
    process.kill(-pgid, 0);
    return false;
  } catch {
    return true;
  }
}

/** The conventional exit status for death by a signal (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15);
}

/** How long a tool has to end after SIGTERM (a --fix tool finishing a file) before SIGKILL. */
export const GRACE_MS = 2000;
let stopping: NodeJS.Signals | undefined;

/**
 * The signal this process is stopping for, if any: the tools it killed then fail, and the entry point must
 * leave the exit (with the signal's status) to the handler instead of exiting with the failure's code.
 */
export function stoppingFor(): NodeJS.Signals | undefined {
  return stopping;
}

/**
 * Stops every tracked group and exits with the signal's status. The first signal asks the groups to end
 * (SIGTERM, so a tool can finish writing a file) and kills what is left after a short grace; a second signal
 * (the runner sends SIGINT, then SIGTERM when a cancelled step does not end) kills at once.
 */
function onSignal(signal: NodeJS.Signals): void {
  const code = signalExitCode(signal);
  if (stopping || live.size === 0) {
    killAllNow();
    process.exit(code);
  }
  stopping = signal;
  for (const pgid of live.keys()) signalGroup(pgid, 'SIGTERM');
  const started = Date.now();
  const poll = setInterval(() => {
    const elapsed = Date.now() - started;
    for (const [pgid, grace] of live) {
      if (groupGone(pgid)) live.delete(pgid);
      else if (elapsed >= grace) {
        signalGroup(pgid, 'SIGKILL');
        live.delete(pgid);
      }
    }
    if (live.size > 0) return;
    clearInterval(poll);
    process.exit(code);
  }, 50);
}

let signalsInstalled = false;

/**
 * Installed once by each entry point (the bundle wrapper, the CLI): SIGINT, SIGTERM and SIGHUP stop every
 * process group this process started, then end it with the usual status.
 */
export function installSignalHandlers(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(s, () => onSignal(s));
}

let exitHookInstalled = false;

/**
 * Tracks a group so that it is killed if this process exits or is signalled before it is stopped. A group
 * that is itself one of our bundles (the gate's checks) gets a longer grace, to stop its own tools first.
 */
export function trackGroup(pgid: number, graceMs = GRACE_MS): void {
  live.set(pgid, graceMs);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', killAllNow);
}

export function untrackGroup(pgid: number): void {
  // While stopping, a group stays tracked until all of it is gone: its leader may exit before its children.
  if (stopping) return;
  live.delete(pgid);
}

export function trackedGroups(): number[] {
  return [...live.keys()];
}
