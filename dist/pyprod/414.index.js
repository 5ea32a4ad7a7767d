export const id = 414;
export const ids = [414];
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

/***/ 6635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Je: () => (/* binding */ splitByBaseline),
/* harmony export */   oU: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* unused harmony exports baselineOf, serialiseBaseline */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



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
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no file exists at that path' : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (${why}; write one with the write-baseline input)`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (it is not valid JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
    }
    const b = data;
    if (!b || typeof b !== 'object' || Array.isArray(b)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (it holds ${Array.isArray(b) ? 'an array' : typeof b})`);
    }
    if (b.version !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (its version is ${JSON.stringify(b.version)}, only 1 is known)`);
    }
    if (typeof b.tool !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (its "tool" is not a string)`);
    if (opts.tool && b.tool !== opts.tool) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `a baseline written by ${opts.tool} (this one was written by ${b.tool})`);
    }
    if (!Array.isArray(b.fingerprints) || !b.fingerprints.every((f) => typeof f === 'string')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (its "fingerprints" is not an array of strings)`);
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
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, serialiseBaseline(b));
    return b;
}


/***/ }),

/***/ 4879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ mergeDuplicates),
/* harmony export */   IL: () => (/* binding */ normaliseMessage),
/* harmony export */   Jb: () => (/* binding */ reportedBy),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   xD: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* unused harmony exports SEVERITIES, severityRank, maxSeverity, compareFindings */
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
/* harmony export */   e6: () => (/* binding */ totalOf)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, annotationLevel, annotationProps */
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

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XY: () => (/* binding */ buildJsonReport),
/* harmony export */   a_: () => (/* binding */ writeJsonReport)
/* harmony export */ });
/* unused harmony exports PYPROD_ACTIONS_VERSION, sortKeys, serialiseJsonReport */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4879);



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
    'reports',
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
            out[k] = k === 'data' || k === 'reports' ? sortKeys(v) : v;
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
        counts: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(report.findings),
        findings: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(report.findings).map((f) => orderedFinding(f, opts.known)),
        meta,
    };
}
function serialiseJsonReport(r) {
    return `${JSON.stringify(r, null, 2)}\n`;
}
/** Writes the report, creating parent directories. */
async function writeJsonReport(file, r) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, serialiseJsonReport(r));
}


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/findings/baseline.ts
var baseline = __webpack_require__(6635);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(7667);
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
        event = (0,core_event/* readEvent */.j_)(env);
    }
    catch (err) {
        return { reason: (0,errors/* errorMessage */.gJ)(err) };
    }
    if (event.name === 'none')
        return { reason: 'there is no workflow event (not running in GitHub Actions)' };
    let number = (0,core_event/* int */.Wh)(event.payload, 'pull_request.number');
    if (number === undefined && (0,core_event/* field */.ZZ)(event.payload, 'issue.pull_request') !== undefined) {
        number = (0,core_event/* int */.Wh)(event.payload, 'issue.number');
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
    retryAfterMs;
    attempts;
    constructor(method, path, status, apiMessage, 
    /** For GitHub's primary or secondary rate limit (not a permission problem): the wait it asks for. */
    retryAfterMs, 
    /** How many times the request was sent. */
    attempts = 1) {
        const rateLimited = retryAfterMs !== undefined;
        super(`GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}` +
            (rateLimited ? ' (rate limited)' : '') +
            (attempts > 1 ? ` after ${attempts} attempts` : ''));
        this.method = method;
        this.path = path;
        this.status = status;
        this.apiMessage = apiMessage;
        this.retryAfterMs = retryAfterMs;
        this.attempts = attempts;
        this.name = 'GitHubApiError';
    }
    get rateLimited() {
        return this.retryAfterMs !== undefined;
    }
}
const header = (h, name) => {
    const v = h[name];
    return Array.isArray(v) ? v[0] : v;
};
/**
 * Whether an answer is a rate limit, and how long GitHub asks to wait: `Retry-After` (seconds), else
 * `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds), else one minute for a secondary
 * rate limit named only in the message (docs.github.com, "Rate limits for the REST API": "wait for at
 * least one minute before retrying"). Undefined: not a rate limit.
 */
function rateLimitWaitMs(status, headers, apiMessage, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter) * 1000;
    const remaining = header(headers, 'x-ratelimit-remaining');
    const reset = header(headers, 'x-ratelimit-reset');
    if (remaining === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - now);
    if (/rate limit/i.test(apiMessage) || status === 429)
        return 60_000;
    return undefined;
}
/** POST creates something: after a 500 it may have been created, so only a refusal before any work is retried. */
const RETRY_UNSAFE = new Set([500, 502, 504]);
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
    retry;
    http;
    constructor(opts) {
        this.baseUrl = (opts.baseUrl ?? apiBaseUrl(opts.env)).replace(/\/+$/, '');
        this.token = opts.token;
        this.userAgent = opts.userAgent ?? USER_AGENT;
        this.retry = {
            maxAttempts: 4,
            maxWaitMs: 60_000,
            baseDelayMs: 1_000,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            now: Date.now,
            ...opts.retry,
        };
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
    /**
     * One API call, retried with back-off on 5xx answers and network errors (1 s, 2 s, 4 s) and on rate limits
     * (after the wait GitHub asks for), within `maxAttempts` and `maxWaitMs` in total. A rate limit that
     * asks for a longer wait fails at once, as rate limited.
     */
    async request(method, pathOrUrl, body) {
        const { maxAttempts, maxWaitMs, baseDelayMs, sleep } = this.retry;
        let waited = 0;
        for (let attempt = 1;; attempt++) {
            let wait;
            let failure;
            try {
                return await this.once(method, pathOrUrl, body, attempt);
            }
            catch (err) {
                failure = err;
                if (err instanceof GitHubApiError) {
                    if (err.retryAfterMs !== undefined)
                        wait = err.retryAfterMs;
                    else if (err.status >= 500 && !(method === 'POST' && RETRY_UNSAFE.has(err.status)))
                        wait = baseDelayMs * 2 ** (attempt - 1);
                }
                else if (isNetworkError(err))
                    wait = baseDelayMs * 2 ** (attempt - 1);
            }
            if (wait === undefined || attempt >= maxAttempts || waited + wait > maxWaitMs)
                throw failure;
            waited += wait;
            await sleep(wait);
        }
    }
    async once(method, pathOrUrl, body, attempt) {
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
        if (status < 200 || status >= 300) {
            const message = shortApiMessage(text);
            const wait = rateLimitWaitMs(status, res.message.headers, message, this.retry.now());
            throw new GitHubApiError(method, url.pathname, status, message, wait, attempt);
        }
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
/** A connection that failed before any answer: worth another try. */
function isNetworkError(err) {
    const code = err?.code;
    return (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR_\w+)$/.test(code));
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts




/** GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_MAX_CHARS = 65_536;
/**
 * Who the workflow's GITHUB_TOKEN posts as. That token cannot read GET /user ("Resource not accessible by
 * integration"), so its login is known rather than asked: `github-actions[bot]` (user id 41898282 on
 * github.com; logins ending in `[bot]` cannot be taken by a user account).
 */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login comments made with this token carry: GET /user's for a user token (a PAT), else the Actions
 * bot. An installation token (`ghs_`) cannot read /user, so it is not asked. A GitHub App's own
 * installation token posts as `<app>[bot]`: its old comment is then not recognised and a new one is made,
 * never someone else's edited.
 */
async function commenterLogin(client, token) {
    if (token.startsWith('ghs_'))
        return ACTIONS_BOT_LOGIN;
    try {
        const res = await client.request('GET', '/user');
        if (typeof res.data?.login === 'string' && res.data.login)
            return res.data.login;
    }
    catch (err) {
        if (err instanceof GitHubApiError && err.rateLimited)
            throw err;
    }
    return ACTIONS_BOT_LOGIN;
}
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
        // An unclosed code fence or <details> would swallow the note: close what the cut left open.
        const closing = (0,markdown/* openBlockClosers */.d)(kept);
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
    const client = new GitHubClient({ token: opts.token, env, retry: opts.retry });
    const base = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}/issues`;
    try {
        // Oldest first; stop at the first page that has ours. The marker alone proves nothing (anyone can
        // write it in a comment): only a comment by the identity this token posts as is edited.
        const login = (await commenterLogin(client, opts.token)).toLowerCase();
        let ours;
        for await (const page of client.pages(`${base}/${pr.number}/comments?per_page=100`)) {
            ours = page.find((c) => typeof c.body === 'string' && c.body.includes(marker) && c.user?.login?.toLowerCase() === login);
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
        if (err instanceof GitHubApiError && err.rateLimited) {
            const reason = `${err.message} — GitHub's rate limit for this token was reached; the comment was not posted`;
            runtime.warning(`Pull request comment failed: ${reason}`);
            return { status: 'failed', reason };
        }
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
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
        // Each tool's own rule id, wording, lines and data (a diff) when several tools reported the problem.
        if (f.reports?.length)
            props.reports = f.reports;
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
    const sorted = (0,finding/* sortFindings */.Tc)(report.findings);
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

// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(7994);
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
    const split = (0,baseline/* splitByBaseline */.Je)(report.findings, options.baseline);
    if (options.baseline)
        result.baseline = { new: split.new.length, known: split.known.length };
    if (options.annotate ?? true) {
        result.annotations = (0,annotations/* emitAnnotations */.KI)(split.new, runtime, { perLevel: options.annotationsPerLevel });
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
        const meta = { ...options.meta };
        if (result.annotations)
            meta.annotations = result.annotations;
        if (result.baseline)
            meta.baseline = result.baseline;
        if (result.sarifFile)
            meta.sarifFile = external_node_path_.relative(runtime.workspace, result.sarifFile) || result.sarifFile;
        await (0,json_report/* writeJsonReport */.a_)(file, (0,json_report/* buildJsonReport */.XY)(report, { version: options.version, known, meta }));
        result.jsonFile = file;
        runtime.setOutput('json-file', file);
    }
    const summary = (0,report_summary/* renderSummary */.Br)(report, {
        budgetBytes: options.summaryBudgetBytes ?? report_summary/* SUMMARY_BUDGET_BYTES */.Xb,
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
        const comment = (0,report_summary/* renderSummary */.Br)(report, {
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


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES)
/* harmony export */ });
/* unused harmony exports OPEN_ROWS, MESSAGE_CELL_CHARS, VERDICT_ICON, findingRow, omittedLine */
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
