// license-gate against licensecheck and pip-licenses on one environment: a data and web stack whose locked
// runtime closure is ~185 packages (bench/fixtures/license-gate-150), synced once with uv and cached.
//   npx vitest run --config bench/vitest.config.ts bench/license-gate.bench.ts
// Goal (issue 6): ours at most 1 s and at most 1/20 of licensecheck's time; every package where our verdict
// differs from licensecheck's is printed here and explained in docs/license-gate-fidelity.md.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { checkLicenses, type PackageReport } from '../src/actions/license-gate/check.js';
import { buildPolicy, normalizePackageName } from '../src/actions/license-gate/policy.js';
import { execTool } from '../src/core/exec.js';
import { machineEnv, pythonBinDir } from '../test/support/python.js';
import { requireTool, TOOLS_DIR } from '../test/support/tools.js';

const PROJECT = path.resolve('bench/fixtures/license-gate-150');
const CLI = path.resolve('dist/pyprod/index.js');
/** licensecheck 2026 needs Python >= 3.12, and reads the metadata of the interpreter it runs in. */
const PYTHON = '3.12';
const LICENSECHECK = 'licensecheck==2026.0.8';
const PIP_LICENSES = 'pip-licenses==5.5.5';
const RUNS = 5;
const ONLY = 'apache bsd isc mit mpl python unlicense';
const FAIL = 'gpl';
/** Bump when the recipe below changes, so that the cached environment is rebuilt. */
const RECIPE = `bench-license-gate-1 ${PYTHON} ${LICENSECHECK} ${PIP_LICENSES}`;

function cacheDir(): string {
  const h = createHash('sha256').update(RECIPE);
  for (const f of ['pyproject.toml', 'uv.lock']) h.update(fs.readFileSync(path.join(PROJECT, f)));
  return path.join(TOOLS_DIR, `bench-license-gate-${h.digest('hex').slice(0, 16)}`);
}

/**
 * The project synced with `uv sync --locked --no-dev` (the runtime closure), plus licensecheck installed into
 * that same `.venv` (as `uv run licensecheck` has it, which is how its README runs it in a uv project), and
 * pip-licenses in a venv of its own, pointed at the project's interpreter with --python. Built in place
 * (venv scripts hold absolute paths) and marked ready last.
 */
async function environment(uv: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = cacheDir();
  if (fs.existsSync(path.join(dir, 'ready'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['pyproject.toml', 'uv.lock']) fs.copyFileSync(path.join(PROJECT, f), path.join(dir, f));
  const opts = { cwd: dir, env, timeoutMs: 600_000 };
  await execTool(uv, ['sync', '--locked', '--no-dev', '--python', PYTHON], opts);
  const py = path.join(dir, '.venv', 'bin', 'python');
  const added = await execTool(uv, ['pip', 'install', '--python', py, LICENSECHECK], opts);
  // licensecheck must not move a locked package: the environment has to stay the lock's.
  const moved = added.stderr.split('\n').filter((l) => l.startsWith(' - '));
  if (moved.length)
    throw new Error(`installing ${LICENSECHECK} changed locked packages:\n${moved.join('\n')}`);
  await execTool(uv, ['venv', '--python', PYTHON, path.join(dir, 'pip-licenses-venv')], opts);
  const plPy = path.join(dir, 'pip-licenses-venv', 'bin', 'python');
  await execTool(uv, ['pip', 'install', '--python', plPy, PIP_LICENSES], opts);
  fs.writeFileSync(path.join(dir, 'ready'), `${new Date().toISOString()}\n`);
  return dir;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(runs: number, f: () => Promise<T>): Promise<{ ms: number; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), last: last as T };
}

interface LicensecheckPackage {
  name: string;
  version: string;
  license: string;
  licenseCompat: boolean;
}

const ourVerdict = (p: PackageReport) => (p.incompatible ? `✖ ${p.verdict}` : `✔ ${p.verdict}`);

it('license-gate vs licensecheck and pip-licenses: time and verdicts', async (ctx) => {
  const uv = requireTool('uv');
  const pyBin = pythonBinDir(PYTHON);
  if (!uv || !pyBin) return ctx.skip(`needs uv and CPython ${PYTHON} (pyenv or /usr/bin)`);
  // uv finds the interpreter on PATH; licensecheck itself calls `uv pip compile`, so uv is on PATH too.
  const env = machineEnv({
    PATH: [pyBin, path.dirname(uv), process.env.PATH].join(path.delimiter),
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
  });
  const dir = await environment(uv, env);
  const bin = (name: string) => path.join(dir, '.venv', 'bin', name);
  const installed = fs
    .readdirSync(path.join(dir, '.venv', 'lib', `python${PYTHON}`, 'site-packages'))
    .filter((d) => d.endsWith('.dist-info')).length;

  const policy = buildPolicy({ onlyLicenses: ONLY, failLicenses: FAIL });
  const ours = await timed(RUNS, () => checkLicenses({ workingDirectory: dir, env: {}, policy }));
  const result = ours.last;

  const help = fs.existsSync(CLI)
    ? await execTool(process.execPath, [CLI, '--help'], { env, okExitCodes: [0, 1, 2] })
    : undefined;
  const hasCli = /^\s+licenses\s/m.test(help?.stdout ?? '');
  const cli = hasCli
    ? await timed(RUNS, () =>
        execTool(process.execPath, [CLI, 'licenses', '--only-licenses', ONLY, '--fail-licenses', FAIL], {
          cwd: dir,
          env,
          okExitCodes: [0, 1],
        }),
      )
    : undefined;

  const ciArgs = ['--only-licenses', ...ONLY.split(' '), '--fail-licenses', FAIL];
  const lc = await timed(RUNS, () =>
    execTool(bin('licensecheck'), [...ciArgs, '--show-only-failing', '--zero'], {
      cwd: dir,
      env,
      okExitCodes: [0, 1],
      timeoutMs: 600_000,
    }),
  );
  // The same check once more as JSON with every package, for the verdicts (not timed).
  const lcJson = await execTool(bin('licensecheck'), [...ciArgs, '--format', 'json'], {
    cwd: dir,
    env,
    okExitCodes: [0, 1],
    timeoutMs: 600_000,
  });
  const lcPackages = (JSON.parse(lcJson.stdout) as { packages: LicensecheckPackage[] }).packages;

  const pl = await timed(RUNS, () =>
    execTool(
      path.join(dir, 'pip-licenses-venv', 'bin', 'pip-licenses'),
      ['--python', bin('python'), '--from=mixed', '--format=json'],
      { cwd: dir, env },
    ),
  );
  const plLicense = new Map(
    (JSON.parse(pl.last.stdout) as { Name: string; License: string }[]).map((p) => [
      normalizePackageName(p.Name),
      p.License,
    ]),
  );

  const c = result.counts;
  console.log(
    `\n${installed} distributions installed (${result.packages.length} counted runtime packages per uv.lock, ` +
      `${result.notInLock.length} not in the lock: licensecheck's own); licensecheck checked ${lcPackages.length}`,
  );
  console.log(
    `ours: ${c.passed} pass, ${c.failed} fail, ${c.unknown} unknown; licensecheck: ` +
      `${lcPackages.filter((p) => p.licenseCompat).length} compatible, ${lcPackages.filter((p) => !p.licenseCompat).length} not; ` +
      `licensecheck exit code ${lc.last.exitCode}, its --show-only-failing table:\n${lc.last.stdout.trim()}`,
  );
  console.log(`\n${'tool'.padEnd(44)} ${'median ms'.padStart(10)}  (${RUNS} runs)`);
  const row = (name: string, ms: number) => console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(10)}`);
  row('license-gate checkLicenses (in-process)', ours.ms);
  if (cli) row('pyprod licenses (CLI, node start to exit)', cli.ms);
  else console.log('pyprod licenses (CLI): skipped, dist/pyprod/index.js has no licenses command yet');
  row('licensecheck (CI command, in the venv)', lc.ms);
  row('pip-licenses --from=mixed --format=json', pl.ms);
  console.log(
    `ours / licensecheck: ${(ours.ms / lc.ms).toFixed(4)} (goal <= 0.05), ours <= 1000 ms: ${ours.ms <= 1000}`,
  );
  if (cli) console.log(`pyprod CLI / licensecheck: ${(cli.ms / lc.ms).toFixed(4)}`);
  console.log(`ours / pip-licenses: ${(ours.ms / pl.ms).toFixed(4)}`);

  // Verdicts, package by package, on PEP 503 names.
  const mine = new Map(result.packages.map((p) => [p.key, p]));
  const theirs = new Map(lcPackages.map((p) => [normalizePackageName(p.name), p]));
  const differ: string[] = [];
  for (const key of [...new Set([...mine.keys(), ...theirs.keys()])].sort()) {
    const o = mine.get(key);
    const t = theirs.get(key);
    if (o && t && !o.incompatible === t.licenseCompat) continue;
    differ.push(key);
    console.log(`\n${key} ${o?.version ?? t?.version ?? ''}`);
    if (o) {
      console.log(
        `  ours:         ${ourVerdict(o)}  ${o.license.text} [${o.license.source ?? 'none'}]: ${o.reason}`,
      );
      for (const e of o.license.evidence) console.log(`                  ${e}`);
    } else console.log('  ours:         not counted (not in the runtime closure, or not installed)');
    console.log(
      t
        ? `  licensecheck: ${t.licenseCompat ? '✔' : '✖'}  ${JSON.stringify(t.license)}`
        : '  licensecheck: not checked (its own resolution left it out)',
    );
    console.log(`  pip-licenses: ${JSON.stringify(plLicense.get(key) ?? '(not installed)')}`);
  }
  console.log(`\n${differ.length} packages where the verdicts differ: ${differ.join(', ') || 'none'}`);

  expect(installed).toBeGreaterThanOrEqual(150);
  expect(result.packages.length).toBeGreaterThanOrEqual(150);
  expect(lcPackages.length).toBeGreaterThanOrEqual(150);
  expect(ours.ms).toBeLessThanOrEqual(1000);
  expect(ours.ms / lc.ms).toBeLessThanOrEqual(0.05);
});
