// python-lint-stack on a real codebase: rich 15.0.0's sdist from PyPI (38,515 lines of Python in 100 files).
//   node scripts/bundle.mjs python-lint-stack   (or pyprod: every bundle)
//   npx vitest run --config bench/vitest.config.ts bench/python-lint-stack.bench.ts
// Goals, in one run:
// - the default stack through the action (the built bundle) takes at most 0.5 of the wall time of the same
//   tools at the same versions run one after another as a Makefile would (flake8 twice: strict, then
//   complexity; issue 20, 0.6 before pylint was split across the CPUs), with the same findings per tool: for
//   each tool the same rule, file, line and message, every one (pylint's are one serial process's);
// - the `fast` preset takes at most 1.5 times `ruff check` alone with the same rules.
// The sdist, rich's dependencies' venv (pylint runs in it, as in the project's environment) and uv's tool
// environments are cached under the tools dir, so reruns only measure. PYPROD_BENCH_ROUNDS sets the rounds
// (default 5; the order of the two sides alternates so neither always runs on a warmer machine). The spread
// of the sequential runs is printed as the machine's own noise.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { EXCLUDED_DIRS, FLAKE8_FORMAT } from '../src/actions/python-lint-stack/argv.js';
import { parseOutput } from '../src/actions/python-lint-stack/run.js';
import type { ToolId } from '../src/actions/python-lint-stack/tools.js';
import { execTool } from '../src/core/exec.js';
import type { UnfingerprintedFinding } from '../src/findings/fingerprint.js';
import { PYTHON_TOOLS } from '../src/provision/python-tools.js';
import { machineEnv } from '../test/support/python.js';
import { requireTool, TOOLS_DIR } from '../test/support/tools.js';
import { unpackedSdist } from './support/sdist.js';

const SDIST = {
  file: 'rich-15.0.0.tar.gz',
  sha256: 'edd07a4824c6b40189fb7ac9bc4c52536e9780fbbfbddf6f1e2502c31b068c36',
};
/** rich's runtime dependencies, pinned: pylint resolves rich's imports of them. */
const DEPS = ['pygments==2.21.0', 'markdown-it-py==4.3.0', 'mdurl==0.1.2'];
const CACHE = path.join(TOOLS_DIR, 'python-lint-stack-bench');
const BUNDLE = path.resolve('dist/python-lint-stack/index.js');
const ROUNDS = Number(process.env.PYPROD_BENCH_ROUNDS ?? 5);
const DEFAULT_STACK: ToolId[] = ['autoflake', 'flake8', 'ruff', 'isort', 'pylint'];

const pin = (t: keyof typeof PYTHON_TOOLS) => `${PYTHON_TOOLS[t].package}==${PYTHON_TOOLS[t].pin}`;

/** rich's sdist, downloaded once and checked against the pinned digest, unpacked (regular files only). */
const richSource = () => unpackedSdist(CACHE, { project: 'rich', ...SDIST });

async function depsVenv(uv: string, env: NodeJS.ProcessEnv): Promise<string> {
  const venv = path.join(
    CACHE,
    `venv-${createHash('sha256').update(DEPS.join()).digest('hex').slice(0, 12)}`,
  );
  if (fs.existsSync(path.join(venv, '.complete'))) return venv;
  fs.rmSync(venv, { recursive: true, force: true });
  await execTool(uv, ['venv', '--quiet', venv], { env, timeoutMs: 120_000 });
  await execTool(uv, ['pip', 'install', '--quiet', '--python', path.join(venv, 'bin', 'python'), ...DEPS], {
    env,
    timeoutMs: 300_000,
  });
  fs.writeFileSync(path.join(venv, '.complete'), '');
  return venv;
}

interface Step {
  tool: ToolId;
  argv: string[];
  env?: Record<string, string>;
}

/**
 * The Makefile: each tool as a team writes it, one after the other, with our flags' equivalents. uv runs
 * offline, as the action does once uv's cache has the tools (run.ts offlineArgv): neither side pays for
 * uv asking the package index about tools it already has.
 */
function makefile(uv: string, venv: string): Step[] {
  const exclude = `--extend-exclude=${EXCLUDED_DIRS.join(',')}`;
  const flake8 = [
    uv,
    'tool',
    'run',
    '--offline',
    '--from',
    pin('flake8'),
    'flake8',
    `--format=${FLAKE8_FORMAT}`,
    '--exit-zero',
    exclude,
  ];
  return [
    {
      tool: 'autoflake',
      argv: [
        uv,
        'tool',
        'run',
        '--offline',
        '--from',
        pin('autoflake'),
        'autoflake',
        '-r',
        '--remove-all-unused-imports',
        '--remove-unused-variables',
        '--remove-duplicate-keys',
        '.',
      ],
    },
    { tool: 'flake8', argv: [...flake8, '--max-line-length=88', '--extend-ignore=E501,W503', '.'] },
    { tool: 'flake8', argv: [...flake8, '--select=C901', '--max-complexity=10', '.'] },
    {
      tool: 'ruff',
      argv: [
        uv,
        'tool',
        'run',
        '--offline',
        '--from',
        pin('ruff'),
        'ruff',
        'check',
        '--output-format',
        'json',
        '--exit-zero',
        '--line-length',
        '88',
        '.',
      ],
    },
    // rich configures isort ([tool.isort] profile = "black"), so no line length is passed.
    {
      tool: 'isort',
      argv: [uv, 'tool', 'run', '--offline', '--from', pin('isort'), 'isort', '--check-only', '--diff', '.'],
    },
    {
      tool: 'pylint',
      argv: [
        uv,
        'run',
        '--offline',
        '--no-project',
        '--python',
        path.join(venv, 'bin', 'python'),
        '--with',
        pin('pylint'),
        'pylint',
        '--output-format=json2',
        '--exit-zero',
        '--recursive=y',
        '--max-line-length=88',
        'rich',
      ],
      // Without a fixed seed pylint's cyclic-import count changes from run to run (see docs).
      env: { PYTHONHASHSEED: '0' },
    },
  ];
}

/** What a tool reported, one line a finding, sorted: the same on both sides or the bench fails. */
type PerTool = Record<string, string[]>;
const reportLine = (r: { rule: string; line?: number; message: string }, file?: string) =>
  `${r.rule} ${file ?? ''}:${r.line ?? ''} ${r.message}`;
function addReport(perTool: PerTool, tool: string, line: string): void {
  perTool[tool] ??= [];
  perTool[tool].push(line);
}
const sortedPerTool = (perTool: PerTool): PerTool =>
  Object.fromEntries(Object.entries(perTool).map(([t, lines]) => [t, lines.sort()]));
const countsOf = (perTool: PerTool) =>
  Object.fromEntries(Object.entries(perTool).map(([t, lines]) => [t, lines.length]));

async function sequential(steps: Step[], cwd: string, env: NodeJS.ProcessEnv) {
  const perTool: PerTool = {};
  const started = performance.now();
  for (const s of steps) {
    const [file, ...args] = s.argv as [string, ...string[]];
    const r = await execTool(file, args, {
      cwd,
      env: { ...env, ...s.env },
      okExitCodes: [0, 1],
      timeoutMs: 1_200_000,
    });
    const found: UnfingerprintedFinding[] = parseOutput(s.tool, r.stdout, { cwd, workspace: cwd });
    for (const f of found) addReport(perTool, s.tool, reportLine(f, f.file));
  }
  const ms = performance.now() - started;
  return { ms, counts: countsOf(perTool), perTool: sortedPerTool(perTool) };
}

/**
 * The built action as the runner starts it. Per-tool counts (before merging) come from its JSON report when
 * `perTool` is set; else only the `findings` output is read (one tool: nothing to merge, no JSON to write).
 */
async function action(tools: string, cwd: string, env: NodeJS.ProcessEnv, perTool = true) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-bench-'));
  const json = path.join(tmp, 'report.json');
  const started = performance.now();
  const r = await execTool(process.execPath, [BUNDLE], {
    cwd,
    env: {
      ...env,
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: tmp,
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
      GITHUB_OUTPUT: path.join(tmp, 'output'),
      GITHUB_STATE: path.join(tmp, 'state'),
      INPUT_TOOLS: tools,
      'INPUT_FAIL-ON': 'never',
      ...(perTool ? { 'INPUT_JSON-FILE': json } : {}),
    },
    timeoutMs: 1_200_000,
  });
  const ms = performance.now() - started;
  if (/::error::/.test(r.stdout)) throw new Error(`the action failed:\n${r.tail}`);
  let counts: Record<string, number>;
  const reported: PerTool = {};
  if (perTool) {
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as {
      meta: { toolRuns: { tool: string; findings: number }[] };
      findings: (Reported & { file?: string; reports?: Reported[] })[];
    };
    counts = Object.fromEntries(report.meta.toolRuns.map((t) => [t.tool, t.findings]));
    // A finding several tools reported keeps each tool's own report: the tools' findings before merging.
    for (const f of report.findings) {
      for (const r of f.reports ?? [f]) addReport(reported, r.tool, reportLine(r, f.file));
    }
  } else {
    const found = /^findings<<(\S+)\n(\d+)\n/m.exec(fs.readFileSync(path.join(tmp, 'output'), 'utf8'));
    counts = { [tools]: Number(found?.[2]) };
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return { ms, counts, perTool: sortedPerTool(reported) };
}

interface Reported {
  tool: string;
  rule: string;
  line?: number;
  message: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

it('python-lint-stack: the default stack against a sequential Makefile; fast against ruff alone', async () => {
  const uv = requireTool('uv');
  if (!uv) throw new Error('uv is needed (.ci/install-tools.sh)');
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: node scripts/bundle.mjs python-lint-stack`);
  const base = machineEnv({
    PATH: `${path.dirname(uv)}${path.delimiter}${process.env.PATH ?? ''}`,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    RUFF_NO_CACHE: 'true',
    // uv's cache (the tools' environments) lives with the rest of the bench's cache.
    UV_CACHE_DIR: path.join(CACHE, 'uv-cache'),
  });
  const src = await richSource();
  const venv = await depsVenv(uv, base);
  const env = { ...base, VIRTUAL_ENV: venv };
  const cpus = os.availableParallelism();
  console.log(
    `\nrich 15.0.0 in ${src}, dependencies in ${venv}; ${cpus} CPUs (load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );

  // Warm-up (untimed): uv installs each tool environment once; both sides then find them cached.
  const steps = makefile(uv, venv);
  for (const st of steps) {
    // Online, so that a cold uv cache fills; the timed runs are then offline.
    const [file, ...args] = st.argv.filter((a) => a !== '--offline') as [string, ...string[]];
    const version = st.tool === 'pylint' ? args.slice(0, args.indexOf('pylint') + 1) : args.slice(0, 5);
    await execTool(file, [...version, '--version'], { cwd: src, env, timeoutMs: 600_000 });
  }
  await execTool(
    uv,
    [
      'run',
      '--no-project',
      '--python',
      path.join(venv, 'bin', 'python'),
      '--with',
      pin('pylint'),
      'python',
      '-c',
      'import pylint',
    ],
    { cwd: src, env, timeoutMs: 600_000 },
  );

  const ours: number[] = [];
  const seq: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const runOurs = () => action(DEFAULT_STACK.join(','), src, env);
    const runSeq = () => sequential(steps, src, env);
    const [a, b] =
      round % 2 === 1
        ? [await runOurs(), await runSeq()]
        : await (async () => {
            const q = await runSeq();
            return [await runOurs(), q] as const;
          })();
    console.log(
      `round ${round}: action ${s(a.ms)}, sequential ${s(b.ms)}, ratio ${(a.ms / b.ms).toFixed(3)}`,
    );
    console.log(
      `  findings per tool  action ${JSON.stringify(a.counts)}\n                     sequential ${JSON.stringify(b.counts)}`,
    );
    expect(a.counts).toEqual(b.counts);
    for (const tool of Object.keys(b.perTool)) {
      expect(a.perTool[tool], `${tool}: the same findings as the sequential run`).toEqual(b.perTool[tool]);
    }
    expect(Object.keys(a.perTool).sort()).toEqual(Object.keys(b.perTool).sort());
    ours.push(a.ms);
    seq.push(b.ms);
  }

  const fastRuff = [
    uv,
    'tool',
    'run',
    '--offline',
    '--from',
    pin('ruff'),
    'ruff',
    'check',
    '--output-format',
    'json',
    '--exit-zero',
    '--force-exclude',
    '--line-length',
    '88',
    '--extend-select',
    'E,W,F,C90,I,PL',
    '--config',
    'lint.mccabe.max-complexity = 10',
    '.',
  ];
  const fast: number[] = [];
  const ruff: number[] = [];
  let fastCounts: Record<string, number> = {};
  let ruffCount = 0;
  for (let i = 0; i < 9; i++) {
    const f = await action('fast', src, env, false);
    fast.push(f.ms);
    fastCounts = f.counts;
    const t0 = performance.now();
    const r = await execTool(fastRuff[0] as string, fastRuff.slice(1), { cwd: src, env, timeoutMs: 300_000 });
    ruff.push(performance.now() - t0);
    ruffCount = parseOutput('ruff', r.stdout, { cwd: src, workspace: src }).length;
  }
  expect(fastCounts).toEqual({ fast: ruffCount });

  // The ratio of each round (both sides ran back to back), then their median: the machine's load varies.
  const ratios = ours.map((o, n) => o / (seq[n] as number));
  const ratio = median(ratios);
  const fastRatio = median(fast.map((f, n) => f / (ruff[n] as number)));
  console.log('\n| run | median wall time | ratio (median of rounds) | goal |\n| --- | --- | --- | --- |');
  console.log(`| default stack, action | ${s(median(ours))} | ${ratio.toFixed(3)} of sequential | ≤ 0.5 |`);
  console.log(`| default stack, sequential (Makefile) | ${s(median(seq))} | | |`);
  console.log(`| fast preset, action | ${s(median(fast))} | ${fastRatio.toFixed(3)} × ruff alone | ≤ 1.5 |`);
  console.log(`| ruff check alone (same rules) | ${s(median(ruff))} | | |`);
  console.log(
    `rounds: ${ratios.map((r) => r.toFixed(3)).join(', ')}; total ${(sum(ours) / sum(seq)).toFixed(3)}`,
  );
  // The machine's own noise: the same sequential run, round after round.
  const spread = (Math.max(...seq) - Math.min(...seq)) / median(seq);
  console.log(
    `sequential runs: ${seq.map(s).join(', ')} (spread ${(spread * 100).toFixed(0)}% of the median); ` +
      `load at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  console.log(`fast preset: ${ruffCount} findings, the same as ruff alone`);
});
