export const id = 144;
export const ids = [144];
export const modules = {

/***/ 9764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ normalizePackageName)
/* harmony export */ });
/** PEP 503 normalised distribution name: lower case, runs of '-', '_' and '.' become one '-'. */
function normalizePackageName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ workspaceGlobMatches),
/* harmony export */   RQ: () => (/* binding */ locateUvProject),
/* harmony export */   hJ: () => (/* binding */ locateUvProjectLeniently),
/* harmony export */   yu: () => (/* binding */ describeUvProject)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9764);
/* harmony import */ var _venv_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(443);





const asTable = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
function readPyproject(file) {
    try {
        return asTable((0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'))) ?? {};
    }
    catch (err) {
        throw new Error(`${file} is not valid TOML: ${err instanceof Error ? err.message : String(err)}`);
    }
}
const isFile = (p) => node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const uvTable = (doc) => asTable(asTable(doc.tool)?.uv);
/** `[tool.uv.workspace]` with its globs, when declared. */
function workspaceTable(doc) {
    const ws = asTable(uvTable(doc)?.workspace);
    return ws ? { members: strings(ws.members), exclude: strings(ws.exclude) } : undefined;
}
/** One path component of a glob as tokens: `*`, `?`, a class (`[a-z]`, `[!a]`, as the glob crate reads it) or a character. */
function tokenize(glob, component) {
    const out = [];
    for (let i = 0; i < component.length; i++) {
        const c = component[i];
        if (c === '*') {
            if (out.at(-1) !== '*')
                out.push('*'); // `**` inside a component is refused before this
        }
        else if (c === '[') {
            // A `]` right after `[` or `[!` is a member of the class, not its end.
            const negate = component[i + 1] === '!';
            const from = i + (negate ? 2 : 1);
            const end = component.indexOf(']', from + 1);
            if (end < 0)
                throw new Error(`invalid glob "${glob}": unclosed [`);
            const body = [...component.slice(from, end)];
            const cls = { chars: '', ranges: [], negate };
            for (let k = 0; k < body.length; k++) {
                const lo = body[k];
                if (body[k + 1] === '-' && k + 2 < body.length) {
                    cls.ranges.push([lo, body[k + 2]]);
                    k += 2;
                }
                else
                    cls.chars += lo;
            }
            out.push(cls);
            i = end;
        }
        else
            out.push(c);
    }
    return out;
}
function matchOne(t, ch) {
    if (t === '?')
        return true;
    if (typeof t === 'string')
        return t === ch;
    const inside = t.chars.includes(ch) || t.ranges.some(([lo, hi]) => lo <= ch && ch <= hi);
    return inside !== t.negate;
}
/**
 * Wildcard matching without regular expressions: greedy with a return to the last `*`, O(pattern × name) at
 * worst, so a hostile pyproject.toml cannot make a pattern that backtracks for ever.
 */
function matchComponent(tokens, name) {
    const text = [...name];
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        const tok = tokens[p];
        if (tok === '*') {
            star = p++;
            resume = t;
        }
        else if (tok !== undefined && matchOne(tok, text[t])) {
            p++;
            t++;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (tokens[p] === '*')
        p++;
    return p === tokens.length;
}
/**
 * Whether `glob` (relative to `root`, or absolute) matches directory `dir`, component by component: `*`, `?`
 * and classes stay inside one component, `**` spans any number of them, as uv's expansion with the glob crate.
 * A leading dot needs no literal dot (the crate's default).
 */
function workspaceGlobMatches(glob, root, dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(glob) ? glob : `${root}/${glob}`;
    const pattern = abs.split(/[\\/]/).filter((c) => c !== '' && c !== '.');
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    // The root's own components are literal, whatever characters they hold.
    const rootParts = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let start = 0;
    if (!node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(glob)) {
        if (rootParts.some((p, n) => target[n] !== p))
            return false;
        start = rootParts.length;
    }
    const pats = pattern.slice(start).map((c) => {
        if (c === '**')
            return c;
        if (c.includes('**'))
            throw new Error(`invalid glob "${glob}": ** must be a whole path component`);
        return tokenize(glob, c);
    });
    // Memoised on (pattern, path) positions: any number of `**` stays polynomial.
    const seen = new Map();
    const match = (p, t) => {
        if (p === pats.length)
            return t === target.length;
        const id = p * (target.length + 1) + t;
        const known = seen.get(id);
        if (known !== undefined)
            return known;
        const pat = pats[p];
        let ok = false;
        if (pat === '**') {
            for (let k = t; k <= target.length && !ok; k++)
                ok = match(p + 1, k);
        }
        else {
            // `..` names a directory outside the root, which uv's comparison with the project path never matches.
            const part = target[t];
            ok = part !== undefined && part !== '..' && matchComponent(pat, part) && match(p + 1, t + 1);
        }
        seen.set(id, ok);
        return ok;
    };
    return match(0, start);
}
/** The workspace at `root` (its pyproject.toml is `file`) includes `dir`: a members glob matches, no exclude does. */
function includes(file, root, ws, dir) {
    const test = (key, glob) => {
        try {
            return workspaceGlobMatches(glob, root, dir);
        }
        catch (err) {
            throw new Error(`${file}: [tool.uv.workspace] ${key}: ${err instanceof Error ? err.message : err}`);
        }
    };
    return ws.members.some((g) => test('members', g)) && !ws.exclude.some((g) => test('exclude', g));
}
/** `d` and its parents, nearest first, stopping at the ceiling (when `d` is inside it) or the filesystem root. */
function* upwards(d, ceiling) {
    const top = ceiling ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ceiling) : undefined;
    const rel = top ? node_path__WEBPACK_IMPORTED_MODULE_1__.relative(top, d) : '..';
    const bounded = top !== undefined && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel);
    for (;;) {
        yield d;
        if ((bounded && d === top) || node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d)
            return;
        d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d);
    }
}
/**
 * The uv project of `directory`; undefined where uv finds none: no pyproject.toml at or above it, one that is
 * neither a project nor a workspace root, or `[tool.uv] managed = false`. A pyproject.toml that is not valid
 * TOML throws with its path (uv refuses it too).
 */
function locateUvProject(directory, env, opts = {}) {
    const start = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(directory);
    let projectDir;
    for (const d of upwards(start, opts.ceiling)) {
        if (isFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'pyproject.toml'))) {
            projectDir = d;
            break;
        }
    }
    if (!projectDir)
        return undefined;
    const pyproject = node_path__WEBPACK_IMPORTED_MODULE_1__.join(projectDir, 'pyproject.toml');
    const doc = readPyproject(pyproject);
    if (uvTable(doc)?.managed === false)
        return undefined;
    const name = asTable(doc.project)?.name;
    const hasProject = asTable(doc.project) !== undefined;
    let root = projectDir;
    let workspace = workspaceTable(doc) !== undefined;
    if (!workspace) {
        if (!hasProject)
            return undefined;
        for (const d of upwards(projectDir, opts.ceiling)) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'pyproject.toml');
            if (d === projectDir || !isFile(file))
                continue;
            // The first pyproject.toml above decides, whatever it holds.
            const ws = workspaceTable(readPyproject(file));
            if (ws && includes(file, d, ws, projectDir)) {
                root = d;
                workspace = true;
            }
            break;
        }
    }
    const lockFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'uv.lock');
    const custom = env.UV_PROJECT_ENVIRONMENT;
    const project = {
        directory: start,
        projectDir,
        pyproject,
        root,
        workspace,
        member: root !== projectDir,
        lockFile,
        lockExists: isFile(lockFile),
        environment: (0,_venv_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .projectVenv */ .HE)(root, env),
        environmentFrom: custom ? 'UV_PROJECT_ENVIRONMENT' : 'default',
    };
    if (typeof name === 'string')
        project.name = (0,_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePackageName */ .N)(name);
    return project;
}
/**
 * locateUvProject for a caller whose tool reports a broken pyproject.toml in its own words (uv sync, deptry,
 * the linters): undefined instead of an error, and the tool's message is the one the user gets.
 */
function locateUvProjectLeniently(directory, env, opts = {}) {
    try {
        return locateUvProject(directory, env, opts);
    }
    catch {
        return undefined;
    }
}
/**
 * How a summary names the project: its directory relative to `relativeTo` and, in a workspace, its part in it
 * (`member of the uv workspace at .`, `root of a uv workspace`).
 */
function describeUvProject(p, relativeTo) {
    const rel = (d) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(relativeTo, d).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
    const dir = rel(p.projectDir);
    if (p.member)
        return { dir, role: `member of the uv workspace at ${rel(p.root)}` };
    if (p.workspace)
        return { dir, role: 'root of a uv workspace' };
    return { dir };
}


/***/ }),

/***/ 443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ countInstalled),
/* harmony export */   HE: () => (/* binding */ projectVenv),
/* harmony export */   Sg: () => (/* binding */ venvBinDir),
/* harmony export */   qb: () => (/* binding */ venvPython),
/* harmony export */   xV: () => (/* binding */ runnerDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function lib(os) {
    return os === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32 : node_path__WEBPACK_IMPORTED_MODULE_1__.posix;
}
/** Where a virtual environment keeps its executables: `bin` on POSIX, `Scripts` on Windows. */
function venvBinDir(venv, os = process.platform) {
    return lib(os).join(venv, os === 'win32' ? 'Scripts' : 'bin');
}
function venvPython(venv, os = process.platform) {
    return lib(os).join(venvBinDir(venv, os), os === 'win32' ? 'python.exe' : 'python');
}
/**
 * The environment `uv sync` uses: UV_PROJECT_ENVIRONMENT (relative to the workspace root) or `.venv` there.
 * `root` is the uv workspace root (uv-project.ts finds it), which for a lone project is its own directory.
 */
function projectVenv(root, env, os = process.platform) {
    const p = lib(os);
    const custom = env.UV_PROJECT_ENVIRONMENT;
    return custom ? p.resolve(root, custom) : p.join(root, '.venv');
}
/**
 * Cache locations on a runner: uv's cache under RUNNER_TEMP (wiped with the job, so the cache service is
 * what carries it), and uv-managed Pythons under the tool cache (kept on self-hosted runners).
 * UV_CACHE_DIR / UV_PYTHON_INSTALL_DIR set by the user win.
 */
function runnerDirs(env, tempDir, toolCacheDir, os = process.platform) {
    const p = lib(os);
    return {
        uvCache: env.UV_CACHE_DIR || p.join(tempDir, 'setup-uv-cache'),
        pythonInstall: env.UV_PYTHON_INSTALL_DIR || p.join(toolCacheDir, 'uv-python'),
    };
}
/** Counts installed distributions (`*.dist-info`) in a venv's site-packages; 0 when there is none. */
function countInstalled(venv, os = process.platform) {
    const dirs = [];
    if (os === 'win32')
        dirs.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(venv, 'Lib', 'site-packages'));
    else {
        const libDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(venv, 'lib');
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(libDir)) {
            for (const d of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(libDir))
                if (d.startsWith('python'))
                    dirs.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(libDir, d, 'site-packages'));
        }
    }
    let n = 0;
    for (const d of dirs) {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(d))
            continue;
        for (const e of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(d))
            if (e.endsWith('.dist-info'))
                n++;
    }
    return n;
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ toolCacheArch),
/* harmony export */   aI: () => (/* binding */ archiveExt),
/* harmony export */   jN: () => (/* binding */ currentPlatform),
/* harmony export */   qD: () => (/* binding */ rustTarget),
/* harmony export */   uu: () => (/* binding */ exeName)
/* harmony export */ });
const OSES = ['linux', 'darwin', 'win32'];
const ARCHES = ['x64', 'arm64'];
/** Maps node's process.platform / process.arch to a supported platform, or says which are supported. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    if (!OSES.includes(platform)) {
        throw new Error(`Unsupported operating system '${platform}': tools are provisioned for ${OSES.join(', ')}`);
    }
    if (!ARCHES.includes(arch)) {
        throw new Error(`Unsupported CPU architecture '${arch}': tools are provisioned for ${ARCHES.join(', ')}`);
    }
    return { os: platform, arch: arch };
}
/** The file name of an executable: `.exe` is added on Windows. */
function exeName(name, platform) {
    return platform.os === 'win32' ? `${name}.exe` : name;
}
/** The Rust target triple that Rust projects (uv, ruff, ...) name their release assets after. */
function rustTarget(platform) {
    const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
    switch (platform.os) {
        case 'linux':
            return `${cpu}-unknown-linux-gnu`;
        case 'darwin':
            return `${cpu}-apple-darwin`;
        case 'win32':
            return `${cpu}-pc-windows-msvc`;
    }
}
/** The usual archive kind of a platform's release assets. */
function archiveExt(platform) {
    return platform.os === 'win32' ? '.zip' : '.tar.gz';
}
/** The arch folder name in the tool cache; @actions/tool-cache uses node's os.arch() names. */
function toolCacheArch(platform) {
    return platform.arch;
}


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ PYTHON_TOOLS),
/* harmony export */   NX: () => (/* reexport safe */ _core_python_names_js__WEBPACK_IMPORTED_MODULE_3__.N),
/* harmony export */   XX: () => (/* binding */ lockedVersion),
/* harmony export */   fm: () => (/* binding */ execOfflineFirst),
/* harmony export */   n: () => (/* binding */ pythonToolArgv)
/* harmony export */ });
/* unused harmony exports NON_SYNCING_RUN_FLAGS, offlineArgv, offlineMiss */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2642);
/* harmony import */ var _core_python_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);




/** Pinned defaults for the tools the actions run. */
const PYTHON_TOOLS = {
    ruff: { package: 'ruff', pin: '0.17.6', mode: 'standalone' },
    flake8: { package: 'flake8', pin: '7.5.0', mode: 'standalone' },
    pylint: { package: 'pylint', pin: '4.1.4', mode: 'project' },
    mypy: { package: 'mypy', pin: '2.4.1', mode: 'project' },
    deptry: { package: 'deptry', pin: '0.25.1', mode: 'project' },
    autoflake: { package: 'autoflake', pin: '2.4.0', mode: 'standalone' },
    isort: { package: 'isort', pin: '9.0.2', mode: 'standalone' },
    autopep8: { package: 'autopep8', pin: '2.3.2', mode: 'standalone' },
};

/**
 * The `uv run` flags under which a project-mode tool may run. Each one keeps uv from syncing the project's
 * environment: `--isolated` installs the project into a throwaway environment, `--no-sync` takes the
 * environment as it is (the caller decided it has everything), `--no-project` ignores the project and
 * layers the tool over the interpreter given with `--python`. A check must never change what is installed
 * (issue 17): a verdict would then depend on the order of the steps.
 */
const NON_SYNCING_RUN_FLAGS = ['--isolated', '--no-sync', '--no-project'];
/**
 * The argv that runs a Python tool through uv, e.g. `uv tool run --from ruff==0.15.0 ruff` (standalone) or
 * `uv run --isolated --with pylint==4.0.0 pylint` (over the project's code and dependencies, in a separate
 * environment). `run` replaces `--isolated` with the caller's own `uv run` flags (e.g. `--frozen --no-sync`
 * when the caller checked that the project's environment has everything); they must hold one of
 * NON_SYNCING_RUN_FLAGS, so no caller can sync the project's environment. `lockedVersion` wins over the pin.
 */
function pythonToolArgv(tool, opts = {}) {
    const version = opts.lockedVersion ?? tool.pin;
    const requirement = `${tool.package}==${version}`;
    const command = tool.command ?? tool.package;
    const extra = (opts.with ?? []).flatMap((r) => ['--with', r]);
    const uv = opts.uv ?? 'uv';
    const head = tool.mode === 'standalone'
        ? [uv, 'tool', 'run', '--from', requirement, ...extra, command]
        : [uv, 'run', ...projectRunFlags(opts.run), '--with', requirement, ...extra, command];
    return {
        argv: [...head, ...(opts.args ?? [])],
        version,
        versionFrom: opts.lockedVersion ? 'uv.lock' : 'pin',
    };
}
function projectRunFlags(run) {
    if (run === undefined)
        return ['--isolated'];
    if (!run.some((f) => NON_SYNCING_RUN_FLAGS.includes(f))) {
        // A programming error, not bad input: the flags come from our own code.
        throw new Error(`uv run ${run.join(' ')} would sync the project's environment: give one of ${NON_SYNCING_RUN_FLAGS.join(', ')}`);
    }
    return run;
}
/**
 * The version of `packageName` that the project's uv.lock pins (`[[package]]` tables with name and version),
 * or undefined when the file does not exist or does not have the package. Names compare PEP 503-normalised.
 */
async function lockedVersion(uvLockPath, packageName) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(uvLockPath, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new Error(`${uvLockPath} is not valid TOML: ${err.message}`);
    }
    const packages = Array.isArray(doc.package) ? doc.package : [];
    const wanted = (0,_core_python_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .N)(packageName);
    for (const p of packages) {
        if (typeof p !== 'object' || p === null)
            continue;
        const { name, version } = p;
        if (typeof name === 'string' && (0,_core_python_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .N)(name) === wanted && typeof version === 'string') {
            // A lock with forked resolutions may list a package twice; the first entry is the one uv lists first.
            return version;
        }
    }
    return undefined;
}
/**
 * The uv command with `--offline` after its subcommand (`uv run`, `uv tool run`), or undefined for any other
 * command. uv checks the package index for every tool run even when its cache has the pinned tool (a
 * round trip per package page: 0.1-0.3 s a run here, more behind a slow proxy, on the critical path of a
 * pull request's lint); offline it resolves from the cache alone. What it cannot resolve so is run again
 * online (offlineMiss).
 */
function offlineArgv(argv) {
    const [uv, sub, second] = argv;
    if (!uv || !/^uv(\.exe)?$/i.test(uv.split(/[\\/]/).pop() ?? ''))
        return undefined;
    const at = sub === 'run' ? 2 : sub === 'tool' && second === 'run' ? 3 : -1;
    if (at < 0 || argv.includes('--offline'))
        return undefined;
    return [...argv.slice(0, at), '--offline', ...argv.slice(at)];
}
/** uv's own refusal to resolve offline (something not in its cache), as opposed to the tool failing. */
function offlineMiss(r) {
    return (r.exitCode !== 0 && /because the network was disabled|network connectivity is disabled/i.test(r.stderr));
}
/** Runs argv, offline first when it is a uv run (offlineArgv), online when uv could not resolve offline. */
async function execOfflineFirst(argv, opts) {
    const run = async (attempt) => {
        const [file, ...args] = attempt;
        return { r: await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execTool */ .wc)(file, args, opts), command: (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .displayCommand */ .kc)(file, args) };
    };
    const offline = offlineArgv(argv);
    if (offline) {
        const first = await run(offline);
        if (!offlineMiss(first.r))
            return first;
    }
    return run(argv);
}


/***/ }),

/***/ 1917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ pathCandidates),
/* harmony export */   UK: () => (/* binding */ readToolSource),
/* harmony export */   Uy: () => (/* binding */ TOOL_SOURCE_INPUT),
/* harmony export */   _3: () => (/* binding */ TOOL_SOURCES)
/* harmony export */ });
/* unused harmony exports untrustedRoots, isInside */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);



/**
 * Where a tool may come from. The pull request's author controls the workspace (and so the project's venv,
 * which `uv sync` fills with the scripts its pyproject.toml declares), so on the runner a tool comes only
 * from a verified source unless the workflow asks for PATH with the one input every action shares.
 */
/** The input every action that runs a downloaded tool reads. */
const TOOL_SOURCE_INPUT = 'tool-source';
const TOOL_SOURCES = ['verified', 'path'];
/** `tool-source`: given, or `verified` on the runner and `path` in the terminal (the CLI, the pre-commit hook). */
function readToolSource(r, rt) {
    return r.choice(TOOL_SOURCE_INPUT, TOOL_SOURCES, rt.kind === 'github' ? 'verified' : 'path');
}
async function real(p) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath(p).catch(() => undefined);
}
/**
 * Folders no tool is ever taken from on the runner: the workspace and the project's environment (wherever
 * VIRTUAL_ENV or UV_PROJECT_ENVIRONMENT put it), symlinks resolved.
 */
async function untrustedRoots(rt) {
    const names = [rt.env.GITHUB_WORKSPACE, rt.workspace, rt.env.VIRTUAL_ENV, rt.env.UV_PROJECT_ENVIRONMENT];
    const dirs = names.filter((d) => d !== undefined && d.trim() !== '' && node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(d));
    const out = new Set();
    for (const d of dirs) {
        out.add(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(d));
        const r = await real(d);
        if (r)
            out.add(r);
    }
    return [...out];
}
function isInside(file, roots) {
    return roots.some((root) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, file);
        return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
    });
}
async function isExecutableFile(file) {
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file).catch(() => undefined);
    if (!st?.isFile())
        return false;
    if (process.platform === 'win32')
        return true;
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/**
 * The copies of `name` on PATH, in PATH order. On the runner an entry inside the workspace or the project's
 * environment is skipped (by its real path, so a symlink out of the workspace into it is skipped too), with a
 * debug line; in the terminal every copy is offered and the caller prints which one ran.
 */
async function pathCandidates(name, rt, platform) {
    const roots = rt.kind === 'github' ? await untrustedRoots(rt) : [];
    const out = [];
    const seen = new Set();
    for (const dir of (rt.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir === '' || !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(dir))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .exeName */ .uu)(name, platform));
        if (!(await isExecutableFile(file)))
            continue;
        const realFile = (await real(file)) ?? file;
        if (seen.has(realFile))
            continue;
        seen.add(realFile);
        if (isInside(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file), roots) || isInside(realFile, roots)) {
            rt.debug(`${file} is inside the workspace or the project's environment; never run from there`);
            continue;
        }
        out.push({ file, real: realFile });
    }
    return out;
}


/***/ })

};
