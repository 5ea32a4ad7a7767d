// The corpus of real projects (issue 17): each PyPI sdist in projects.json is downloaded, checked against its
// pinned sha256 and unpacked into a private temporary directory, locked with uv when it ships no uv.lock,
// then run through the built CLI (secrets in files scope, setup-uv, lint, deps, licenses) and through the
// same tools by hand, at the versions the CLI used, with the project's configuration carried as issue 17
// asks (its excluded files left out, its line length, the formatter's conflicting rules off).
//   node scripts/bundle.mjs pyprod
//   npx vitest run --config bench/vitest.config.ts bench/real-projects
// PYPROD_CORPUS=llm,rich runs only those; PYPROD_CORPUS_STRICT=1 fails on any row that does not match.
// The table is printed and written as Markdown to PYPROD_CORPUS_OUT (default: real-projects.md in the
// bench's cache directory), ready for docs/real-projects.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, expect, it } from 'vitest';
import { FLAKE8_FORMAT, PYLINT_BOOT } from '../../src/actions/python-lint-stack/argv.js';
import { parseOutput } from '../../src/actions/python-lint-stack/run.js';
import { candidateFiles, pathArguments, pylintPaths } from '../../src/actions/python-lint-stack/selection.js';
import type { ToolId } from '../../src/actions/python-lint-stack/tools.js';
import { type ExecResult, execTool } from '../../src/core/exec.js';
import { PYTHON_TOOLS } from '../../src/provision/python-tools.js';
import { machineEnv } from '../../test/support/python.js';
import { requireTool, TOOLS_DIR } from '../../test/support/tools.js';
import { cachedSdist, extractSdist } from '../support/sdist.js';
import {
  cliLicences,
  licenceDisagreements,
  lineLengthWithinLimit,
  lockedVersion,
  markdownTable,
  pipLicences,
  type Row,
  venvChanges,
  venvFingerprint,
} from './evidence.js';
import { type ProjectConfig, projectConfig, sets } from './project-config.js';

interface Project {
  name: string;
  version: string;
  sdist: string;
  sha256: string;
  member?: string;
  env?: Record<string, string>;
  /** Packages `uv lock --upgrade-package` moves before the sync (a pin the index cannot serve here). */
  upgradePackages?: string[];
  covers: string;
}
interface Manifest {
  tools: { 'pip-licenses': string };
  projects: Project[];
}

const HERE = path.dirname(new URL(import.meta.url).pathname);
const MANIFEST = JSON.parse(fs.readFileSync(path.join(HERE, 'projects.json'), 'utf8')) as Manifest;
const CACHE = path.join(TOOLS_DIR, 'real-projects-bench');
const CLI = path.resolve('dist/pyprod/index.js');
const OUT = process.env.PYPROD_CORPUS_OUT ?? path.join(CACHE, 'real-projects.md');
const ONLY = (process.env.PYPROD_CORPUS ?? '').split(',').filter(Boolean);
const STEP_TIMEOUT = 1_500_000;
const LINTERS = ['autoflake', 'flake8', 'ruff', 'isort', 'pylint'] as const satisfies readonly ToolId[];
const FORMATTER_CONFLICTS = ['E203', 'E701', 'E704', 'W503'];
const rows: Row[] = [];

/** The sdist, downloaded once into the cache and checked against its pinned sha256 on every use. */
const sdist = (p: Project) =>
  cachedSdist(
    path.join(CACHE, 'sdists'),
    { project: p.name, file: p.sdist, sha256: p.sha256 },
    'projects.json',
  );

interface Ctx {
  p: Project;
  uv: string;
  gitleaks: string;
  /** The CLI's workspace (its cwd); the project is `root` inside it. */
  ws: string;
  root: string;
  /** The directory the actions are pointed at: the root, or the workspace member. */
  dir: string;
  wd: string;
  out: string;
  env: NodeJS.ProcessEnv;
}

const ms = (t0: number) => performance.now() - t0;

async function run(ctx: Ctx, file: string, args: string[], cwd: string, env = ctx.env): Promise<ExecResult> {
  return execTool(file, args, {
    cwd,
    env,
    okExitCodes: [0, 1, 2],
    timeoutMs: STEP_TIMEOUT,
    maxOutputBytes: 256 * 1024 * 1024,
  });
}

/** One CLI command in the workspace; its JSON report, exit code and wall time. */
async function cli(ctx: Ctx, command: string, args: string[], env = ctx.env) {
  const json = path.join(ctx.out, `${command}.json`);
  const t0 = performance.now();
  const r = await run(
    ctx,
    process.execPath,
    [
      CLI,
      command,
      '--working-directory',
      ctx.wd,
      // setup-uv writes no report.
      ...(command === 'setup-uv' ? [] : ['--json-file', path.relative(ctx.ws, json)]),
      ...args,
    ],
    ctx.ws,
    env,
  );
  const wall = ms(t0);
  fs.writeFileSync(path.join(ctx.out, `${command}.log`), `${r.stdout}\n----\n${r.stderr}`);
  const report = fs.existsSync(json)
    ? (JSON.parse(fs.readFileSync(json, 'utf8')) as {
        findings: {
          tool: string;
          rule: string;
          file?: string;
          line?: number;
          data?: Record<string, string | number>;
        }[];
        meta: {
          toolRuns?: {
            tool: string;
            version?: string;
            findings: number;
            durationMs?: number;
            exitCode?: number;
          }[];
        };
      })
    : undefined;
  return { r, wall, report };
}

const uvTool = (ctx: Ctx, pkg: string, version: string, command: string, args: string[]) =>
  [ctx.uv, ['tool', 'run', '--from', `${pkg}==${version}`, command, ...args]] as const;

/** The files ruff checks under the project's configuration (its excludes and .gitignore applied). */
async function includedFiles(ctx: Ctx, ruffVersion: string): Promise<Set<string>> {
  const [f, a] = uvTool(ctx, 'ruff', ruffVersion, 'ruff', ['check', '--show-files', '--force-exclude', '.']);
  const r = await run(ctx, f, [...a], ctx.dir);
  return new Set(
    r.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('/') && /\.pyi?$/.test(l)),
  );
}

/** Each linter by hand: the project's configuration plus what issue 17 carries across tools. */
function handArgv(
  ctx: Ctx,
  tool: ToolId,
  version: string,
  cfg: ProjectConfig,
  files: string[],
  venv: string,
  pylintArgs: string[],
) {
  const L = String(cfg.lineLength);
  const py = files.filter((f) => f.endsWith('.py'));
  const conflicts = cfg.formatter ? FORMATTER_CONFLICTS : [];
  switch (tool) {
    case 'ruff':
      return uvTool(ctx, 'ruff', version, 'ruff', [
        'check',
        '--output-format',
        'json',
        '--exit-zero',
        '--force-exclude',
        ...(cfg.ruff ? [] : ['--line-length', L]),
        '.',
      ]);
    case 'flake8': {
      const own = cfg.flake8;
      const ignore = own ? conflicts : ['E501', ...new Set(['W503', ...conflicts])];
      return uvTool(ctx, 'flake8', version, 'flake8', [
        `--format=${FLAKE8_FORMAT}`,
        '--exit-zero',
        ...(sets(own, 'max-line-length', 'max_line_length') ? [] : [`--max-line-length=${L}`]),
        ...(sets(own, 'max-complexity', 'max_complexity') ? [] : ['--max-complexity=10']),
        ...(ignore.length ? [`--extend-ignore=${ignore.join(',')}`] : []),
        ...py,
      ]);
    }
    case 'isort':
      return uvTool(ctx, 'isort', version, 'isort', [
        '--check-only',
        '--diff',
        '--filter-files',
        ...(sets(cfg.isort, 'line_length', 'line-length', 'profile') ? [] : ['--line-length', L]),
        ...files.filter((f) => /\.pyi?$/.test(f)),
      ]);
    case 'autoflake':
      return uvTool(ctx, 'autoflake', version, 'autoflake', [
        '-r',
        ...(cfg.autoflake
          ? []
          : ['--remove-all-unused-imports', '--remove-unused-variables', '--remove-duplicate-keys']),
        ...py,
      ]);
    default:
      return [
        ctx.uv,
        [
          'run',
          '--no-project',
          '--python',
          path.join(venv, 'bin', 'python'),
          '--with',
          `pylint==${version}`,
          'python',
          '-c',
          PYLINT_BOOT,
          '--output-format=json2',
          '--exit-zero',
          '--recursive=y',
          ...(sets(cfg.pylint, 'max-line-length', 'max_line_length') ? [] : [`--max-line-length=${L}`]),
          ...pylintArgs,
        ],
      ] as const;
  }
}

const versionOf = (runs: { tool: string; version?: string }[] | undefined, tool: string, pin: string) =>
  runs?.find((t) => t.tool === tool)?.version?.match(/\d+(\.\d+)+\S*/)?.[0] ?? pin;

async function corpusProject(p: Project): Promise<void> {
  const uv = requireTool('uv');
  const gitleaks = requireTool('gitleaks');
  if (!uv || !gitleaks) throw new Error('uv and gitleaks are needed (.ci/install-tools.sh)');
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: node scripts/bundle.mjs pyprod`);
  const archive = await sdist(p);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'real-projects-'));
  try {
    const ws = path.join(tmp, 'ws');
    const root = path.join(ws, p.name);
    const out = path.join(ws, '.pyprod-out');
    fs.mkdirSync(root, { recursive: true });
    fs.mkdirSync(out);
    await extractSdist(archive, root);
    const dir = p.member ? path.join(root, p.member) : root;
    const env = machineEnv({
      PATH: [path.dirname(uv), path.dirname(gitleaks), path.dirname(process.execPath), process.env.PATH].join(
        path.delimiter,
      ),
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_PROGRESS: '1',
      NO_COLOR: '1',
      ...p.env,
    });
    const ctx: Ctx = { p, uv, gitleaks, ws, root, dir, wd: path.relative(ws, dir), out, env };
    const add = (r: Omit<Row, 'project'>) => rows.push({ project: `${p.name} ${p.version}`, ...r });
    const cfg = projectConfig(dir, root);
    console.log(
      `\n== ${p.name} ${p.version} in ${dir}\n   ${JSON.stringify({ ...cfg, pylint: !!cfg.pylint })}`,
    );

    // Secrets first, on the tree as published (the venv made later is not the project's).
    const sec = await cli(ctx, 'secrets', [
      '--scope',
      'files',
      '--fail-on-findings',
      'false',
      '--tool-source',
      'path',
    ]);
    const leaksJson = path.join(out, 'gitleaks-hand.json');
    const t0 = performance.now();
    const own = ['.gitleaks.toml', '.gitleaksignore'].map((f) => path.join(dir, f));
    await run(
      ctx,
      gitleaks,
      [
        'dir',
        dir,
        '--no-banner',
        '--exit-code',
        '0',
        '--report-format',
        'json',
        '--report-path',
        leaksJson,
        ...(fs.existsSync(own[0] as string) ? ['--config', own[0] as string] : []),
        ...(fs.existsSync(own[1] as string) ? ['--gitleaks-ignore-path', own[1] as string] : []),
      ],
      ws,
    );
    const handLeaks = (JSON.parse(fs.readFileSync(leaksJson, 'utf8') || '[]') as unknown[]).length;
    const cliLeaks = sec.report?.findings.length;
    add({
      check: 'secrets (files)',
      cli: cliLeaks === undefined ? `no report (exit ${sec.r.exitCode})` : String(cliLeaks),
      hand: String(handLeaks),
      match: cliLeaks === handLeaks ? 'yes' : 'no',
      cliMs: sec.wall,
      handMs: ms(t0),
      note: `gitleaks ${versionOf(sec.report?.meta.toolRuns, 'gitleaks', '?')}`,
    });

    // The lock, when the sdist ships none (the same for both sides).
    const shipped = fs.existsSync(path.join(root, 'uv.lock'));
    if (!shipped) await execTool(uv, ['lock', '--quiet'], { cwd: root, env, timeoutMs: STEP_TIMEOUT });
    const upgrades = p.upgradePackages ?? [];
    if (upgrades.length) {
      await execTool(uv, ['lock', '--quiet', ...upgrades.flatMap((u) => ['--upgrade-package', u])], {
        cwd: root,
        env,
        timeoutMs: STEP_TIMEOUT,
      });
    }
    const lockText = fs.readFileSync(path.join(root, 'uv.lock'), 'utf8');
    const locked = (lockText.match(/^name = /gm) ?? []).length;
    // The version a tool should run at: the one the (workspace root's) uv.lock pins, else the CLI's choice.
    const expected = (pkg: string, cliVersion: string) => lockedVersion(lockText, pkg) ?? cliVersion;
    const versionNote = (want: string, ran: string) =>
      want === ran ? '' : `CLI ran ${ran}, uv.lock pins ${want}`;

    const setup = await cli(ctx, 'setup-uv', ['--enable-cache', 'false', '--tool-source', 'path']);
    // The environment as uv sees it from the directory (UV_PROJECT_ENVIRONMENT unset: the workspace's .venv).
    const prefix = await run(
      ctx,
      uv,
      ['run', '--frozen', '--no-sync', 'python', '-c', 'import sys; print(sys.prefix)'],
      dir,
    );
    const venv = prefix.stdout.trim().split('\n').pop() ?? '';
    const made = fs.existsSync(path.join(venv, 'pyvenv.cfg'));
    let handSync = 0;
    if (!made || setup.r.exitCode !== 0) {
      const t1 = performance.now();
      await run(ctx, uv, ['sync', '--locked', '--all-groups'], dir);
      handSync = ms(t1);
    }
    // The environment the summary names (`… environment at <code>dir</code>`), against uv's.
    const named = /environment at <code>([^<]+)<\/code>/.exec(setup.r.stdout)?.[1];
    const uvVenv = path.relative(ws, venv) || venv;
    add({
      check: 'setup-uv: the environment',
      cli: `exit ${setup.r.exitCode}; ${named ?? 'names none'}${made ? '' : '; no venv'}`,
      hand: `uv: ${uvVenv}`,
      match: setup.r.exitCode === 0 && made && named === uvVenv ? 'yes' : 'no',
      cliMs: setup.wall,
      ...(handSync ? { handMs: handSync } : {}),
      note: `${locked} locked packages (${shipped ? 'uv.lock shipped' : 'locked here'}${upgrades.length ? `; upgraded here: ${upgrades.join(', ')}` : ''})`,
    });
    const active = { ...env, VIRTUAL_ENV: venv };
    const before = venvFingerprint(venv);
    let last = before;
    const changedBy: string[] = [];
    // Each step against the state the previous one left, so a change is put down to the step that made it.
    const check = (step: string) => {
      const now = venvFingerprint(venv);
      const changes = venvChanges(last, now);
      last = now;
      if (!changes.length) return;
      const names = changes
        .slice(0, 3)
        .map((c) => c.replace(/^([+~-])[^/]*\//, '$1').replace(/\.dist-info$/, ''));
      changedBy.push(`${step}: ${changes.length} (${names.join(' ')}${changes.length > 3 ? ' …' : ''})`);
    };

    // Lint: per-tool counts before merging (toolRuns), and every merged finding's file.
    const lint = await cli(ctx, 'lint', ['--fail-on', 'never', '--tool-source', 'path'], active);
    check('lint');
    const runs = lint.report?.meta.toolRuns;
    const ruffVersion = expected('ruff', versionOf(runs, 'ruff', PYTHON_TOOLS.ruff.pin));
    const included = await includedFiles(ctx, ruffVersion);
    const files = [...included].map((f) => path.relative(dir, f)).sort();
    // pylint gets these files in the form the CLI gives them (directories where nothing is excluded, with
    // --recursive=y), so it checks them in the same order: what duplicate-code (R0801) reports depends on
    // the order (a block in three files is reported for the first pair that has it). The file set stays
    // ruff's answer, not the CLI's.
    const excludedHere = new Set(candidateFiles(dir, ['.']).filter((f) => !included.has(path.join(dir, f))));
    const pylintArgs = pylintPaths(dir, ['.'], pathArguments(['.'], files, excludedHere));
    const pathCtx = { cwd: dir, workspace: ws };
    let handTotal = 0;
    for (const tool of LINTERS) {
      const ran = versionOf(runs, tool, PYTHON_TOOLS[tool].pin);
      const version = expected(PYTHON_TOOLS[tool].package, ran);
      const [file, args] = handArgv(ctx, tool, version, cfg, files, venv, pylintArgs);
      const t1 = performance.now();
      const r = await execTool(file, [...args], {
        cwd: dir,
        env: tool === 'pylint' ? { ...env, PYTHONHASHSEED: '0' } : env,
        okExitCodes: [0, 1],
        timeoutMs: STEP_TIMEOUT,
        maxOutputBytes: 256 * 1024 * 1024,
      });
      fs.writeFileSync(path.join(out, `${tool}-hand.txt`), r.stdout);
      const hand = parseOutput(tool, r.stdout, pathCtx).length;
      const handMs = ms(t1);
      handTotal += handMs;
      const ours = runs?.find((t) => t.tool === tool);
      add({
        check: `lint: ${tool} ${version}`,
        cli: ours ? String(ours.findings) : `no report (exit ${lint.r.exitCode})`,
        hand: String(hand),
        match: ours?.findings === hand && ran === version ? 'yes' : 'no',
        handMs,
        ...(ours?.durationMs !== undefined ? { cliMs: ours.durationMs } : {}),
        note: [
          versionNote(version, ran),
          tool === 'ruff'
            ? `line length ${cfg.lineLength} (${cfg.lineLengthFrom}); formatter ${cfg.formatter ?? 'none'}`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
    add({
      check: 'lint: whole stack',
      cli: lint.report
        ? `${lint.report.findings.length} after merging`
        : `no report (exit ${lint.r.exitCode})`,
      hand: 'one tool after the other',
      match: '—',
      cliMs: lint.wall,
      handMs: handTotal,
    });
    const all = lint.report?.findings ?? [];
    const excluded = all.filter((f) => {
      if (!f.file || !/\.pyi?$/.test(f.file)) return false;
      const abs = path.resolve(ws, f.file);
      // pylint names a package's cycle after a module file that may not exist (R0401 on `pkg/pkg.py`).
      return abs.startsWith(`${dir}${path.sep}`) && !included.has(abs) && fs.existsSync(abs);
    });
    const pyFiles = (await run(ctx, 'find', ['.', '-name', '*.py', '-not', '-path', './.venv/*'], dir)).stdout
      .split('\n')
      .filter(Boolean).length;
    add({
      check: 'lint: findings in excluded files (must be 0)',
      cli: String(excluded.length),
      hand: '0',
      match: excluded.length === 0 ? 'yes' : 'no',
      note: `${files.length} files checked of ${pyFiles} .py files`,
    });
    const within = lineLengthWithinLimit(all, ws, cfg.lineLength);
    add({
      check: `lint: line-length findings on lines ≤ ${cfg.lineLength} (must be 0)`,
      cli: String(within),
      hand: '0',
      match: within === 0 ? 'yes' : 'no',
    });

    // deptry: the CLI's report against deptry run by hand in the same environment.
    const deps = await cli(ctx, 'deps', ['--fail-on', 'none', '--tool-source', 'path'], active);
    check('deps');
    const deptryRan = versionOf(deps.report?.meta.toolRuns, 'deptry', PYTHON_TOOLS.deptry.pin);
    const deptryVersion = expected('deptry', deptryRan);
    const srcDir = path.join(dir, 'src');
    const firstParty = fs.existsSync(srcDir)
      ? fs.readdirSync(srcDir).filter((d) => fs.existsSync(path.join(srcDir, d, '__init__.py')))
      : [];
    const deptryJson = path.join(out, 'deptry-hand.json');
    const t2 = performance.now();
    // As a user checks it by hand without touching the venv: every extra and group installed in a separate
    // environment; where uv cannot build that one, the venv as it is.
    const deptryArgs = [
      '--with',
      `deptry==${deptryVersion}`,
      'python',
      '-m',
      'deptry',
      '.',
      '--no-ansi',
      '--json-output',
      deptryJson,
      ...firstParty.flatMap((m) => ['--known-first-party', m]),
    ];
    fs.rmSync(deptryJson, { force: true });
    await run(ctx, uv, ['run', '--isolated', '--frozen', '--all-extras', '--all-groups', ...deptryArgs], dir);
    if (!fs.existsSync(deptryJson))
      await run(
        ctx,
        uv,
        ['run', '--no-project', '--python', path.join(venv, 'bin', 'python'), ...deptryArgs],
        dir,
      );
    const handDeps = fs.existsSync(deptryJson)
      ? (JSON.parse(fs.readFileSync(deptryJson, 'utf8')) as { error: { code: string } }[])
      : undefined;
    const byCode = (codes: string[]) =>
      Object.entries(
        codes.reduce<Record<string, number>>((a, c) => {
          a[c] = (a[c] ?? 0) + 1;
          return a;
        }, {}),
      )
        .sort()
        .map(([c, n]) => `${c}×${n}`)
        .join(' ') || '0';
    const cliDeps = deps.report?.findings.map((f) => f.rule);
    const deptryRun = deps.report?.meta.toolRuns?.find((t) => t.tool === 'deptry');
    const cliDepsText = !cliDeps
      ? `no report (exit ${deps.r.exitCode})`
      : // deptry exits 1 when it reports violations; with none reported, exit 1 is a failure to run.
        deptryRun?.exitCode && cliDeps.length === 0
        ? `deptry failed (exit ${deptryRun.exitCode})`
        : byCode(cliDeps);
    const handDepsText = handDeps ? byCode(handDeps.map((d) => d.error.code)) : 'deptry failed';
    add({
      check: `deps: deptry ${deptryVersion}`,
      cli: cliDepsText,
      hand: handDepsText,
      match: cliDepsText === handDepsText && deptryRan === deptryVersion ? 'yes' : 'no',
      note: versionNote(deptryVersion, deptryRan),
      cliMs: deps.wall,
      handMs: ms(t2),
    });

    // Licences: the gate's verdicts against pip-licenses reading the same environment.
    const lic = await cli(ctx, 'licenses', ['--zero', 'false'], active);
    check('licenses');
    const pipJson = path.join(out, 'pip-licenses.json');
    const t3 = performance.now();
    const [pf, pa] = uvTool(ctx, 'pip-licenses', MANIFEST.tools['pip-licenses'], 'pip-licenses', [
      `--python=${path.join(venv, 'bin', 'python')}`,
      '--from=mixed',
      // pip, setuptools and wheel are left out by default; the gate counts them when the lock has them.
      '--with-system',
      '--format=json',
      `--output-file=${pipJson}`,
    ]);
    await run(ctx, pf, [...pa], dir);
    const pip = fs.existsSync(pipJson) ? pipLicences(fs.readFileSync(pipJson, 'utf8')) : new Map();
    const counted = cliLicences(lic.r.stdout);
    const { dropped, notInstalled } = licenceDisagreements(counted, pip);
    const incompatible = lic.report?.findings.length;
    add({
      check: 'licenses vs pip-licenses',
      cli:
        incompatible === undefined
          ? `no report (exit ${lic.r.exitCode})`
          : `${incompatible} of ${counted.length} incompatible`,
      hand: `${pip.size} installed; ${dropped.length} with a licence the gate calls unknown`,
      match: incompatible !== undefined && dropped.length === 0 && notInstalled.length === 0 ? 'yes' : 'no',
      cliMs: lic.wall,
      handMs: ms(t3),
      note: [
        (lic.report?.findings ?? [])
          .slice(0, 4)
          .map((f) => `${f.data?.package} (${f.data?.license}: ${f.data?.verdict})`)
          .join(', '),
        dropped.length ? `dropped: ${dropped.slice(0, 4).join(', ')}` : '',
        notInstalled.length ? `counted but not installed: ${notInstalled.slice(0, 4).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });

    const hasVenv = fs.existsSync(path.join(venv, 'pyvenv.cfg'));
    add({
      check: 'venv unchanged (every RECORD)',
      cli: !hasVenv ? 'no environment' : changedBy.length ? 'no' : 'yes',
      hand: `${before.size} distributions`,
      match: !hasVenv || changedBy.length ? 'no' : 'yes',
      note: changedBy.join('; '),
    });
  } finally {
    // The reports and logs of both sides are kept for reading; the unpacked project and its venv are not.
    const keep = path.join(CACHE, 'logs', p.name);
    fs.rmSync(keep, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(keep), { recursive: true });
    const out = path.join(tmp, 'ws', '.pyprod-out');
    if (fs.existsSync(out)) fs.cpSync(out, keep, { recursive: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

for (const p of MANIFEST.projects) {
  if (ONLY.length && !ONLY.includes(p.name)) continue;
  it(`real project ${p.name} ${p.version}: the CLI against the tools by hand`, async () => {
    await corpusProject(p);
    const mine = rows.filter((r) => r.project === `${p.name} ${p.version}`);
    console.log(markdownTable(mine));
    if (process.env.PYPROD_CORPUS_STRICT === '1') {
      expect(mine.filter((r) => r.match === 'no').map((r) => r.check)).toEqual([]);
    }
  });
}

afterAll(() => {
  const md = `${markdownTable(rows)}\n`;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, md);
  console.log(`\n${md}\nwritten to ${OUT}`);
});
