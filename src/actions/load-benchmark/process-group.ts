import * as fs from 'node:fs';

/**
 * Process groups: the service runs as the leader of its own group (spawned detached), so one signal to
 * the group reaches the master and every worker it forked. The groups still alive are tracked here, and
 * ended when this process exits or is told to stop, so a failing or cancelled step leaves nothing running.
 */

const live = new Set<number>();
let handlersInstalled = false;

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
  for (const pgid of live) signalGroup(pgid, 'SIGKILL');
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killAllNow();
  // The conventional exit status for death by a signal; the runner reports the step as cancelled.
  process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
}

/** Tracks a group so that it is killed if this process exits or is signalled before it is stopped. */
export function trackGroup(pgid: number): void {
  live.add(pgid);
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllNow);
  for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(s, () => onSignal(s));
}

export function untrackGroup(pgid: number): void {
  live.delete(pgid);
}

export function trackedGroups(): number[] {
  return [...live];
}
