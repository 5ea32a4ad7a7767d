export const id = 921;
export const ids = [921];
export const modules = {

/***/ 3921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/findings/baseline.ts



const SHAPE = 'a JSON file of the form {"version": 1, "tool": "<action>", "fingerprints": ["..."]}';
/**
 * Reads a baseline file. A missing file or one that is not a baseline is an error naming the
 * `baseline` input and the path: a typo must not silently turn every known finding into a new one.
 * With `tool`, a baseline written by another action is refused too.
 */
async function loadBaseline(file, opts = {}) {
    const input = opts.input ?? 'baseline';
    let text;
    try {
        text = await promises_.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no file exists at that path' : (0,errors/* errorMessage */.gJ)(err);
        throw new errors/* InputError */.dz(input, file, `${SHAPE} (${why}; write one with the write-baseline input)`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, file, `${SHAPE} (it is not valid JSON: ${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    const b = data;
    if (!b || typeof b !== 'object' || Array.isArray(b)) {
        throw new errors/* InputError */.dz(input, file, `${SHAPE} (it holds ${Array.isArray(b) ? 'an array' : typeof b})`);
    }
    if (b.version !== 1) {
        throw new errors/* InputError */.dz(input, file, `${SHAPE} (its version is ${JSON.stringify(b.version)}, only 1 is known)`);
    }
    if (typeof b.tool !== 'string')
        throw new errors/* InputError */.dz(input, file, `${SHAPE} (its "tool" is not a string)`);
    if (opts.tool && b.tool !== opts.tool) {
        throw new errors/* InputError */.dz(input, file, `a baseline written by ${opts.tool} (this one was written by ${b.tool})`);
    }
    if (!Array.isArray(b.fingerprints) || !b.fingerprints.every((f) => typeof f === 'string')) {
        throw new errors/* InputError */.dz(input, file, `${SHAPE} (its "fingerprints" is not an array of strings)`);
    }
    return { version: 1, tool: b.tool, fingerprints: b.fingerprints };
}
/** Splits findings into those the baseline does not list (`new`) and those it does (`known`). */
function splitByBaseline(findings, baseline) {
    if (!baseline)
        return { new: [...findings], known: [] };
    const accepted = new Set(baseline.fingerprints);
    const split = { new: [], known: [] };
    for (const f of findings)
        (accepted.has(f.fingerprint) ? split.known : split.new).push(f);
    return split;
}
/** The baseline that accepts exactly these findings. */
function baselineOf(findings, tool) {
    return { version: 1, tool, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
}
function serialiseBaseline(b) {
    return `${JSON.stringify({ version: b.version, tool: b.tool, fingerprints: b.fingerprints }, null, 2)}\n`;
}
/**
 * Writes the baseline for these findings, creating parent directories. Writing a baseline is an
 * explicit request, so an existing file is replaced.
 */
async function writeBaseline(file, findings, tool) {
    const b = baselineOf(findings, tool);
    await promises_.mkdir(external_node_path_.dirname(external_node_path_.resolve(file)), { recursive: true });
    await promises_.writeFile(file, serialiseBaseline(b));
    return b;
}

;// CONCATENATED MODULE: ./src/findings/finding.ts

/** Most severe first. */
const SEVERITIES = ['error', 'warning', 'note'];
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
/** The more severe of two severities. */
function maxSeverity(a, b) {
    return severityRank(a) <= severityRank(b) ? a : b;
}
function cmp(a, b) {
    // A finding without a location sorts after the located ones of the same severity.
    if (a === b)
        return 0;
    if (a === undefined)
        return 1;
    if (b === undefined)
        return -1;
    return a < b ? -1 : 1;
}
/** Orders most severe first, then by file, line, column, tool, rule, message: a total, stable order. */
function compareFindings(a, b) {
    return (severityRank(a.severity) - severityRank(b.severity) ||
        cmp(a.file, b.file) ||
        cmp(a.line, b.line) ||
        cmp(a.column, b.column) ||
        cmp(a.tool, b.tool) ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
/** A sorted copy; the input is left as it was. */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0, total: 0 };
    for (const f of findings) {
        counts[f.severity] += 1;
        counts.total += 1;
    }
    return counts;
}
/** Lower case, collapsed whitespace, no trailing period: for comparing two tools' wording of one problem. */
function normaliseMessage(text) {
    return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}
/**
 * Folds findings that `keyOf` calls the same into one: the first one (in input order) stays, takes the
 * most severe severity of the group and names the other tools in `alsoReportedBy`. A key of `undefined`
 * means "never merge this one". Each action decides what "same" means, e.g. ruff's F401 and pylint's
 * W0611 on one line are one unused import.
 */
function mergeDuplicates(findings, keyOf) {
    const out = [];
    const byKey = new Map();
    for (const f of findings) {
        const key = keyOf(f);
        const kept = key === undefined ? undefined : byKey.get(key);
        if (!kept) {
            const copy = { ...f };
            out.push(copy);
            if (key !== undefined)
                byKey.set(key, copy);
            continue;
        }
        kept.severity = maxSeverity(kept.severity, f.severity);
        const others = new Set(kept.alsoReportedBy ?? []);
        for (const t of [f.tool, ...(f.alsoReportedBy ?? [])])
            if (t !== kept.tool)
                others.add(t);
        kept.alsoReportedBy = [...others].sort();
        kept.helpUri ??= f.helpUri;
    }
    return out;
}
/**
 * A tool's path as a repository-relative path with forward slashes (absolute paths inside the
 * workspace are made relative; `./` and Windows separators are normalised). Paths outside the
 * workspace are returned as given, with forward slashes, so nothing is silently dropped.
 */
function toRepoPath(file, workspace) {
    const slashed = file.replace(/\\/g, '/');
    if (path.isAbsolute(file) || /^[A-Za-z]:\//.test(slashed)) {
        const rel = path.relative(workspace, file).replace(/\\/g, '/');
        if (rel && !rel.startsWith('../') && !path.isAbsolute(rel))
            return rel;
        return slashed;
    }
    return path.posix.normalize(slashed).replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
 * silently. The REST docs for check runs say "GitHub Actions are limited to 10 warning annotations
 * and 10 error annotations per step" (docs.github.com/en/rest/checks/runs, `output.annotations`);
 * notices get the same 10 in practice (github.com/orgs/community/discussions/26680 and 68471).
 * So we pick which ones: the most severe first, and we count the rest for the summary.
 */
const ANNOTATIONS_PER_LEVEL = 10;
function annotationLevel(s) {
    return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice';
}
/** The annotation's location; a position below 1 is left out rather than sent as line 0. */
function annotationProps(f) {
    const tools = [f.tool, ...(f.alsoReportedBy ?? [])].join(', ');
    const props = { title: `${f.rule} (${tools})` };
    if (f.file)
        props.file = f.file;
    if (f.file && f.line && f.line >= 1) {
        props.startLine = f.line;
        if (f.endLine && f.endLine >= f.line)
            props.endLine = f.endLine;
        // GitHub ignores columns on multi-line annotations, so only single-line ones carry them.
        const singleLine = !props.endLine || props.endLine === f.line;
        if (singleLine && f.column && f.column >= 1) {
            props.startColumn = f.column;
            if (f.endColumn && f.endColumn >= 1)
                props.endColumn = f.endColumn;
        }
    }
    return props;
}
/** Emits the most severe findings as annotations, at most `perLevel` per level, and counts the rest. */
function emitAnnotations(findings, runtime, opts = {}) {
    const perLevel = Math.max(0, opts.perLevel ?? ANNOTATIONS_PER_LEVEL);
    const emitted = { error: 0, warning: 0, notice: 0 };
    const notAnnotated = { error: 0, warning: 0, notice: 0 };
    for (const f of sortFindings(findings)) {
        const level = annotationLevel(f.severity);
        if (emitted[level] >= perLevel) {
            notAnnotated[level] += 1;
            continue;
        }
        runtime.annotate(level, f.message, annotationProps(f));
        emitted[level] += 1;
    }
    return { perLevel, emitted, notAnnotated };
}
function totalOf(counts) {
    return counts.error + counts.warning + counts.notice;
}

;// CONCATENATED MODULE: ./src/report/json-report.ts



/** The version written into reports; the bundler may replace it with package.json's. */
const PYPROD_ACTIONS_VERSION = '0.1.0';
const FINDING_KEYS = [
    'tool',
    'rule',
    'severity',
    'message',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'fingerprint',
    'helpUri',
    'alsoReportedBy',
    'data',
    'baseline',
];
/** Sorts object keys recursively (arrays keep their order), so equal data always serialises alike. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort()) {
            const v = value[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function orderedFinding(f, known) {
    const src = { ...f };
    if (known)
        src.baseline = known.has(f.fingerprint) ? 'known' : 'new';
    const out = {};
    for (const k of FINDING_KEYS) {
        const v = src[k];
        if (v !== undefined)
            out[k] = k === 'data' ? sortKeys(v) : v;
    }
    return out;
}
/** The machine-readable report: fixed top-level key order, findings most severe first. */
function buildJsonReport(report, opts = {}) {
    const meta = sortKeys({
        title: report.title,
        headline: report.headline,
        toolRuns: report.toolRuns ?? [],
        sections: report.sections.map((s) => s.title),
        ...opts.meta,
    });
    return {
        tool: 'pyprod-actions',
        action: report.action,
        version: opts.version ?? PYPROD_ACTIONS_VERSION,
        verdict: report.verdict,
        counts: countBySeverity(report.findings),
        findings: sortFindings(report.findings).map((f) => orderedFinding(f, opts.known)),
        meta,
    };
}
function serialiseJsonReport(r) {
    return `${JSON.stringify(r, null, 2)}\n`;
}
/** Writes the report, creating parent directories. */
async function writeJsonReport(file, r) {
    await promises_.mkdir(external_node_path_.dirname(external_node_path_.resolve(file)), { recursive: true });
    await promises_.writeFile(file, serialiseJsonReport(r));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
;// CONCATENATED MODULE: ./src/core/git.ts




/**
 * Thin helpers over the real `git` binary. Every call is an argv array run with `git -C <dir>`; values that
 * come from event payloads are validated (shas) or prefixed (refs/..., ^sha) before they reach an argv, so
 * none can be read as an option.
 */
const FETCH_TIMEOUT_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
const QUERY_TIMEOUT_MS = (/* unused pure expression or super */ null && (5 * 60 * 1000));
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function git_isSha(value) {
    return typeof value === 'string' && SHA_RE.test(value);
}
/** The first seven digits, as git and GitHub show commits in one line. */
function shortSha(sha) {
    return sha.slice(0, 7);
}
function gitEnv() {
    // Never wait for a password prompt on a runner; a fetch that needs credentials fails instead.
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
}
/** Runs `git -C <cwd> ...args`; throws ToolError (command, exit code, output tail) on failure. */
function git(cwd, args, opts = {}) {
    return execTool('git', ['-C', cwd, ...args], { timeoutMs: QUERY_TIMEOUT_MS, env: gitEnv(), ...opts });
}
/** Standard output of a git command with the final newline removed. */
async function gitText(cwd, args) {
    return (await git(cwd, args)).stdout.replace(/\n$/, '');
}
/** Splits `-z` output (NUL-terminated records) so names with spaces, newlines or any unicode survive. */
function splitNul(stdout) {
    return stdout.split('\0').filter((s) => s.length > 0);
}
function lines(stdout) {
    return stdout.split('\n').filter((s) => s.length > 0);
}
/** The commit a revision names, or undefined when the repository does not have it. */
async function resolveCommit(cwd, rev) {
    if (rev.startsWith('-'))
        return undefined; // callers pass shas, HEAD or refs/...; never an option
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
        okExitCodes: [0, 1, 128],
    });
    const sha = r.stdout.trim();
    return r.exitCode === 0 && git_isSha(sha) ? sha : undefined;
}
/** True when the commit object is in the repository (its history may still be cut by a shallow clone). */
async function hasCommit(cwd, sha) {
    if (!git_isSha(sha))
        return false;
    const r = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], { okExitCodes: [0, 1, 128] });
    return r.exitCode === 0;
}
async function isShallow(cwd) {
    return (await gitText(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** The commits whose parents a shallow clone cut off (empty for a complete repository). */
async function shallowCommits(cwd) {
    // Relative to `cwd` (git -C); resolved here because --path-format=absolute needs git 2.31.
    const file = path.resolve(cwd, (await gitText(cwd, ['rev-parse', '--git-path', 'shallow'])).trim());
    try {
        return new Set(lines(await readFile(file, 'utf8')).filter(git_isSha));
    }
    catch {
        return new Set();
    }
}
/** The best common ancestor of two commits, or undefined when none is reachable (yet). */
async function mergeBase(cwd, a, b) {
    const r = await git(cwd, ['merge-base', a, b], { okExitCodes: [0, 1] });
    const sha = r.stdout.trim();
    return r.exitCode === 0 && git_isSha(sha) ? sha : undefined;
}
/** `git rev-list <revArgs>`: the commits the revision arguments select, newest first. */
async function revList(cwd, revArgs) {
    return lines((await git(cwd, ['rev-list', ...revArgs, '--'])).stdout);
}
async function revCount(cwd, revArgs) {
    return Number.parseInt(await gitText(cwd, ['rev-list', '--count', ...revArgs, '--']), 10);
}
/**
 * The commits just outside a set (`rev-list --boundary` marks them with '-'): the parents of set members
 * that the set excludes. Together with the head they describe the set as `head ^b1 ^b2`.
 */
async function boundaryOf(cwd, revArgs) {
    const out = lines((await git(cwd, ['rev-list', '--boundary', ...revArgs, '--'])).stdout);
    return out.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
}
/** The parents of each given commit (as the repository sees them: none for a shallow or root commit). */
async function parentsOf(cwd, shas) {
    const out = new Map();
    if (shas.length === 0)
        return out;
    const r = await git(cwd, ['rev-list', '--no-walk=unsorted', '--parents', ...shas, '--']);
    for (const l of lines(r.stdout)) {
        const [sha, ...parents] = l.split(' ');
        if (sha)
            out.set(sha, parents);
    }
    return out;
}
/** Remote-tracking refs with the commits they point at: `refs/remotes/origin/main` → sha. */
async function remoteRefs(cwd) {
    const r = await git(cwd, ['for-each-ref', '--format=%(objectname) %(refname) %(symref)', 'refs/remotes/']);
    const out = new Map();
    for (const l of lines(r.stdout)) {
        const [sha, ref, symref] = l.split(' ');
        // origin/HEAD is an alias of another ref; counting it would count that branch twice.
        if (sha && ref && !symref)
            out.set(ref, sha);
    }
    return out;
}
/** The remote to fetch from: `origin` when it exists, else the only remote, else none. */
async function defaultRemote(cwd) {
    const remotes = lines(await gitText(cwd, ['remote']));
    if (remotes.includes('origin'))
        return 'origin';
    return remotes.length === 1 ? remotes[0] : undefined;
}
/**
 * Fetches objects only (no tags, no submodules, into FETCH_HEAD): nothing is checked out and no branch
 * moves, which keeps this safe in pull_request_target workflows. Returns the failure instead of throwing,
 * because a missing object on the remote is an expected outcome (e.g. a force-pushed-away sha).
 */
async function fetchObjects(cwd, remote, refspecs, opts = {}) {
    const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', '--no-auto-gc'];
    if (opts.depth)
        args.push(`--depth=${opts.depth}`);
    if (opts.deepen)
        args.push(`--deepen=${opts.deepen}`);
    if (opts.unshallow)
        args.push('--unshallow');
    args.push(remote, ...refspecs);
    try {
        await git(cwd, args, { timeoutMs: FETCH_TIMEOUT_MS });
        return { ok: true };
    }
    catch (e) {
        if (e instanceof ToolError)
            return { ok: false, error: e };
        throw e;
    }
}
/** The empty tree's id in this repository's hash (SHA-1 or SHA-256), to diff a root commit against. */
async function emptyTree(cwd) {
    return (await git(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).stdout.trim();
}
/** Files that differ between two commits, repo-relative, added/copied/modified/renamed only. */
async function diffNames(cwd, from, to, threeDot) {
    const range = threeDot ? [`${from}...${to}`] : [from, to];
    const r = await git(cwd, [
        'diff',
        '--name-only',
        '-z',
        '--diff-filter=ACMR',
        '--no-ext-diff',
        '--no-color',
        ...range,
        '--',
    ]);
    return splitNul(r.stdout);
}
/** Every file (blob) in a commit's tree, repo-relative; submodule entries are left out. */
async function treeFiles(cwd, commit) {
    const r = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    const files = [];
    for (const entry of splitNul(r.stdout)) {
        // "<mode> SP <type> SP <object> TAB <path>"; with -z the path is never quoted.
        const tab = entry.indexOf('\t');
        const [, type] = entry.slice(0, tab).split(' ');
        if (tab > 0 && type === 'blob')
            files.push(entry.slice(tab + 1));
    }
    return files;
}
/** The shallow clone lacks history a scope needs and it cannot be fetched; the message says what to set. */
class HistoryError extends Error {
    needed;
    constructor(message, 
    /** Commits of history the scope needs, when known (a lower bound for `fetch-depth`). */
    needed) {
        const depth = needed ? ` (or at least \`fetch-depth: ${needed}\`)` : '';
        super(`${message}. Set \`fetch-depth: 0\` on actions/checkout${depth} so the history is there.`);
        this.needed = needed;
        this.name = 'HistoryError';
    }
}
/**
 * Makes sure each commit is in the repository, fetching missing ones from the remote: first through the
 * given refspecs (e.g. `refs/pull/7/head`, always advertised), then by sha. A shallow clone stays shallow
 * (`--depth=1`); deepenUntil adds history afterwards. Returns the shas that are still missing.
 */
async function ensureCommits(cwd, remote, shas, log, refspecs = []) {
    const missing = async () => {
        const out = [];
        for (const s of shas)
            if (!(await hasCommit(cwd, s)))
                out.push(s);
        return out;
    };
    let absent = await missing();
    // With no shas to check, the refspecs are the point (e.g. a branch to fetch); otherwise stop when done.
    if ((shas.length > 0 && absent.length === 0) || !remote)
        return absent;
    const depth = (await isShallow(cwd)) ? 1 : undefined;
    const tryFetch = async (what) => {
        log(`Fetching ${what.join(' ')} from ${remote}${depth ? ' (depth 1, shallow clone)' : ''}`);
        const r = await fetchObjects(cwd, remote, what, { depth });
        if (!r.ok)
            log(`Fetch failed: ${r.error.message}`);
    };
    if (refspecs.length > 0) {
        await tryFetch(refspecs);
        absent = await missing();
        if (shas.length === 0 || absent.length === 0)
            return absent;
    }
    if (absent.length > 0) {
        await tryFetch(absent);
        absent = await missing();
    }
    return absent;
}
/** Each step adds this many commits below the shallow boundary; bounded so a huge repo cannot stall. */
const DEEPEN_STEPS = (/* unused pure expression or super */ null && ([10, 50, 250, 1000, 4000]));
/**
 * Deepens a shallow clone in growing steps (`git fetch --deepen=<n> <remote> <shas>`) until `check`
 * passes. Returns check's answer at once for a complete repository. Throws HistoryError when the clone
 * is shallow and the remote is missing, a fetch fails, or the steps run out.
 */
async function deepenUntil(cwd, remote, shas, check, opts) {
    if (await check())
        return true;
    if (!(await isShallow(cwd)))
        return false;
    if (!remote) {
        throw new HistoryError(`${opts.what} is beyond this shallow clone's history and it has no remote to fetch from`, opts.needed);
    }
    let total = 0;
    for (const [i, base] of DEEPEN_STEPS.entries()) {
        const step = i === 0 ? Math.max(base, opts.needed ?? 0) : base;
        total += step;
        opts.log(`Shallow clone: fetching ${step} more commits of history from ${remote} for ${opts.what}`);
        const r = await fetchObjects(cwd, remote, shas, { deepen: step });
        if (!r.ok) {
            throw new HistoryError(`${opts.what} needs more history, but deepening the shallow clone failed: ${r.error.message}`, opts.needed);
        }
        if (await check())
            return true;
        if (!(await isShallow(cwd)))
            return false;
    }
    throw new HistoryError(`${opts.what} is still not reachable after fetching ${total} more commits of history`, opts.needed);
}
/** Converts a shallow clone into a complete one (`git fetch --unshallow`), for scopes over all history. */
async function unshallow(cwd, remote, what, log) {
    if (!(await isShallow(cwd)))
        return;
    if (!remote)
        throw new HistoryError(`${what} needs the full history, but this is a shallow clone with no remote`);
    log(`Shallow clone: fetching the full history from ${remote} for ${what}`);
    const r = await fetchObjects(cwd, remote, [], { unshallow: true });
    if (!r.ok)
        throw new HistoryError(`${what} needs the full history, but unshallowing failed: ${r.error.message}`);
}

;// CONCATENATED MODULE: ./src/core/event.ts


/** A problem with the event variables or payload: the message names the variable and what is wrong. */
class EventError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EventError';
    }
}
/** Reads the event of the running workflow. Outside Actions (both variables unset) it is `none` with `{}`. */
function readEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME?.trim() ?? '';
    const file = env.GITHUB_EVENT_PATH?.trim() ?? '';
    if (!name && !file)
        return { name: 'none', payload: {} };
    if (!name) {
        throw new EventError(`GITHUB_EVENT_NAME is not set although GITHUB_EVENT_PATH is (${file}); set both or neither.`);
    }
    if (!file) {
        throw new EventError(`GITHUB_EVENT_PATH is not set for event '${name}': it must name the JSON file with the event payload.`);
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${e.message})`;
        throw new EventError(`GITHUB_EVENT_PATH points to ${file}, which ${why}; it must be the event payload JSON file.`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (e) {
        throw new EventError(`GITHUB_EVENT_PATH file ${file} is not valid JSON: ${e.message}`);
    }
    if (!isObject(payload)) {
        const got = payload === null ? 'null' : Array.isArray(payload) ? 'an array' : typeof payload;
        throw new EventError(`GITHUB_EVENT_PATH file ${file} must hold a JSON object (the event payload), got ${got}.`);
    }
    return { name, path: file, payload };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The value at a dotted path (`pull_request.head.sha`), or undefined when any step is missing. */
function field(obj, dotted) {
    let cur = obj;
    for (const key of dotted.split('.')) {
        if (!isObject(cur))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function str(obj, dotted) {
    const v = field(obj, dotted);
    return typeof v === 'string' && v.length > 0 ? v : undefined;
}
function bool(obj, dotted) {
    return field(obj, dotted) === true;
}
function event_int(obj, dotted) {
    const v = field(obj, dotted);
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}
/**
 * The all-zeros id GitHub sends as `before` for a created ref and as `after` for a deleted one
 * (40 zeros, or 64 in a SHA-256 repository).
 */
function isZeroSha(value) {
    return typeof value === 'string' && /^(?:0{40}|0{64})$/.test(value);
}
/** A sha from the payload: a real commit id, or undefined for missing, malformed or all-zeros values. */
function shaField(obj, dotted) {
    const v = str(obj, dotted)?.toLowerCase();
    return isSha(v) && !isZeroSha(v) ? v : undefined;
}
function pushInfo(payload) {
    const commits = field(payload, 'commits');
    const commitIds = Array.isArray(commits) ? commits.map((c) => shaField(c, 'id')).filter(isSha) : [];
    return {
        ref: str(payload, 'ref'),
        before: shaField(payload, 'before'),
        after: shaField(payload, 'after'),
        // GitHub sets created/deleted, but the zero sha alone says the same; trust either.
        created: bool(payload, 'created') || isZeroSha(field(payload, 'before')),
        deleted: bool(payload, 'deleted') || isZeroSha(field(payload, 'after')),
        forced: bool(payload, 'forced'),
        commitIds,
        defaultBranch: str(payload, 'repository.default_branch'),
    };
}
/** For pull_request and pull_request_target. Head branch names are left out on purpose: forks choose them. */
function pullRequestInfo(payload) {
    return {
        number: event_int(payload, 'pull_request.number') ?? event_int(payload, 'number'),
        baseSha: shaField(payload, 'pull_request.base.sha'),
        baseRef: str(payload, 'pull_request.base.ref'),
        headSha: shaField(payload, 'pull_request.head.sha'),
        commits: event_int(payload, 'pull_request.commits'),
    };
}
function mergeGroupInfo(payload) {
    return {
        baseSha: shaField(payload, 'merge_group.base_sha'),
        headSha: shaField(payload, 'merge_group.head_sha'),
        baseRef: str(payload, 'merge_group.base_ref'),
    };
}
/** A branch name that is safe to put after `refs/heads/` or `origin/` in an argv. */
function isSafeBranchName(name) {
    return (typeof name === 'string' &&
        name.length > 0 &&
        !name.startsWith('-') &&
        !name.includes('..') &&
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
        !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name));
}

;// CONCATENATED MODULE: ./src/github/event.ts


/**
 * The pull request this run belongs to, from the event payload at GITHUB_EVENT_PATH:
 * `pull_request.number` (pull_request, pull_request_target, pull_request_review, ...) or
 * `issue.number` for an issue_comment on a pull request (GitHub marks those with `issue.pull_request`).
 * Anything else, or an unreadable payload, gives the reason instead of throwing.
 */
function pullRequestFromEvent(env = process.env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return { reason: 'GITHUB_REPOSITORY is not set to owner/repo' };
    let event;
    try {
        event = readEvent(env);
    }
    catch (err) {
        return { reason: (0,errors/* errorMessage */.gJ)(err) };
    }
    if (event.name === 'none')
        return { reason: 'there is no workflow event (not running in GitHub Actions)' };
    let number = event_int(event.payload, 'pull_request.number');
    if (number === undefined && field(event.payload, 'issue.pull_request') !== undefined) {
        number = event_int(event.payload, 'issue.number');
    }
    if (number === undefined || number < 1)
        return { reason: `the ${event.name} event is not about a pull request` };
    return { owner, repo, number };
}
function isPullRequest(x) {
    return 'number' in x;
}

;// CONCATENATED MODULE: ./src/github/rest.ts
const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'pyprod-actions';
/** An API answer that was not 2xx. The message names the method, path and status, never the token. */
class GitHubApiError extends Error {
    method;
    path;
    status;
    apiMessage;
    constructor(method, path, status, apiMessage) {
        super(`GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.apiMessage = apiMessage;
        this.name = 'GitHubApiError';
    }
}
function apiBaseUrl(env = process.env) {
    const v = env.GITHUB_API_URL;
    return (v && v.length > 0 ? v : DEFAULT_API_URL).replace(/\/+$/, '');
}
/** The targets of a `Link` header by rel: `<https://...?page=2>; rel="next", <...>; rel="last"`. */
function parseLinkHeader(header) {
    const out = {};
    const text = Array.isArray(header) ? header.join(',') : (header ?? '');
    for (const part of text.split(',')) {
        const m = /<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m?.[1] && m[2])
            for (const rel of m[2].split(/\s+/))
                out[rel] = m[1];
    }
    return out;
}
function shortApiMessage(body) {
    try {
        const data = JSON.parse(body);
        if (typeof data.message === 'string')
            return data.message.slice(0, 300);
    }
    catch {
        /* not JSON */
    }
    return body.replace(/\s+/g, ' ').trim().slice(0, 300);
}
/**
 * A minimal GitHub REST client over @actions/http-client (which honours the runner's proxy settings).
 * The token goes only into the Authorization header, and only to the API's own origin: pagination
 * links pointing elsewhere are refused, and http-client drops the header on cross-host redirects.
 */
class GitHubClient {
    baseUrl;
    token;
    userAgent;
    http;
    constructor(opts) {
        this.baseUrl = (opts.baseUrl ?? apiBaseUrl(opts.env)).replace(/\/+$/, '');
        this.token = opts.token;
        this.userAgent = opts.userAgent ?? USER_AGENT;
    }
    // Loaded on first use: the HTTP stack (undici) is costly to import, and most runs post no comment.
    async client() {
        if (!this.http) {
            const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
            this.http = new HttpClient(this.userAgent, [], { socketTimeout: 30_000 });
        }
        return this.http;
    }
    url(pathOrUrl) {
        const url = /^https?:\/\//.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(this.baseUrl + pathOrUrl);
        if (url.origin !== new URL(this.baseUrl).origin) {
            throw new Error(`refusing to send the GitHub token to ${url.origin}, which is not ${new URL(this.baseUrl).origin}`);
        }
        return url;
    }
    async request(method, pathOrUrl, body) {
        const url = this.url(pathOrUrl);
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.token}`,
            'x-github-api-version': '2022-11-28',
        };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        const http = await this.client();
        const res = await http.request(method, url.href, body === undefined ? null : JSON.stringify(body), headers);
        const text = await res.readBody();
        const status = res.message.statusCode ?? 0;
        if (status < 200 || status >= 300)
            throw new GitHubApiError(method, url.pathname, status, shortApiMessage(text));
        let data;
        try {
            data = (text ? JSON.parse(text) : undefined);
        }
        catch {
            throw new GitHubApiError(method, url.pathname, status, 'the answer is not JSON');
        }
        return { status, data, headers: res.message.headers };
    }
    /** GETs a list page by page, following `Link: rel="next"` (at most `maxPages` pages). */
    async *pages(pathOrUrl, maxPages = 100) {
        let next = pathOrUrl;
        for (let page = 0; next && page < maxPages; page++) {
            const res = await this.request('GET', next);
            if (!Array.isArray(res.data))
                throw new GitHubApiError('GET', this.url(next).pathname, res.status, 'expected a list');
            yield res.data;
            next = parseLinkHeader(res.headers.link).next;
        }
    }
    /** Every item of a paginated list. */
    async paginate(pathOrUrl, maxPages = 100) {
        const items = [];
        for await (const page of this.pages(pathOrUrl, maxPages))
            items.push(...page);
        return items;
    }
}

;// CONCATENATED MODULE: ./src/report/pr-comment.ts



/** GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_MAX_CHARS = 65_536;
function commentMarker(action, key = 'report') {
    const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, '-');
    return `<!-- pyprod-actions:${safe(action)}:${safe(key)} -->`;
}
/** Cuts a body to `max` characters (UTF-16 units, as GitHub counts), ending with a line that says so. */
function fitCommentBody(body, max = COMMENT_MAX_CHARS) {
    if (body.length <= max)
        return { body, truncated: false };
    const note = (n) => `\n\n---\n_This comment was truncated: ${n} characters over GitHub's ${max}-character limit were left out. ` +
        'The job summary, the JSON report and SARIF have everything._\n';
    const noteRoom = note(body.length).length; // the longest the note can be
    let end = max - noteRoom;
    for (;;) {
        let cut = body.lastIndexOf('\n', end);
        if (cut < end / 2)
            cut = end;
        // Do not split a surrogate pair.
        if (cut > 0 && /[\uD800-\uDBFF]/.test(body.charAt(cut - 1)))
            cut -= 1;
        const kept = body.slice(0, cut);
        // An unclosed <details> would swallow the note: close what the cut left open.
        const open = (kept.match(/<details[\s>]/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
        const closing = '\n\n</details>'.repeat(Math.max(0, open));
        if (kept.length + closing.length + noteRoom <= max || cut <= 0) {
            return { body: kept + closing + note(body.length - kept.length), truncated: true };
        }
        end = cut - closing.length - 1;
    }
}
/**
 * Posts or updates one sticky comment on the run's pull request, found by its hidden marker, so a
 * re-run edits the comment instead of adding another. It never fails the step: without a token, outside
 * a pull request or when the API refuses (401/403/404, e.g. the read-only token of a fork's PR) it says
 * why in a notice and returns `skipped`; other API errors become a warning and `failed`.
 */
async function upsertPrComment(runtime, opts) {
    const skip = (reason) => {
        runtime.notice(`Pull request comment skipped: ${reason}.`);
        return { status: 'skipped', reason };
    };
    if (!opts.token)
        return skip("no token was given (pass the token input, e.g. the workflow's github.token)");
    runtime.setSecret(opts.token);
    const env = opts.env ?? process.env;
    const pr = pullRequestFromEvent(env);
    if (!isPullRequest(pr))
        return skip(pr.reason);
    const marker = commentMarker(opts.action, opts.key);
    const { body, truncated } = fitCommentBody(`${marker}\n${opts.body}`);
    const client = new GitHubClient({ token: opts.token, env });
    const base = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}/issues`;
    try {
        // Oldest first; stop at the first page that has ours.
        let ours;
        for await (const page of client.pages(`${base}/${pr.number}/comments?per_page=100`)) {
            ours = page.find((c) => typeof c.body === 'string' && c.body.includes(marker));
            if (ours)
                break;
        }
        const res = ours
            ? await client.request('PATCH', `${base}/comments/${ours.id}`, { body })
            : await client.request('POST', `${base}/${pr.number}/comments`, { body });
        const status = ours ? 'updated' : 'created';
        runtime.info(`Pull request #${pr.number}: comment ${status}${res.data?.html_url ? ` (${res.data.html_url})` : ''}.`);
        return { status, commentId: res.data?.id, url: res.data?.html_url, truncated };
    }
    catch (err) {
        if (err instanceof GitHubApiError && [401, 403, 404].includes(err.status)) {
            const why = err.status === 401
                ? 'the token was not accepted'
                : 'the token may not write to this pull request (a pull request from a fork gets a read-only token; `pull-requests: write` permission is needed)';
            return skip(`${err.message} — ${why}`);
        }
        const reason = (0,errors/* errorMessage */.gJ)(err);
        runtime.warning(`Pull request comment failed: ${reason}`);
        return { status: 'failed', reason };
    }
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



/** The official schema's published location (OASIS SARIF 2.1.0, errata 01). */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/**
 * GitHub code scanning's documented upload limits ("SARIF results exceed limit", docs.github.com):
 * at most 20 runs per file, 25,000 results per run (only the top 5,000 by severity are shown) and
 * 25,000 rules per run; the upload (gzipped) may be at most 10 MB. We emit one run per tool, so the
 * run limit is far away; results beyond the cap are dropped, least severe first, and counted.
 */
const SARIF_MAX_RESULTS_PER_RUN = 25_000;
const SARIF_MAX_RUNS = 20;
/** Our fingerprint's key in `partialFingerprints`; versioned with the fingerprint recipe. */
const FINGERPRINT_KEY = 'pyprodFingerprint/v1';
/** Home pages of the tools our actions run, for `tool.driver.informationUri`. */
const KNOWN_TOOLS = {
    ruff: 'https://docs.astral.sh/ruff/',
    pylint: 'https://pylint.readthedocs.io/',
    mypy: 'https://mypy.readthedocs.io/',
    bandit: 'https://bandit.readthedocs.io/',
    gitleaks: 'https://github.com/gitleaks/gitleaks',
    deptry: 'https://deptry.com/',
    'pip-licenses': 'https://github.com/raimon49/pip-licenses',
    'pip-audit': 'https://github.com/pypa/pip-audit',
    hadolint: 'https://github.com/hadolint/hadolint',
};
/** An absolute http(s) URI or nothing: the schema's `format: uri` rejects anything else. */
function absoluteUri(uri) {
    if (!uri)
        return undefined;
    try {
        const u = new URL(uri);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    }
    catch {
        return undefined;
    }
}
/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function region(f) {
    if (!f.line || f.line < 1)
        return undefined;
    const r = { startLine: f.line };
    if (f.column && f.column >= 1)
        r.startColumn = f.column;
    if (f.endLine && f.endLine >= f.line)
        r.endLine = f.endLine;
    if (f.endColumn && f.endColumn >= 1 && r.startColumn)
        r.endColumn = f.endColumn;
    return r;
}
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
function toolOrder(findings, runs) {
    const names = runs.map((r) => r.tool);
    const extra = [...new Set(findings.map((f) => f.tool))].filter((t) => !names.includes(t)).sort();
    return [...new Set([...names, ...extra])];
}
function buildRun(action, tool, run, findings, accepted) {
    const rules = [];
    const ruleIndex = new Map();
    for (const id of [...new Set(findings.map((f) => f.rule))].sort()) {
        const helpUri = absoluteUri(findings.find((f) => f.rule === id && absoluteUri(f.helpUri))?.helpUri);
        ruleIndex.set(id, rules.length);
        rules.push({
            id,
            name: id,
            shortDescription: { text: `${tool} ${id}` },
            ...(helpUri ? { helpUri } : {}),
        });
    }
    const results = findings.map((f) => {
        const result = {
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule) ?? -1,
            level: LEVEL[f.severity],
            message: { text: f.message || f.rule },
            partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        };
        if (f.file) {
            const reg = region(f);
            result.locations = [
                {
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
                        ...(reg ? { region: reg } : {}),
                    },
                },
            ];
        }
        if (accepted)
            result.baselineState = accepted.has(f.fingerprint) ? 'unchanged' : 'new';
        const props = {};
        if (f.alsoReportedBy?.length)
            props.alsoReportedBy = f.alsoReportedBy;
        if (f.data && Object.keys(f.data).length > 0)
            props.data = f.data;
        if (Object.keys(props).length > 0)
            result.properties = props;
        return result;
    });
    const informationUri = absoluteUri(run?.informationUri ?? KNOWN_TOOLS[tool]);
    return {
        tool: {
            driver: {
                name: tool,
                ...(run?.version ? { version: run.version } : {}),
                ...(informationUri ? { informationUri } : {}),
                rules,
            },
        },
        // One category per (action, tool): code scanning rejects two runs of one tool with one category.
        automationDetails: { id: `${action}/${tool}/` },
        results,
    };
}
/**
 * A SARIF 2.1.0 log with one run per tool (including tools that found nothing, so code scanning
 * closes alerts that were fixed), results most severe first, relative locations under `%SRCROOT%`
 * and our fingerprint in `partialFingerprints`. With a baseline, results carry `baselineState`.
 */
function buildSarif(report, opts = {}) {
    const cap = opts.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN;
    const accepted = opts.baseline ? new Set(opts.baseline.fingerprints) : undefined;
    const toolRuns = report.toolRuns ?? [];
    const sorted = sortFindings(report.findings);
    const omitted = {};
    const tools = toolOrder(sorted, toolRuns);
    // Past the run limit the whole upload is rejected; dropping whole tools (counted) keeps the rest.
    for (const tool of tools.slice(SARIF_MAX_RUNS))
        omitted[tool] = sorted.filter((f) => f.tool === tool).length;
    const runs = tools.slice(0, SARIF_MAX_RUNS).map((tool) => {
        const mine = sorted.filter((f) => f.tool === tool);
        if (mine.length > cap)
            omitted[tool] = mine.length - cap;
        const run = buildRun(report.action, tool, toolRuns.find((r) => r.tool === tool), mine.slice(0, cap), accepted);
        if (omitted[tool])
            run.properties = { omittedResults: omitted[tool] };
        return run;
    });
    return { log: { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs }, omitted };
}
/** Writes the log as JSON, creating parent directories. */
async function writeSarif(file, log) {
    await promises_.mkdir(external_node_path_.dirname(external_node_path_.resolve(file)), { recursive: true });
    await promises_.writeFile(file, `${JSON.stringify(log, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/summary.ts



/**
 * GitHub caps a step's summary at 1 MiB ("each step is restricted to a maximum size of 1MiB ... If more
 * than 1MiB of content is added for a step, then the upload for the step will fail", docs.github.com,
 * workflow commands, "Step isolation and limits"). 1,000,000 bytes leaves room for anything else the
 * step appends.
 */
const SUMMARY_BUDGET_BYTES = 1_000_000;
/** Findings shown in the open table; the rest go into a collapsed block. */
const OPEN_ROWS = 10;
/** A message longer than this is cut in the table (the JSON report and SARIF keep it whole). */
const MESSAGE_CELL_CHARS = 300;
const VERDICT_ICON = { pass: '✅', fail: '❌', warn: '⚠️' };
const SEVERITY_LABEL = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' };
/** A link only for http(s) URLs, percent-encoding what would end the link or the cell. */
function summary_link(text, uri) {
    if (!uri || !/^https?:\/\/[^\s]+$/i.test(uri))
        return text;
    const safe = uri.replace(/[()|<>"'\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `[${text}](${safe})`;
}
function summary_location(f) {
    if (!f.file)
        return '';
    return `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}`;
}
function findingRow(f, known) {
    const severity = SEVERITY_LABEL[f.severity] + (known?.has(f.fingerprint) ? ' (known)' : '');
    return (0,report_markdown/* tableRow */.jD)([
        severity,
        f.file ? (0,report_markdown/* code */.aY)(summary_location(f)) : '—',
        summary_link((0,report_markdown/* code */.aY)(f.rule), f.helpUri),
        (0,report_markdown/* escapeCell */.kq)((0,report_markdown/* clip */.$Q)(f.message, MESSAGE_CELL_CHARS)),
        (0,report_markdown/* escapeCell */.kq)([f.tool, ...(f.alsoReportedBy ?? [])].join(', ')),
    ]);
}
const FINDING_HEADERS = ['Severity', 'Location', 'Rule', 'Message', 'Tool'];
function omittedLine(n) {
    return `${(0,report_markdown/* plural */.LS)(n, 'more finding')} not shown (see the JSON report / SARIF).`;
}
function countsLine(report, opts) {
    const c = countBySeverity(report.findings);
    const parts = [(0,report_markdown/* plural */.LS)(c.error, 'error'), (0,report_markdown/* plural */.LS)(c.warning, 'warning'), (0,report_markdown/* plural */.LS)(c.note, 'note')];
    let line = parts.map((p) => p.replace(/^(\d+)/, '**$1**')).join(' · ');
    if (opts.known) {
        const known = report.findings.filter((f) => opts.known?.has(f.fingerprint)).length;
        line += ` — ${report.findings.length - known} new, ${known} known (in the baseline)`;
    }
    return line;
}
function annotationNote(a) {
    if (!a || totalOf(a.notAnnotated) === 0)
        return undefined;
    const per = ['error', 'warning', 'notice']
        .filter((l) => a.notAnnotated[l] > 0)
        .map((l) => (0,report_markdown/* plural */.LS)(a.notAnnotated[l], l))
        .join(', ');
    return (`${(0,report_markdown/* plural */.LS)(totalOf(a.notAnnotated), 'finding')} not annotated (${per}): only the ${a.perLevel} most ` +
        'severe of each level are annotated, as GitHub shows at most 10 per level in a step; ' +
        'the findings below, the JSON report and SARIF have them all.');
}
function toolsBlock(runs) {
    if (!runs || runs.length === 0)
        return undefined;
    const rows = runs.map((r) => [
        (0,report_markdown/* escapeCell */.kq)(r.tool),
        r.version ? (0,report_markdown/* code */.aY)(r.version) : '—',
        String(r.findings),
        (0,report_markdown/* formatDuration */.a3)(r.durationMs),
        r.exitCode === null ? 'killed' : String(r.exitCode),
    ]);
    return (0,report_markdown/* details */.zH)(`Tools (${runs.length})`, (0,report_markdown/* table */.tp)(['Tool', 'Version', 'Findings', 'Time', 'Exit code'], rows));
}
/**
 * The job summary: the verdict line first, then counts, the findings (most severe first; beyond the
 * first ten in a collapsed block), the action's sections and the tools that ran. It never exceeds the
 * byte budget: rows that do not fit are dropped and counted in an explicit line, a section that does
 * not fit is replaced by a note, and every `<details>` that is opened is closed.
 */
function renderSummary(report, opts = {}) {
    const budget = opts.budgetBytes ?? SUMMARY_BUDGET_BYTES;
    const findings = sortFindings(report.findings);
    const head = [
        `### ${VERDICT_ICON[report.verdict]} ${(0,report_markdown/* escapeInline */.VV)((0,report_markdown/* clip */.$Q)(report.title, 200))}: ${(0,report_markdown/* escapeInline */.VV)((0,report_markdown/* clip */.$Q)(report.headline, 500))}`,
        countsLine(report, opts),
        annotationNote(opts.annotations),
    ].filter((p) => p !== undefined);
    const tools = toolsBlock(report.toolRuns);
    // Frames around the rows; sized for the worst case so the rows can fill what is left exactly.
    const openHead = `#### Findings\n\n${(0,report_markdown/* table */.tp)(FINDING_HEADERS, [])}`;
    const restHead = (n) => `<details><summary>${(0,report_markdown/* escapeHtml */.ZD)((0,report_markdown/* plural */.LS)(n, 'more finding'))}</summary>\n\n${(0,report_markdown/* table */.tp)(FINDING_HEADERS, [])}`;
    const restTail = '\n\n</details>';
    const frameBytes = findings.length === 0
        ? 0
        : (0,report_markdown/* byteLength */.dp)(openHead) + 2 + (0,report_markdown/* byteLength */.dp)(restHead(findings.length)) + (0,report_markdown/* byteLength */.dp)(restTail) + 2;
    const omittedReserve = findings.length === 0 ? 0 : (0,report_markdown/* byteLength */.dp)(omittedLine(findings.length)) + 2;
    const fixed = [...head, tools ?? ''].reduce((n, p) => n + (0,report_markdown/* byteLength */.dp)(p) + 2, 0);
    let remaining = budget - fixed - frameBytes - omittedReserve;
    const sections = [];
    const sectionsOmitted = [];
    for (const s of report.sections) {
        const block = s.collapsed
            ? (0,report_markdown/* details */.zH)(s.title, s.markdown)
            : `#### ${(0,report_markdown/* escapeInline */.VV)(s.title)}\n\n${s.markdown.trim()}`;
        const cost = (0,report_markdown/* byteLength */.dp)(block) + 2;
        if (cost <= remaining) {
            sections.push(block);
            remaining -= cost;
        }
        else {
            const note = `#### ${(0,report_markdown/* escapeInline */.VV)(s.title)}\n\n_Left out: ${(0,report_markdown/* byteLength */.dp)(block)} bytes would not fit in the summary._`;
            sectionsOmitted.push(s.title);
            sections.push(note);
            remaining -= (0,report_markdown/* byteLength */.dp)(note) + 2;
        }
    }
    const rows = [];
    for (const f of findings) {
        const row = findingRow(f, opts.known);
        const cost = (0,report_markdown/* byteLength */.dp)(row) + 1;
        if (cost > remaining)
            break;
        rows.push(row);
        remaining -= cost;
    }
    const omitted = findings.length - rows.length;
    const blocks = [...head];
    if (rows.length > 0) {
        blocks.push([openHead, ...rows.slice(0, OPEN_ROWS)].join('\n'));
        const rest = rows.slice(OPEN_ROWS);
        if (rest.length > 0)
            blocks.push(`${restHead(rest.length)}\n${rest.join('\n')}${restTail}`);
    }
    if (omitted > 0)
        blocks.push(omittedLine(omitted));
    blocks.push(...sections);
    if (tools)
        blocks.push(tools);
    const markdown = `${blocks.join('\n\n')}\n`;
    return {
        markdown,
        bytes: (0,report_markdown/* byteLength */.dp)(markdown),
        rowsShown: rows.length,
        rowsOmitted: omitted,
        sectionsOmitted,
    };
}

;// CONCATENATED MODULE: ./src/report/publish.ts







// The comment's own budget: bytes bound characters, and the marker line needs a little room.
const COMMENT_BUDGET_BYTES = COMMENT_MAX_CHARS - 1_024;
/**
 * Publishes a report everywhere it goes: annotations (most severe first, capped per level), SARIF and
 * JSON files (with the `sarif-file` / `json-file` outputs), the job summary (printed to the terminal
 * by the CLI's localRuntime) and, when asked, the sticky pull request comment. Returns what it did.
 */
async function publishReport(report, runtime, options = {}) {
    const result = { summary: { bytes: 0, rowsShown: 0, rowsOmitted: 0, sectionsOmitted: [] } };
    const known = options.baseline ? new Set(options.baseline.fingerprints) : undefined;
    const split = splitByBaseline(report.findings, options.baseline);
    if (options.baseline)
        result.baseline = { new: split.new.length, known: split.known.length };
    if (options.annotate ?? true) {
        result.annotations = emitAnnotations(split.new, runtime, { perLevel: options.annotationsPerLevel });
    }
    if (options.sarifFile) {
        const file = external_node_path_.resolve(runtime.workspace, options.sarifFile);
        const sarif = buildSarif(report, { baseline: options.baseline });
        await writeSarif(file, sarif.log);
        for (const [tool, n] of Object.entries(sarif.omitted)) {
            runtime.warning(`SARIF: ${n} ${tool} results left out (GitHub code scanning accepts 25,000 per run, 20 runs).`);
        }
        result.sarifFile = file;
        result.sarifOmitted = sarif.omitted;
        runtime.setOutput('sarif-file', file);
    }
    if (options.jsonFile) {
        const file = external_node_path_.resolve(runtime.workspace, options.jsonFile);
        const meta = {};
        if (result.annotations)
            meta.annotations = result.annotations;
        if (result.baseline)
            meta.baseline = result.baseline;
        if (result.sarifFile)
            meta.sarifFile = external_node_path_.relative(runtime.workspace, result.sarifFile) || result.sarifFile;
        await writeJsonReport(file, buildJsonReport(report, { version: options.version, known, meta }));
        result.jsonFile = file;
        runtime.setOutput('json-file', file);
    }
    const summary = renderSummary(report, {
        budgetBytes: options.summaryBudgetBytes ?? SUMMARY_BUDGET_BYTES,
        annotations: result.annotations,
        known,
    });
    await runtime.appendSummary(summary.markdown);
    result.summary = {
        bytes: summary.bytes,
        rowsShown: summary.rowsShown,
        rowsOmitted: summary.rowsOmitted,
        sectionsOmitted: summary.sectionsOmitted,
    };
    if (options.prComment) {
        const comment = renderSummary(report, {
            budgetBytes: COMMENT_BUDGET_BYTES,
            annotations: result.annotations,
            known,
        });
        result.prComment = await upsertPrComment(runtime, {
            action: report.action,
            key: options.commentKey,
            body: comment.markdown,
            token: options.token,
            env: runtime.env,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/report/inputs.ts



function loadReportInputs(r) {
    return {
        sarifFile: r.string('sarif-file'),
        jsonFile: r.string('json-file'),
        prComment: r.bool('pr-comment', false),
        githubToken: r.string('github-token'),
        baseline: r.string('baseline'),
        writeBaseline: r.string('write-baseline'),
    };
}
/**
 * Loads the baseline (if any), publishes the report everywhere, and writes a new baseline when asked.
 * The one call a findings action makes after building its Report.
 */
async function publishWithInputs(report, rt, inputs, extra = {}) {
    const baseline = inputs.baseline
        ? await loadBaseline(external_node_path_.resolve(rt.workspace, inputs.baseline), { input: 'baseline', tool: report.action })
        : undefined;
    const result = await publishReport(report, rt, {
        ...extra,
        sarifFile: inputs.sarifFile,
        jsonFile: inputs.jsonFile,
        prComment: inputs.prComment,
        token: inputs.githubToken,
        baseline,
    });
    if (inputs.writeBaseline) {
        const file = external_node_path_.resolve(rt.workspace, inputs.writeBaseline);
        await writeBaseline(file, report.findings, report.action);
        rt.info(`Wrote a baseline of ${report.findings.length} findings to ${file}.`);
    }
    const known = new Set(baseline?.fingerprints ?? []);
    return {
        ...result,
        newFindings: report.findings.filter((f) => !known.has(f.fingerprint)),
        ...(baseline ? { loadedBaseline: baseline } : {}),
    };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/actions/license-gate/families.ts
/**
 * Licence families: licensecheck's policy words (apache, bsd, mit, gpl, ...) as groups of SPDX identifiers.
 * The mapping is documented in docs/license-gate-policy.md; keep both in step.
 */
/** The family words a policy may name; each is a group of SPDX identifiers (see FAMILY_PATTERNS). */
const FAMILY_WORDS = [
    'public',
    'unlicense',
    'mit',
    'boost',
    'bsd',
    'isc',
    'ncsa',
    'python',
    'upl',
    'apache',
    'eclipse',
    'afl',
    'mpl',
    'eupl',
    'lgpl',
    'gpl',
    'agpl',
    'proprietary',
];
/**
 * SPDX identifier patterns per family, tried in order. licensecheck matches by substring, which is why it
 * puts WTFPL with the Unlicense and CC0 with the public domain; we keep its grouping but match whole ids,
 * so that `gpl` never catches LGPL or AGPL.
 */
const FAMILY_PATTERNS = [
    ['public', /^(CC0-1\.0|CC-PDDC|LicenseRef-Public-Domain)$/i],
    ['unlicense', /^(Unlicense|WTFPL)$/i],
    ['mit', /^MIT/i],
    ['boost', /^BSL-1\.0$/i],
    ['bsd', /^(0BSD|BSD-.*)$/i],
    ['isc', /^ISC$/i],
    ['ncsa', /^NCSA$/i],
    ['python', /^(PSF-2\.0|Python-.*|CNRI-Python.*)$/i],
    ['upl', /^UPL-1\.0$/i],
    ['apache', /^Apache-/i],
    ['eclipse', /^EPL-/i],
    ['afl', /^AFL-/i],
    ['mpl', /^MPL-/i],
    ['eupl', /^EUPL-/i],
    ['lgpl', /^LGPL-/i],
    ['gpl', /^GPL-/i],
    ['agpl', /^AGPL-/i],
    ['proprietary', /^LicenseRef-Proprietary$/i],
];
/** The family of an SPDX identifier (or LicenseRef-*), `other` when it belongs to none. */
function familyOfId(id) {
    for (const [family, re] of FAMILY_PATTERNS)
        if (re.test(id))
            return family;
    return 'other';
}
function isFamilyWord(word) {
    return FAMILY_WORDS.includes(word);
}

;// CONCATENATED MODULE: ./src/actions/license-gate/spdx-list.json
const spdx_list_namespaceObject = /*#__PURE__*/JSON.parse('{"sP":"SPDX License List 3.27.0, as shipped in packaging 26.3 (packaging/licenses/_spdx.py)","Vy":["0BSD","3D-Slicer-1.0","AAL","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","Afmparse","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","Aladdin","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","any-OSI","any-OSI-perl-modules","Apache-1.0","Apache-1.1","Apache-2.0","APAFML","APL-1.0","App-s2p","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Arphic-1999","Artistic-1.0","Artistic-1.0-cl8","Artistic-1.0-Perl","Artistic-2.0","Artistic-dist","Aspell-RU","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Baekmuk","Bahyph","Barr","bcrypt-Solar-Designer","Beerware","Bitstream-Charter","Bitstream-Vera","BitTorrent-1.0","BitTorrent-1.1","blessing","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-first-lines","BSD-2-Clause-Patent","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-Views","BSD-3-Clause","BSD-3-Clause-acpica","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-flex","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-Sun","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Protection","BSD-Source-beginning-file","BSD-Source-Code","BSD-Systemics","BSD-Systemics-W3Works","BSL-1.0","BUSL-1.1","bzip2-1.0.6","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","Caldera","Caldera-no-preamble","Catharon","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","check-cvs","checkmk","ClArtistic","Clips","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","Community-Spec-1.0","Condor-1.1","copyleft-next-0.3.0","copyleft-next-0.3.1","Cornell-Lossless-JPEG","CPAL-1.0","CPL-1.0","CPOL-1.02","Cronyx","Crossword","CryptoSwift","CrystalStacker","CUA-OPL-1.0","Cube","curl","cve-tou","D-FSL-1.0","DEC-3-Clause","diffmark","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","DRL-1.0","DRL-1.1","DSDP","dtoa","dvipdfm","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","eGenix","Elastic-2.0","Entessa","EPICS","EPL-1.0","EPL-2.0","ErlPL-1.1","etalab-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Eurosym","Fair","FBM","FDK-AAC","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Furuseth","fwlw","Game-Programming-Gems","GCR-docs","GD","generic-xts","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","Giftware","GL2PS","Glide","Glulxe","GLWTPL","gnuplot","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Graphics-Gems","gSOAP-1.3b","gtkbook","Gutmann","HaskellReport","HDF5","hdparm","HIDAPI","Hippocratic-2.1","HP-1986","HP-1989","HPND","HPND-DEC","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-Markus-Kuhn","HPND-merchantability-variant","HPND-MIT-disclaimer","HPND-Netrek","HPND-Pbmplus","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-UC","HPND-UC-export-US","HTMLTIDY","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","ImageMagick","iMatix","Imlib2","Info-ZIP","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","IPA","IPL-1.0","ISC","ISC-Veillard","Jam","JasPer-2.0","jove","JPL-image","JPNIC","JSON","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","Latex2e","Latex2e-translated-notice","Leptonica","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","Libpng","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Linux-OpenIB","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","lsof","Lucida-Bitmap-Fonts","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","magaz","mailprio","MakeIndex","man2html","Martin-Birgmeier","McPhee-slideshow","metamail","Minpack","MIPS","MirOS","MIT","MIT-0","MIT-advertising","MIT-Click","MIT-CMU","MIT-enna","MIT-feh","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-open-group","MIT-testregex","MIT-Wu","MITNFA","MMIXware","Motosoto","MPEG-SSG","mpi-permissive","mpich2","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","mplus","MS-LPL","MS-PL","MS-RL","MTLL","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","Naumen","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NetCDF","Newsletr","NGPL","ngrep","NICTA-1.0","NIST-PD","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","Nokia","NOSL","Noweb","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODbL-1.0","ODC-By-1.0","OFFIS","OFL-1.0","OFL-1.0-no-RFN","OFL-1.0-RFN","OFL-1.1","OFL-1.1-no-RFN","OFL-1.1-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","PADL","Parity-6.0.0","Parity-7.0.0","PDDL-1.0","PHP-3.0","PHP-3.01","Pixar","pkgconf","Plexus","pnmstitch","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","PPL","PSF-2.0","psfrag","psutils","Python-2.0","Python-2.0.1","python-ldap","Qhull","QPL-1.0","QPL-1.0-INRIA-2004","radvd","Rdisc","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","Saxpath","SCEA","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGP4","SHL-0.5","SHL-0.51","SimPL-2.0","SISSL","SISSL-1.2","SL","Sleepycat","SMAIL-GPL","SMLNJ","SMPPL","SNIA","snprintf","SOFA","softSurfer","Soundex","Spencer-86","Spencer-94","Spencer-99","SPL-1.0","ssh-keyscan","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SugarCRM-1.1.3","SUL-1.0","Sun-PPP","Sun-PPP-2000","SunPro","SWL","swrule","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TermReadKey","TGPPL-1.0","ThirdEye","threeparttable","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TrustedQSL","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","Ubuntu-font-1.0","UCAR","UCL-1.0","ulem","UMich-Merit","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","UPL-1.0","URT-RLE","Vim","VOSTROM","VSL-1.0","W3C","W3C-19980720","W3C-20150513","w3m","Watcom-1.0","Widget-Workshop","Wsuipa","WTFPL","wwl","X11","X11-distribute-modifications-variant","X11-swapped","Xdebug-1.03","Xerox","Xfig","XFree86-1.1","xinetd","xkeyboard-config-Zinoviev","xlock","Xnet","xpp","XSkat","xzoom","YPL-1.0","YPL-1.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","zlib-acknowledgement","ZPL-1.1","ZPL-2.0","ZPL-2.1"],"io":["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","bzip2-1.0.5","eCos-2.0","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-1.0+","GPL-2.0","GPL-2.0+","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-2.0-with-GCC-exception","GPL-3.0","GPL-3.0+","GPL-3.0-with-autoconf-exception","GPL-3.0-with-GCC-exception","LGPL-2.0","LGPL-2.0+","LGPL-2.1","LGPL-2.1+","LGPL-3.0","LGPL-3.0+","Net-SNMP","Nunit","StandardML-NJ","wxWindows"],"z2":["389-exception","Asterisk-exception","Asterisk-linking-protocols-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","CGAL-linking-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","Digia-Qt-LGPL-exception-1.1","DigiRule-FOSS-exception","eCos-exception-2.0","erlang-otp-linking-exception","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-389-ds-base-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","harbour-exception","i2p-gpl-java-exception","Independent-modules-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","mxml-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PCRE2-exception","polyparse-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","romic-exception","RRDtool-FLOSS-exception-2.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"],"Kl":["Nokia-Qt-exception-1.1"]}');
;// CONCATENATED MODULE: ./src/actions/license-gate/spdx.ts


class SpdxParseError extends Error {
    expression;
    detail;
    constructor(expression, detail) {
        super(`Invalid SPDX expression ${JSON.stringify(expression)}: ${detail}`);
        this.expression = expression;
        this.detail = detail;
        this.name = 'SpdxParseError';
    }
}
const byLower = (ids) => new Map(ids.map((id) => [id.toLowerCase(), id]));
const LICENSES = byLower([...spdx_list_namespaceObject.Vy, ...spdx_list_namespaceObject.io]);
const DEPRECATED = new Set(spdx_list_namespaceObject.io);
const EXCEPTIONS = byLower([...spdx_list_namespaceObject.z2, ...spdx_list_namespaceObject.Kl]);
/** The SPDX License List version the ids come from. */
const SPDX_LIST_SOURCE = spdx_list_namespaceObject.sP;
/** Deprecated `GPL-2.0-with-*-exception` ids, spelled the current way. */
const DEPRECATED_WITH = {
    'GPL-2.0-with-autoconf-exception': ['GPL-2.0-only', 'Autoconf-exception-2.0'],
    'GPL-2.0-with-bison-exception': ['GPL-2.0-only', 'Bison-exception-2.2'],
    'GPL-2.0-with-classpath-exception': ['GPL-2.0-only', 'Classpath-exception-2.0'],
    'GPL-2.0-with-font-exception': ['GPL-2.0-only', 'Font-exception-2.0'],
    'GPL-2.0-with-GCC-exception': ['GPL-2.0-only', 'GCC-exception-2.0'],
    'GPL-3.0-with-autoconf-exception': ['GPL-3.0-only', 'Autoconf-exception-3.0'],
    'GPL-3.0-with-GCC-exception': ['GPL-3.0-only', 'GCC-exception-3.1'],
};
/** The canonical spelling of a listed SPDX licence id, or undefined when it is not on the list. */
function canonicalLicenseId(id) {
    return LICENSES.get(id.toLowerCase());
}
function canonicalExceptionId(id) {
    return EXCEPTIONS.get(id.toLowerCase());
}
function isLicenseRef(id) {
    return /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/i.test(id);
}
function leafLabel(id, plus, exception) {
    return `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`;
}
/**
 * A leaf for an SPDX id: the GNU ids deprecated in SPDX 3.0 become their `-only` / `-or-later` forms
 * (`GPL-2.0+` is `GPL-2.0-or-later`), so that policies and reports speak one spelling.
 */
function spdxLeaf(id, plus = false, exception) {
    let canonical = canonicalLicenseId(id) ?? id;
    const withForm = DEPRECATED_WITH[canonical];
    if (withForm && !exception)
        [canonical, exception] = withForm;
    if (DEPRECATED.has(canonical) && /^(A|L)?GPL-\d\.\d$|^GFDL-1\.\d$/.test(canonical)) {
        canonical = `${canonical}-${plus ? 'or-later' : 'only'}`;
        plus = false;
    }
    const ref = /^((DocumentRef-[^:]+:)?LicenseRef-)(.*)$/i.exec(canonical);
    if (ref)
        canonical = `${ref[2] ? ref[2] : ''}LicenseRef-${ref[3]}`;
    const leaf = { kind: 'license', id: canonical, family: familyOfId(canonical), label: '' };
    if (plus)
        leaf.plus = true;
    if (exception)
        leaf.exception = canonicalExceptionId(exception) ?? exception;
    leaf.label = leafLabel(canonical, plus, leaf.exception);
    return leaf;
}
/** A leaf that names only a family: what an ambiguous classifier or a bare "BSD" says. */
function familyLeaf(family, label) {
    return { kind: 'license', family, label };
}
/** AND / OR of terms, flattened (`A AND (B AND C)` is `A AND B AND C`) and without repeated terms. */
function combine(kind, terms) {
    const flat = [];
    const seen = new Set();
    for (const t of terms) {
        for (const part of t.kind === kind ? t.terms : [t]) {
            const key = formatExpression(part);
            if (seen.has(key))
                continue;
            seen.add(key);
            flat.push(part);
        }
    }
    if (flat.length <= 1)
        return flat[0];
    return { kind, terms: flat };
}
function tokenize(text) {
    const tokens = [];
    const re = /\s*(?:([()])|([A-Za-z0-9.:+-]+)|(\S))/gy;
    for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
        if (m[3] !== undefined)
            throw new SpdxParseError(text, `unexpected ${JSON.stringify(m[3])}`);
        const t = m[1] ?? m[2];
        if (t)
            tokens.push({ text: t, at: m.index + m[0].length - t.length });
    }
    return tokens;
}
/** Parses an SPDX expression; throws SpdxParseError naming what is wrong. */
function parseSpdx(text, options = {}) {
    const tokens = tokenize(text);
    let i = 0;
    const peek = () => tokens[i]?.text.toUpperCase();
    const fail = (detail) => {
        throw new SpdxParseError(text, detail);
    };
    const parseOr = () => {
        const terms = [parseAnd()];
        while (peek() === 'OR') {
            i++;
            terms.push(parseAnd());
        }
        return combine('or', terms);
    };
    const parseAnd = () => {
        const terms = [parseWith()];
        while (peek() === 'AND') {
            i++;
            terms.push(parseWith());
        }
        return combine('and', terms);
    };
    const parseWith = () => {
        const tok = tokens[i];
        if (!tok)
            return fail('it ends where a licence was expected');
        if (tok.text === '(') {
            i++;
            const inner = parseOr();
            if (tokens[i]?.text !== ')')
                fail(`missing ")" for the "(" at ${tok.at + 1}`);
            i++;
            return inner;
        }
        if (tok.text === ')' || ['AND', 'OR', 'WITH'].includes(tok.text.toUpperCase())) {
            fail(`"${tok.text}" at ${tok.at + 1} where a licence was expected`);
        }
        i++;
        const orLater = tok.text.endsWith('+');
        const id = orLater ? tok.text.slice(0, -1) : tok.text;
        if (!id || id.includes('+'))
            fail(`"${tok.text}" at ${tok.at + 1} is not a licence id`);
        if (!canonicalLicenseId(id) && !isLicenseRef(id)) {
            if (options.strict || !/^[A-Za-z0-9.-]+$/.test(id))
                fail(`unknown licence id "${id}"`);
        }
        let exception;
        if (peek() === 'WITH') {
            i++;
            const ex = tokens[i];
            if (!ex ||
                ex.text === '(' ||
                ex.text === ')' ||
                ['AND', 'OR', 'WITH'].includes(ex.text.toUpperCase())) {
                return fail('WITH must be followed by an exception id');
            }
            if (options.strict && !canonicalExceptionId(ex.text))
                fail(`unknown exception id "${ex.text}"`);
            exception = ex.text;
            i++;
        }
        return spdxLeaf(id, orLater, exception);
    };
    if (tokens.length === 0)
        fail('it is empty');
    const expr = parseOr();
    if (i < tokens.length)
        fail(`unexpected "${tokens[i].text}" at ${tokens[i].at + 1}`);
    return expr;
}
/** Parses like parseSpdx but returns undefined instead of throwing. */
function tryParseSpdx(text, options = {}) {
    try {
        return parseSpdx(text, options);
    }
    catch (err) {
        if (err instanceof SpdxParseError)
            return undefined;
        throw err;
    }
}
/** The expression as text, with parentheses only where precedence needs them (an OR inside an AND). */
function formatExpression(expr) {
    if (expr.kind === 'license')
        return expr.label;
    const sep = expr.kind === 'and' ? ' AND ' : ' OR ';
    return expr.terms
        .map((t) => (expr.kind === 'and' && t.kind === 'or' ? `(${formatExpression(t)})` : formatExpression(t)))
        .join(sep);
}
function leaves(expr) {
    return expr.kind === 'license' ? [expr] : expr.terms.flatMap(leaves);
}
/** The distinct families of an expression's licences, in order of appearance. */
function familiesOf(expr) {
    if (!expr)
        return ['unknown'];
    return [...new Set(leaves(expr).map((l) => l.family))];
}
/**
 * Evaluates an expression with a verdict per licence: `A OR B` passes when one alternative passes, `A AND B`
 * only when every part does. The reason names the licences that decided it.
 */
function evaluateExpression(expr, judgeLeaf) {
    if (expr.kind === 'license')
        return judgeLeaf(expr);
    const results = expr.terms.map((t) => evaluateExpression(t, judgeLeaf));
    const passed = results.filter((r) => r.pass);
    const failed = results.filter((r) => !r.pass);
    if (expr.kind === 'or') {
        if (passed[0])
            return { pass: true, reason: `one alternative suffices: ${passed[0].reason}` };
        return { pass: false, reason: `no alternative is allowed: ${failed.map((r) => r.reason).join('; ')}` };
    }
    if (failed.length === 0) {
        return { pass: true, reason: `every part is allowed: ${passed.map((r) => r.reason).join('; ')}` };
    }
    return { pass: false, reason: `every part must be allowed: ${failed.map((r) => r.reason).join('; ')}` };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/license-text.ts

/**
 * Recognises licences in free text (a LICENSE file, or a whole licence pasted into the `License` field) by
 * phrases that only that licence contains. Texts are compared as lower-case words, so line breaks, comment
 * markers, markdown and punctuation do not matter.
 */
/** Texts longer than this are only read up to here: every phrase we look for sits near the top. */
const MAX_TEXT = 256 * 1024;
function words(text) {
    return ` ${text
        .slice(0, MAX_TEXT)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()} `;
}
const BSD_CLAUSES = 'redistribution and use in source and binary forms with or without modification are permitted';
/**
 * The GNU licence texts name their version but not whether "or any later version" applies (that is said in
 * each file's notice), so a GNU text alone gives the family and version, never an `-only`/`-or-later` id.
 */
const FULL_TEXTS = [
    {
        family: 'agpl',
        phrases: ['gnu affero general public license version 3 19 november 2007'],
        leaf: () => familyLeaf('agpl', 'AGPLv3'),
    },
    {
        family: 'lgpl',
        phrases: ['gnu lesser general public license version 3 29 june 2007'],
        leaf: () => familyLeaf('lgpl', 'LGPLv3'),
    },
    {
        family: 'lgpl',
        phrases: ['gnu lesser general public license version 2 1 february 1999'],
        leaf: () => familyLeaf('lgpl', 'LGPLv2.1'),
    },
    {
        family: 'lgpl',
        phrases: ['gnu library general public license version 2 june 1991'],
        leaf: () => familyLeaf('lgpl', 'LGPLv2'),
    },
    {
        family: 'gpl',
        phrases: ['gnu general public license version 3 29 june 2007'],
        leaf: () => familyLeaf('gpl', 'GPLv3'),
    },
    {
        family: 'gpl',
        phrases: ['gnu general public license version 2 june 1991'],
        leaf: () => familyLeaf('gpl', 'GPLv2'),
    },
    {
        family: 'apache',
        phrases: ['apache license version 2 0 january 2004'],
        leaf: () => spdxLeaf('Apache-2.0'),
    },
    { family: 'mpl', phrases: ['mozilla public license version 2 0'], leaf: () => spdxLeaf('MPL-2.0') },
    {
        family: 'mit',
        phrases: ['permission is hereby granted free of charge to any person obtaining a copy'],
        leaf: (w) => spdxLeaf(w.includes('above copyright notice and this permission notice shall be included') ? 'MIT' : 'MIT-0'),
    },
    {
        family: 'bsd',
        phrases: [BSD_CLAUSES],
        leaf: (w) => spdxLeaf(w.includes('all advertising materials mentioning features or use of this software')
            ? 'BSD-4-Clause'
            : w.includes('endorse or promote products derived from this software')
                ? 'BSD-3-Clause'
                : 'BSD-2-Clause'),
    },
    {
        family: 'isc',
        phrases: [
            'distribute this software for any purpose with or without fee is hereby granted provided that the above copyright notice and this permission notice appear in all copies',
        ],
        leaf: () => spdxLeaf('ISC'),
    },
    {
        family: 'bsd',
        phrases: [
            'distribute this software for any purpose with or without fee is hereby granted the software is provided as is',
        ],
        leaf: () => spdxLeaf('0BSD'),
    },
    {
        family: 'python',
        phrases: ['this license agreement is between the python software foundation psf'],
        leaf: () => spdxLeaf('PSF-2.0'),
    },
    {
        family: 'unlicense',
        phrases: ['this is free and unencumbered software released into the public domain'],
        leaf: () => spdxLeaf('Unlicense'),
    },
    {
        family: 'unlicense',
        phrases: ['do what the fuck you want to public license'],
        leaf: () => spdxLeaf('WTFPL'),
    },
    { family: 'public', phrases: ['cc0 1 0 universal'], leaf: () => spdxLeaf('CC0-1.0') },
    {
        family: 'boost',
        phrases: ['boost software license version 1 0 august 17th 2003'],
        leaf: () => spdxLeaf('BSL-1.0'),
    },
    { family: 'eclipse', phrases: ['eclipse public license v 2 0'], leaf: () => spdxLeaf('EPL-2.0') },
    { family: 'eclipse', phrases: ['eclipse public license v 1 0'], leaf: () => spdxLeaf('EPL-1.0') },
    {
        family: 'other',
        phrases: [
            'in no event will the authors be held liable for any damages arising from the use of this software',
            'altered source versions must be plainly marked as such',
        ],
        leaf: () => spdxLeaf('Zlib'),
    },
];
const GNU_NOTICE = / free software you can redistribute (?:it|them) and or modify (?:it|them) under the terms of the gnu (lesser |library |affero )?general public license (?:as published by the free software foundation )?(?:either )?(?:version )?(\d)(?: (\d))?(?: of the license)?( or at your option any later version)?/;
const phraseNotice = (phrase, id) => (w) => {
    const at = w.indexOf(` ${phrase} `);
    return at < 0 ? undefined : { at, leaf: spdxLeaf(id) };
};
/** Short notices that point at a licence ("licensed under the Apache License, Version 2.0"). */
const NOTICES = [
    {
        find: (w) => {
            const m = GNU_NOTICE.exec(w);
            if (!m)
                return undefined;
            const prefix = { 'lesser ': 'L', 'library ': 'L', 'affero ': 'A' }[m[1] ?? ''] ?? '';
            const version = `${m[2]}.${m[3] ?? '0'}`;
            const id = canonicalLicenseId(`${prefix}GPL-${version}-${m[4] ? 'or-later' : 'only'}`);
            const family = { L: 'lgpl', A: 'agpl' }[prefix] ?? 'gpl';
            return { at: m.index, leaf: id ? spdxLeaf(id) : familyLeaf(family, `${prefix}GPLv${version}`) };
        },
    },
    { find: phraseNotice('licensed under the apache license version 2 0', 'Apache-2.0') },
    { find: phraseNotice('subject to the terms of the mozilla public license v 2 0', 'MPL-2.0') },
];
/**
 * The licences a text contains, in order of appearance, each once. Empty when none is recognised. A notice
 * is only used when no full text of its family is present (the GPL's own text ends with a sample notice).
 */
function recognizeLicenseText(text) {
    const w = words(text);
    const found = [];
    const fullFamilies = new Set();
    for (const t of FULL_TEXTS) {
        const positions = t.phrases.map((p) => w.indexOf(` ${p} `));
        if (positions.some((p) => p < 0))
            continue;
        found.push({ at: positions[0], leaf: t.leaf(w) });
        fullFamilies.add(t.family);
    }
    for (const n of NOTICES) {
        const hit = n.find(w);
        if (hit && !fullFamilies.has(hit.leaf.family))
            found.push(hit);
    }
    found.sort((a, b) => a.at - b.at);
    const seen = new Set();
    return found
        .map((f) => f.leaf)
        .filter((l) => {
        if (seen.has(l.label))
            return false;
        seen.add(l.label);
        return true;
    });
}
/** True when a text says the licences beside it are alternatives ("under the terms of *either* of ..."). */
function saysEitherLicense(text) {
    return / under the terms of either of the licenses /.test(words(text));
}

;// CONCATENATED MODULE: ./src/actions/license-gate/aliases.ts


/**
 * What people write in the core metadata `License` field: SPDX expressions, the names licences go by
 * ("MIT License", "Apache 2.0", "new BSD", "GPLv3+", "PSF"), and whole licence texts pasted in. A name that
 * does not say which licence of a family is meant ("BSD", "GPL") gives the family only, never a guessed id.
 */
/** Target (an SPDX id, or `@family` for a family-only name) → the names that mean it. */
const LICENSE_ALIASES = {
    MIT: ['MIT License', 'Expat', 'Expat License', 'MIT/Expat', 'MIT/X11', 'X11/MIT'],
    'MIT-0': ['MIT No Attribution'],
    '@bsd': ['BSD', 'BSD License', 'BSD-like', 'BSD-style', 'BSD style license'],
    'BSD-3-Clause': [
        'New BSD',
        'New BSD License',
        'Modified BSD',
        'Modified BSD License',
        'Revised BSD',
        'Revised BSD License',
        'BSD 3-Clause',
        '3-Clause BSD',
        'BSD-3',
        'BSD3',
        'BSD 3 clause',
        'Three-clause BSD',
    ],
    'BSD-2-Clause': [
        'Simplified BSD',
        'Simplified BSD License',
        'FreeBSD',
        'FreeBSD License',
        'BSD 2-Clause',
        '2-Clause BSD',
        'BSD-2',
        'BSD2',
        'Two-clause BSD',
    ],
    'BSD-4-Clause': ['BSD 4-Clause', '4-Clause BSD', 'Original BSD'],
    '0BSD': ['Zero-Clause BSD', 'BSD Zero Clause', 'BSD-0'],
    '@apache': ['Apache', 'Apache License', 'Apache Software License', 'ASL'],
    'Apache-2.0': [
        'Apache 2',
        'Apache 2.0',
        'Apache-2',
        'Apache2',
        'Apache v2',
        'Apache License 2.0',
        'Apache License, Version 2.0',
        'Apache Software License 2.0',
        'Apache Software License, Version 2.0',
        'ASL 2.0',
        'ASL2',
    ],
    'Apache-1.1': ['Apache 1.1', 'Apache License 1.1'],
    ISC: ['ISC License', 'ISCL', 'ISC license (ISCL)'],
    '@mpl': ['MPL', 'Mozilla Public License'],
    'MPL-2.0': [
        'MPL 2.0',
        'MPL-2',
        'MPLv2',
        'MPL2',
        'Mozilla Public License 2.0',
        'Mozilla Public License, v. 2.0',
    ],
    'MPL-1.1': ['MPL 1.1', 'Mozilla Public License 1.1'],
    'PSF-2.0': [
        'PSF',
        'PSFL',
        'PSF License',
        'PSF 2.0',
        'Python Software Foundation',
        'Python Software Foundation License',
        'Python Software Foundation License 2.0',
    ],
    '@python': ['Python', 'Python License', 'Python-style'],
    Unlicense: ['The Unlicense'],
    '@public': ['Public Domain', 'Public-Domain', 'Public Domain Dedication'],
    'CC0-1.0': ['CC0', 'CC0 1.0', 'CC0 1.0 Universal', 'Creative Commons Zero'],
    Zlib: ['zlib/libpng', 'zlib/libpng License'],
    'BSL-1.0': ['Boost', 'Boost Software License', 'Boost Software License 1.0'],
    HPND: ['Historical Permission Notice and Disclaimer'],
    '@eclipse': ['EPL', 'Eclipse', 'Eclipse Public License'],
    'EPL-1.0': ['EPL 1.0', 'Eclipse Public License 1.0'],
    'EPL-2.0': ['EPL 2.0', 'Eclipse Public License 2.0'],
    '@eupl': ['EUPL', 'European Union Public Licence'],
    'EUPL-1.2': ['EUPL 1.2', 'European Union Public Licence 1.2'],
    '@proprietary': [
        'Proprietary',
        'Proprietary License',
        'Other/Proprietary',
        'Other/Proprietary License',
        'Commercial',
        'Commercial License',
        'All Rights Reserved',
    ],
    '@gpl': ['GPL', 'GNU GPL', 'GPL License', 'GNU General Public License'],
    'GPL-2.0-only': ['GPLv2', 'GPL 2', 'GNU GPL 2', 'GNU GPLv2', 'GNU General Public License v2'],
    'GPL-2.0-or-later': ['GPLv2+', 'GNU GPLv2+', 'GNU General Public License v2 or later'],
    'GPL-3.0-only': ['GPLv3', 'GPL 3', 'GNU GPL 3', 'GNU GPLv3', 'GNU General Public License v3'],
    'GPL-3.0-or-later': ['GPLv3+', 'GNU GPLv3+', 'GNU General Public License v3 or later'],
    '@lgpl': [
        'LGPL',
        'GNU LGPL',
        'LGPL License',
        'GNU Lesser General Public License',
        'GNU Library or Lesser General Public License',
        'GNU Library General Public License',
    ],
    'LGPL-2.0-only': ['LGPLv2', 'LGPL 2', 'GNU LGPLv2', 'GNU Library General Public License v2'],
    'LGPL-2.0-or-later': ['LGPLv2+', 'GNU LGPLv2+', 'GNU Library General Public License v2 or later'],
    'LGPL-2.1-only': ['LGPLv2.1', 'LGPL 2.1', 'GNU LGPLv2.1', 'GNU Lesser General Public License v2.1'],
    'LGPL-2.1-or-later': ['LGPLv2.1+', 'GNU LGPLv2.1+', 'GNU Lesser General Public License v2.1 or later'],
    'LGPL-3.0-only': ['LGPLv3', 'LGPL 3', 'GNU LGPLv3', 'GNU Lesser General Public License v3'],
    'LGPL-3.0-or-later': ['LGPLv3+', 'GNU LGPLv3+', 'GNU Lesser General Public License v3 or later'],
    '@agpl': ['AGPL', 'GNU AGPL', 'GNU Affero General Public License'],
    'AGPL-3.0-only': ['AGPLv3', 'AGPL 3', 'GNU AGPLv3', 'GNU Affero General Public License v3'],
    'AGPL-3.0-or-later': ['AGPLv3+', 'GNU AGPLv3+', 'GNU Affero General Public License v3 or later'],
};
/**
 * The form names are compared in: lower case, "licence" as "license", without the words that vary between
 * spellings of one name (the, license, software, version, v), `+` as "or later", "2.0" as "2".
 */
function aliasKey(name) {
    return name
        .toLowerCase()
        .replace(/licen[cs]e/g, 'license')
        .replace(/\+/g, ' or later ')
        .replace(/([a-z])v?(\d)/g, '$1 $2')
        .replace(/[^a-z0-9.]+|\.(?!\d)|(?<!\d)\./g, ' ')
        .replace(/\b(the|license|software|version|v)\b/g, ' ')
        .replace(/\bor (any )?(later|newer)\b/g, 'or later')
        .replace(/(\d)\.0\b/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
const TABLE = new Map();
for (const [target, names] of Object.entries(LICENSE_ALIASES)) {
    for (const n of target.startsWith('@') ? names : [target, ...names])
        TABLE.set(aliasKey(n), target);
}
function targetExpression(target, written) {
    return target.startsWith('@') ? familyLeaf(target.slice(1), written.trim()) : spdxLeaf(target);
}
/** A single licence name: an SPDX expression or a known alias, trying the text with and without "(...)". */
function resolveOne(name) {
    const trimmed = name.trim().replace(/\.$/, '');
    if (!trimmed)
        return undefined;
    const spdx = tryParseSpdx(trimmed, { strict: true });
    if (spdx)
        return spdx;
    const candidates = [trimmed, trimmed.replace(/\([^)]*\)/g, ' ')];
    for (const m of trimmed.matchAll(/\(([^)]*)\)/g))
        candidates.push(m[1] ?? '');
    for (const c of candidates) {
        const target = TABLE.get(aliasKey(c));
        if (target)
            return targetExpression(target, trimmed.replace(/\s*\([^)]*\)\s*$/, '') || trimmed);
    }
    return undefined;
}
function resolveSplit(name, separator, kind) {
    const parts = name.split(separator).filter((p) => p.trim());
    if (parts.length < 2)
        return undefined;
    const resolved = parts.map((p) => resolveLicenseName(p));
    if (resolved.some((r) => !r))
        return undefined;
    return combine(kind, resolved);
}
/**
 * A licence name or a short combination of names ("MIT or Apache 2.0", "BSD 3-Clause OR Apache-2.0",
 * "MIT/Apache-2.0", "BSD, Public Domain") as an expression; undefined when any part is not recognised.
 */
function resolveLicenseName(name) {
    return (resolveOne(name) ??
        resolveSplit(name, /\s+or\s+|\s*[/|]\s*/i, 'or') ??
        resolveSplit(name, /\s+and\s+|\s*&\s*/i, 'and') ??
        resolveSplit(name, /\s*[,;]\s*/, 'and'));
}
/** A value this long, or on several lines, is read as licence text first. */
const TEXT_THRESHOLD = 120;
/** Reads the `License` field; undefined when it names nothing we recognise ("UNKNOWN", "Dual License", ""). */
function resolveLicenseField(value) {
    const text = value.trim();
    if (!text)
        return undefined;
    if (text.length > TEXT_THRESHOLD || text.includes('\n')) {
        const found = recognizeLicenseText(text);
        const expression = combine('and', found);
        if (expression)
            return { expression, how: 'text' };
        const firstLine = text.split('\n', 1)[0] ?? '';
        const named = firstLine.length <= TEXT_THRESHOLD ? resolveOne(firstLine) : undefined;
        return named ? { expression: named, how: 'alias' } : undefined;
    }
    const spdx = tryParseSpdx(text, { strict: true });
    if (spdx)
        return { expression: spdx, how: 'spdx' };
    const named = resolveLicenseName(text);
    return named ? { expression: named, how: 'alias' } : undefined;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/classifiers.ts

/** The part after "License :: " (and "OSI Approved :: "), as in trove-classifiers 2026.9. */
const CLASSIFIERS = {
    'Aladdin Free Public License (AFPL)': 'Aladdin',
    'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0',
    'CeCILL-B Free Software License Agreement (CECILL-B)': 'CECILL-B',
    'CeCILL-C Free Software License Agreement (CECILL-C)': 'CECILL-C',
    'Eiffel Forum License (EFL)': ['other', 'Eiffel Forum License'],
    'Free For Educational Use': ['other', 'Free For Educational Use'],
    'Free For Home Use': ['other', 'Free For Home Use'],
    'Free To Use But Restricted': ['other', 'Free To Use But Restricted'],
    'Free for non-commercial use': ['other', 'Free for non-commercial use'],
    'Freely Distributable': ['other', 'Freely Distributable'],
    Freeware: ['other', 'Freeware'],
    'GUST Font License 1.0': ['other', 'GUST Font License 1.0'],
    'GUST Font License 2006-09-30': ['other', 'GUST Font License 2006-09-30'],
    'Netscape Public License (NPL)': ['other', 'Netscape Public License'],
    'Nokia Open Source License (NOKOS)': 'Nokia',
    'Academic Free License (AFL)': ['afl', 'Academic Free License'],
    'Apache Software License': ['apache', 'Apache Software License'],
    'Apple Public Source License': ['other', 'Apple Public Source License'],
    'Artistic License': ['other', 'Artistic License'],
    'Attribution Assurance License': 'AAL',
    'BSD License': ['bsd', 'BSD License'],
    'Blue Oak Model License (BlueOak-1.0.0)': 'BlueOak-1.0.0',
    'Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
    'CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)': 'CECILL-2.1',
    'CMU License (MIT-CMU)': 'MIT-CMU',
    'Common Development and Distribution License 1.0 (CDDL-1.0)': 'CDDL-1.0',
    'Common Public License': 'CPL-1.0',
    'Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
    'Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
    'Educational Community License, Version 2.0 (ECL-2.0)': 'ECL-2.0',
    'Eiffel Forum License': ['other', 'Eiffel Forum License'],
    'European Union Public Licence 1.0 (EUPL 1.0)': 'EUPL-1.0',
    'European Union Public Licence 1.1 (EUPL 1.1)': 'EUPL-1.1',
    'European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
    'GNU Affero General Public License v3': ['agpl', 'AGPLv3'],
    'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
    'GNU Free Documentation License (FDL)': ['other', 'GNU Free Documentation License'],
    'GNU General Public License (GPL)': ['gpl', 'GPL'],
    'GNU General Public License v2 (GPLv2)': ['gpl', 'GPLv2'],
    'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'GNU General Public License v3 (GPLv3)': ['gpl', 'GPLv3'],
    'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'GNU Lesser General Public License v2 (LGPLv2)': ['lgpl', 'LGPLv2'],
    'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'GNU Lesser General Public License v3 (LGPLv3)': ['lgpl', 'LGPLv3'],
    'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'GNU Library or Lesser General Public License (LGPL)': ['lgpl', 'LGPL'],
    'Historical Permission Notice and Disclaimer (HPND)': 'HPND',
    'IBM Public License': 'IPL-1.0',
    'ISC License (ISCL)': 'ISC',
    'MIT License': 'MIT',
    'MIT No Attribution License (MIT-0)': 'MIT-0',
    'MirOS License (MirOS)': 'MirOS',
    'Motosoto License': 'Motosoto',
    'Mozilla Public License 1.0 (MPL)': 'MPL-1.0',
    'Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
    'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'Mulan Permissive Software License v2 (MulanPSL-2.0)': 'MulanPSL-2.0',
    'NASA Open Source Agreement v1.3 (NASA-1.3)': 'NASA-1.3',
    'Nethack General Public License': 'NGPL',
    'Nokia Open Source License': 'Nokia',
    'Open Group Test Suite License': 'OGTSL',
    'Open Software License 3.0 (OSL-3.0)': 'OSL-3.0',
    'PostgreSQL License': 'PostgreSQL',
    'Python License (CNRI Python License)': 'CNRI-Python',
    'Python Software Foundation License': ['python', 'Python Software Foundation License'],
    'Qt Public License (QPL)': 'QPL-1.0',
    'Ricoh Source Code Public License': 'RSCPL',
    'SIL Open Font License 1.1 (OFL-1.1)': 'OFL-1.1',
    'Sleepycat License': 'Sleepycat',
    'Sun Public License': ['other', 'Sun Public License'],
    'The Unlicense (Unlicense)': 'Unlicense',
    'Universal Permissive License (UPL)': 'UPL-1.0',
    'University of Illinois/NCSA Open Source License': 'NCSA',
    'Vovida Software License 1.0': 'VSL-1.0',
    'W3C License': 'W3C',
    'Zero-Clause BSD (0BSD)': '0BSD',
    'Zope Public License': ['other', 'Zope Public License'],
    'zlib/libpng License': 'Zlib',
    'Other/Proprietary License': ['proprietary', 'Other/Proprietary License'],
    'Public Domain': ['public', 'Public Domain'],
    'Repoze Public License': ['other', 'Repoze Public License'],
};
/** Classifiers that are about licences but name none. */
const SAYS_NOTHING = new Set(['OSI Approved', 'DFSG approved']);
/**
 * The licence a Trove classifier names; undefined for a classifier that is not about a licence or names
 * none ("License :: OSI Approved"). A licence classifier newer than this table gives its parenthesised
 * SPDX id when it has one, else the family `other` under its own name.
 */
function classifierLicense(classifier) {
    const parts = classifier.split('::').map((p) => p.trim());
    if (parts[0] !== 'License' || parts.length < 2)
        return undefined;
    const name = parts.slice(parts[1] === 'OSI Approved' && parts.length > 2 ? 2 : 1).join(' :: ');
    if (SAYS_NOTHING.has(name))
        return undefined;
    const target = CLASSIFIERS[name];
    if (typeof target === 'string')
        return spdxLeaf(target);
    if (target)
        return familyLeaf(target[0], target[1]);
    const inParens = /\(([^)]+)\)\s*$/.exec(name)?.[1];
    const id = inParens ? canonicalLicenseId(inParens) : undefined;
    return id ? spdxLeaf(id) : familyLeaf('other', name);
}
/**
 * The licence the classifiers give together. Several licence classifiers are read as alternatives (OR), as
 * licensecheck and pip-licenses read them: that is how dual-licensed projects list their licences.
 */
function classifiersLicense(classifiers) {
    const used = [];
    const found = [];
    for (const c of classifiers) {
        const leaf = classifierLicense(c);
        if (!leaf)
            continue;
        used.push(c);
        found.push(leaf);
    }
    const expression = combine('or', found);
    return expression ? { expression, classifiers: used } : undefined;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/license-files.ts




/**
 * Licence files of an installed distribution: `*.dist-info/licenses/**` (PEP 639) and, from wheels built
 * before PEP 639, `LICENSE*`, `LICENCE*` and `COPYING*` at the dist-info root. NOTICE, AUTHORS and
 * CONTRIBUTORS files are not licences and are skipped.
 */
const ROOT_LICENSE = /^(licen[cs]e|copying)/i;
const NOT_A_LICENSE = /^(notice|authors?|contributors?)\b/i;
const MAX_FILES = 64;
const MAX_DEPTH = 4;
const MAX_BYTES = 256 * 1024;
async function walk(dir, rel, depth, out) {
    let entries;
    try {
        entries = await promises_.readdir(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (out.length >= MAX_FILES)
            return;
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory() && depth < MAX_DEPTH)
            await walk(external_node_path_.join(dir, e.name), r, depth + 1, out);
        else if (e.isFile() && !NOT_A_LICENSE.test(e.name))
            out.push(r);
    }
}
/**
 * The licence files of a dist-info directory, as paths relative to it (`licenses/LICENSE`, `COPYING`),
 * sorted. `licenseFileHeaders` are the METADATA `License-File` values, which may name root files with
 * other names.
 */
async function findLicenseFiles(distInfo, licenseFileHeaders = []) {
    const found = [];
    await walk(external_node_path_.join(distInfo, 'licenses'), 'licenses', 0, found);
    let rootEntries = [];
    try {
        rootEntries = await promises_.readdir(distInfo, { withFileTypes: true });
    }
    catch {
        /* no dist-info: no files */
    }
    const rootFiles = new Set(rootEntries.filter((e) => e.isFile()).map((e) => e.name));
    for (const name of rootFiles)
        if (ROOT_LICENSE.test(name))
            found.push(name);
    for (const h of licenseFileHeaders) {
        const rel = h.replace(/\\/g, '/');
        if (rel.includes('..') || external_node_path_.isAbsolute(rel) || NOT_A_LICENSE.test(external_node_path_.posix.basename(rel)))
            continue;
        if (found.includes(`licenses/${rel}`))
            continue;
        if (!rel.includes('/') && rootFiles.has(rel))
            found.push(rel);
    }
    return [...new Set(found)].sort();
}
async function readHead(file) {
    const handle = await promises_.open(file, 'r');
    try {
        const buf = Buffer.alloc(MAX_BYTES);
        const { bytesRead } = await handle.read(buf, 0, MAX_BYTES, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Reads and recognises the licence files. The licences of several files all apply (AND: a project and
 * what it bundles), unless one file says they are alternatives, as packaging's and sniffio's LICENSE do.
 */
async function readLicenseFiles(distInfo, licenseFileHeaders = []) {
    const rels = await findLicenseFiles(distInfo, licenseFileHeaders);
    const files = await Promise.all(rels.map(async (file) => {
        const text = await readHead(external_node_path_.join(distInfo, file));
        return { file, licenses: recognizeLicenseText(text), either: saysEitherLicense(text) };
    }));
    const perFile = files
        .map((f) => combine('and', f.licenses))
        .filter((e) => e !== undefined);
    const expression = combine(files.some((f) => f.either) ? 'or' : 'and', perFile);
    return expression ? { expression, files } : { files };
}
/** One evidence line per file: `licenses/LICENSE.BSD: BSD-2-Clause text`. */
function describeLicenseFiles(files) {
    return files.map((f) => {
        if (f.licenses.length === 0)
            return `${f.file}: ${f.either ? 'says the other files are alternatives' : 'no licence recognised'}`;
        const what = formatExpression(combine('and', f.licenses));
        return `${f.file}: ${what} text`;
    });
}

;// CONCATENATED MODULE: ./src/actions/license-gate/metadata.ts






/**
 * Core metadata (`*.dist-info/METADATA`): RFC 822-style headers, a header continued on lines that start
 * with white space, then a blank line and the description, which is not read.
 */
class CoreMetadata {
    fields = new Map();
    add(name, value) {
        const key = name.toLowerCase();
        const list = this.fields.get(key);
        if (list)
            list.push(value);
        else
            this.fields.set(key, [value]);
    }
    /** The first value of a header (names are case-insensitive). */
    get(name) {
        return this.fields.get(name.toLowerCase())?.[0];
    }
    getAll(name) {
        return this.fields.get(name.toLowerCase()) ?? [];
    }
}
function parseMetadata(text) {
    const md = new CoreMetadata();
    let name;
    let value = '';
    const flush = () => {
        if (name !== undefined)
            md.add(name, value.trimEnd());
        name = undefined;
    };
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line)) {
            // A continuation: setuptools indents it by 8 spaces, some tools by 7 spaces and "|".
            if (name !== undefined)
                value += `\n${line.replace(/^ {7}\||^[ \t]{1,8}/, '')}`;
            continue;
        }
        flush();
        const m = /^([A-Za-z0-9][A-Za-z0-9_-]*):[ \t]?(.*)$/.exec(line);
        if (m) {
            name = m[1];
            value = m[2];
        }
    }
    flush();
    return md;
}
async function readMetadata(distInfo) {
    return parseMetadata(await promises_.readFile(external_node_path_.join(distInfo, 'METADATA'), 'utf8'));
}
function shortValue(value) {
    const first = value.split('\n', 1)[0].trim();
    const cut = first.length > 80 ? `${first.slice(0, 80)}…` : first;
    return value.length > cut.length
        ? `${JSON.stringify(cut)} … (${value.length} characters)`
        : JSON.stringify(cut);
}
function resolved(source, expression, evidence, fieldReading) {
    const r = {
        source,
        expression,
        text: formatExpression(expression),
        families: familiesOf(expression),
        evidence,
    };
    if (fieldReading)
        r.fieldReading = fieldReading;
    return r;
}
/**
 * The licence of an installed distribution, from the first source that names one: `License-Expression`
 * (PEP 639), the `License` field, Trove classifiers, then licence files. Nothing here runs Python or
 * touches the network.
 */
async function resolveLicense(distInfo, md) {
    const evidence = [];
    const exprText = md.get('License-Expression')?.trim();
    if (exprText) {
        try {
            const expression = parseSpdx(exprText);
            evidence.push(`License-Expression: ${exprText}`);
            const unlisted = leaves(expression).filter((l) => l.id && !canonicalLicenseId(l.id) && !isLicenseRef(l.id));
            if (unlisted.length) {
                evidence.push(`not on the SPDX licence list: ${unlisted.map((l) => l.id).join(', ')}`);
            }
            return resolved('expression', expression, evidence);
        }
        catch (err) {
            if (!(err instanceof SpdxParseError))
                throw err;
            evidence.push(`License-Expression: ${JSON.stringify(exprText)} is not valid SPDX (${err.detail})`);
        }
    }
    const field = md.get('License')?.trim();
    if (field) {
        const reading = resolveLicenseField(field);
        if (reading) {
            const note = reading.how === 'text' ? ' (licence text)' : '';
            evidence.push(`License: ${shortValue(field)}${note}`);
            return resolved('field', reading.expression, evidence, reading.how);
        }
        evidence.push(`License: ${shortValue(field)} (not recognised)`);
    }
    const fromClassifiers = classifiersLicense(md.getAll('Classifier'));
    if (fromClassifiers) {
        for (const c of fromClassifiers.classifiers)
            evidence.push(`Classifier: ${c}`);
        return resolved('classifier', fromClassifiers.expression, evidence);
    }
    const files = await readLicenseFiles(distInfo, md.getAll('License-File'));
    evidence.push(...describeLicenseFiles(files.files));
    if (files.expression)
        return resolved('file', files.expression, evidence);
    if (!exprText && !field)
        evidence.push('no License-Expression and no License field');
    evidence.push('no licence classifier');
    if (files.files.length === 0)
        evidence.push('no licence file in the dist-info directory');
    return { text: 'unknown', families: ['unknown'], evidence };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/policy.ts




/**
 * The licence policy: licensecheck's words (`--only-licenses`, `--fail-licenses`, `--ignore-packages`,
 * `--fail-packages`) with SPDX semantics. A word names a family (`gpl` is the GPL only: LGPL and AGPL are
 * their own words); an SPDX id names one licence.
 */
const DEFAULT_ONLY_LICENSES = 'apache bsd isc mit mpl python unlicense';
const DEFAULT_FAIL_LICENSES = 'gpl';
/** Other spellings of family words that licensecheck users write. */
const WORD_ALIASES = {
    psf: 'python',
    psfl: 'python',
    'public-domain': 'public',
    publicdomain: 'public',
    mozilla: 'mpl',
    epl: 'eclipse',
    eu: 'eupl',
};
const ALLOWED_WORDS = `a licence family (${FAMILY_WORDS.join(', ')}), "unknown", or an SPDX licence id such as MIT or GPL-3.0-or-later`;
function parseTerm(inputName, word) {
    const lower = word.toLowerCase();
    if (lower === 'unknown')
        return { kind: 'unknown', input: word };
    const family = isFamilyWord(lower) ? lower : WORD_ALIASES[lower];
    if (family)
        return { kind: 'family', family, input: word };
    const plus = word.endsWith('+');
    const bare = plus ? word.slice(0, -1) : word;
    if (canonicalLicenseId(bare) || isLicenseRef(bare)) {
        const leaf = spdxLeaf(bare, plus);
        return { kind: 'license', id: leaf.id, plus: leaf.plus ?? false, input: word };
    }
    // licensecheck's versioned words (gplv3, lgplv2+) and other names of one licence.
    const named = resolveLicenseName(word);
    if (named?.kind === 'license') {
        if (named.id)
            return { kind: 'license', id: named.id, plus: named.plus ?? false, input: word };
        if (isFamilyWord(named.family))
            return { kind: 'family', family: named.family, input: word };
    }
    throw new errors/* InputError */.dz(inputName, word, `each entry must be ${ALLOWED_WORDS}`);
}
/** Splits a licence list input (spaces, commas or lines) into terms; throws InputError on a word it does not know. */
function parsePolicyTerms(inputName, value) {
    return value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((w) => parseTerm(inputName, w));
}
/** PEP 503 normalisation: package names compare case-insensitively, with runs of `-_.` as one `-`. */
function normalizePackageName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * Package globs, one or more a line, with an optional reason after `#` for the whole line:
 * `types-* mypy-extensions  # typing only, never shipped`.
 */
function parsePackagePatterns(inputName, value) {
    const out = [];
    for (const line of value.split(/\r?\n/)) {
        const hash = line.indexOf('#');
        const globs = (hash < 0 ? line : line.slice(0, hash)).split(/[\s,]+/).filter(Boolean);
        const reason = hash < 0 ? undefined : line.slice(hash + 1).trim() || undefined;
        for (const glob of globs) {
            if (!/^[A-Za-z0-9._*?-]+$/.test(glob)) {
                throw new errors/* InputError */.dz(inputName, glob, 'each entry must be a package name or a glob of letters, digits, ".", "_", "-", "*" and "?", optionally followed by "# reason"');
            }
            const body = normalizePackageName(glob)
                .split('')
                .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
                .join('');
            const pattern = { pattern: glob, regex: new RegExp(`^${body}$`) };
            if (reason)
                pattern.reason = reason;
            out.push(pattern);
        }
    }
    return out;
}
/** The policy from the action's inputs; absent inputs take the defaults, an empty one means "none". */
function buildPolicy(inputs = {}) {
    return {
        only: parsePolicyTerms('only-licenses', inputs.onlyLicenses ?? DEFAULT_ONLY_LICENSES),
        fail: parsePolicyTerms('fail-licenses', inputs.failLicenses ?? DEFAULT_FAIL_LICENSES),
        ignorePackages: parsePackagePatterns('ignore-packages', inputs.ignorePackages ?? ''),
        failPackages: parsePackagePatterns('fail-packages', inputs.failPackages ?? ''),
    };
}
function matchPackage(patterns, name) {
    const n = normalizePackageName(name);
    return patterns.find((p) => p.regex.test(n));
}
function termMatches(term, leaf) {
    if (term.kind === 'family')
        return leaf.family === term.family;
    if (term.kind === 'license')
        return leaf.id === term.id && (leaf.plus ?? false) === term.plus;
    return false;
}
/** The verdict on one licence of an expression. */
function judgeLicense(policy, leaf) {
    const failing = policy.fail.find((t) => termMatches(t, leaf));
    if (failing)
        return { pass: false, reason: `${leaf.label} is in fail-licenses (${failing.input})` };
    if (policy.only.length === 0)
        return { pass: true, reason: `${leaf.label} is not in fail-licenses` };
    const allowing = policy.only.find((t) => termMatches(t, leaf));
    if (allowing)
        return { pass: true, reason: `${leaf.label} is allowed (${allowing.input} in only-licenses)` };
    return { pass: false, reason: `${leaf.label} (family ${leaf.family}) is not in only-licenses` };
}
const listed = (input, p) => `listed in ${input} (${p.pattern})${p.reason ? `: ${p.reason}` : ''}`;
/** The verdict on a package: fail-packages, then ignore-packages, then its licence against the policy. */
function judgePackage(policy, name, license) {
    const failed = matchPackage(policy.failPackages, name);
    if (failed)
        return { verdict: 'fail', reason: listed('fail-packages', failed), incompatible: true };
    const ignored = matchPackage(policy.ignorePackages, name);
    if (ignored)
        return { verdict: 'ignored', reason: listed('ignore-packages', ignored), incompatible: false };
    if (!license.expression) {
        const term = (list) => list.find((t) => t.kind === 'unknown');
        const f = term(policy.fail);
        if (f)
            return {
                verdict: 'fail',
                reason: `licence unknown, and fail-licenses lists ${f.input}`,
                incompatible: true,
            };
        const o = term(policy.only);
        if (o)
            return {
                verdict: 'pass',
                reason: `licence unknown, and only-licenses allows ${o.input}`,
                incompatible: false,
            };
        return {
            verdict: 'unknown',
            reason: 'no licence found in the metadata or the licence files',
            incompatible: true,
        };
    }
    const j = evaluateExpression(license.expression, (leaf) => judgeLicense(policy, leaf));
    return { verdict: j.pass ? 'pass' : 'fail', reason: j.reason, incompatible: !j.pass };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/environment.ts





const isDir = (p) => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
/**
 * `Lib/site-packages` on Windows, `lib/python3.X/site-packages` (or `lib/pypy3.X/...`, `python3.13t` for
 * free-threaded builds) elsewhere.
 */
function sitePackagesOf(root) {
    const found = [];
    const win = external_node_path_.join(root, 'Lib', 'site-packages');
    if (isDir(win))
        found.push(win);
    const lib = external_node_path_.join(root, 'lib');
    if (isDir(lib)) {
        for (const name of external_node_fs_.readdirSync(lib).sort()) {
            const sp = external_node_path_.join(lib, name, 'site-packages');
            if (/^(python|pypy)\d/.test(name) && isDir(sp) && !found.includes(sp))
                found.push(sp);
        }
    }
    return found;
}
function findEnvironment(opts) {
    const explicit = opts.venv?.trim();
    let root;
    let foundBy;
    if (explicit) {
        root = external_node_path_.resolve(opts.workingDirectory, explicit);
        foundBy = 'input';
        if (!isDir(root))
            throw new errors/* InputError */.dz('venv', explicit, `a directory holding a virtual environment; ${root} does not exist`);
    }
    else if (opts.env.VIRTUAL_ENV && isDir(opts.env.VIRTUAL_ENV)) {
        root = external_node_path_.resolve(opts.env.VIRTUAL_ENV);
        foundBy = 'VIRTUAL_ENV';
    }
    else {
        root = external_node_path_.resolve(opts.workingDirectory, '.venv');
        foundBy = '.venv';
        if (!isDir(root)) {
            throw new Error(`No Python environment to read: the venv input is empty, VIRTUAL_ENV is not set, and ${root} does not exist. ` +
                'Run uv sync first (setup-uv-cached does), or set venv.');
        }
    }
    const sitePackages = sitePackagesOf(root);
    if (sitePackages.length === 0) {
        const msg = `${root} has neither lib/python3.X/site-packages nor Lib/site-packages`;
        if (foundBy === 'input')
            throw new errors/* InputError */.dz('venv', explicit, `a virtual environment; ${msg}`);
        throw new Error(`${msg}; is it a virtual environment?`);
    }
    return { root, foundBy, sitePackages };
}
/** Every `*.dist-info` with a METADATA file in the site-packages directories, sorted by name. */
async function listDistributions(sitePackages) {
    const dirs = sitePackages.flatMap((sp) => external_node_fs_.readdirSync(sp, { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name.endsWith('.dist-info'))
        .map((e) => external_node_path_.join(sp, e.name)));
    const dists = await Promise.all(dirs.map(async (distInfo) => {
        let metadata;
        try {
            metadata = await readMetadata(distInfo);
        }
        catch {
            return undefined; // an interrupted install leaves a dist-info without METADATA
        }
        const fromDir = /^(.+?)-([^-]+)\.dist-info$/.exec(external_node_path_.basename(distInfo));
        const name = metadata.get('Name') ?? fromDir?.[1] ?? external_node_path_.basename(distInfo);
        const version = metadata.get('Version') ?? fromDir?.[2] ?? '';
        return { name, key: normalizePackageName(name), version, distInfo, metadata };
    }));
    return dists
        .filter((d) => d !== undefined)
        .sort((a, b) => a.key.localeCompare(b.key));
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/actions/license-gate/lock-graph.ts




const asTable = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asArray = (v) => (Array.isArray(v) ? v : []);
function deps(list) {
    return asArray(list).flatMap((d) => {
        const t = asTable(d);
        if (typeof t.name !== 'string')
            return [];
        const extras = asArray(t.extra).filter((e) => typeof e === 'string');
        return [{ name: normalizePackageName(t.name), extras }];
    });
}
function depsByName(table) {
    return new Map(Object.entries(asTable(table)).map(([k, v]) => [k, deps(v)]));
}
function mergeDeps(into, more) {
    for (const d of more) {
        const have = into.find((x) => x.name === d.name);
        if (!have)
            into.push({ name: d.name, extras: [...d.extras] });
        else
            for (const e of d.extras)
                if (!have.extras.includes(e))
                    have.extras.push(e);
    }
}
function mergeMap(into, more) {
    for (const [k, v] of more) {
        const have = into.get(k);
        if (have)
            mergeDeps(have, v);
        else
            into.set(k, v);
    }
}
/** Parses uv.lock text; throws with the file name when it is not TOML. */
function parseLockGraph(text, lockPath = 'uv.lock') {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new Error(`${lockPath} is not valid TOML: ${err instanceof Error ? err.message : String(err)}`);
    }
    const packages = new Map();
    // Lock files written before uv 0.3 called the entries [[distribution]].
    for (const entry of [...asArray(doc.package), ...asArray(doc.distribution)]) {
        const t = asTable(entry);
        if (typeof t.name !== 'string')
            continue;
        const name = normalizePackageName(t.name);
        const sourceTable = asTable(t.source);
        const source = Object.keys(sourceTable)[0] ?? 'registry';
        const pkg = {
            name,
            versions: typeof t.version === 'string' ? [t.version] : [],
            source,
            dependencies: deps(t.dependencies),
            optional: depsByName(t['optional-dependencies']),
            groups: depsByName(t['dev-dependencies']),
        };
        if (typeof sourceTable[source] === 'string')
            pkg.sourceRef = sourceTable[source];
        const have = packages.get(name);
        if (!have) {
            packages.set(name, pkg);
            continue;
        }
        have.versions.push(...pkg.versions.filter((v) => !have.versions.includes(v)));
        mergeDeps(have.dependencies, pkg.dependencies);
        mergeMap(have.optional, pkg.optional);
        mergeMap(have.groups, pkg.groups);
    }
    const members = asArray(asTable(doc.manifest).members).filter((m) => typeof m === 'string');
    let projects = members.map(normalizePackageName).filter((m) => packages.has(m));
    if (projects.length === 0) {
        const local = [...packages.values()].filter((p) => p.source === 'virtual' || p.source === 'editable');
        const atRoot = local.filter((p) => p.sourceRef === '.');
        projects = (atRoot.length ? atRoot : local).map((p) => p.name);
    }
    const groups = new Set();
    const extras = new Set();
    for (const p of projects) {
        const pkg = packages.get(p);
        for (const g of pkg.groups.keys())
            groups.add(g);
        for (const e of pkg.optional.keys())
            extras.add(e);
    }
    return { path: lockPath, projects, packages, groups: [...groups].sort(), extras: [...extras].sort() };
}
async function readLockGraph(lockPath) {
    return parseLockGraph(await promises_.readFile(lockPath, 'utf8'), lockPath);
}
/**
 * The `groups` input: empty for the runtime dependencies (with the project's extras), `all` for every
 * dependency group too, or group names (spaces, commas or lines) to add those groups.
 */
function parseGroups(value, graph) {
    const names = value.split(/[\s,]+/).filter(Boolean);
    if (names.some((n) => n.toLowerCase() === 'all'))
        return { all: true, groups: graph?.groups ?? [] };
    if (graph) {
        for (const n of names) {
            if (!graph.groups.includes(n)) {
                const known = graph.groups.length ? graph.groups.join(', ') : 'none';
                throw new errors/* InputError */.dz('groups', n, `"all" or dependency groups in ${graph.path} (${known})`);
            }
        }
    }
    return { all: false, groups: names };
}
function lock_graph_walk(graph, starts) {
    const chains = new Map();
    const parents = new Map();
    const addParent = (child, parent) => {
        const set = parents.get(child) ?? new Set();
        set.add(parent);
        parents.set(child, set);
    };
    const queue = starts.map((s) => {
        addParent(s.dep.name, s.project);
        return { dep: s.dep, chain: [s.dep.name], origin: s.origin };
    });
    const expanded = new Set();
    for (let item = queue.shift(); item; item = queue.shift()) {
        const { dep, chain, origin } = item;
        if (!chains.has(dep.name))
            chains.set(dep.name, { chain, origin });
        const pkg = graph.packages.get(dep.name);
        if (!pkg)
            continue;
        for (const extra of ['', ...dep.extras]) {
            const key = `${dep.name}[${extra}]`;
            if (expanded.has(key))
                continue;
            expanded.add(key);
            for (const child of extra ? (pkg.optional.get(extra) ?? []) : pkg.dependencies) {
                addParent(child.name, dep.name);
                if (!chain.includes(child.name))
                    queue.push({ dep: child, chain: [...chain, child.name], origin });
            }
        }
    }
    return { chains, parents };
}
/** Every package the lock reaches from the projects, with its scope, chain and whether it is selected. */
function classifyPackages(graph, selection) {
    const runtimeStarts = graph.projects.flatMap((project) => {
        const pkg = graph.packages.get(project);
        return [
            ...pkg.dependencies.map((dep) => ({ project, dep, origin: { kind: 'dependencies' } })),
            ...[...pkg.optional].flatMap(([name, list]) => list.map((dep) => ({ project, dep, origin: { kind: 'extra', name } }))),
        ];
    });
    const runtime = lock_graph_walk(graph, runtimeStarts);
    const byGroup = new Map();
    for (const group of graph.groups) {
        const starts = graph.projects.flatMap((project) => (graph.packages.get(project).groups.get(group) ?? []).map((dep) => ({
            project,
            dep,
            origin: { kind: 'group', name: group },
        })));
        byGroup.set(group, lock_graph_walk(graph, starts));
    }
    const isSelected = (g) => selection.all || selection.groups.includes(g);
    const out = new Map();
    const projects = new Set(graph.projects);
    for (const [name, { chain, origin }] of runtime.chains) {
        if (projects.has(name))
            continue;
        const groups = [...byGroup].filter(([, r]) => r.chains.has(name)).map(([g]) => g);
        const requiredBy = [...(runtime.parents.get(name) ?? [])];
        out.set(name, { scope: 'runtime', origin, chain, requiredBy, groups, selected: true });
    }
    for (const [group, reach] of byGroup) {
        for (const [name, { chain, origin }] of reach.chains) {
            if (projects.has(name) || runtime.chains.has(name))
                continue;
            const have = out.get(name);
            const parents = [...(reach.parents.get(name) ?? [])];
            if (!have) {
                out.set(name, {
                    scope: 'dev',
                    origin,
                    chain,
                    requiredBy: parents,
                    groups: [group],
                    selected: isSelected(group),
                });
                continue;
            }
            have.groups.push(group);
            for (const p of parents)
                if (!have.requiredBy.includes(p))
                    have.requiredBy.push(p);
            // Show the chain of a selected group rather than of one that does not count.
            if (!have.selected && isSelected(group))
                Object.assign(have, { origin, chain, selected: true });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/check.ts







const ORDER = { fail: 0, unknown: 1, pass: 2, ignored: 3 };
function sortReports(reports) {
    return reports.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.key.localeCompare(b.key));
}
function countReports(reports) {
    const n = (v) => reports.filter((r) => r.verdict === v).length;
    return {
        packages: reports.length,
        incompatible: reports.filter((r) => r.incompatible).length,
        failed: n('fail'),
        unknown: n('unknown'),
        ignored: n('ignored'),
        passed: n('pass'),
    };
}
async function judge(dist, policy, req, counted) {
    const license = await resolveLicense(dist.distInfo, dist.metadata);
    const j = judgePackage(policy, dist.name, license);
    const report = {
        name: dist.name,
        key: dist.key,
        version: dist.version,
        distInfo: dist.distInfo,
        license,
        verdict: j.verdict,
        reason: j.reason,
        incompatible: j.incompatible,
        scope: req?.scope ?? 'unlocked',
        chain: req?.chain ?? [],
        requiredBy: req?.requiredBy ?? [],
        counted,
    };
    if (req)
        report.origin = req.origin;
    return report;
}
async function checkLicenses(opts) {
    const started = external_node_perf_hooks_.performance.now();
    const environment = findEnvironment({
        venv: opts.venv,
        workingDirectory: opts.workingDirectory,
        env: opts.env,
    });
    const lockFile = external_node_path_.join(opts.workingDirectory, 'uv.lock');
    const graph = external_node_fs_.existsSync(lockFile) ? await readLockGraph(lockFile) : undefined;
    const groups = parseGroups(opts.groups ?? '', graph);
    const classes = graph ? classifyPackages(graph, groups) : undefined;
    const dists = await listDistributions(environment.sitePackages);
    const projects = new Set(graph?.projects ?? []);
    const packages = [];
    const notInLock = [];
    const excluded = [];
    for (const dist of dists) {
        if (projects.has(dist.key))
            continue; // the project itself, installed editable
        const req = classes?.get(dist.key);
        if (!classes)
            packages.push(judge(dist, opts.policy, undefined, true));
        else if (!req)
            notInLock.push(judge(dist, opts.policy, undefined, groups.all));
        else if (req.selected)
            packages.push(judge(dist, opts.policy, req, true));
        else
            excluded.push({
                name: dist.name,
                version: dist.version,
                scope: 'dev',
                groups: req.groups,
                chain: req.chain,
            });
    }
    const installed = new Set(dists.map((d) => d.key));
    const notInstalled = classes
        ? [...classes]
            .filter(([name, r]) => r.selected && !installed.has(name))
            .map(([name]) => name)
            .sort()
        : [];
    const counted = sortReports(await Promise.all(packages));
    const extra = sortReports(await Promise.all(notInLock));
    const all = groups.all ? sortReports([...counted, ...extra]) : counted;
    const result = {
        environment,
        projects: [...projects],
        groups,
        packages: all,
        excluded,
        notInLock: extra,
        notInstalled,
        counts: countReports(all),
        durationMs: external_node_perf_hooks_.performance.now() - started,
    };
    if (graph)
        result.lockFile = lockFile;
    return result;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/inputs.ts



function loadInputs(r, rt) {
    return {
        // The policy readers validate every word and glob, naming the input on error.
        policy: buildPolicy({
            onlyLicenses: r.string('only-licenses', DEFAULT_ONLY_LICENSES),
            failLicenses: r.string('fail-licenses', DEFAULT_FAIL_LICENSES),
            ignorePackages: r.string('ignore-packages', ''),
            failPackages: r.string('fail-packages', ''),
        }),
        groups: r.string('groups', ''),
        venv: r.string('venv'),
        workingDirectory: external_node_path_.resolve(rt.workspace, r.string('working-directory', '.')),
        showOnlyFailing: r.bool('show-only-failing', false),
        zero: r.bool('zero', true),
        report: loadReportInputs(r),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/actions/license-gate/pyproject-lines.ts

/** The key a dependency array sits under in a table, or undefined when the table's arrays are not ours. */
function arraySection(table, key) {
    if (table === 'project' && key === 'dependencies')
        return 'dependencies';
    if (table === 'project.optional-dependencies')
        return `optional-dependencies.${key}`;
    if (table === 'dependency-groups')
        return `dependency-groups.${key}`;
    if (table === 'tool.uv' && key === 'dev-dependencies')
        return 'tool.uv.dev-dependencies';
    return undefined;
}
/** The first line declaring each dependency, by PEP 503 normalised name. */
function findDependencyLines(pyproject) {
    const out = new Map();
    let table = '';
    let section;
    let depth = 0;
    const lines = pyproject.split(/\r?\n/);
    lines.forEach((raw, index) => {
        let line = raw;
        if (depth === 0) {
            const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
            if (header) {
                table = header[1]
                    .trim()
                    .replace(/\s*\.\s*/g, '.')
                    .replace(/"/g, '');
                return;
            }
            const assign = /^\s*("?)([A-Za-z0-9_.-]+)\1\s*=\s*\[/.exec(line);
            if (!assign)
                return;
            section = arraySection(table, assign[2]);
            if (!section)
                return;
            line = line.slice(assign[0].length - 1);
        }
        // Walk the line: strings are requirements, brackets outside strings open and close the array.
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '#')
                break;
            if (c === '[')
                depth++;
            else if (c === ']')
                depth--;
            else if (c === '"' || c === "'") {
                const end = line.indexOf(c, i + 1);
                const value = line.slice(i + 1, end < 0 ? undefined : end);
                const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(value)?.[1];
                // `{ include-group = "dev" }` names a group, not a package.
                const isValue = /=\s*$/.test(line.slice(0, i));
                if (name && section && !isValue) {
                    const key = normalizePackageName(name);
                    if (!out.has(key))
                        out.set(key, { line: index + 1, section });
                }
                if (end < 0)
                    break;
                i = end;
            }
            if (depth === 0) {
                section = undefined;
                break;
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/report.ts






const VERDICT_LABEL = {
    fail: '❌ fail',
    unknown: '❓ unknown',
    pass: '✅ pass',
    ignored: '➖ ignored',
};
const SOURCE_LABEL = {
    expression: 'License-Expression',
    field: 'License field',
    classifier: 'classifier',
    file: 'licence file',
};
function chainText(p) {
    if (p.chain.length > 1)
        return p.chain.join(' → ');
    if (p.scope === 'unlocked')
        return 'not in uv.lock';
    return 'direct dependency';
}
function row(p) {
    const source = p.license.source ? (SOURCE_LABEL[p.license.source] ?? p.license.source) : 'none found';
    return [
        (0,report_markdown/* code */.aY)(p.name),
        (0,report_markdown/* escapeCell */.kq)(p.version),
        (0,report_markdown/* escapeCell */.kq)(p.license.text),
        (0,report_markdown/* escapeCell */.kq)(source),
        (0,report_markdown/* escapeCell */.kq)(p.license.families.join(', ')),
        VERDICT_LABEL[p.verdict],
        (0,report_markdown/* escapeCell */.kq)(p.reason),
        (0,report_markdown/* escapeCell */.kq)(chainText(p)),
    ];
}
const HEADERS = ['package', 'version', 'licence', 'from', 'family', 'verdict', 'why', 'required by'];
/**
 * One finding per incompatible package, on the pyproject.toml line that declares the direct dependency
 * bringing it in (the place to act), or on pyproject.toml itself when that line cannot be found.
 */
function licenseFindings(result, projectDir, workspace, zero) {
    const pyproject = external_node_path_.join(projectDir, 'pyproject.toml');
    const lines = external_node_fs_.existsSync(pyproject)
        ? findDependencyLines(external_node_fs_.readFileSync(pyproject, 'utf8'))
        : new Map();
    const rel = external_node_path_.relative(workspace, pyproject).split(external_node_path_.sep).join('/');
    return result.packages
        .filter((p) => p.incompatible)
        .map((p) => {
        const direct = p.chain[0] ?? p.name;
        const where = lines.get(normalizePackageName(direct));
        const via = p.chain.length > 1 ? ` (required by ${p.chain.join(' → ')})` : '';
        const finding = {
            tool: 'license-gate',
            rule: p.verdict === 'unknown' ? 'unknown-license' : 'incompatible-license',
            severity: zero ? 'error' : 'warning',
            message: `${p.name} ${p.version}: ${p.license.text}${via}. ${p.reason}`,
            // The licence, not the version: a version bump under the same licence stays accepted in a baseline.
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`license-gate\0${p.key}\0${p.license.text}`).digest('hex'),
            data: { package: p.name, version: p.version, license: p.license.text, verdict: p.verdict },
        };
        if (external_node_fs_.existsSync(pyproject))
            finding.file = rel;
        if (where)
            finding.line = where.line;
        return finding;
    });
}
function buildReport(result, findings, opts) {
    const c = result.counts;
    const failing = result.packages.filter((p) => p.incompatible);
    const rest = result.packages.filter((p) => !p.incompatible);
    const verdict = c.incompatible === 0 ? 'pass' : opts.zero ? 'fail' : 'warn';
    const headline = c.incompatible === 0
        ? `all ${c.packages} packages have licences the policy allows`
        : `${c.incompatible} of ${c.packages} packages are incompatible (${c.failed} failing, ${c.unknown} unknown)`;
    const sections = [];
    if (failing.length)
        sections.push({ title: 'Incompatible packages', markdown: (0,report_markdown/* table */.tp)(HEADERS, failing.map(row)) });
    if (!opts.showOnlyFailing && rest.length) {
        sections.push({
            title: `All other packages (${rest.length})`,
            markdown: (0,report_markdown/* table */.tp)(HEADERS, rest.map(row)),
            collapsed: true,
        });
    }
    const notes = [];
    const groups = result.groups.all
        ? 'all groups'
        : result.groups.groups.length
            ? `runtime + ${result.groups.groups.join(', ')}`
            : 'runtime dependencies';
    notes.push(`Environment ${(0,report_markdown/* code */.aY)(result.environment.root)} (found by ${result.environment.foundBy}); counted: ${groups}${result.lockFile ? ', per uv.lock' : ' (no uv.lock: every installed package)'}; ${Math.round(result.durationMs)} ms.`);
    if (result.excluded.length)
        notes.push(`${result.excluded.length} dev-only packages not counted (use \`groups: all\` to include them).`);
    if (result.notInLock.length && !result.groups.all) {
        notes.push(`Installed but not in uv.lock (judged, not counted): ${result.notInLock.map((p) => `${(0,report_markdown/* code */.aY)(p.name)} (${VERDICT_LABEL[p.verdict]})`).join(', ')}.`);
    }
    if (result.notInstalled.length)
        notes.push(`In uv.lock but not installed: ${result.notInstalled.map(report_markdown/* code */.aY).join(', ')}.`);
    sections.push({ title: 'Scope', markdown: notes.map((n) => `- ${n}`).join('\n') });
    if (failing.length) {
        sections.push({
            title: 'How to fix',
            markdown: (0,report_markdown/* details */.zH)('Options', [
                '- Replace or drop the dependency that brings the package in (the annotation marks its line in pyproject.toml).',
                '- If its licence is acceptable for how you ship, add the family to `only-licenses`, or the package to `ignore-packages` with a reason: `name  # reason`.',
                "- For an unknown licence, check the project's repository and list it in `ignore-packages` with what you found.",
            ].join('\n')),
        });
    }
    return {
        action: 'license-gate',
        title: 'Licences',
        verdict,
        headline,
        findings,
        sections,
        toolRuns: [
            {
                tool: 'license-gate',
                findings: findings.length,
                durationMs: Math.round(result.durationMs),
                exitCode: 0,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/definition.ts




async function main(i, rt) {
    const result = await checkLicenses({
        workingDirectory: i.workingDirectory,
        venv: i.venv,
        env: rt.env,
        policy: i.policy,
        groups: i.groups,
    });
    const findings = licenseFindings(result, i.workingDirectory, rt.workspace, i.zero);
    const report = buildReport(result, findings, { zero: i.zero, showOnlyFailing: i.showOnlyFailing });
    const published = await publishWithInputs(report, rt, i.report, { commentKey: 'licenses' });
    rt.setOutput('packages', result.counts.packages);
    rt.setOutput('incompatible', result.counts.incompatible);
    rt.setOutput('unknown', result.counts.unknown);
    const blocking = published.newFindings.length;
    if (i.zero && blocking > 0) {
        const names = published.newFindings.map((f) => f.data?.package).join(', ');
        throw new Error(`license-gate: ${blocking} incompatible package${blocking === 1 ? '' : 's'}: ${names}`);
    }
}
const definition = {
    name: 'license-gate',
    command: 'licenses',
    description: 'Check the licences of the installed dependencies against an allow/deny policy, offline',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony exports displayCommand, killTree, lastLines */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2000;
/** Renders argv for a log line; never used to run anything. */
function displayCommand(file, args) {
    return [file, ...args]
        .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
class Capture {
    max;
    chunks = [];
    size = 0;
    truncated = false;
    constructor(max) {
        this.max = max;
    }
    push(b) {
        if (this.size >= this.max) {
            this.truncated = true;
            return;
        }
        const room = this.max - this.size;
        const kept = b.length > room ? b.subarray(0, room) : b;
        if (kept.length < b.length)
            this.truncated = true;
        this.chunks.push(kept);
        this.size += kept.length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/**
 * Runs one program with an argv array (never through a shell). The child leads its own process group on
 * POSIX so that a timeout ends it and everything it started.
 */
function execTool(file, args, opts = {}) {
    const command = displayCommand(file, args);
    const ok = opts.okExitCodes ?? [0];
    const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const out = new Capture(max);
    const err = new Capture(max);
    let tail = '';
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
                cwd: opts.cwd,
                env: opts.env ?? process.env,
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                windowsHide: true,
            });
        }
        catch (e) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, null, '', `could not be started: ${e.message}`));
            return;
        }
        let timedOut = false;
        let timer;
        let killTimer;
        if (opts.timeoutMs && opts.timeoutMs > 0) {
            timer = setTimeout(() => {
                timedOut = true;
                killTree(child.pid, 'SIGTERM');
                killTimer = setTimeout(() => killTree(child.pid, 'SIGKILL'), KILL_GRACE_MS);
            }, opts.timeoutMs);
        }
        const partial = { stdout: '', stderr: '' };
        const onData = (stream, cap) => (b) => {
            cap.push(b);
            const s = b.toString('utf8');
            tail = (tail + s).slice(-TAIL_BYTES);
            opts.onOutput?.(s, stream);
            if (opts.onLine) {
                const lines = (partial[stream] + s).split(/\r?\n/);
                partial[stream] = lines.pop() ?? '';
                for (const line of lines)
                    opts.onLine(line, stream);
            }
        };
        const flushLines = () => {
            for (const stream of ['stdout', 'stderr']) {
                if (partial[stream])
                    opts.onLine?.(partial[stream], stream);
                partial[stream] = '';
            }
        };
        child.stdout?.on('data', onData('stdout', out));
        child.stderr?.on('data', onData('stderr', err));
        child.stdin?.on('error', () => {
            /* the tool may exit before reading its input */
        });
        child.stdin?.end(opts.input ?? '');
        child.on('error', (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const why = e.code === 'ENOENT' ? 'was not found (is it installed and on PATH?)' : `failed: ${e.message}`;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, null, tail, why));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            flushLines();
            const result = {
                command,
                exitCode: code,
                signal,
                stdout: out.text(),
                stderr: err.text(),
                truncated: out.truncated || err.truncated,
                timedOut,
                durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() - started),
                tail: lastLines(tail, 30),
            };
            if (timedOut) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, code, result.tail, `timed out after ${opts.timeoutMs} ms and was stopped`));
            }
            else if (code === null || !ok.includes(code)) {
                const why = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
                reject(Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, code, result.tail, why), { result }));
            }
            else {
                resolve(result);
            }
        });
    });
}
/** Ends a process and its group (POSIX) or its tree (Windows). Safe to call on a process that is gone. */
function killTree(pid, signal) {
    if (!pid)
        return;
    try {
        if (process.platform === 'win32') {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
        }
        else {
            process.kill(-pid, signal);
        }
    }
    catch {
        try {
            process.kill(pid, signal);
        }
        catch {
            /* already gone */
        }
    }
}
function lastLines(text, n) {
    const lines = text.split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines.slice(-n).join('\n');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** Small helpers for GitHub-flavoured Markdown that stays valid whatever text the tools put in it. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Text for one table cell: HTML is escaped (a message quoting `<script>` stays text), Markdown
 * punctuation is backslash-escaped, `|` cannot end the cell and a newline becomes `<br>`.
 */
function escapeCell(text) {
    return escapeHtml(text)
        .replace(/\r\n?/g, '\n')
        .replace(/([\\`*_~[\]|#!])/g, '\\$1')
        .replace(/\n/g, '<br>');
}
/** Text for a line outside a table (a headline): as a cell, but newlines become spaces. */
function escapeInline(text) {
    return escapeCell(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
/**
 * Monospace text that is safe in a table cell. A code span cannot hold a `|` inside a table, so this
 * is `<code>` around escaped text; Markdown still applies inside it, hence the escaping of `__init__`.
 */
function code(text) {
    return `<code>${escapeInline(text)}</code>`;
}
/** A table; `cells` must already be escaped (escapeCell / code). */
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A collapsible block. Blank lines around the body let GitHub render Markdown inside the HTML. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}
/** Cuts text to at most `max` characters (not splitting a surrogate pair), marking the cut with `…`. */
function clip(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const m = Math.floor(ms / 60_000);
    return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** Bytes in binary units: `812 B`, `3.4 MiB`, `1.2 GiB`. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}


/***/ })

};
