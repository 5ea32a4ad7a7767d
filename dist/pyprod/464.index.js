export const id = 464;
export const ids = [464];
export const modules = {

/***/ 7667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ EventError),
/* harmony export */   TC: () => (/* binding */ pullRequestInfo),
/* harmony export */   TN: () => (/* binding */ pushInfo),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   ah: () => (/* binding */ mergeGroupInfo),
/* harmony export */   j_: () => (/* binding */ readEvent),
/* harmony export */   rq: () => (/* binding */ isSafeBranchName)
/* harmony export */ });
/* unused harmony exports isObject, str, bool, isZeroSha, shaField */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7167);


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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
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
function int(obj, dotted) {
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
    return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha */ .HH)(v) && !isZeroSha(v) ? v : undefined;
}
function pushInfo(payload) {
    const commits = field(payload, 'commits');
    const commitIds = Array.isArray(commits) ? commits.map((c) => shaField(c, 'id')).filter(_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha */ .HH) : [];
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
        number: int(payload, 'pull_request.number') ?? int(payload, 'number'),
        baseSha: shaField(payload, 'pull_request.base.sha'),
        baseRef: str(payload, 'pull_request.base.ref'),
        headSha: shaField(payload, 'pull_request.head.sha'),
        commits: int(payload, 'pull_request.commits'),
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


/***/ }),

/***/ 7167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ octopusCount),
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   CU: () => (/* binding */ treeFiles),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   H: () => (/* binding */ shallowCommits),
/* harmony export */   HH: () => (/* binding */ isSha),
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   MZ: () => (/* binding */ deepenUntil),
/* harmony export */   QG: () => (/* binding */ unshallow),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   dM: () => (/* binding */ remoteRefs),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   fY: () => (/* binding */ parentsOf),
/* harmony export */   iH: () => (/* binding */ boundaryOf),
/* harmony export */   k$: () => (/* binding */ defaultRemote),
/* harmony export */   ki: () => (/* binding */ revList),
/* harmony export */   nm: () => (/* binding */ ensureCommits),
/* harmony export */   pQ: () => (/* binding */ revCount),
/* harmony export */   q_: () => (/* binding */ gitText),
/* harmony export */   r9: () => (/* binding */ gitVersion),
/* harmony export */   tx: () => (/* binding */ HistoryError),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   y3: () => (/* binding */ diffNames)
/* harmony export */ });
/* unused harmony exports SHA_RE, hasCommit, fetchObjects, emptyTree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2642);




/**
 * Thin helpers over the real `git` binary. Every call is an argv array run with `git -C <dir>`; values that
 * come from event payloads are validated (shas) or prefixed (refs/..., ^sha) before they reach an argv, so
 * none can be read as an option.
 */
const FETCH_TIMEOUT_MS = 10 * 60 * 1000;
const QUERY_TIMEOUT_MS = 5 * 60 * 1000;
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isSha(value) {
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
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execTool */ .wc)('git', ['-C', cwd, ...args], { timeoutMs: QUERY_TIMEOUT_MS, env: gitEnv(), ...opts });
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
    return r.exitCode === 0 && isSha(sha) ? sha : undefined;
}
/** True when the commit object is in the repository (its history may still be cut by a shallow clone). */
async function hasCommit(cwd, sha) {
    if (!isSha(sha))
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
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, (await gitText(cwd, ['rev-parse', '--git-path', 'shallow'])).trim());
    try {
        return new Set(lines(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')).filter(isSha));
    }
    catch {
        return new Set();
    }
}
/** The best common ancestor of two commits, or undefined when none is reachable (yet). */
async function mergeBase(cwd, a, b) {
    const r = await git(cwd, ['merge-base', a, b], { okExitCodes: [0, 1] });
    const sha = r.stdout.trim();
    return r.exitCode === 0 && isSha(sha) ? sha : undefined;
}
/** `git rev-list <revArgs>`: the commits the revision arguments select, newest first. */
async function revList(cwd, revArgs) {
    return lines((await git(cwd, ['rev-list', ...revArgs, '--'])).stdout);
}
async function revCount(cwd, revArgs) {
    return Number.parseInt(await gitText(cwd, ['rev-list', '--count', ...revArgs, '--']), 10);
}
/** Merges of more than two parents in the selection `revArgs` (octopus merges). */
async function octopusCount(cwd, revArgs) {
    return Number.parseInt(await gitText(cwd, ['rev-list', '--count', '--min-parents=3', ...revArgs, '--']), 10);
}
/** git's version as [major, minor], e.g. [2, 39]; [0, 0] when it cannot be read. */
async function gitVersion(cwd) {
    const m = /(\d+)\.(\d+)/.exec(await gitText(cwd, ['version']));
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
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
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4)
            return { ok: false, error: e };
        throw e;
    }
}
/** The empty tree's id in this repository's hash (SHA-1 or SHA-256), to diff a root commit against. */
async function emptyTree(cwd) {
    return (await git(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).stdout.trim();
}
/**
 * Files that differ between two commits, repo-relative: added/copied/modified/renamed only (the files there
 * are to read), or with `deleted` every path the change touched, a deleted file and both sides of a rename
 * included (what a change could affect).
 */
async function diffNames(cwd, from, to, threeDot, opts = {}) {
    const range = threeDot ? [`${from}...${to}`] : [from, to];
    const r = await git(cwd, [
        'diff',
        '--name-only',
        '-z',
        ...(opts.deleted ? ['--no-renames'] : ['--diff-filter=ACMR']),
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
const DEEPEN_STEPS = [10, 50, 250, 1000, 4000];
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


/***/ }),

/***/ 4879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ mergeDuplicates),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   IL: () => (/* binding */ normaliseMessage),
/* harmony export */   Jb: () => (/* binding */ reportedBy),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   xD: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* unused harmony exports severityRank, maxSeverity */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Most severe first. */
const SEVERITIES = ['error', 'warning', 'note'];
function toolReport(f) {
    const r = { tool: f.tool, rule: f.rule, message: f.message };
    if (f.line !== undefined)
        r.line = f.line;
    if (f.endLine !== undefined && f.endLine !== f.line)
        r.endLine = f.endLine;
    if (f.helpUri)
        r.helpUri = f.helpUri;
    if (f.data && Object.keys(f.data).length > 0)
        r.data = f.data;
    return r;
}
/**
 * The tools that reported a finding, each with its own rule id where it differs from the finding's:
 * `ruff, autoflake unused-import, flake8, pylint W0611`.
 */
function reportedBy(f) {
    if (!f.reports)
        return [f.tool, ...(f.alsoReportedBy ?? [])].join(', ');
    const [kept, ...others] = f.reports;
    const named = [kept, ...[...others].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0))];
    const seen = new Set();
    const out = [];
    for (const r of named) {
        if (!r)
            continue;
        const text = r.rule === f.rule ? r.tool : `${r.tool} ${r.rule}`;
        if (!seen.has(text))
            out.push(text);
        seen.add(text);
    }
    return out.join(', ');
}
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
 * most severe severity of the group, names the other tools in `alsoReportedBy`, keeps every tool's own
 * report in `reports` and takes the others' data it lacks (autoflake's `diff` onto ruff's F401). A key of `undefined`
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
        kept.reports = [...(kept.reports ?? [toolReport(kept)]), ...(f.reports ?? [toolReport(f)])];
        if (f.data)
            kept.data = { ...f.data, ...kept.data };
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
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(file) || /^[A-Za-z]:\//.test(slashed)) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, file).replace(/\\/g, '/');
        if (rel && !rel.startsWith('../') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel))
            return rel;
        return slashed;
    }
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(slashed).replace(/^\.\//, '');
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations),
/* harmony export */   Wx: () => (/* binding */ annotationLevel),
/* harmony export */   e6: () => (/* binding */ totalOf),
/* harmony export */   eA: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   kW: () => (/* binding */ annotationProps)
/* harmony export */ });
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);

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
    const props = { title: `${f.rule} (${(0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedBy */ .Jb)(f)})` };
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
    for (const f of (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings)) {
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


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   Zv: () => (/* binding */ FINDING_HEADERS),
/* harmony export */   ex: () => (/* binding */ findingRow)
/* harmony export */ });
/* unused harmony exports OPEN_ROWS, MESSAGE_CELL_CHARS, VERDICT_ICON, omittedLine */
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(856);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



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
function location(f) {
    if (!f.file)
        return '';
    return `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}`;
}
function findingRow(f, known) {
    const severity = SEVERITY_LABEL[f.severity] + (known?.has(f.fingerprint) ? ' (known)' : '');
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .tableRow */ .jD)([
        severity,
        f.file ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(location(f)) : '—',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.rule), f.helpUri),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(f.message, MESSAGE_CELL_CHARS)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedBy */ .Jb)(f)),
    ]);
}
const FINDING_HEADERS = ['Severity', 'Location', 'Rule', 'Message', 'Tool'];
function omittedLine(n) {
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'more finding')} not shown (see the JSON report / SARIF).`;
}
function countsLine(report, opts) {
    const c = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(report.findings);
    const parts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.error, 'error'), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.warning, 'warning'), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.note, 'note')];
    let line = parts.map((p) => p.replace(/^(\d+)/, '**$1**')).join(' · ');
    if (opts.known) {
        const known = report.findings.filter((f) => opts.known?.has(f.fingerprint)).length;
        line += ` — ${report.findings.length - known} new, ${known} known (in the baseline)`;
    }
    return line;
}
function annotationNote(a) {
    if (!a || (0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .totalOf */ .e6)(a.notAnnotated) === 0)
        return undefined;
    const per = ['error', 'warning', 'notice']
        .filter((l) => a.notAnnotated[l] > 0)
        .map((l) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(a.notAnnotated[l], l))
        .join(', ');
    return (`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .totalOf */ .e6)(a.notAnnotated), 'finding')} not annotated (${per}): only the ${a.perLevel} most ` +
        'severe of each level are annotated, as GitHub shows at most 10 per level in a step; ' +
        'the findings below, the JSON report and SARIF have them all.');
}
function toolsBlock(runs) {
    if (!runs || runs.length === 0)
        return undefined;
    const rows = runs.map((r) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(r.tool),
        r.version ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.version) : '—',
        String(r.findings),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(r.durationMs),
        r.exitCode === null ? 'killed' : String(r.exitCode),
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`Tools (${runs.length})`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Tool', 'Version', 'Findings', 'Time', 'Exit code'], rows));
}
/**
 * The job summary: the verdict line first, then counts, the findings (most severe first; beyond the
 * first ten in a collapsed block), the action's sections and the tools that ran. It never exceeds the
 * byte budget: rows that do not fit are dropped and counted in an explicit line, a section that does
 * not fit is replaced by a note, and every `<details>` that is opened is closed.
 */
function renderSummary(report, opts = {}) {
    const budget = opts.budgetBytes ?? SUMMARY_BUDGET_BYTES;
    const findings = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(report.findings);
    const head = [
        `### ${VERDICT_ICON[report.verdict]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(report.title, 200))}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(report.headline, 500))}`,
        countsLine(report, opts),
        annotationNote(opts.annotations),
    ].filter((p) => p !== undefined);
    const tools = toolsBlock(report.toolRuns);
    // Frames around the rows; sized for the worst case so the rows can fill what is left exactly.
    const openHead = `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(FINDING_HEADERS, [])}`;
    const restHead = (n) => `<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'more finding'))}</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(FINDING_HEADERS, [])}`;
    const restTail = '\n\n</details>';
    const frameBytes = findings.length === 0
        ? 0
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(openHead) + 2 + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(restHead(findings.length)) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(restTail) + 2;
    const omittedReserve = findings.length === 0 ? 0 : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(omittedLine(findings.length)) + 2;
    const fixed = [...head, tools ?? ''].reduce((n, p) => n + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(p) + 2, 0);
    let remaining = budget - fixed - frameBytes - omittedReserve;
    const sections = [];
    const sectionsOmitted = [];
    for (const s of report.sections) {
        const block = s.collapsed
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(s.title, s.markdown)
            : `#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(s.title)}\n\n${s.markdown.trim()}`;
        const cost = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(block) + 2;
        if (cost <= remaining) {
            sections.push(block);
            remaining -= cost;
        }
        else {
            const note = `#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(s.title)}\n\n_Left out: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(block)} bytes would not fit in the summary._`;
            sectionsOmitted.push(s.title);
            sections.push(note);
            remaining -= (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(note) + 2;
        }
    }
    const rows = [];
    for (const f of findings) {
        const row = findingRow(f, opts.known);
        const cost = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(row) + 1;
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
        bytes: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(markdown),
        rowsShown: rows.length,
        rowsOmitted: omitted,
        sectionsOmitted,
    };
}


/***/ })

};
