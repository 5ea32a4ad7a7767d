import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { currentPlatform } from '../../../src/provision/platform.js';
import { GITLEAKS_DEFAULT_VERSION, gitleaksAsset } from '../../../src/provision/tools/gitleaks.js';
import {
  type ActionRunResult,
  type RunActionOptions,
  requireNode24,
  runAction,
} from '../../support/action-runner.js';
import { cloneRepo, initBare, initRepo, type Repo } from '../../support/git-repo.js';
import { machineEnv, pathWithout } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';
import type { Planted, SecretFactory } from './planted.js';

export const ACTION = path.resolve('actions/secret-scan');

/** Why the tests cannot run here (no gitleaks, git or Node 24), or undefined. Throws in CI instead. */
export function missingTools(): string | undefined {
  if (!requireTool('git')) return 'git is not installed';
  if (!requireTool('gitleaks')) return 'gitleaks is not installed (.ci/install-tools.sh builds it)';
  if (!requireNode24()) return 'Node 24 is not installed (.ci/install-tools.sh)';
  return undefined;
}

export interface Release {
  /** Mirror root: `v<version>/<asset>` below it, as on GitHub. */
  root: string;
  version: string;
  asset: string;
  sha256: string;
}

/**
 * The go-installed gitleaks packed as upstream packs a release (`gitleaks` at the archive root), so that
 * provisioning is tested end to end against a loopback mirror. Its digest is passed as `checksum`.
 */
export async function repackRelease(gitleaks: string): Promise<Release> {
  const version = GITLEAKS_DEFAULT_VERSION;
  const asset = gitleaksAsset(version, currentPlatform());
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-gitleaks-release-'));
  const stage = path.join(root, 'stage');
  fs.mkdirSync(stage);
  fs.copyFileSync(gitleaks, path.join(stage, 'gitleaks'));
  fs.chmodSync(path.join(stage, 'gitleaks'), 0o755);
  fs.mkdirSync(path.join(root, `v${version}`));
  const file = path.join(root, `v${version}`, asset);
  await tar.c({ gzip: true, cwd: stage, file, portable: true }, ['gitleaks']);
  fs.rmSync(stage, { recursive: true });
  const sha256 = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  return { root, version, asset, sha256 };
}

const runs: ActionRunResult[] = [];

export function cleanupRuns(): void {
  for (const r of runs.splice(0)) r.cleanup();
}

/** Runs the built action with gitleaks on PATH (unless `noGitleaksOnPath`, to provision from a mirror). */
export async function scan(
  workspace: string,
  opts: RunActionOptions & { noGitleaksOnPath?: boolean } = {},
): Promise<ActionRunResult> {
  const gitleaks = requireTool('gitleaks') as string;
  const PATH = opts.noGitleaksOnPath
    ? pathWithout('gitleaks')
    : [path.dirname(gitleaks), process.env.PATH ?? ''].join(path.delimiter);
  const r = await runAction(ACTION, {
    workspace,
    baseEnv: machineEnv({ PATH }),
    timeoutMs: 120_000,
    ...opts,
    // The CI gitleaks on PATH is outside the workspace; the action uses PATH only when asked to.
    inputs: { ...(opts.noGitleaksOnPath ? {} : { 'tool-source': 'path' }), ...opts.inputs },
  });
  runs.push(r);
  return r;
}

export const errors = (r: ActionRunResult) =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
export const log = (r: ActionRunResult) =>
  r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');

export interface JsonFinding {
  rule: string;
  file: string;
  line?: number;
  fingerprint: string;
  message: string;
  data: { commit?: string; author?: string; path: string };
}

/** The findings of the JSON report the run wrote (json-file). */
export function jsonFindings(r: ActionRunResult): JsonFinding[] {
  const file = r.outputs['json-file'];
  if (!file) throw new Error(`no json-file output:\n${log(r)}`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { findings: JsonFinding[] }).findings;
}

/** `rule file` of each finding, sorted: what a scenario asserts. */
export const ruleFiles = (fs_: JsonFinding[]) => fs_.map((f) => `${f.rule} ${f.file}`).sort();

/**
 * origin and a developer clone: main holds an old secret (`old`, in legacy/slack.py) and a clean commit,
 * pushed. Scans of later events must never report `old`.
 */
export function project(f: SecretFactory): { origin: Repo; work: Repo; old: Planted } {
  const origin = initBare();
  const work = initRepo();
  work.git('remote', 'add', 'origin', origin.url);
  const old = f.slackToken();
  work.commit('legacy integration', { 'legacy/slack.py': old.content, 'README.md': '# app\n' });
  work.commit('docs', { 'docs/index.md': 'hello\n' });
  work.git('push', '-q', 'origin', 'main');
  return { origin, work, old };
}

export { cloneRepo };

/** Every text file under a folder (recursively), with its path. */
export function filesUnder(dir: string): Array<{ file: string; text: string }> {
  if (!fs.existsSync(dir)) return [];
  const out: Array<{ file: string; text: string }> = [];
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) out.push({ file, text: fs.readFileSync(file, 'latin1') });
  }
  return out;
}

/**
 * Everything a run wrote that a person or a later step could read: log, summary, annotations, outputs, the
 * files under its runner temp, and the report files its outputs name (json-file, sarif-file). A secret must
 * be in none of it.
 */
export function everythingWritten(r: ActionRunResult): string {
  const reports = ['json-file', 'sarif-file']
    .map((k) => r.outputs[k])
    .filter((f): f is string => typeof f === 'string' && f !== '' && fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
  return [
    log(r),
    r.summary,
    JSON.stringify(r.annotations),
    JSON.stringify(r.outputs),
    ...filesUnder(r.runnerTemp).map((x) => x.text),
    ...reports,
  ].join('\n');
}
