// python-lint-stack on a pull request of a large project (issue 20): the whole stack on a pull request that
// changes 3 files of a 113k-line project, warm caches, against the full run, side by side in one run.
//   node scripts/bundle.mjs pyprod
//   npx vitest run --config bench/vitest.config.ts bench/python-lint-stack-pr.bench.ts
// The project: seven real sdists from PyPI at pinned versions (checked against their sha256), their packages
// vendored side by side in one git repository (rich, click, jinja2, werkzeug, flask, httpx, markdown-it-py:
// flask imports the vendored click, jinja2 and werkzeug, rich the vendored markdown_it), with a pyproject.toml
// pinning the other dependencies and a `uv sync`ed .venv, so pylint and mypy resolve every import.
// The pull request: `main` (the base) and a `feature` commit that changes 3 files (a function added to
// click/utils.py; werkzeug's quote_etag made keyword-only for `weak`, which werkzeug/sansio/response.py, not
// touched, still passes positionally; flask/cli.py imports and uses the new function), with the
// pull_request payload GitHub sends (GITHUB_EVENT_NAME / GITHUB_EVENT_PATH).
// Goal: the PR run (`changed-files-only true`) takes at most 5 s of wall time with warm caches.
// Each round runs, in alternating order, the full stack (`changed-files-only false`) on the base commit, as
// the default branch's run that fills the cache does, and the PR run on the head commit; both through the CLI
// bundle (node start to exit), with one XDG_CACHE_HOME (the CLI's lint cache) for the whole bench. One full
// run and one PR run before the rounds warm the caches (uv's tool environments, the lint cache). The spread
// of the full runs is printed as the machine's own noise. PYPROD_BENCH_ROUNDS sets the rounds (default 5),
// PYPROD_BENCH_TOOLS the stack (default the default tools plus mypy).
// The sdists and uv's cache live under the tools dir (PYPROD_TOOLS_DIR); the repository, its .venv and the
// lint cache in a temporary directory removed at the end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, expect, it } from 'vitest';
import { execTool } from '../src/core/exec.js';
import { loadEvent, pullRequestVars, writeEvent } from '../test/fixtures/events/load.js';
import { cleanupRepos, gitEnv, initRepo, type Repo } from '../test/support/git-repo.js';
import { machineEnv } from '../test/support/python.js';
import { requireTool, TOOLS_DIR } from '../test/support/tools.js';
import { type PinnedSdist, unpackedSdist } from './support/sdist.js';

const CACHE = path.join(TOOLS_DIR, 'python-lint-stack-pr-bench');
const CLI = path.resolve('dist/pyprod/index.js');
const ROUNDS = Number(process.env.PYPROD_BENCH_ROUNDS ?? 5);
const TOOLS = process.env.PYPROD_BENCH_TOOLS ?? 'autoflake,flake8,ruff,isort,pylint,mypy';
const MIN_LINES = 100_000;
const GOAL_MS = 5_000;

/** Each sdist and the package directory inside it that is vendored at the repository's root. */
const SDISTS: (PinnedSdist & { package: string })[] = [
  {
    project: 'rich',
    file: 'rich-15.0.0.tar.gz',
    sha256: 'edd07a4824c6b40189fb7ac9bc4c52536e9780fbbfbddf6f1e2502c31b068c36',
    package: 'rich',
  },
  {
    project: 'click',
    file: 'click-8.5.1.tar.gz',
    sha256: '9bbfada76703fd1d784b83eea012e3e8c6a001a876543ef104fa56aaaeb072b4',
    package: 'src/click',
  },
  {
    project: 'jinja2',
    file: 'jinja2-3.1.6.tar.gz',
    sha256: '0137fb05990d35f1275a587e9aee6d56da821fc83491a0fb838183be43f66d6d',
    package: 'src/jinja2',
  },
  {
    project: 'werkzeug',
    file: 'werkzeug-3.1.9.tar.gz',
    sha256: '55ca7c70a75689be937aa27f8ff4b018f06ff4838fc73045560bf0f5a1291060',
    package: 'src/werkzeug',
  },
  {
    project: 'flask',
    file: 'flask-3.1.3.tar.gz',
    sha256: '0ef0e52b8a9cd932855379197dd8f94047b359ca0a78695144304cb45f87c9eb',
    package: 'src/flask',
  },
  {
    project: 'httpx',
    file: 'httpx-0.29.0.tar.gz',
    sha256: '700928ee6c1f4213795e67c47eba8f8553639069fea89199f71d654e38edc593',
    package: 'httpx',
  },
  {
    project: 'markdown-it-py',
    file: 'markdown_it_py-4.3.0.tar.gz',
    sha256: '91a58fa5b72c71a40cf7177250fd767480d7a2bb3ac426ccfb76fb90305fdaaa',
    package: 'markdown_it',
  },
];

/** The vendored packages' other runtime dependencies (and theirs), pinned: what `uv sync` installs. */
const DEPENDENCIES = [
  'anyio==4.16.0',
  'blinker==1.9.0',
  'certifi==2026.10.19.post1',
  'h11==0.16.0',
  'httpcore==1.0.9',
  'idna==3.20',
  'itsdangerous==2.2.0',
  'markupsafe==3.0.4',
  'mdurl==0.1.2',
  'pygments==2.21.0',
  'typing-extensions==4.16.0',
];

const PYPROJECT = `[project]
name = "vendored-stack"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
${DEPENDENCIES.map((d) => `    "${d}",`).join('\n')}
]

[tool.uv]
package = false
`;

/** Each edit replaces exactly one occurrence of `anchor` in `file` (the bench fails if there is not one). */
interface Edit {
  file: string;
  anchor: string;
  replacement: string;
}

/** The pull request: 3 files, one edit or two each. */
const EDITS: Edit[] = [
  // Add a function.
  {
    file: 'click/utils.py',
    anchor: '\n\ndef get_app_dir(',
    replacement: `


def format_filenames(
    filenames: cabc.Iterable[str | bytes | os.PathLike[str] | os.PathLike[bytes]],
    shorten: bool = False,
    sep: str = ", ",
) -> str:
    """Format several filenames for display, each as :func:\`format_filename\` does.

    :param filenames: the filenames to format, in order.
    :param shorten: strip each filename of the path that leads up to it.
    :param sep: the text between two filenames.
    """
    return sep.join(format_filename(name, shorten=shorten) for name in filenames)


def get_app_dir(`,
  },
  // Change a signature used elsewhere: \`weak\` becomes keyword-only; werkzeug/sansio/response.py (not
  // changed) passes it positionally, a cross-module error (pylint E1121, mypy misc) the change causes.
  {
    file: 'werkzeug/http.py',
    anchor: 'def quote_etag(etag: str, weak: bool = False) -> str:',
    replacement: 'def quote_etag(etag: str, *, weak: bool = False) -> str:',
  },
  // Touch an import, and use it.
  {
    file: 'flask/cli.py',
    anchor: 'from click.core import ParameterSource\n',
    replacement: 'from click.core import ParameterSource\nfrom click.utils import format_filenames\n',
  },
  {
    file: 'flask/cli.py',
    anchor: '    show_server_banner(debug, info.app_import_path)\n',
    replacement:
      '    if reload and extra_files:\n' +
      '        click.echo(f" * Also watching {format_filenames(extra_files)}")\n\n' +
      '    show_server_banner(debug, info.app_import_path)\n',
  },
];

/** The module the change breaks without touching it, and what the tools say there. */
const BROKEN_IMPORTER = 'werkzeug/sansio/response.py';

/** Lines of Python under `dir`, as `wc -l` counts them (newlines), without .git, .venv and caches. */
function pythonLines(dir: string): { files: number; lines: number } {
  let files = 0;
  let lines = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== '__pycache__') walk(path.join(d, e.name));
      } else if (e.isFile() && e.name.endsWith('.py')) {
        files++;
        const text = fs.readFileSync(path.join(d, e.name), 'utf8');
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      }
    }
  };
  walk(dir);
  return { files, lines };
}

function applyEdits(dir: string, edits: readonly Edit[]): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const e of edits) {
    const text = changed[e.file] ?? fs.readFileSync(path.join(dir, e.file), 'utf8');
    const at = text.indexOf(e.anchor);
    if (at === -1 || text.indexOf(e.anchor, at + 1) !== -1) {
      throw new Error(`${e.file}: the edit's anchor ${JSON.stringify(e.anchor)} is not there exactly once`);
    }
    changed[e.file] = text.slice(0, at) + e.replacement + text.slice(at + e.anchor.length);
  }
  return changed;
}

interface Project {
  repo: Repo;
  base: string;
  head: string;
  eventPath: string;
  /** The bench's temporary directory (the event payload, the JSON reports). */
  tmp: string;
  files: number;
  lines: number;
}

/** The vendored project as a git repository: `main` at the base commit, `feature` one commit ahead. */
async function buildProject(uv: string, env: NodeJS.ProcessEnv, tmp: string): Promise<Project> {
  const repo = initRepo('main');
  for (const sd of SDISTS) {
    const src = await unpackedSdist(CACHE, sd);
    fs.cpSync(path.join(src, sd.package), path.join(repo.dir, path.basename(sd.package)), {
      recursive: true,
    });
  }
  fs.writeFileSync(path.join(repo.dir, 'pyproject.toml'), PYPROJECT);
  // Today the CLI leaves mypy's and ruff's caches in the project; they stay out of the commits.
  fs.writeFileSync(path.join(repo.dir, '.gitignore'), '.venv/\n.mypy_cache/\n.ruff_cache/\n__pycache__/\n');
  // The project's environment, as setup-uv-cached leaves it; uv.lock is committed with the project.
  await execTool(uv, ['sync', '--quiet'], { cwd: repo.dir, env, timeoutMs: 600_000 });
  const { files, lines } = pythonLines(repo.dir);
  const base = repo.commit('the vendored project');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit(
    'Make quote_etag weak keyword-only; flask run lists the extra files it watches',
    applyEdits(repo.dir, EDITS),
  );
  const changed = repo.git('diff', '--name-only', base, head).split('\n');
  expect(changed.sort()).toEqual([...new Set(EDITS.map((e) => e.file))].sort());
  const payload = loadEvent(
    'pull_request-opened',
    pullRequestVars(base, head, { number: 20, changedFiles: changed.length }),
    repo,
  );
  return { repo, base, head, eventPath: writeEvent(tmp, payload), tmp, files, lines };
}

interface LintRun {
  ms: number;
  /** Per tool: its own duration (from the JSON report) and its findings. */
  tools: { tool: string; durationMs: number; findings: number }[];
  findings: number;
  /** Tools that reported a finding in BROKEN_IMPORTER. */
  brokenImporterBy: string[];
  /** The summary's "Changed files only" section: what was linted and why. */
  scope: string;
}

interface JsonReport {
  findings: { tool: string; file?: string; rule: string; reports?: { tool: string; rule: string }[] }[];
  meta: { toolRuns: { tool: string; durationMs: number; findings: number }[] };
}

/** One `pyprod lint` run through the CLI bundle, node start to exit. */
async function lint(project: Project, env: NodeJS.ProcessEnv, changedOnly: boolean): Promise<LintRun> {
  const json = path.join(project.tmp, 'report.json');
  const args = [
    CLI,
    'lint',
    '--tools',
    TOOLS,
    '--fail-on',
    'never',
    '--changed-files-only',
    String(changedOnly),
    '--json-file',
    json,
  ];
  const started = performance.now();
  const r = await execTool(process.execPath, args, { cwd: project.repo.dir, env, timeoutMs: 1_800_000 });
  const ms = performance.now() - started;
  const report = JSON.parse(fs.readFileSync(json, 'utf8')) as JsonReport;
  fs.rmSync(json, { force: true });
  const tools = report.meta.toolRuns.map((t) => ({
    tool: t.tool,
    durationMs: t.durationMs,
    findings: t.findings,
  }));
  expect(tools.map((t) => t.tool).sort(), r.tail).toEqual(TOOLS.split(',').sort());
  const brokenImporterBy = new Set<string>();
  for (const f of report.findings) {
    if (f.file !== BROKEN_IMPORTER) continue;
    for (const rep of f.reports ?? [f]) brokenImporterBy.add(`${rep.tool} ${rep.rule}`);
  }
  const section = /^#### Changed files only\n+([\s\S]*?)(?=\n#{1,4} |\n<details>|$)/m.exec(r.stdout);
  return {
    ms,
    tools,
    findings: report.findings.length,
    brokenImporterBy: [...brokenImporterBy].sort(),
    // The summary escapes Markdown and defuses references (`pull\\_request \\#\u200b20`): shown as text.
    scope: (section?.[1] ?? '').trim().replaceAll('\\', '').replaceAll('\u200b', ''),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const spread = (xs: number[]) => (Math.max(...xs) - Math.min(...xs)) / median(xs);
const perTool = (run: LintRun) => run.tools.map((t) => `${t.tool} ${s(t.durationMs)}`).join(', ');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

let tmp: string | undefined;
afterAll(() => {
  cleanupRepos();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

it('python-lint-stack: a 3-file pull request of a 113k-line project against the full run', async () => {
  const uv = requireTool('uv');
  if (!uv) throw new Error('uv is needed (.ci/install-tools.sh)');
  if (!requireTool('git')) throw new Error('git is needed');
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: node scripts/bundle.mjs pyprod`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-pr-bench-'));
  const base = machineEnv({
    PATH: `${path.dirname(uv)}${path.delimiter}${process.env.PATH ?? ''}`,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    NO_COLOR: '1',
    // uv's cache (the tools' environments, the project's packages) lives with the rest of the bench's cache.
    UV_CACHE_DIR: path.join(CACHE, 'uv-cache'),
    // The CLI's lint cache (ruff's and mypy's caches, the pylint index): one for the whole bench.
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  });
  const project = await buildProject(uv, base, tmp);
  expect(project.lines).toBeGreaterThanOrEqual(MIN_LINES);
  // The full run as on the default branch (no pull request); the PR run with the pull_request event.
  const prEnv = { ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: project.eventPath };
  // Through execTool, whose error says how git ended (exit code or signal) and what it printed.
  const checkout = (branch: string) =>
    execTool('git', ['checkout', '-q', branch], { cwd: project.repo.dir, env: gitEnv(), timeoutMs: 120_000 });
  const full = async () => {
    await checkout('main');
    return lint(project, base, false);
  };
  const pr = async () => {
    await checkout('feature');
    return lint(project, prEnv, true);
  };
  console.log(
    `\n${SDISTS.map((x) => x.file.replace(/\.tar\.gz$/, '')).join(', ')} vendored in ${project.repo.dir}: ` +
      `${project.lines.toLocaleString('en')} lines of Python in ${project.files} files; tools ${TOOLS}; ` +
      `${os.availableParallelism()} CPUs (load ${load()})`,
  );

  // Warm-up (untimed): uv installs the tool environments; the full run fills the lint cache, the first PR
  // run warms what it keeps of its own.
  const warmFull = await full();
  const warmPr = await pr();
  console.log(
    `warm-up: full ${s(warmFull.ms)} (${perTool(warmFull)}); PR ${s(warmPr.ms)} (${perTool(warmPr)})`,
  );
  console.log(`PR run, what was linted:\n  ${warmPr.scope.split('\n').join('\n  ')}`);

  const fulls: LintRun[] = [];
  const prs: LintRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    if (round % 2 === 1) {
      fulls.push(await full());
      prs.push(await pr());
    } else {
      prs.push(await pr());
      fulls.push(await full());
    }
    const f = fulls.at(-1) as LintRun;
    const p = prs.at(-1) as LintRun;
    console.log(
      `round ${round}: full ${s(f.ms)}, PR ${s(p.ms)}, ratio PR/full ${(p.ms / f.ms).toFixed(3)}; ` +
        `PR ≤ ${s(GOAL_MS)}: ${p.ms <= GOAL_MS ? 'yes' : 'no'} (load ${load()})`,
    );
    console.log(`  full per tool: ${perTool(f)}; ${f.findings} findings`);
    console.log(`  PR per tool:   ${perTool(p)}; ${p.findings} findings`);
  }

  const ratios = prs.map((p, n) => p.ms / (fulls[n] as LintRun).ms);
  const toolMedian = (runs: LintRun[], tool: string) =>
    median(runs.map((r) => r.tools.find((t) => t.tool === tool)?.durationMs ?? Number.NaN));
  const fullMs = fulls.map((r) => r.ms);
  const prMs = prs.map((r) => r.ms);
  console.log(
    `\n| run | median wall time | ratio PR/full (median of rounds) | goal |\n| --- | --- | --- | --- |`,
  );
  console.log(`| full stack, \`changed-files-only false\` | ${s(median(fullMs))} | | reference |`);
  console.log(
    `| pull request (3 files), warm caches | ${s(median(prMs))} | ${median(ratios).toFixed(3)} | ≤ ${s(GOAL_MS)}: ${median(prMs) <= GOAL_MS ? 'met' : 'not met'} |`,
  );
  console.log(`\n| tool | full, median | PR, median |\n| --- | --- | --- |`);
  for (const tool of TOOLS.split(','))
    console.log(`| ${tool} | ${s(toolMedian(fulls, tool))} | ${s(toolMedian(prs, tool))} |`);
  console.log(
    `\nrounds (PR/full): ${ratios.map((r) => r.toFixed(3)).join(', ')}\n` +
      `full runs: ${fullMs.map(s).join(', ')} (the machine's noise: spread ${(spread(fullMs) * 100).toFixed(0)}% of the median)\n` +
      `PR runs: ${prMs.map(s).join(', ')} (spread ${(spread(prMs) * 100).toFixed(0)}%); load at the end ${load()}`,
  );
  const broken = (prs.at(-1) as LintRun).brokenImporterBy;
  console.log(
    `the change's error in ${BROKEN_IMPORTER} (not changed, imports werkzeug.http): ` +
      (broken.length > 0 ? `reported on the PR by ${broken.join(', ')}` : 'not reported on the PR'),
  );
});
