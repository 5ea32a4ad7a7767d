/**
 * Attack: a pull request author controls file names, tool output (messages, crash logs, build output), commit
 * authors and package metadata (licence strings). Every job summary and PR comment producer gets a corpus of
 * hostile strings; the Markdown is rendered with markdown-it (GFM tables, raw HTML on, linkify on as GitHub
 * autolinks) and must hold no link, image, HTML element, heading or table that the benign run of the same
 * producer does not have, no live `@mention` / `#1` reference, no bidi override, no 100 KB run of text.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byRuleSection, failuresSection, projectsSection } from '../../src/actions/deptry-report/summary.js';
import {
  buildFailedSection,
  checksSection,
  layerSection,
  proofSection,
  sizeSection,
  torchSection,
} from '../../src/actions/docker-slim-build/summary.js';
import { renderGateSummary } from '../../src/actions/gate/summary.js';
import { buildReport } from '../../src/actions/license-gate/report.js';
import { failedStartReport } from '../../src/actions/load-benchmark/report.js';
import { benchmarkSections } from '../../src/actions/load-benchmark/summary.js';
import { mergeReports } from '../../src/actions/merge-reports/merge.js';
import type { ReadReport } from '../../src/actions/merge-reports/read.js';
import { renderMergedSummary } from '../../src/actions/merge-reports/summary.js';
import { renderProjectsSummary } from '../../src/actions/projects/summary.js';
import { fixSummary } from '../../src/actions/python-lint-stack/fix.js';
import { scopeSection as lintScopeSection } from '../../src/actions/python-lint-stack/lint-report.js';
import {
  crashSection,
  reproduceSection,
  sharedConfigSection,
  toolsSection,
  topRulesSection,
} from '../../src/actions/python-lint-stack/summary.js';
import { findingsSection, scopeSection } from '../../src/actions/secret-scan/summary.js';
import { renderSummary as setupUvSummary } from '../../src/actions/setup-uv-cached/summary.js';
import {
  buildReport as buildAuditReport,
  sourceFailureReport,
  vulnFindings,
} from '../../src/actions/vuln-audit/report.js';
import { localRuntime } from '../../src/core/runtime.js';
import type { Finding } from '../../src/findings/finding.js';
import { publishReport } from '../../src/report/publish.js';
import type { Report, ReportSection } from '../../src/report/report.js';
import { renderSummary } from '../../src/report/summary.js';
import { loadEvent } from '../fixtures/events/load.js';
import { project, scan } from '../itg/secret-scan/helpers.js';
import { SecretFactory } from '../itg/secret-scan/planted.js';
import { requireNode24 } from '../support/action-runner.js';
import { cleanupRepos, cloneRepo } from '../support/git-repo.js';
import { type GitHubApiServer, startGitHubApiServer } from '../support/github-api-server.js';
import { requireTool } from '../support/tools.js';

const LONG = 'A'.repeat(100_000);
/** Each entry on its own, then all at once. */
const PIECES: Record<string, string> = {
  backticks: 'x ```` y\n```\n<b>fence-escape</b>\n~~~\n``',
  closeDetails: '</details></summary></code></td></table><b>bold</b>',
  img: '<img src=x onerror=alert(1)><a href="https://evil.example/a">a</a>',
  mention: '@attacker and @org/team',
  refs: '#1337 GH-1337 octo-org/octo-repo#1337',
  mdLink: '[click](https://evil.example/x) ![i](https://evil.example/i.png) <https://evil.example/auto>',
  bareUrl: 'https://evil.example/y www.evil.example mail@evil.example',
  newlines: 'a\nb\r\n\n# heading\n\n- list\n> quote\n---\n',
  pipes: 'a | b || c\\|',
  bidi: 'abc\u202Eexe.txt\u2066x\u2069',
  math: '$\\color{green}{\\textsf{✅ passed}}$ $$x$$',
  long: `${LONG}@attacker`,
};
const CORPUS: Record<string, string> = { ...PIECES, all: Object.values(PIECES).join(' ') };
const BENIGN = 'plain';

interface Rendered {
  hrefs: string[];
  images: string[];
  /** HTML tags from raw HTML tokens, `<br>` left out (a newline in a table cell becomes one). */
  tags: string[];
  /** Block structure: headings, tables, fences, rules, quotes, lists. */
  blocks: string[];
  /** Text GitHub scans for mentions and references: not code, not link text. */
  text: string;
  html: string;
  /** `$` not backslash-escaped in inline Markdown source (code spans left out). */
  dollars: number;
}

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub autolinks `www.`, http(s) URLs and e-mail addresses, not bare domain names.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });

function render(markdown: string): Rendered {
  const out: Rendered = {
    hrefs: [],
    images: [],
    tags: [],
    blocks: [],
    text: '',
    html: md.render(markdown),
    dollars: 0,
  };
  const tagsOf = (html: string) => {
    for (const m of html.matchAll(/<(\/?)([A-Za-z][\w-]*)/g)) {
      const name = m[2]?.toLowerCase();
      if (name !== 'br') out.tags.push(`${m[1]}${name}`);
    }
    out.text += ` ${html.replace(/<[^>]*>/g, ' ')}`;
  };
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    let inLink = 0;
    for (const t of tokens) {
      if (t.type === 'link_open') {
        out.hrefs.push(String(t.attrGet('href') ?? ''));
        inLink++;
      } else if (t.type === 'link_close') inLink--;
      else if (t.type === 'image') out.images.push(String(t.attrGet('src') ?? ''));
      else if (t.type === 'html_inline' || t.type === 'html_block') tagsOf(t.content);
      else if (t.type === 'text' && inLink === 0) out.text += t.content;
      else if (
        /^(heading|table|blockquote|bullet_list|ordered_list)_open$|^(fence|code_block|hr)$/.test(t.type)
      )
        out.blocks.push(t.type);
      if (t.type === 'inline')
        out.dollars += (t.content.replace(/`+[^`]*`+/g, '').match(/(?<!\\)\$/g) ?? []).length;
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}

const count = (xs: readonly string[]) =>
  [...xs].sort().reduce<Record<string, number>>((m, x) => {
    m[x] = (m[x] ?? 0) + 1;
    return m;
  }, {});

/** What the hostile rendering has that the benign one has not. */
function problems(hostile: string, benign: string): string[] {
  const h = render(hostile);
  const b = render(benign);
  const found: string[] = [];
  const origins = new Set(b.hrefs.map((u) => new URL(u).origin));
  for (const href of h.hrefs) {
    let origin = '';
    try {
      origin = new URL(href).origin;
    } catch {}
    if (!origins.has(origin)) found.push(`link ${href}`);
  }
  if (h.hrefs.length > b.hrefs.length) found.push(`${h.hrefs.length} links (benign ${b.hrefs.length})`);
  for (const src of h.images) if (!b.images.includes(src)) found.push(`image ${src}`);
  // A backtick in a deptry fix text may start one more of our own <code> spans: balanced, they are ours.
  const notCode = (tags: string[]) => tags.filter((t) => t !== 'code' && t !== '/code');
  const codes = (tags: string[], t: string) => tags.filter((x) => x === t).length;
  if (codes(h.tags, 'code') !== codes(h.tags, '/code')) found.push('unbalanced <code>');
  if (JSON.stringify(count(notCode(h.tags))) !== JSON.stringify(count(notCode(b.tags))))
    found.push(`HTML tags ${JSON.stringify(count(h.tags))} (benign ${JSON.stringify(count(b.tags))})`);
  if (JSON.stringify(count(h.blocks)) !== JSON.stringify(count(b.blocks)))
    found.push(`blocks ${JSON.stringify(count(h.blocks))} (benign ${JSON.stringify(count(b.blocks))})`);
  // GitHub's mention and reference filters work on the rendered text (not code, not links).
  for (const m of h.text.matchAll(/(?<![\w`])@[A-Za-z0-9][\w-]*|(?<![\w])#\d+|\bGH-\d+/gi))
    found.push(`live ${m[0]}`);
  if (/[\u202A-\u202E\u2066-\u2069]/.test(h.html)) found.push('bidi control in the output');
  // GitHub draws `$…$` as math (any text, any colour): outside code, a `$` of the corpus must stay escaped.
  if (h.dollars > b.dollars) found.push(`${h.dollars} unescaped $ (benign ${b.dollars})`);
  if (hostile.includes('A'.repeat(30_000))) found.push('a 100 KB string shown whole');
  return found;
}

// ---- the producers, each a function of one string that stands for every untrusted field ----

const finding = (s: string, extra: Partial<Finding> = {}): Finding => ({
  tool: `ruff${s}`,
  rule: `F401${s}`,
  severity: 'error',
  message: s,
  file: `src/${s}.py`,
  line: 3,
  column: 1,
  fingerprint: `fp-${s.length}-${s.slice(0, 20)}`,
  helpUri: `https://docs.astral.sh/ruff/rules/${s.replace(/\s/g, '')}`,
  data: { module: s, fix: `Add \`${s}\` to pyproject.toml`, symbol: s },
  ...extra,
});

const summaryOf = (sections: ReportSection[], s = BENIGN): string =>
  renderSummary({
    action: 'test',
    title: 'Test',
    verdict: 'fail',
    headline: 'headline',
    findings: [finding(s)],
    sections,
  } satisfies Report).markdown;

const scenario = (s: string) =>
  ({
    role: 'command',
    url: `http://127.0.0.1:8000/${s}`,
    key: `/${s}`,
    rps: 120,
    h2loadRps: 120,
    elapsedMs: 1000,
    requests: { total: 10, errored: 1 },
    status: {},
    statusCodes: { '200': 9, [s.slice(0, 50)]: 1 },
    errors: 1,
    errorRate: 0.1,
    latencyMs: { p50: 1, p95: 2, p99: 3, mean: 1.5 },
    percentilesFrom: 'h2load',
    command: `h2load http://127.0.0.1:8000/${s}`,
    h2loadMs: 1000,
    warmupMs: 0,
    timedOut: true,
  }) as never;

const pkg = (s: string, verdict: 'fail' | 'pass') =>
  ({
    name: `pkg${s}`,
    key: `pkg${s}`,
    version: `1.0${s}`,
    distInfo: '',
    license: { text: `GPL-3.0 ${s}`, source: 'field', families: [`copyleft${s}`] },
    verdict,
    reason: `because ${s}`,
    incompatible: verdict === 'fail',
    scope: 'runtime',
    chain: ['top', `pkg${s}`],
    requiredBy: [],
    counted: true,
  }) as never;

/** A vuln-audit result where every string a record or uv.lock supplies is `s`. */
const auditResult = (s: string) => {
  const p = {
    name: `pkg${s}`,
    version: `1.0${s}`,
    chain: ['app', `top${s}`, `pkg${s}`],
    direct: `top${s}`,
    declaredBy: 'app',
    group: s,
    requirement: `>=1${s}`,
  };
  const v = (ignored: boolean) => ({
    id: `GHSA-${s}`,
    aliases: [`CVE-${s}`, `PYSEC-${s}`],
    summary: s,
    severity: { level: 'high', score: 7.5, vector: `CVSS:3.1/${s}`, from: 'CVSS_V3' },
    affected: `>=1.0${s}, <2.0`,
    fixedIn: `2.0${s}`,
    fixAllowed: false,
    url: `https://osv.dev/vulnerability/${s}`,
    record: { id: s },
    ...(ignored ? { ignored: { reason: s, until: s } } : {}),
  });
  return {
    audited: [p, { ...p, name: `clean${s}` }],
    skipped: [{ name: `git${s}`, version: s, reason: `git source ${s}` }],
    vulnerable: [
      {
        pkg: p,
        vulnerabilities: [v(false), v(true)],
        remedy: {
          command: `uv lock --upgrade-package pkg${s}==2.0${s}`,
          directory: `/w/${s}`,
          requirement: {
            file: `/w/pyproject${s}.toml`,
            current: `>=1${s}`,
            suggested: `>=2${s}`,
            section: `dependency-groups.${s}`,
          },
        },
      },
    ],
    unusedIgnores: [`CVE-${s}`],
    expiredIgnores: [`GHSA-${s} until 2020-01-01`],
    source: `OSV API at https://osv.example/${s}`,
  } as never;
};

const PRODUCERS: Record<string, (s: string) => string> = {
  'core summary (findings table, tool runs)': (s) =>
    renderSummary({
      action: 'test',
      title: 'Lint',
      verdict: 'fail',
      headline: s,
      findings: [finding(s), ...Array.from({ length: 11 }, (_, i) => finding(`${s}${i}`))],
      sections: [{ title: s, markdown: 'body', collapsed: true }],
      toolRuns: [{ tool: s, version: s, findings: 1, durationMs: 5, exitCode: 1 }],
    }).markdown,
  'deptry-report sections': (s) =>
    summaryOf([
      byRuleSection([finding(s, { rule: 'DEP002', tool: 'deptry' })], new Set()) as ReportSection,
      projectsSection(
        [
          {
            project: { layout: 'uv' } as never,
            directory: `pkg/${s}`,
            environment: { kind: 'venv', venv: `/w/${s}`, from: 'VIRTUAL_ENV' } as never,
            version: s,
            versionFrom: 'input',
            violations: 1,
            error: s,
            firstParty: [s],
          },
        ],
        '/w',
      ),
      failuresSection([`deptry exited with code 2:\n${s}`]),
    ]),
  'docker-slim-build sections': (s) =>
    summaryOf([
      sizeSection({ size: 1e8, budget: 2e8, buildMs: 10, builder: s }),
      proofSection([{ name: s, ok: false, detail: s } as never]),
      layerSection([{ size: 100, createdBy: `/bin/sh -c ${s}` } as never]),
      checksSection(
        [{ rule: 'non-root-user', file: `Dockerfile${s}`, line: 2 } as never],
        new Set(['non-root-user']),
      ),
      torchSection({
        torchVersion: s,
        totalBytes: 1,
        packages: [{ name: `nvidia-${s}`, version: s, bytes: 1 }],
      } as never),
      buildFailedSection(`step 3/4: RUN make\n${s}\nERROR: failed`),
    ]),
  'gate combined summary': (s) => {
    const spec = (name: string) => ({ name, action: name, command: name, title: name }) as never;
    const child = renderSummary({
      action: 'secret-scan',
      title: 'Secrets',
      verdict: 'fail',
      headline: s,
      findings: [finding(s)],
      sections: [],
    }).markdown;
    const common = { durationMs: 5, exportedEnv: new Map(), addedPaths: [] };
    return renderGateSummary(
      [
        { spec: spec('secrets'), exitCode: 1, summary: child, log: s, ...common },
        { spec: spec('lint'), exitCode: 2, summary: '', log: `::error file=a.py::${s}\n${s}`, ...common },
      ],
      10,
    );
  },
  'load-benchmark sections': (s) =>
    summaryOf(
      benchmarkSections(
        [scenario(s), { ...(scenario(s) as object), role: 'compare' } as never],
        {
          rows: [
            {
              key: `/${s}`,
              url: `/${s}`,
              baseRps: 1,
              rps: 1,
              rpsRatio: 1,
              regressed: true,
              reasons: [s],
            },
          ],
          missing: [s],
          regressed: true,
        },
        0.1,
        {
          workingDirectory: s,
          commands: [{ role: 'command', line: `uvicorn app:${s}` }],
          readyUrl: `http://127.0.0.1:8000/${s}`,
          h2loadVersion: s,
        },
      ),
    ),
  'load-benchmark service failed to start': (s) =>
    renderSummary(failedStartReport(`service exited: ${s}`, `Traceback\n${s}`)).markdown,
  'python-lint-stack sections': (s) => {
    const row = {
      tool: 'pylint',
      version: s,
      versionFrom: 'pin',
      findings: 1,
      durationMs: 1,
      exitCode: 32,
      crash: `Traceback\n${s}`,
      environment: s,
      command: `pylint --rcfile ${s}`,
    } as const;
    return summaryOf([
      toolsSection([row]),
      topRulesSection([finding(s)]) as ReportSection,
      reproduceSection({ workingDirectory: '/w', tools: [], paths: ['.'], toolVersions: {} } as never, '/w', [
        row,
      ]),
      crashSection([row]) as ReportSection,
      // Paths and configuration values come from the checked repository.
      sharedConfigSection([
        {
          tool: 'flake8',
          setting: 'exclude',
          value: `1 file (${s}.py)`,
          from: `[tool.ruff] extend-exclude (${s})`,
        },
      ]) as ReportSection,
    ]);
  },
  'python-lint-stack changed run: files, reasons, cache': (s) =>
    summaryOf([
      // File names come from the checked repository, the graph's reason from ruff's output.
      lintScopeSection({
        scopeNote: s,
        scopeGroups: [
          { reason: 'importer', tools: ['pylint'], files: [`${s}.py`] },
          { reason: 'project', tools: ['mypy'], files: [`${s}.py`], note: s },
        ],
        cache: { layout: { where: 'service', dir: s, pylintIndex: s, env: {} }, unavailable: s },
      } as never) as ReportSection,
    ]),
  'python-lint-stack --fix summary': (s) =>
    fixSummary([{ tool: 'ruff', version: s, changed: [`/w/${s}.py`], durationMs: 1 }], undefined, '/w'),
  'secret-scan sections (file name, commit author)': (s) =>
    summaryOf([
      findingsSection(
        [
          {
            ...finding(s, { tool: 'gitleaks', rule: 'generic-api-key', line: 7 }),
            fingerprint: `abc:${s}:generic-api-key:7`,
            data: { path: `src/${s}.py`, commit: 'a'.repeat(40), author: s, date: s, hint: 'x' },
          },
        ],
        { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SERVER_URL: 'https://github.com' },
        new Set(),
      ),
      scopeSection({
        what: s,
        range: s,
        gitleaksVersion: s,
        gitleaksSource: s,
        config: `/w/${s}.toml`,
        workspace: '/w',
      }),
    ]),
  'setup-uv-cached summary': (s) =>
    setupUvSummary({
      uv: {
        name: 'uv',
        version: s,
        source: 'download',
        sha256: 'f'.repeat(64),
        verification: s,
        bin: (name: string) => `/w/${s}/${name}`,
      } as never,
      uvFrom: s,
      python: { version: s, path: `/w/${s}/python`, from: s },
      caches: [{ name: 'venv', key: s, restore: { hit: 'exact', sizeBytes: 1, durationMs: 1 } } as never],
      caching: true,
      sync: { durationMs: 1, installed: 1, uninstalled: 0, prepared: 0, createdVenv: true } as never,
      venv: `/w/${s}/.venv`,
      projectDir: `/w/${s}`,
      workspace: '/w',
    }),
  'license-gate report (licence strings, package metadata)': (s) =>
    renderSummary(
      buildReport(
        {
          environment: { root: `/w/${s}`, foundBy: 'uv' },
          projects: [],
          groups: { all: false, groups: [s] },
          packages: [pkg(s, 'fail'), pkg(s, 'pass')],
          excluded: [],
          notInLock: [pkg(s, 'pass')],
          notInstalled: [s],
          notForPlatform: [{ name: s, marker: s }],
          otherMembers: [{ name: s, version: s }],
          counts: { packages: 2, incompatible: 1, failed: 1, unknown: 0 },
          durationMs: 1,
        } as never,
        [finding(s, { tool: 'license-gate' })],
        { zero: true, showOnlyFailing: false },
      ),
    ).markdown,
  'merge-reports merged summary (projects, headlines, findings, file names)': mergedOf,
  'projects summary (directories, names, changed files)': projectsOf,
  'vuln-audit report (OSV records: ids, aliases, summaries, ranges; uv.lock names)': (s) => {
    const result = auditResult(s);
    const blocking = () => true;
    const findings = vulnFindings(result, () => ({ file: `pyproject${s}.toml`, line: 3 }), blocking, '/w');
    return renderSummary(
      buildAuditReport(result, findings, {
        verdict: 'fail',
        headline: s,
        blocking,
        policy: s,
        durationMs: 1,
        groups: s,
        workspace: '/w',
      }),
    ).markdown;
  },
  'vuln-audit source failure': (s) =>
    renderSummary(
      sourceFailureReport(
        { message: s, packages: [{ name: `pkg${s}`, version: s }] },
        { source: s, packages: 2, durationMs: 1 },
      ),
    ).markdown,
};

/**
 * A merged report whose every field came from a matrix job running the pull request's code: project
 * directories, titles, headlines, findings, the names of unreadable files, and (hostile only) a help link.
 */
function mergedOf(s: string): string {
  const report = (project: string, action: string): ReadReport => ({
    file: `reports/${s}.json`,
    action,
    version: s,
    project,
    verdict: 'fail',
    title: s,
    headline: s,
    findings: [finding(s, { helpUri: s === BENIGN ? undefined : 'https://evil.example/help' })],
    toolRuns: [{ tool: 'ruff', version: s }],
    run: { id: '7', runner: s },
  });
  const merged = mergeReports(
    {
      reports: [report(`svc/${s}`, 'python-lint-stack'), report(`svc/${s}`, 'license-gate')],
      unreadable: [{ file: `stray/${s}.json`, error: `not valid JSON (${s})` }],
      ignored: [],
      notes: [s],
    },
    { expected: [`svc/${s}`, `gone/${s}`] },
  );
  return renderMergedSummary(merged, { linkOf: () => 'https://github.com/octo-org/octo-repo/actions/runs/7' })
    .markdown;
}

/** actions/projects' summary over a tree whose directory names, package names and changed files are hostile. */
function projectsOf(s: string): string {
  const project = {
    name: `n${s}`,
    dir: `svc/${s}`,
    id: 'x',
    workspace: s,
    role: 'member' as const,
    requiresPython: s,
    dockerfile: true,
    service: s,
  };
  return renderProjectsSummary({
    discovery: {
      projects: [project, { ...project, dir: `other/${s}` }],
      virtualRoots: [s],
      leftOut: [{ dir: `bad/${s}`, why: s }],
      notes: [s],
      scanned: 3,
    },
    candidates: [project, { ...project, dir: `other/${s}` }],
    selection: {
      selected: [{ project, reason: { kind: 'changed', text: `changed: svc/${s}/app.py` } }],
      unowned: { count: 2, sample: [`docs/${s}.md`] },
    },
    how: `Changed-only: pull_request: ${s}`,
    searched: s,
    lockNotes: [`uv.lock could not be read (${s})`],
  });
}

describe('untrusted text cannot inject Markdown into summaries', () => {
  for (const [name, produce] of Object.entries(PRODUCERS)) {
    it(name, () => {
      const benign = produce(BENIGN);
      const found: string[] = [];
      for (const [label, s] of Object.entries(CORPUS)) {
        for (const p of problems(produce(s), benign)) found.push(`${label}: ${p}`);
      }
      expect(found).toEqual([]);
    });
  }

  it('a file name with `)` does not cut the secret-scan link short', () => {
    const out = render(PRODUCERS['secret-scan sections (file name, commit author)']?.('a)b [x](y)') ?? '');
    expect(out.hrefs.filter((h) => h.startsWith('https://github.com/'))).toEqual([
      `https://github.com/octo-org/octo-repo/blob/${'a'.repeat(40)}/src/a%29b%20%5Bx%5D%28y%29.py#L7`,
    ]);
  });
});

describe('the pull request comment', () => {
  const TOKEN = 'ghs_MarkdownInjection0123456789abcdef';
  let server: GitHubApiServer;
  let dir: string;
  beforeAll(async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-md-injection-'));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('as posted to the API carries no injected link, image, HTML, mention or reference', async () => {
    const eventPath = path.join(dir, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const env = {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: 'pull_request',
    };
    const post = async (s: string, key: string) => {
      const rt = localRuntime({ env, workspace: dir, log: () => {}, out: () => {} });
      const report: Report = {
        action: 'license-gate',
        title: 'Licences',
        verdict: 'fail',
        headline: s,
        findings: [finding(s)],
        sections: [{ title: s, markdown: 'body', collapsed: true }],
        toolRuns: [{ tool: s, version: s, findings: 1, durationMs: 1, exitCode: 1 }],
      };
      const r = await publishReport(report, rt, {
        prComment: true,
        token: TOKEN,
        commentKey: key,
        annotate: false,
      });
      expect(r.prComment?.status).toBe('created');
      return server.comments.at(-1)?.body ?? '';
    };
    const benign = await post(BENIGN, 'benign');
    const hostile = await post(CORPUS.all ?? '', 'hostile');
    expect(problems(hostile, benign)).toEqual([]);
  });
});

/**
 * The same attack end to end: a pull request whose commit author and file name are hostile, scanned by the
 * built secret-scan bundle (real git, real gitleaks) with the PR comment on. Its job summary and the comment
 * it posts are rendered and compared with a run whose author and file name are plain.
 */
describe('through the secret-scan bundle on a real repository', () => {
  const TOKEN = 'ghs_BundleInjection0123456789abcdef';
  const HOSTILE_AUTHOR = '@attacker #1337 https://evil.example/u [x](https://evil.example/l) \u202Eexe';
  const HOSTILE_FILE = 'svc/a) [x](https://evil.example) @attacker #1337 \u202Egnp.py';
  let api: GitHubApiServer | undefined;
  afterAll(async () => {
    cleanupRepos();
    await api?.close();
  });

  async function run(author: string, file: string, key: number) {
    const f = new SecretFactory(40 + key);
    const { origin, work } = project(f);
    work.git('checkout', '-q', '-b', 'feature');
    fs.mkdirSync(path.join(work.dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(work.dir, file), f.githubToken().content);
    work.git('add', '-A');
    work.git('commit', '-q', '--no-verify', `--author=${author} <dev@example.com>`, '-m', 'add client');
    work.git('push', '-q', 'origin', `feature:refs/pull/${key}/head`);
    const ci = cloneRepo(origin);
    const vars = {
      NUMBER: key,
      BASE_REF: 'main',
      BASE_SHA: work.sha('main'),
      HEAD_REF: 'feature',
      HEAD_SHA: work.sha(),
    };
    const payload = loadEvent('pull_request-opened', { ...vars, COMMITS: 1, CHANGED_FILES: 1 }, work);
    const r = await scan(ci.dir, {
      eventName: 'pull_request',
      payload,
      repository: 'octo-org/octo-repo',
      apiUrl: api?.url,
      token: TOKEN,
      inputs: { 'pr-comment': 'true' },
    });
    const comment = api?.comments.find((c) => c.issue === key)?.body ?? '';
    return { r, comment };
  }

  it('summary and PR comment: no injected link, image, HTML, mention, reference or bidi control', async (ctx) => {
    for (const [tool, ok] of [
      ['git', requireTool('git')],
      ['gitleaks', requireTool('gitleaks')],
      ['node 24', requireNode24()],
    ] as const) {
      if (!ok) return ctx.skip(`${tool} is not installed`);
    }
    api = await startGitHubApiServer({ token: TOKEN });
    const benign = await run('Ada Tester', 'svc/client.py', 1);
    const hostile = await run(HOSTILE_AUTHOR, HOSTILE_FILE, 2);
    // The scan really found the secret and reported the hostile author and file (so the check is not vacuous).
    expect(hostile.r.outputs.findings, hostile.r.summary).toBe('1');
    expect(benign.r.outputs.findings).toBe('1');
    expect(hostile.r.summary).toContain('attacker');
    expect(hostile.comment).toContain('attacker');
    expect(problems(hostile.r.summary, benign.r.summary)).toEqual([]);
    expect(problems(hostile.comment, benign.comment)).toEqual([]);
    // The link to the file is whole: `)` in the name does not end it.
    const hrefs = render(hostile.r.summary).hrefs.filter((h) => h.includes('/blob/'));
    expect(hrefs).toHaveLength(1);
    // (git stores `https://` in a path as `https:/`.)
    expect(decodeURIComponent(hrefs[0] ?? '')).toMatch(
      /\/blob\/[0-9a-f]{40}\/svc\/a\) \[x\]\(https:\/evil\.example\) @attacker #1337 \u202Egnp\.py#L1$/,
    );
  });
});
