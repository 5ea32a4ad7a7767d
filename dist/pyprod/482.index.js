export const id = 482;
export const ids = [482];
export const modules = {

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ SETUP),
/* harmony export */   cj: () => (/* binding */ CHECK_NAMES),
/* harmony export */   ui: () => (/* binding */ CHECKS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The checks the production gate runs, each through its own action's bundle (or `pyprod <command>` in the
 * terminal), with the inputs the gate passes on. One row here is all a new check needs.
 */
const CHECK_NAMES = ['lint', 'deps', 'licenses', 'secrets', 'audit', 'image', 'bench'];
function sarif(o, name) {
    return o.sarifDir ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(o.sarifDir.replace(/\\/g, '/'), `${name}.sarif`) : undefined;
}
/** The reporting inputs every findings action shares (load-benchmark has no SARIF). */
function report(o, name, withSarif = true) {
    return {
        ...(withSarif ? { 'sarif-file': sarif(o, name) } : {}),
        'pr-comment': String(o.prComment),
        'github-token': o.githubToken,
    };
}
const SETUP = {
    name: 'setup',
    action: 'setup-uv-cached',
    command: 'setup-uv',
    title: 'uv, Python and the environment',
    inputs: (o) => ({ 'working-directory': o.workingDirectory, 'tool-source': o.toolSource }),
};
const CHECKS = {
    lint: {
        name: 'lint',
        action: 'python-lint-stack',
        command: 'lint',
        title: 'Lint',
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            'tool-source': o.toolSource,
            ...report(o, 'lint'),
        }),
    },
    deps: {
        name: 'deps',
        action: 'deptry-report',
        command: 'deps',
        title: 'Dependencies',
        needsEnvironment: true,
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            'tool-source': o.toolSource,
            ...report(o, 'deps'),
        }),
    },
    licenses: {
        name: 'licenses',
        action: 'license-gate',
        command: 'licenses',
        title: 'Licences',
        needsEnvironment: true,
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            'only-licenses': o.onlyLicenses,
            'fail-licenses': o.failLicenses,
            ...report(o, 'licenses'),
        }),
    },
    secrets: {
        name: 'secrets',
        action: 'secret-scan',
        command: 'secrets',
        title: 'Secrets',
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            'canary-kinds': o.canaryKinds,
            'tool-source': o.toolSource,
            ...report(o, 'secrets'),
        }),
    },
    audit: {
        name: 'audit',
        action: 'vuln-audit',
        command: 'audit',
        title: 'Vulnerabilities',
        // uv.lock is all it reads: it runs when setup failed too.
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            'osv-url': o.osvUrl,
            ...report(o, 'audit'),
        }),
    },
    image: {
        name: 'image',
        action: 'docker-slim-build',
        command: 'image',
        title: 'Image',
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            'base-image': o.baseImage,
            'uv-source': o.uvSource,
            'build-packages': o.buildPackages,
            'runtime-packages': o.runtimePackages,
            ...report(o, 'image'),
        }),
    },
    bench: {
        name: 'bench',
        action: 'load-benchmark',
        command: 'bench',
        title: 'Load benchmark',
        // The service runs from the environment setup made.
        needsEnvironment: true,
        inputs: (o) => ({
            'working-directory': o.workingDirectory,
            command: o.benchCommand,
            url: o.benchUrl,
            ...report(o, 'bench', false),
        }),
    },
};


/***/ }),

/***/ 3482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./src/report/pr-comment.ts + 1 modules
var pr_comment = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
;// CONCATENATED MODULE: ./src/actions/merge-reports/annotations.ts


/**
 * Annotations for the merged run: the failures that have no finding (a missing or unreadable report) first,
 * then the findings of every project, most severe first across all of them, at most `perLevel` per level as
 * GitHub shows (src/report/annotations.ts). One error is kept back for the step's own failure message.
 * Findings a job's baseline accepted get none, as in the job itself.
 */
function annotateMerged(m, rt, perLevel = annotations/* ANNOTATIONS_PER_LEVEL */.eA) {
    const failing = m.failed.length > 0 || m.stray.length > 0 || m.empty;
    const cap = {
        error: Math.max(0, perLevel - (failing ? 1 : 0)),
        warning: perLevel,
        notice: perLevel,
    };
    const emitted = { error: 0, warning: 0, notice: 0 };
    const notAnnotated = { error: 0, warning: 0, notice: 0 };
    const emit = (level, fn) => {
        if (emitted[level] >= cap[level]) {
            notAnnotated[level]++;
            return;
        }
        fn();
        emitted[level]++;
    };
    for (const p of m.failed) {
        for (const problem of p.problems) {
            emit('error', () => rt.annotate('error', `${p.project}: ${problem}`, { title: 'merge-reports: missing report' }));
        }
    }
    for (const u of m.stray) {
        emit('error', () => rt.annotate('error', `${u.file}: ${u.error}`, { title: 'merge-reports: unreadable report' }));
    }
    // Each cell is sorted already: its first `perLevel` of each level are the only candidates.
    const candidates = [];
    for (const p of m.projects) {
        for (const cell of p.cells.values()) {
            const taken = { error: 0, warning: 0, notice: 0 };
            for (const f of cell.findings) {
                if (f.known)
                    continue;
                const level = (0,annotations/* annotationLevel */.Wx)(f.severity);
                if (taken[level] < perLevel) {
                    candidates.push({ f, project: p.project });
                    taken[level]++;
                }
                else {
                    notAnnotated[level]++;
                }
            }
        }
    }
    candidates.sort((a, b) => (0,finding/* compareFindings */.Eg)(a.f, b.f) || (a.project < b.project ? -1 : a.project > b.project ? 1 : 0));
    for (const { f, project } of candidates) {
        const level = (0,annotations/* annotationLevel */.Wx)(f.severity);
        const props = (0,annotations/* annotationProps */.kW)(f);
        emit(level, () => rt.annotate(level, f.message, { ...props, title: `${project}: ${props.title}` }));
    }
    return { perLevel, emitted, notAnnotated };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/actions/gate/checks.ts
var checks = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/actions/merge-reports/checks.ts


const KNOWN = Object.values(checks/* CHECKS */.ui).map((c) => ({
    action: c.action,
    name: c.name,
    title: c.title,
}));
function checkInfo(action) {
    return KNOWN.find((c) => c.action === action) ?? { action, name: action, title: action };
}
/** The gate's order (lint, deps, licences, secrets, image, bench), then any other action by name. */
function compareChecks(a, b) {
    const rank = (x) => {
        const i = KNOWN.findIndex((c) => c.action === x);
        return i < 0 ? KNOWN.length : i;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
/** The `checks` input: gate check names (`lint`) or action names (`python-lint-stack`), as action names. */
function parseChecks(items, input = 'checks') {
    return [
        ...new Set(items.map((item) => {
            const known = KNOWN.find((c) => c.name === item || c.action === item);
            if (known)
                return known.action;
            if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(item))
                return item;
            const names = KNOWN.map((c) => c.name).join(', ');
            throw new errors/* InputError */.dz(input, item, `check names (${names}) or action names, separated by commas or spaces`);
        })),
    ];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(6021);
;// CONCATENATED MODULE: ./src/actions/merge-reports/read.ts





/**
 * The JSON reports of a directory (the downloaded artifacts of a matrix), as the actions write them
 * (src/report/json-report.ts). A matrix job runs the checked repository's code (its build backend, its tests,
 * its service), which can rewrite the report before it is uploaded, so every report is untrusted input here:
 * the file count and sizes are bounded, every field is checked for its type and cut to a sane length, and
 * counts are recomputed from the findings rather than believed.
 */
const MAX_REPORT_FILES = 20_000;
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
const MAX_FINDINGS_PER_REPORT = 200_000;
const MAX_TEXT = 20_000;
const MAX_NAME = 200;
const MAX_PATH = 4_096;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Invalid extends Error {
}
function read_text(v, what, max = MAX_TEXT) {
    if (typeof v !== 'string')
        throw new Invalid(`${what} is not a string`);
    return v.length > max ? `${v.slice(0, max)}…` : v;
}
function optText(v, what, max = MAX_TEXT) {
    return v === undefined ? undefined : read_text(v, what, max);
}
function position(v, what) {
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        throw new Invalid(`${what} is not a line number`);
    return v;
}
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A project directory as projects/ writes it: relative, forward slashes, no `..`, no control characters. */
function validProjectDir(v) {
    if (typeof v !== 'string' || v.length === 0 || v.length > 500 || CONTROL.test(v))
        return undefined;
    if (v === '.')
        return v;
    if (v.startsWith('/') || v.includes('\\') || v.split('/').some((s) => s === '' || s === '.' || s === '..'))
        return undefined;
    return v;
}
function read_finding(v, n) {
    const at = `findings[${n}]`;
    if (!isObj(v))
        throw new Invalid(`${at} is not an object`);
    const severity = v.severity;
    if (!finding/* SEVERITIES */.oC.includes(severity))
        throw new Invalid(`${at}.severity is not error, warning or note`);
    const f = {
        tool: read_text(v.tool, `${at}.tool`, MAX_NAME),
        rule: read_text(v.rule, `${at}.rule`, MAX_NAME),
        severity,
        message: read_text(v.message, `${at}.message`),
        fingerprint: read_text(v.fingerprint, `${at}.fingerprint`, MAX_NAME),
    };
    const file = optText(v.file, `${at}.file`, MAX_PATH);
    if (file !== undefined)
        f.file = file;
    for (const key of ['line', 'column', 'endLine', 'endColumn']) {
        const p = position(v[key], `${at}.${key}`);
        if (p !== undefined)
            f[key] = p;
    }
    const help = optText(v.helpUri, `${at}.helpUri`, 2_000);
    if (help !== undefined)
        f.helpUri = help;
    if (Array.isArray(v.alsoReportedBy)) {
        f.alsoReportedBy = v.alsoReportedBy
            .slice(0, 20)
            .map((t, i) => read_text(t, `${at}.alsoReportedBy[${i}]`, MAX_NAME));
    }
    if (isObj(v.data)) {
        const data = {};
        for (const [k, d] of Object.entries(v.data).slice(0, 50)) {
            if (typeof d === 'number' && Number.isFinite(d))
                data[k.slice(0, MAX_NAME)] = d;
            else if (typeof d === 'string')
                data[k.slice(0, MAX_NAME)] = d.length > MAX_TEXT ? `${d.slice(0, MAX_TEXT)}…` : d;
        }
        if (Object.keys(data).length > 0)
            f.data = data;
    }
    if (v.baseline === 'known')
        f.known = true;
    return f;
}
/** A parsed report, or why it is not one; undefined when the JSON is not a pyprod-actions report at all. */
function validateReport(json, file) {
    if (!isObj(json) || json.tool !== 'pyprod-actions')
        return undefined;
    try {
        const action = read_text(json.action, 'action', MAX_NAME);
        if (!NAME.test(action))
            throw new Invalid(`action ${JSON.stringify(action.slice(0, 50))} is not an action name`);
        const project = validProjectDir(json.project);
        if (!project) {
            throw new Invalid(json.project === undefined
                ? 'it names no project (written before reports carried one? update the action)'
                : 'its project is not a relative directory');
        }
        const verdict = json.verdict;
        if (!['pass', 'fail', 'warn'].includes(verdict))
            throw new Invalid('verdict is not pass, fail or warn');
        if (!Array.isArray(json.findings))
            throw new Invalid('findings is not a list');
        if (json.findings.length > MAX_FINDINGS_PER_REPORT) {
            throw new Invalid(`${json.findings.length} findings, over the ${MAX_FINDINGS_PER_REPORT.toLocaleString('en-US')} read`);
        }
        const meta = isObj(json.meta) ? json.meta : {};
        const toolRuns = (Array.isArray(meta.toolRuns) ? meta.toolRuns : [])
            .slice(0, 50)
            .filter(isObj)
            .filter((r) => typeof r.tool === 'string' && NAME.test(r.tool))
            .map((r) => ({
            tool: r.tool,
            ...(typeof r.version === 'string' ? { version: r.version.slice(0, 100) } : {}),
        }));
        const report = {
            file,
            action,
            version: typeof json.version === 'string' ? json.version.slice(0, 50) : '',
            project,
            verdict,
            title: typeof meta.title === 'string' ? meta.title.slice(0, MAX_NAME) : action,
            headline: typeof meta.headline === 'string' ? meta.headline.slice(0, 1_000) : '',
            findings: json.findings.map(read_finding),
            toolRuns,
        };
        const run = json.run;
        if (isObj(run) && typeof run.id === 'string' && /^\d{1,20}$/.test(run.id)) {
            report.run = { id: run.id };
            if (typeof run.attempt === 'string' && /^\d{1,5}$/.test(run.attempt))
                report.run.attempt = run.attempt;
            if (typeof run.job === 'string')
                report.run.job = run.job.slice(0, MAX_NAME);
            if (typeof run.runner === 'string')
                report.run.runner = run.runner.slice(0, MAX_NAME);
        }
        return report;
    }
    catch (err) {
        if (err instanceof Invalid)
            return { file, error: `not a valid report: ${err.message}` };
        throw err;
    }
}
/** The `*.json` files under `dir`, depth first, without following symbolic links. */
async function jsonFiles(dir, notes) {
    const out = [];
    const stack = [dir];
    while (stack.length > 0) {
        const d = stack.pop();
        const entries = await promises_.readdir(d, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const p = external_node_path_.join(d, e.name);
            if (e.isDirectory())
                stack.push(p);
            else if (e.isFile() && e.name.endsWith('.json')) {
                if (out.length >= MAX_REPORT_FILES) {
                    notes.push(`only the first ${MAX_REPORT_FILES.toLocaleString('en-US')} JSON files were read`);
                    return out.sort();
                }
                out.push(p);
            }
        }
    }
    return out.sort();
}
/** Reads every report under `dir` (a missing directory holds none), a few files at a time. */
async function readReports(dir) {
    const result = { reports: [], unreadable: [], ignored: [], notes: [] };
    const files = await jsonFiles(dir, result.notes);
    const rel = (f) => external_node_path_.relative(dir, f).split(external_node_path_.sep).join('/');
    const readOne = async (abs) => {
        const file = rel(abs);
        try {
            const st = await promises_.stat(abs);
            if (st.size > MAX_REPORT_BYTES) {
                return {
                    file,
                    error: `${st.size.toLocaleString('en-US')} bytes, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB read`,
                };
            }
            let json;
            try {
                json = JSON.parse(await promises_.readFile(abs, 'utf8'));
            }
            catch (err) {
                return { file, error: `not valid JSON (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]})` };
            }
            return validateReport(json, file) ?? file;
        }
        catch (err) {
            return { file, error: `cannot be read (${(0,errors/* errorMessage */.gJ)(err)})` };
        }
    };
    const outcomes = await (0,pool/* pool */.d)(files.map((f) => () => readOne(f)), 8);
    for (const o of outcomes) {
        if (typeof o === 'string')
            result.ignored.push(o);
        else if ('error' in o)
            result.unreadable.push(o);
        else
            result.reports.push(o);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/actions/merge-reports/expected.ts


/**
 * The projects the merge expects a report from: actions/projects' `matrix` output (JSON, its entries' `dir`)
 * or its `projects` output (one directory per line). A project without a report is a failure, never a pass.
 */
function parseExpected(value, input = 'projects') {
    const v = value.trim();
    let dirs;
    if (v.startsWith('{') || v.startsWith('[')) {
        let json;
        try {
            json = JSON.parse(v);
        }
        catch (err) {
            throw new errors/* InputError */.dz(input, value.slice(0, 200), `JSON that does not parse (${err instanceof Error ? err.message : err}); expected actions/projects' matrix output or one directory per line`);
        }
        const list = Array.isArray(json) ? json : json.include;
        if (!Array.isArray(list)) {
            throw new errors/* InputError */.dz(input, value.slice(0, 200), "a matrix without an `include` list; expected actions/projects' matrix output");
        }
        dirs = list.map((e) => (typeof e === 'string' ? e : e?.dir));
    }
    else {
        dirs = v
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean);
    }
    const out = [];
    for (const d of dirs) {
        const dir = validProjectDir(typeof d === 'string' ? d.replace(/\/+$/, '') || '.' : d);
        if (!dir) {
            throw new errors/* InputError */.dz(input, String(d).slice(0, 200), 'project directories relative to the workspace (as actions/projects lists them)');
        }
        if (!out.includes(dir))
            out.push(dir);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/actions/merge-reports/inputs.ts



function loadInputs(r, rt) {
    const projects = r.raw('projects');
    const prComment = r.bool('pr-comment', false);
    const jobLinks = r.bool('job-links', true);
    const sarifDir = r.path('sarif-dir', rt.workspace, 'output-directory');
    return {
        // A directory nothing was downloaded into is an empty one: every expected project is then missing.
        reportsDir: r.path('reports', rt.workspace, 'output-directory', 'pyprod-reports'),
        ...(projects !== undefined ? { expected: parseExpected(projects) } : {}),
        checks: parseChecks(r.list('checks', [], { spaces: true })),
        ...(sarifDir ? { sarifDir: external_node_path_.resolve(sarifDir) } : {}),
        prComment,
        jobLinks,
        // Read only when something uses it.
        githubToken: prComment || jobLinks ? r.string('github-token') : undefined,
    };
}

// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(6417);
;// CONCATENATED MODULE: ./src/actions/merge-reports/job-links.ts


/** `https://github.com/octo-org/octo-repo`, from this run's variables; undefined outside a run. */
function repositoryUrl(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repo = env.GITHUB_REPOSITORY ?? '';
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo))
        return undefined;
    return `${server}/${repo}`;
}
/** runner name → job id, for one attempt of this run; only names that one job of the attempt ran on. */
async function jobsByRunner(client, repo, runId, attempt) {
    const counts = new Map();
    const ids = new Map();
    const base = `/repos/${repo}/actions/runs/${runId}/attempts/${attempt}/jobs?per_page=100`;
    // A matrix has at most 256 jobs; a run of several matrices, a few thousand: 50 pages of 100.
    const jobsOf = (data) => data?.jobs;
    for await (const page of client.pages(base, 50, jobsOf)) {
        for (const job of page) {
            if (!job || typeof job !== 'object')
                continue;
            if (typeof job.runner_name !== 'string' || typeof job.id !== 'number' || !Number.isSafeInteger(job.id))
                continue;
            counts.set(job.runner_name, (counts.get(job.runner_name) ?? 0) + 1);
            ids.set(job.runner_name, job.id);
        }
    }
    for (const [name, n] of counts)
        if (n > 1)
            ids.delete(name);
    return ids;
}
/**
 * The link for each report's run: its job where the API can tell, else the run's attempt. `token` undefined:
 * run links only.
 */
async function jobLinks(rt, runs, token) {
    const repoUrl = repositoryUrl(rt.env);
    if (!repoUrl)
        return () => undefined;
    const runLink = (r) => `${repoUrl}/actions/runs/${r.id}${r.attempt ? `/attempts/${r.attempt}` : ''}`;
    const jobs = new Map();
    const repo = rt.env.GITHUB_REPOSITORY;
    if (token) {
        const client = new rest/* GitHubClient */.jh({ token, env: rt.env });
        const attempts = [
            ...new Set(runs.filter((r) => r.runner).map((r) => `${r.id}/${r.attempt ?? '1'}`)),
        ].slice(0, 10);
        for (const key of attempts) {
            const [id, attempt] = key.split('/');
            try {
                jobs.set(key, await jobsByRunner(client, repo, id, attempt));
            }
            catch (err) {
                rt.notice(`merge-reports: the jobs of run ${id} could not be listed (${(0,errors/* errorMessage */.gJ)(err)}); links go to the run. Give the job \`actions: read\` to link each job.`);
                break;
            }
        }
    }
    return (r) => {
        if (!r)
            return undefined;
        const job = r.runner ? jobs.get(`${r.id}/${r.attempt ?? '1'}`)?.get(r.runner) : undefined;
        return job !== undefined ? `${repoUrl}/actions/runs/${r.id}/job/${job}` : runLink(r);
    };
}

// EXTERNAL MODULE: ./src/actions/projects/discover.ts + 1 modules
var discover = __webpack_require__(2003);
;// CONCATENATED MODULE: ./src/actions/merge-reports/merge.ts



function worst(a, b) {
    const order = ['missing', 'fail', 'warn', 'pass'];
    return order[Math.min(order.indexOf(a), order.indexOf(b))];
}
function missingCell(action) {
    return {
        action,
        verdict: 'missing',
        reports: [],
        findings: [],
        counts: (0,finding/* countBySeverity */.Ot)([]),
        headline: '',
        runs: [],
    };
}
/** The project an unreadable file belongs to: its path names the project's id (the artifact's name). */
function ownerOf(file, projects) {
    const segments = file.split('/');
    return projects.find((p) => {
        const id = (0,discover/* projectId */.Lg)(p);
        return segments.some((s) => s.includes(id));
    });
}
function mergeReports(read, opts = {}) {
    const expected = opts.expected ? new Set(opts.expected) : undefined;
    const byProject = new Map();
    const projectOf = (dir) => {
        let p = byProject.get(dir);
        if (!p) {
            p = {
                project: dir,
                expected: !expected || expected.has(dir),
                cells: new Map(),
                problems: [],
                failed: false,
            };
            byProject.set(dir, p);
        }
        return p;
    };
    for (const dir of opts.expected ?? [])
        projectOf(dir);
    for (const r of read.reports) {
        const p = projectOf(r.project);
        const cell = p.cells.get(r.action) ?? { ...missingCell(r.action), verdict: 'pass' };
        cell.verdict = worst(cell.verdict, r.verdict);
        cell.reports.push(r);
        cell.findings.push(...r.findings);
        if (r.run)
            cell.runs.push(r.run);
        cell.headline = cell.reports.length === 1 ? r.headline : `${cell.reports.length} reports`;
        p.cells.set(r.action, cell);
    }
    const stray = [];
    const known = [...byProject.keys()];
    for (const u of read.unreadable) {
        const owner = ownerOf(u.file, known);
        if (owner)
            projectOf(owner).problems.push(`unreadable report ${u.file}: ${u.error}`);
        else
            stray.push(u);
    }
    const actions = [...new Set([...(opts.checks ?? []), ...read.reports.map((r) => r.action)])].sort(compareChecks);
    for (const p of byProject.values()) {
        // A directory outside the expected set (a repository-wide check's `.`) owes only the reports it has.
        for (const action of p.expected ? (opts.checks ?? []) : []) {
            if (!p.cells.has(action)) {
                p.cells.set(action, missingCell(action));
                p.problems.push(`no ${checkInfo(action).title} report`);
            }
        }
        if (p.cells.size === 0 && p.problems.length === 0) {
            p.problems.push('no report: its job may have failed before writing one, or its artifact was not downloaded');
        }
        for (const cell of p.cells.values()) {
            cell.findings = (0,finding/* sortFindings */.Tc)(cell.findings);
            cell.counts = (0,finding/* countBySeverity */.Ot)(cell.findings);
        }
        p.cells = new Map([...p.cells].sort(([a], [b]) => compareChecks(a, b)));
        p.failed =
            p.problems.length > 0 ||
                [...p.cells.values()].some((c) => c.verdict === 'fail' || c.verdict === 'missing');
    }
    const projects = [...byProject.values()].sort((a, b) => Number(b.failed) - Number(a.failed) || (a.project < b.project ? -1 : a.project > b.project ? 1 : 0));
    const all = projects.flatMap((p) => [...p.cells.values()].flatMap((c) => c.findings));
    const notes = [...read.notes];
    const unexpected = projects.filter((p) => !p.expected).map((p) => p.project);
    if (unexpected.length > 0) {
        const more = unexpected.length > 20 ? ` and ${unexpected.length - 20} more` : '';
        const list = `${unexpected.slice(0, 20).join(', ')}${more}`;
        notes.push(`reports of directories not in the projects matrix (a repository-wide check, say): ${list}`);
    }
    return {
        projects,
        actions,
        failed: projects.filter((p) => p.failed),
        passed: projects.filter((p) => !p.failed),
        stray,
        totals: (0,finding/* countBySeverity */.Ot)(all),
        reports: read.reports.length,
        empty: opts.expected === undefined && read.reports.length === 0 && read.unreadable.length === 0,
        notes,
    };
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(5881);
;// CONCATENATED MODULE: ./src/actions/merge-reports/sarif.ts



/**
 * One SARIF file per check, each project's results in runs of their own whose `automationDetails.id`
 * (the code scanning category) names the project: `python-lint-stack/ruff/services/api/`. Code scanning
 * then keeps each project's alerts apart, and closes a project's fixed alerts when its run comes back
 * empty. The runs are exactly those the action writes in the project's own job (one per tool, tools that
 * found nothing included, the same category: src/report/sarif.ts), so uploading from the jobs or from here
 * gives the same alerts.
 *
 * GitHub takes at most 20 runs in one upload: a check with more runs is written as `<check>.sarif`,
 * `<check>-2.sarif`, ..., 20 runs each, each to be uploaded on its own (or upload SARIF from the matrix jobs).
 */
/** The runs of each check (by action), every project's runs one after the other. */
function mergedSarifRuns(m) {
    const out = new Map();
    for (const action of m.actions) {
        const runs = [];
        for (const p of m.projects) {
            const cell = p.cells.get(action);
            if (!cell || cell.verdict === 'missing')
                continue;
            const tools = new Map();
            for (const r of cell.reports)
                for (const t of r.toolRuns)
                    tools.set(t.tool, t.version);
            const toolRuns = [...tools].map(([tool, version]) => ({
                tool,
                ...(version ? { version } : {}),
                findings: 0,
                durationMs: 0,
                exitCode: 0,
            }));
            const known = cell.findings.filter((f) => f.known).map((f) => f.fingerprint);
            const baseline = known.length > 0 ? { version: 1, tool: action, fingerprints: known } : undefined;
            const { log } = (0,sarif/* buildSarif */.Ep)({ action, findings: cell.findings, toolRuns }, { baseline, project: p.project });
            for (const run of log.runs) {
                run.properties = { ...run.properties, project: p.project };
                runs.push(run);
            }
        }
        out.set(action, runs);
    }
    return out;
}
/** Writes the files into `dir`; returns their paths, and a warning for each check split over several files. */
async function writeMergedSarif(m, dir) {
    const files = [];
    const warnings = [];
    for (const [action, runs] of mergedSarifRuns(m)) {
        const name = checkInfo(action).name;
        const chunks = Math.max(1, Math.ceil(runs.length / sarif/* SARIF_MAX_RUNS */.md));
        if (chunks > 1) {
            warnings.push(`SARIF: ${name} has ${runs.length} runs (projects × tools), more than the ${sarif/* SARIF_MAX_RUNS */.md} GitHub takes in one upload: written as ${chunks} files, each to be uploaded on its own.`);
        }
        for (let c = 0; c < chunks; c++) {
            const file = external_node_path_.join(dir, `${name}${c === 0 ? '' : `-${c + 1}`}.sarif`);
            const slice = runs.slice(c * sarif/* SARIF_MAX_RUNS */.md, (c + 1) * sarif/* SARIF_MAX_RUNS */.md);
            await (0,sarif/* writeSarif */.lg)(file, { $schema: sarif/* SARIF_SCHEMA_URI */.$$, version: '2.1.0', runs: slice });
            files.push(file);
        }
    }
    return { files, warnings };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/actions/merge-reports/summary.ts



/**
 * The merged job summary: the verdict, a table of projects × checks (counts, each cell linked to its job),
 * then each failing project's problems and the findings of its failing checks, most severe first. Within
 * the 1 MiB a step summary may hold: the table takes at most half, the failing projects share the rest
 * evenly (what one leaves unused goes to the next), and whatever does not fit is counted in a line that says
 * so. Everything from a report is untrusted and goes through src/report/markdown.ts.
 */
const CELL_ICON = { pass: '✅', warn: '⚠️', fail: '❌', missing: '⛔' };
function countsText(c) {
    const parts = [
        c.error ? (0,report_markdown/* plural */.LS)(c.error, 'error') : '',
        c.warning ? (0,report_markdown/* plural */.LS)(c.warning, 'warning') : '',
        c.note ? (0,report_markdown/* plural */.LS)(c.note, 'note') : '',
    ].filter(Boolean);
    return parts.join(', ');
}
function cellText(cell, linkOf) {
    if (!cell)
        return '—';
    if (cell.verdict === 'missing')
        return `${CELL_ICON.missing} no report`;
    const text = `${CELL_ICON[cell.verdict]}${cell.counts.total ? ` ${countsText(cell.counts)}` : ''}`;
    return (0,report_markdown/* link */.nf)(text, linkOf?.(cell.runs[0]));
}
function headOf(m) {
    const total = m.projects.length;
    const failing = m.failed.length;
    const head = m.empty
        ? '## ❌ Merged report: no reports found, and no projects were expected'
        : failing > 0 || m.stray.length > 0
            ? `## ❌ Merged report: ${failing} of ${(0,report_markdown/* plural */.LS)(total, 'project')} failed${m.stray.length ? `, ${(0,report_markdown/* plural */.LS)(m.stray.length, 'unreadable report')}` : ''}`
            : total === 0
                ? '## ✅ Merged report: no projects to report on'
                : `## ✅ Merged report: all ${(0,report_markdown/* plural */.LS)(total, 'project')} passed`;
    const t = m.totals;
    const counts = [
        (0,report_markdown/* plural */.LS)(m.reports, 'report'),
        (0,report_markdown/* plural */.LS)(t.error, 'error'),
        (0,report_markdown/* plural */.LS)(t.warning, 'warning'),
        (0,report_markdown/* plural */.LS)(t.note, 'note'),
    ]
        .map((p) => p.replace(/^(\d+)/, '**$1**'))
        .join(' · ');
    const lines = [head, counts];
    if (failing > 0) {
        const names = m.failed.slice(0, 50).map((p) => (0,report_markdown/* code */.aY)(p.project));
        lines.push(`Failed: ${names.join(', ')}${failing > 50 ? `, and ${failing - 50} more` : ''}`);
    }
    if (m.stray.length > 0) {
        const items = m.stray.slice(0, 20).map((u) => `- ${(0,report_markdown/* code */.aY)(u.file)}: ${(0,report_markdown/* escapeInline */.VV)((0,report_markdown/* clip */.$Q)(u.error, 300))}`);
        if (m.stray.length > 20)
            items.push(`- … ${m.stray.length - 20} more`);
        lines.push(`Reports that could not be read and name no project (each fails the merge):\n\n${items.join('\n')}`);
    }
    for (const n of m.notes.slice(0, 10))
        lines.push(`_${(0,report_markdown/* escapeInline */.VV)((0,report_markdown/* clip */.$Q)(n, 1_000))}_`);
    return lines;
}
/** A running Markdown document that knows its size: blocks are joined by a blank line. */
class Doc {
    blocks = [];
    bytes = 0;
    add(block) {
        this.blocks.push(block);
        this.bytes += (0,report_markdown/* byteLength */.dp)(block) + 2;
    }
}
/**
 * The cell's finding rows, most severe first, that fit in `budget` bytes: rendered one at a time and no
 * further, as a check may have hundreds of thousands.
 */
function rowsWithin(cell, known, budget) {
    const rows = [];
    let left = budget;
    for (const f of cell.findings) {
        // helpUri is dropped: a report's links could point anywhere; the job's own summary has them.
        const row = (0,summary/* findingRow */.ex)({ ...f, helpUri: undefined }, known);
        const cost = (0,report_markdown/* byteLength */.dp)(row) + 1;
        if (cost > left)
            break;
        rows.push(row);
        left -= cost;
    }
    return rows;
}
/** One failing project's section within `share` bytes; returns what it wrote into `doc`. */
function projectSection(doc, p, share, acc) {
    let left = share;
    const add = (block) => {
        const cost = (0,report_markdown/* byteLength */.dp)(block) + 2;
        if (cost > left)
            return false;
        doc.add(block);
        left -= cost;
        return true;
    };
    const problems = p.problems.slice(0, 20).map((x) => `- ${CELL_ICON.missing} ${(0,report_markdown/* escapeInline */.VV)((0,report_markdown/* clip */.$Q)(x, 500))}`);
    if (p.problems.length > 20)
        problems.push(`- … ${p.problems.length - 20} more`);
    const heading = [`### ❌ ${(0,report_markdown/* code */.aY)(p.project)}`, ...(problems.length ? ['', ...problems] : [])].join('\n');
    if (!add(heading)) {
        acc.projectsOmitted++;
        for (const c of p.cells.values())
            if (c.verdict === 'fail')
                acc.rowsOmitted += c.findings.length;
        return;
    }
    for (const cell of p.cells.values()) {
        if (cell.verdict !== 'fail')
            continue;
        const title = (0,report_markdown/* escapeInline */.VV)(checkInfo(cell.action).title);
        const headline = cell.headline ? `: ${(0,report_markdown/* escapeInline */.VV)((0,report_markdown/* clip */.$Q)(cell.headline, 300))}` : '';
        const top = `#### ${CELL_ICON.fail} ${title}${headline}`;
        if (cell.findings.length === 0) {
            if (!add(top))
                return;
            continue;
        }
        const known = new Set(cell.findings.filter((f) => f.known).map((f) => f.fingerprint));
        const frame = `${top}\n\n${(0,report_markdown/* table */.tp)(summary/* FINDING_HEADERS */.Zv, [])}`;
        const rows = rowsWithin(cell, known, left - (0,report_markdown/* byteLength */.dp)(frame) - 4 - 120);
        const omitted = cell.findings.length - rows.length;
        if (rows.length === 0) {
            acc.rowsOmitted += omitted;
            add(`${top}\n\n_${(0,report_markdown/* plural */.LS)(omitted, 'finding')} not shown: the summary is full (see the JSON reports / SARIF)._`);
            continue;
        }
        const more = omitted > 0 ? `\n\n_${(0,report_markdown/* plural */.LS)(omitted, 'more finding')} of this check not shown._` : '';
        add(`${frame}\n${rows.join('\n')}${more}`);
        acc.rowsShown += rows.length;
        acc.rowsOmitted += omitted;
    }
}
function renderMergedSummary(m, opts = {}) {
    const budget = opts.budgetBytes ?? summary/* SUMMARY_BUDGET_BYTES */.Xb;
    const doc = new Doc();
    for (const line of headOf(m))
        doc.add(line);
    // The closing lines' room, kept back from the start.
    const reserve = 400;
    if (m.projects.length > 0) {
        const headers = ['Project', ...m.actions.map((a) => (0,report_markdown/* escapeCell */.kq)(checkInfo(a).title))];
        const rows = m.projects.map((p) => (0,report_markdown/* tableRow */.jD)([
            `${p.failed ? '❌' : '✅'} ${(0,report_markdown/* code */.aY)(p.project)}`,
            ...m.actions.map((a) => cellText(p.cells.get(a), opts.linkOf)),
        ]));
        const fit = (0,report_markdown/* fitRows */.zV)(rows, Math.floor((budget - doc.bytes - reserve) / 2));
        const more = fit.omitted > 0
            ? `\n\n_${(0,report_markdown/* plural */.LS)(fit.omitted, 'more project')} not shown (failed projects come first)._`
            : '';
        doc.add(`${(0,report_markdown/* table */.tp)(headers, [])}\n${fit.rows.join('\n')}${more}`);
    }
    const acc = { rowsShown: 0, rowsOmitted: 0, projectsOmitted: 0 };
    const failing = m.failed;
    for (const [i, p] of failing.entries()) {
        const left = budget - doc.bytes - reserve;
        projectSection(doc, p, Math.floor(left / (failing.length - i)), acc);
    }
    const closing = [];
    if (acc.projectsOmitted > 0)
        closing.push(`${(0,report_markdown/* plural */.LS)(acc.projectsOmitted, 'failing project')}' details not shown`);
    if (acc.rowsOmitted > 0)
        closing.push(`${(0,report_markdown/* plural */.LS)(acc.rowsOmitted, 'more finding')} not shown`);
    if (closing.length > 0)
        doc.add(`_${closing.join('; ')}: the summary stays within GitHub's 1 MiB (see the JSON reports / SARIF)._`);
    const markdown = `${doc.blocks.join('\n\n')}\n`;
    return { markdown, bytes: (0,report_markdown/* byteLength */.dp)(markdown), rowsShown: acc.rowsShown, rowsOmitted: acc.rowsOmitted };
}

;// CONCATENATED MODULE: ./src/actions/merge-reports/definition.ts








async function main(i, rt) {
    const read = await readReports(i.reportsDir);
    rt.info(`Read ${read.reports.length} reports from ${i.reportsDir}` +
        ` (${read.unreadable.length} unreadable, ${read.ignored.length} other JSON files left alone).`);
    const merged = mergeReports(read, { expected: i.expected, checks: i.checks });
    const runs = merged.projects.flatMap((p) => [...p.cells.values()].flatMap((c) => c.runs));
    const linkOf = await jobLinks(rt, runs, i.jobLinks ? i.githubToken : undefined);
    annotateMerged(merged, rt);
    const summary = renderMergedSummary(merged, { linkOf });
    await rt.appendSummary(summary.markdown);
    if (i.sarifDir) {
        const sarif = await writeMergedSarif(merged, i.sarifDir);
        for (const w of sarif.warnings)
            rt.warning(w);
        rt.setOutput('sarif-files', sarif.files.join('\n'));
    }
    if (i.prComment) {
        // The comment's own budget: GitHub counts characters, which bytes bound; the marker needs a little room.
        const comment = renderMergedSummary(merged, { linkOf, budgetBytes: pr_comment/* COMMENT_MAX_CHARS */.dq - 1_024 });
        await (0,pr_comment/* upsertPrComment */.ZC)(rt, {
            action: 'merge-reports',
            body: comment.markdown,
            token: i.githubToken,
            env: rt.env,
        });
    }
    rt.setOutput('failed-projects', merged.failed.map((p) => p.project).join('\n'));
    rt.setOutput('passed', merged.passed.length);
    rt.setOutput('failed', merged.failed.length);
    const problems = [];
    if (merged.failed.length > 0) {
        const names = merged.failed.slice(0, 20).map((p) => p.project);
        const more = merged.failed.length > 20 ? ` and ${merged.failed.length - 20} more` : '';
        problems.push(`${merged.failed.length} of ${merged.projects.length} projects failed: ${names.join(', ')}${more}`);
    }
    if (merged.stray.length > 0) {
        problems.push(`${merged.stray.length} report${merged.stray.length === 1 ? '' : 's'} could not be read: ${merged.stray
            .slice(0, 5)
            .map((u) => u.file)
            .join(', ')}`);
    }
    if (merged.empty) {
        problems.push(`no reports in ${i.reportsDir} and no expected projects (pass actions/projects' matrix as \`projects\`)`);
    }
    if (problems.length > 0)
        throw new Error(`merge-reports: ${problems.join('; ')}; see the job summary`);
}
const definition = {
    name: 'merge-reports',
    command: 'merge-reports',
    description: "Merge the JSON reports of a monorepo's matrix jobs into one summary, SARIF per check and one PR comment",
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 6021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ pool)
/* harmony export */ });
/** Runs `tasks` with at most `limit` at once, results in the order of `tasks`. */
async function pool(tasks, limit) {
    const out = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const n = next++;
            out[n] = await tasks[n]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    return out;
}


/***/ })

};
