export const id = 726;
export const ids = [726];
export const modules = {

/***/ 7563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ EXCLUDED_DIRS),
/* harmony export */   VC: () => (/* binding */ checkInvocation),
/* harmony export */   XH: () => (/* binding */ FLAKE8_SEP),
/* harmony export */   ez: () => (/* binding */ fixInvocation),
/* harmony export */   sp: () => (/* binding */ PYLINT_BOOT),
/* harmony export */   tR: () => (/* binding */ FLAKE8_PREFIX)
/* harmony export */ });
/* unused harmony export FLAKE8_FORMAT */
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3310);

/**
 * The arguments of each tool, as pure functions of what was found and asked for. Every tool writes a
 * machine-readable form (JSON, a format string, a unified diff) and, where it can, exits 0 on findings
 * (`--exit-zero`), so that any other exit code is a crash.
 */
/** Our flake8 line: fields separated by U+001F, which no path, code or message contains. */
const FLAKE8_SEP = '\x1f';
const FLAKE8_PREFIX = 'pyprod';
const FLAKE8_FORMAT = [FLAKE8_PREFIX, '%(path)s', '%(row)d', '%(col)d', '%(code)s', '%(text)s'].join(FLAKE8_SEP);
/**
 * pylint started through `python -c`: the same pylint, with the collector's first threshold raised. pylint
 * allocates millions of short-lived AST and inference objects, and the default threshold (700) makes Python
 * scan them over and over; at 100,000 the messages are the same and the run takes about 15% less CPU.
 */
const PYLINT_BOOT = "import gc, sys; gc.set_threshold(100_000, 50, 1_000); sys.argv[0] = 'pylint'; " +
    'from pylint import run_pylint; run_pylint()';
/**
 * Directories no linter should walk into: ruff's default `exclude` list (venvs, caches, build output).
 * flake8 walks into `.venv` unless told otherwise; pylint too.
 */
const EXCLUDED_DIRS = [
    '.bzr',
    '.direnv',
    '.eggs',
    '.git',
    '.git-rewrite',
    '.hg',
    '.ipynb_checkpoints',
    '.mypy_cache',
    '.nox',
    '.pants.d',
    '.pyenv',
    '.pytest_cache',
    '.pytype',
    '.ruff_cache',
    '.svn',
    '.tox',
    '.venv',
    '.vscode',
    '__pypackages__',
    '_build',
    'buck-out',
    'build',
    'dist',
    'node_modules',
    'site-packages',
    'venv',
];
/** The line length flag: the project's when set, else ours for a tool without a configuration. */
function lengthArgs(ctx, flag, joined = false) {
    const n = ctx.lineLength ?? (ctx.config ? undefined : ctx.maxLineLength);
    if (n === undefined)
        return [];
    return joined ? [`${flag}=${n}`] : [flag, String(n)];
}
function ruffDefaults(ctx) {
    const out = lengthArgs(ctx, '--line-length');
    if (ctx.fast) {
        out.push('--extend-select', _tools_js__WEBPACK_IMPORTED_MODULE_0__/* .FAST_RULES */ .D0.join(','));
        if (!ctx.config)
            out.push('--config', `lint.mccabe.max-complexity = ${ctx.maxComplexity}`);
    }
    return out;
}
function flake8Defaults(ctx) {
    const complexity = `--max-complexity=${ctx.maxComplexity}`;
    const length = lengthArgs(ctx, '--max-line-length', true);
    const ignore = ctx.flake8ExtendIgnore ? [`--extend-ignore=${ctx.flake8ExtendIgnore.join(',')}`] : [];
    if (ctx.config) {
        return [...length, ...ignore, ...(ctx.config.keys.includes('max-complexity') ? [] : [complexity])];
    }
    return [
        ...length,
        // The strict pass ignores what black-formatted code does on purpose; complexity is reported as warnings.
        ...(ignore.length > 0 ? ignore : ['--extend-ignore=E501,W503']),
        complexity,
        `--extend-exclude=${EXCLUDED_DIRS.join(',')}`,
    ];
}
const AUTOFLAKE_DEFAULTS = [
    '--remove-all-unused-imports',
    '--remove-unused-variables',
    '--remove-duplicate-keys',
];
/** How a tool checks without changing anything. */
function checkInvocation(tool, ctx) {
    const lineLength = (flag) => lengthArgs(ctx, flag);
    switch (tool) {
        case 'ruff':
            return {
                command: 'ruff',
                args: [
                    'check',
                    '--output-format',
                    'json',
                    '--exit-zero',
                    '--force-exclude',
                    ...ruffDefaults(ctx),
                    ...ctx.targets,
                ],
            };
        case 'ruff-format':
            return {
                command: 'ruff',
                args: [
                    'format',
                    '--check',
                    '--diff',
                    '--force-exclude',
                    ...lineLength('--line-length'),
                    ...ctx.targets,
                ],
            };
        case 'flake8':
            return {
                command: 'flake8',
                args: [
                    `--format=${FLAKE8_FORMAT}`,
                    '--exit-zero',
                    `--jobs=${ctx.jobs}`,
                    ...flake8Defaults(ctx),
                    ...ctx.targets,
                ],
            };
        case 'pylint':
            return {
                command: 'python',
                args: [
                    '-c',
                    PYLINT_BOOT,
                    '--output-format=json2',
                    '--exit-zero',
                    '--recursive=y',
                    ...lengthArgs(ctx, '--max-line-length', true),
                    ...ctx.expandedTargets,
                ],
                // Python's string hashing is salted per process, and pylint's cyclic-import search walks sets: a
                // fixed seed reports the same cycles on every run, so baselines and counts stay stable.
                env: { PYTHONHASHSEED: '0' },
            };
        case 'mypy': {
            // A configured `files` list is mypy's own choice of what to check: keep it unless paths were narrowed.
            const own = ctx.config?.keys.includes('files') && ctx.targets.length === 1 && ctx.targets[0] === '.';
            return { command: 'mypy', args: ['--output', 'json', ...(own ? [] : ctx.targets)] };
        }
        case 'isort':
            return {
                command: 'isort',
                args: ['--check-only', '--diff', '--filter-files', ...lineLength('--line-length'), ...ctx.targets],
            };
        case 'autoflake':
            return {
                command: 'autoflake',
                args: ['-r', `--jobs=${ctx.jobs}`, ...(ctx.config ? [] : AUTOFLAKE_DEFAULTS), ...ctx.targets],
            };
        case 'autopep8':
            return {
                command: 'autopep8',
                args: ['--diff', '-r', ...lineLength('--max-line-length'), ...ctx.targets],
            };
    }
}
/** How a fixer changes the files in place; undefined for tools that only report. */
function fixInvocation(tool, ctx) {
    const lineLength = (flag) => lengthArgs(ctx, flag);
    switch (tool) {
        case 'autoflake':
            return {
                command: 'autoflake',
                args: ['-r', '-i', `--jobs=${ctx.jobs}`, ...(ctx.config ? [] : AUTOFLAKE_DEFAULTS), ...ctx.targets],
            };
        case 'autopep8':
            return {
                command: 'autopep8',
                args: ['--in-place', '-r', ...lineLength('--max-line-length'), ...ctx.targets],
            };
        case 'ruff':
            return {
                command: 'ruff',
                args: ['check', '--fix', '--exit-zero', '--force-exclude', ...ruffDefaults(ctx), ...ctx.targets],
            };
        case 'ruff-format':
            return {
                command: 'ruff',
                args: ['format', '--force-exclude', ...lineLength('--line-length'), ...ctx.targets],
            };
        case 'isort':
            return { command: 'isort', args: ['--filter-files', ...lineLength('--line-length'), ...ctx.targets] };
        default:
            return undefined;
    }
}


/***/ }),

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ chooseEnvironment),
/* harmony export */   Mb: () => (/* binding */ safeArg),
/* harmony export */   NE: () => (/* binding */ describeEnvironment),
/* harmony export */   Tp: () => (/* binding */ runsInProject),
/* harmony export */   Vq: () => (/* binding */ expandTargets),
/* harmony export */   fX: () => (/* binding */ toolArgv),
/* harmony export */   x: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _core_venv_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(443);
/* harmony import */ var _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5063);
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7563);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3310);







function hasProjectTable(dir) {
    try {
        const doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'pyproject.toml'), 'utf8'));
        return typeof doc.project === 'object' && doc.project !== null;
    }
    catch {
        return false;
    }
}
/** `project`: the working directory's uv project, whose environment (in a workspace, the root's) is the `.venv`. */
function chooseEnvironment(workingDirectory, env, project) {
    const venv = (dir, from) => {
        const python = (0,_core_venv_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .venvPython */ .qb)(dir);
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(python) ? { kind: 'venv', venv: dir, python, from } : undefined;
    };
    const active = env.VIRTUAL_ENV
        ? venv(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workingDirectory, env.VIRTUAL_ENV), 'VIRTUAL_ENV')
        : undefined;
    const found = active ?? venv(project?.environment ?? node_path__WEBPACK_IMPORTED_MODULE_1__.join(workingDirectory, '.venv'), '.venv');
    if (found)
        return found;
    if (hasProjectTable(project?.projectDir ?? workingDirectory)) {
        return {
            kind: 'uv-project',
            frozen: node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(project?.lockFile ?? node_path__WEBPACK_IMPORTED_MODULE_1__.join(workingDirectory, 'uv.lock')),
        };
    }
    return { kind: 'isolated' };
}
function describeEnvironment(e) {
    if (e.kind === 'venv')
        return e.from === 'VIRTUAL_ENV' ? `the active venv ${e.venv}` : `the project's ${e.venv}`;
    if (e.kind === 'uv-project')
        return `a separate environment installed from the project${e.frozen ? "'s uv.lock" : ''} (there is no venv)`;
    return "an isolated environment without the project's dependencies";
}
/** `tool-versions` first, then the version the project's uv.lock has, then our pin. */
async function resolveVersion(tool, overrides, uvLock) {
    const pkg = _tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOLS */ .It[tool].spec.package;
    const override = overrides[(0,_provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePackageName */ .NX)(pkg)];
    if (override)
        return { version: override, from: 'tool-versions' };
    const locked = await (0,_provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .lockedVersion */ .XX)(uvLock, pkg);
    if (locked)
        return { version: locked, from: 'uv.lock' };
    return { version: _tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOLS */ .It[tool].spec.pin, from: 'pin' };
}
/**
 * Whether the tool runs over the project's environment: pylint and mypy always; a standalone tool when the
 * project locks it (its plugins are then in the project's environment too, as when developers run it).
 */
function runsInProject(tool, version) {
    return _tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOLS */ .It[tool].spec.mode === 'project' || version.from === 'uv.lock';
}
/** The full argv, uv first. */
function toolArgv(uv, tool, version, invocation, env) {
    const spec = { ..._tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOLS */ .It[tool].spec, command: invocation.command };
    const opts = { uv, lockedVersion: version, args: invocation.args };
    if (!env || env.kind === 'isolated')
        return (0,_provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .pythonToolArgv */ .n)({ ...spec, mode: 'standalone' }, opts).argv;
    const run = env.kind === 'venv'
        ? ['--no-project', '--python', env.python]
        : ['--isolated', ...(env.frozen ? ['--frozen'] : [])];
    return (0,_provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .pythonToolArgv */ .n)({ ...spec, mode: 'project' }, { ...opts, run }).argv;
}
/** A path as an argument that no tool can take for an option. */
function safeArg(p) {
    return p.startsWith('-') ? `./${p}` : p;
}
/**
 * Directories replaced by the Python files and directories directly in them, minus EXCLUDED_DIRS, hidden
 * ones and venvs (pylint walks into `.venv` otherwise). Files are kept as given.
 */
function expandTargets(cwd, targets) {
    const out = [];
    for (const t of targets) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, t);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
            out.push(t);
            continue;
        }
        for (const e of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const rel = t === '.' ? e.name : node_path__WEBPACK_IMPORTED_MODULE_1__.join(t, e.name);
            if (e.isDirectory()) {
                if (e.name.startsWith('.') || _argv_js__WEBPACK_IMPORTED_MODULE_5__/* .EXCLUDED_DIRS */ .M5.includes(e.name))
                    continue;
                if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, e.name, 'pyvenv.cfg')))
                    continue;
                out.push(safeArg(rel));
            }
            else if (e.isFile() && /\.pyi?$/.test(e.name)) {
                out.push(safeArg(rel));
            }
        }
    }
    return out;
}


/***/ }),

/***/ 1963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ CONFIG_PROBES),
/* harmony export */   KZ: () => (/* binding */ findToolConfig),
/* harmony export */   MI: () => (/* binding */ normKey),
/* harmony export */   di: () => (/* binding */ searchDirs),
/* harmony export */   ry: () => (/* binding */ iniValues),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export iniSections */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);



const RUFF = [
    { file: '.ruff.toml', kind: 'whole' },
    { file: 'ruff.toml', kind: 'whole' },
    { file: 'pyproject.toml', kind: 'toml', table: 'ruff' },
];
/** In each tool's own order of precedence within one directory. */
const CONFIG_PROBES = {
    ruff: RUFF,
    'ruff-format': RUFF,
    flake8: [
        { file: 'setup.cfg', kind: 'ini', sections: ['flake8'] },
        { file: 'tox.ini', kind: 'ini', sections: ['flake8'] },
        { file: '.flake8', kind: 'ini', sections: ['flake8'] },
    ],
    pylint: [
        { file: 'pylintrc', kind: 'whole' },
        { file: 'pylintrc.toml', kind: 'whole' },
        { file: '.pylintrc', kind: 'whole' },
        { file: '.pylintrc.toml', kind: 'whole' },
        { file: 'pyproject.toml', kind: 'toml', table: 'pylint' },
        { file: 'setup.cfg', kind: 'ini', sections: ['pylint.'] },
        { file: 'tox.ini', kind: 'ini', sections: ['pylint.'] },
    ],
    isort: [
        { file: '.isort.cfg', kind: 'whole' },
        { file: 'pyproject.toml', kind: 'toml', table: 'isort' },
        { file: 'setup.cfg', kind: 'ini', sections: ['isort', 'tool:isort'] },
        { file: 'tox.ini', kind: 'ini', sections: ['isort', 'tool:isort'] },
    ],
    autoflake: [
        { file: 'pyproject.toml', kind: 'toml', table: 'autoflake' },
        { file: 'setup.cfg', kind: 'ini', sections: ['autoflake'] },
    ],
    autopep8: [
        { file: 'pyproject.toml', kind: 'toml', table: 'autopep8' },
        { file: 'setup.cfg', kind: 'ini', sections: ['pycodestyle', 'pep8', 'flake8'] },
        { file: 'tox.ini', kind: 'ini', sections: ['pycodestyle', 'pep8', 'flake8'] },
        { file: '.pep8', kind: 'ini', sections: ['pycodestyle', 'pep8'] },
        { file: '.flake8', kind: 'ini', sections: ['flake8'] },
    ],
    mypy: [
        { file: 'mypy.ini', kind: 'whole' },
        { file: '.mypy.ini', kind: 'whole' },
        { file: 'pyproject.toml', kind: 'toml', table: 'mypy' },
        { file: 'setup.cfg', kind: 'ini', sections: ['mypy'] },
    ],
};
const normKey = (k) => k.trim().toLowerCase().replace(/_/g, '-');
/**
 * Section name → option → value of an INI file (`key = value` or `key: value`, names normalised, indented
 * continuation lines appended on new lines, `#`/`;` comment lines skipped).
 */
function iniValues(text) {
    const sections = new Map();
    let current;
    let key;
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*[#;]/.test(line))
            continue;
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
        if (header) {
            const name = header[1].trim().toLowerCase();
            current = sections.get(name) ?? new Map();
            sections.set(name, current);
            key = undefined;
            continue;
        }
        if (current && key !== undefined && /^\s+\S/.test(line)) {
            current.set(key, `${current.get(key) ?? ''}\n${line.trim()}`);
            continue;
        }
        const kv = /^([A-Za-z0-9_.-]+)\s*[=:](.*)$/.exec(line);
        key = kv && current ? normKey(kv[1]) : undefined;
        if (kv && current && key !== undefined)
            current.set(key, kv[2].trim());
    }
    return sections;
}
/** Section name → option names of an INI file. */
function iniSections(text) {
    return new Map([...iniValues(text)].map(([name, kv]) => [name, [...kv.keys()]]));
}
function readText(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function matchProbe(dir, probe) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, probe.file);
    const text = readText(file);
    if (text === undefined)
        return undefined;
    if (probe.kind === 'whole') {
        return { file, keys: [...iniSections(text).values()].flat() };
    }
    if (probe.kind === 'ini') {
        const keys = [];
        let found = false;
        for (const [name, k] of iniSections(text)) {
            if (probe.sections.some((s) => (s.endsWith('.') ? name.startsWith(s) : name === s))) {
                found = true;
                keys.push(...k);
            }
        }
        return found ? { file, keys } : undefined;
    }
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch {
        return undefined; // the tools report a broken pyproject.toml themselves
    }
    const table = doc.tool?.[probe.table];
    if (typeof table !== 'object' || table === null)
        return undefined;
    return { file, keys: Object.keys(table).map(normKey) };
}
/** The directories from `start` up to `root` (inclusive); only `start` when it is outside `root`. */
function searchDirs(start, root) {
    const dirs = [node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(start)];
    const top = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(top, dirs[0]);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
        return dirs;
    let dir = dirs[0];
    while (dir !== top) {
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (up === dir)
            break;
        dir = up;
        dirs.push(dir);
    }
    return dirs;
}
/** The nearest configuration of `tool` from `start` up to `root`, or undefined. */
function findToolConfig(tool, start, root) {
    for (const dir of searchDirs(start, root)) {
        for (const probe of CONFIG_PROBES[tool]) {
            const found = matchProbe(dir, probe);
            if (found)
                return found;
        }
    }
    return undefined;
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/inputs.ts
var inputs = __webpack_require__(120);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/lint-cache.ts
var lint_cache = __webpack_require__(8703);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/command.ts
var command = __webpack_require__(3764);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/import-graph.ts
var import_graph = __webpack_require__(817);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/plan.ts
var plan = __webpack_require__(1886);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/pylint-importers.ts
var pylint_importers = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/pylint-index.ts
var pylint_index = __webpack_require__(8322);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/scope.ts
var python_lint_stack_scope = __webpack_require__(9793);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/selection.ts
var selection = __webpack_require__(8467);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/prepare-check.ts










/** The inputs that shape the tools' arguments, for the cache key (changed-files-only does not: same caches). */
function keySettings(i, workspace) {
    return {
        tools: i.tools,
        fast: i.fast,
        paths: i.paths,
        workingDirectory: external_node_path_.relative(workspace, i.workingDirectory).split(external_node_path_.sep).join('/'),
        maxLineLength: i.maxLineLength,
        maxComplexity: i.maxComplexity,
    };
}
/** ruff's import graph of the project and the changed files' importers, or why there is none. */
async function importersOfChanged(s, ctx, layout, changed, targets) {
    const { inputs: i, rt } = ctx;
    const version = s.versions.ruff ?? (await (0,command/* resolveVersion */.x)('ruff', i.toolVersions, s.uvLock));
    const env = (0,command/* runsInProject */.Tp)('ruff', version)
        ? (0,command/* chooseEnvironment */.HB)(i.workingDirectory, rt.env, s.project)
        : undefined;
    const graph = await (0,import_graph/* importGraph */.S6)({
        uv: ctx.uv,
        version,
        ...(env ? { env } : {}),
        cwd: i.workingDirectory,
        targets,
        processEnv: { ...rt.env, ...layout.env },
    });
    if ('unavailable' in graph) {
        rt.warning(`No import graph (${graph.unavailable}): pylint and mypy check the whole project on this pull request.`);
        return graph;
    }
    return { importers: (0,import_graph/* importersOf */.pM)(graph.graph, changed), graph: graph.graph };
}
async function prepareCheck(tools, ctx, layout, changed, 
/** The commit a changed run compares with (the merge base), for pylint's importers. */
base) {
    const { inputs: i, rt } = ctx;
    const cwd = i.workingDirectory;
    const s = await (0,plan/* stackSettings */.m3)(tools, ctx);
    const project = await (0,plan/* projectFiles */.x6)(s, ctx);
    const versions = Object.fromEntries(Object.entries(s.versions).map(([t, v]) => [t, v.version]));
    // Both the cache key and the stale files read every project file: once.
    const digest = (0,lint_cache/* fileDigests */.KQ)(cwd);
    const cache = await (0,lint_cache/* openLintCache */.uN)(rt, layout, () => (0,lint_cache/* lintCacheKey */.PP)({
        digest,
        versions,
        configFiles: (0,lint_cache/* configFiles */.ap)(cwd, rt.workspace, rt.env),
        settings: keySettings(i, rt.workspace),
        uvLock: s.uvLock,
        cwd,
        files: project.files,
    }));
    const fingerprint = tools.includes('pylint') ? (0,plan/* pylintFingerprint */.fN)(s, ctx) : undefined;
    // Only a changed run reads the index; a full run only writes it.
    const index = fingerprint !== undefined && changed ? (0,pylint_index/* readPylintIndex */.rF)(layout.pylintIndex) : undefined;
    const usable = fingerprint !== undefined && (0,pylint_index/* usableIndex */.fu)(index, fingerprint);
    let scope;
    const planCtx = { ...ctx };
    if (changed && tools.some((t) => python_lint_stack_scope/* CROSS_TOOLS */.fu.includes(t))) {
        const graph = await importersOfChanged(s, ctx, layout, changed, project.targets);
        const stale = usable ? (0,pylint_index/* staleFiles */.n5)(index, cwd, project.files, digest) : [];
        const importers = 'unavailable' in graph ? graph : graph.importers;
        scope = (0,python_lint_stack_scope/* widenScope */.Yb)({ tools, changed, importers, stale, project });
        planCtx.crossTargets = scope.cross;
        const checked = scope.groups.find((g) => g.reason === 'importer')?.files ?? [];
        if (tools.includes('pylint') && 'graph' in graph && checked.length > 0) {
            const data = await (0,pylint_importers/* writeImporterData */.A2)({
                dir: rt.tempDir,
                workspace: rt.workspace,
                cwd,
                base,
                changed,
                importers: (0,pylint_importers/* changedImportsOf */.AC)(graph.graph, changed, checked),
            });
            if (data)
                planCtx.pylintImporters = data;
        }
    }
    // The index notes the project's files pylint's walk skips (pylint-index.ts unvisited).
    const listed = () => {
        const file = external_node_path_.join(rt.tempDir, 'pylint-project-files.json');
        external_node_fs_.writeFileSync(file, JSON.stringify(project.files));
        return file;
    };
    if (fingerprint !== undefined && changed) {
        planCtx.pylintIndex = {
            path: layout.pylintIndex,
            fingerprint,
            read: usable,
            // Without a usable index the cross pass runs over the whole project and writes one.
            write: !usable,
            fresh: (0,selection/* candidateFiles */.hy)(cwd, planCtx.crossTargets ?? [...changed]),
            ...(usable ? {} : { allTargets: project.pylintTargets, projectFiles: listed() }),
        };
    }
    else if (fingerprint !== undefined && layout.where !== 'off') {
        planCtx.pylintIndex = {
            path: layout.pylintIndex,
            fingerprint,
            read: false,
            write: true,
            projectFiles: listed(),
        };
    }
    const plans = await (0,plan/* planTools */.pC)(tools, 'check', planCtx, s);
    const indexUse = planCtx.pylintIndex
        ? planCtx.pylintIndex.read
            ? 'read'
            : 'write'
        : undefined;
    if (indexUse)
        rt.info((0,lint_cache/* describeIndexUse */.B7)(indexUse, changed !== undefined));
    return { plans, cache, ...(scope ? { scope } : {}), ...(indexUse ? { index: indexUse } : {}) };
}

// EXTERNAL MODULE: ./src/actions/python-lint-stack/pylint-split.ts
var pylint_split = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/run.ts + 2 modules
var run = __webpack_require__(5552);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/tools.ts
var tools = __webpack_require__(3310);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/definition.ts











/** uv only starts the tools: any verified uv will do, or with `tool-source: path` any trusted one on PATH. */
async function findUv(rt, i) {
    const { provisionAnyUv } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(486), __webpack_require__.e(41)]).then(__webpack_require__.bind(__webpack_require__, 7041));
    return (await provisionAnyUv(rt, i.toolSource)).bin('uv');
}
async function runPlan(plan, i, rt, onPart0) {
    if (plan.skipped) {
        rt.info(`${plan.tool}: skipped, ${plan.skipped}`);
        return {
            tool: plan.tool,
            command: `(skipped: ${plan.skipped})`,
            exitCode: 0,
            durationMs: 0,
            findings: [],
        };
    }
    rt.info(`${plan.tool}: started`);
    const opts = { cwd: i.workingDirectory, env: { ...rt.env, ...plan.extraEnv }, workspace: rt.workspace };
    const r = plan.parts
        ? await (0,run/* runToolParts */.wQ)(plan.tool, plan.parts, opts, (outs) => (0,pylint_split/* mergePylintOutputs */.xo)(outs, onPart0))
        : await (0,run/* runTool */.qI)(plan.tool, plan.argv, opts);
    const what = r.crash ? `crashed (exit code ${r.exitCode ?? 'none'})` : (0,markdown/* plural */.LS)(r.findings.length, 'finding');
    rt.info(`${plan.tool}: ${what} in ${(0,markdown/* formatDuration */.a3)(r.durationMs)}`);
    return r;
}
/** The changed run's groups as they ran: pylint's skipped importers apart (pylint-importers.ts). */
function scopeGroupsAfter(groups, report, rt) {
    if (!report)
        return groups;
    if (report.error)
        rt.warning(`pylint checked every importer: which ones use the change is unknown (${report.error})`);
    const after = (0,pylint_importers/* applyImporterReport */.FR)(groups, report);
    for (const g of after)
        if (g.reason === 'importer-unaffected')
            rt.info((0,python_lint_stack_scope/* describeGroup */.N3)(g));
    return after;
}
async function main(i, rt) {
    const uv = await findUv(rt, i);
    const cpus = external_node_os_.availableParallelism();
    let targets = i.paths;
    let scopeNote;
    let changed;
    let base;
    if (i.changedFilesOnly) {
        const { changedScope } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9793));
        const scope = await changedScope(rt, { workingDirectory: i.workingDirectory, paths: i.paths });
        if (scope) {
            targets = scope.files;
            changed = scope.files;
            base = scope.base;
            scopeNote = scope.description;
            rt.info(scopeNote);
        }
    }
    // ruff and mypy write their caches there, never into the project (fixers included).
    const layout = (0,lint_cache/* lintCacheLayout */.sb)(rt, i.workingDirectory, i.cache);
    const ctx = {
        inputs: i,
        rt,
        uv,
        targets,
        jobs: Math.max(1, Math.floor(cpus / 2)),
        cpus,
        toolEnv: layout.env,
    };
    if (i.fix)
        return (await __webpack_require__.e(/* import() */ 814).then(__webpack_require__.bind(__webpack_require__, 7814))).runFixers(i.tools, ctx);
    const started = external_node_perf_hooks_.performance.now();
    const prepared = targets.length === 0
        ? undefined
        : await prepareCheck((0,tools/* bySlowestFirst */.XA)(i.tools), ctx, layout, changed, base);
    const plans = prepared?.plans ?? [];
    for (const g of prepared?.scope?.groups ?? [])
        rt.info((0,python_lint_stack_scope/* describeGroup */.N3)(g));
    rt.info(`Running ${(0,markdown/* plural */.LS)(plans.length, 'tool')}, at most ${cpus} at a time.`);
    let importers;
    const running = (0,run/* runPool */.kD)(plans, cpus, (p) => runPlan(p, i, rt, (data) => {
        importers = (0,pylint_importers/* readImporterReport */.j1)(data);
    }));
    // The reporting code loads while the tools run.
    const reporting = __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 6137));
    const results = await running;
    const wallMs = external_node_perf_hooks_.performance.now() - started;
    if (prepared) {
        await (0,lint_cache/* closeLintCache */._m)(rt, prepared.cache);
        rt.info((0,lint_cache/* describeLintCache */.zj)(prepared.cache));
    }
    const { publishLint } = await reporting;
    await publishLint({
        inputs: i,
        plans,
        results,
        empty: targets.length === 0,
        scopeNote,
        ...(prepared?.scope ? { scopeGroups: scopeGroupsAfter(prepared.scope.groups, importers, rt) } : {}),
        ...(prepared?.index ? { pylintIndex: prepared.index } : {}),
        ...(prepared ? { cache: prepared.cache } : {}),
        wallMs,
    }, rt);
}
const definition = {
    name: 'python-lint-stack',
    command: 'lint',
    description: 'Run the Python lint stack (autoflake, flake8, ruff, isort, pylint, ...) concurrently, as one report',
    loadInputs: inputs/* loadInputs */.IV,
    main,
};


/***/ }),

/***/ 5563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ rule),
/* harmony export */   UC: () => (/* binding */ excludedBy)
/* harmony export */ });
/* unused harmony exports globMatcher, unverbose, pythonRegExp */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

function globTokens(glob) {
    const out = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (!('star' in (out[out.length - 1] ?? {})))
                out.push({ star: true }); // `**` is `*`
        }
        else if (c === '?')
            out.push({ any: true });
        else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
            const end = glob.indexOf(']', i + 2);
            const body = glob.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            out.push({ set: negated ? body.slice(1) : body, negated });
            i = end;
        }
        else
            out.push({ char: c });
    }
    return out;
}
function inSet(set, c) {
    for (let i = 0; i < set.length; i++) {
        if (set[i + 1] === '-' && i + 2 < set.length) {
            if (c >= set[i] && c <= set[i + 2])
                return true;
            i += 2;
        }
        else if (set[i] === c)
            return true;
    }
    return false;
}
/**
 * A glob as fnmatch and globset read it here: `*` (and `**`) match any run of characters including `/`,
 * `?` one, `[...]`/`[!...]` a class. Matched in O(pattern × text), never by backtracking: the patterns come
 * from the checked repository, and a regular expression built from `*a*a*a*…` can take exponential time.
 */
function globMatcher(glob) {
    const tokens = globTokens(glob);
    const one = (t, c) => 'any' in t || ('char' in t && t.char === c) || ('set' in t && inSet(t.set, c) !== t.negated);
    return (s) => {
        let ti = 0;
        let si = 0;
        let starT = -1;
        let starS = 0;
        while (si < s.length) {
            const t = tokens[ti];
            if (t && 'star' in t) {
                starT = ti++;
                starS = si;
            }
            else if (t && one(t, s[si])) {
                ti++;
                si++;
            }
            else if (starT >= 0) {
                ti = starT + 1;
                si = ++starS;
            }
            else
                return false;
        }
        while (ti < tokens.length && 'star' in tokens[ti])
            ti++;
        return ti === tokens.length;
    };
}
/** Nested quantifiers (`(a+)+`, `(a|a?)*`): the shapes that make a backtracking engine take exponential time. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[*+?}](?:[^()\\]|\\.)*\)[*+{?]/;
/** Group openings (`(?:`, `(?P<name>`, lookarounds), whose `?` is no quantifier. */
const GROUP_PREFIX = /\(\?(?:P?<[^>]*>|[:=!]|<[=!])/g;
/** A verbose (`(?x)`) regex without its whitespace and comments, outside classes and escapes. */
function unverbose(pattern) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            out += pattern.slice(i, i + 2);
            i++;
        }
        else if (inClass) {
            out += c;
            if (c === ']')
                inClass = false;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
        }
        else if (c === '#') {
            while (i < pattern.length && pattern[i] !== '\n')
                i++;
        }
        else if (!/\s/.test(c))
            out += c;
    }
    return out;
}
/** A Python regex for `re.match` (anchored at the start), or why it cannot be used here. */
function pythonRegExp(source, anchored = true) {
    if (source.length > 2000)
        return 'longer than 2000 characters';
    // Leading inline flags: `(?x)` (verbose, black's documented style), `(?i)`, `(?m)`, `(?s)`.
    let pattern = source;
    let flags = '';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(pattern);
    if (inline) {
        const f = inline[1];
        pattern = pattern.slice(inline[0].length);
        if (f.includes('x'))
            pattern = unverbose(pattern);
        for (const js of ['i', 'm', 's'])
            if (f.includes(js))
                flags += js;
    }
    if (NESTED_QUANTIFIER.test(pattern.replace(GROUP_PREFIX, '(')))
        return 'a regular expression with nested quantifiers (could take exponential time)';
    try {
        const body = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
        return new RegExp(anchored ? `^(?:${body})` : body, flags);
    }
    catch (err) {
        return `not a regular expression this action can read (${err.message})`;
    }
}
function rule(owner, kind, pattern, ruleBase, source) {
    const r = { owner, kind, pattern, base: ruleBase, source };
    if (kind === 'basename-regex' || kind === 'path-regex' || kind === 'search-regex') {
        const re = pythonRegExp(pattern, kind !== 'search-regex');
        if (typeof re === 'string')
            r.problem = re;
        else
            r.test = (s) => re.test(s);
    }
    else if (kind === 'name') {
        r.test = (s) => s === pattern;
    }
    else {
        // `./gen` and `gen/` name the directory `gen` (flake8 resolves both to an absolute path).
        r.test = globMatcher(pattern.replace(/^\.\//, '').replace(/(.)\/+$/, '$1'));
    }
    return r;
}
/**
 * Whether a file (absolute) is excluded by a rule: each rule is tried on the file and each directory above
 * it, as the tool prunes directories while it walks.
 */
function excludedBy(file, r, cwd) {
    if (!r.test)
        return false;
    const fromBase = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(r.base, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
    const inside = fromBase[0] !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(fromBase.join('/'));
    // A configuration above the file's tree still matches names: those of the file and the directories above it.
    const parts = inside ? fromBase : node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
    for (let n = 1; n <= parts.length; n++) {
        const rel = parts.slice(0, n).join('/');
        const name = parts[n - 1];
        switch (r.kind) {
            case 'glob':
                // A pattern with a `/` is a path from the configuration's directory (ruff, flake8), never a name.
                if ((!r.pattern.includes('/') && r.test(name)) || (inside && r.test(rel)))
                    return true;
                break;
            case 'isort-glob':
                if (inside && (r.test(rel) || r.test(`/${rel}`)))
                    return true;
                break;
            case 'name':
                if (r.test(name) || (inside && r.test(rel)))
                    return true;
                break;
            case 'basename-regex':
                if (r.test(name))
                    return true;
                break;
            case 'search-regex':
                // black: `/` + the path from its configuration's directory, directories ending with `/`.
                if (r.owner === 'black' && inside && r.test(`/${rel}${n < parts.length ? '/' : ''}`))
                    return true;
                break;
            case 'path-regex':
                break;
        }
    }
    if (r.kind === 'search-regex' && r.owner !== 'black') {
        // mypy: the path from the cwd, directories ending with `/`.
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
        for (let n = 1; n <= rel.length; n++) {
            if (r.test(`${rel.slice(0, n).join('/')}${n < rel.length ? '/' : ''}`))
                return true;
        }
    }
    if (r.kind === 'path-regex') {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
        for (let n = 1; n <= rel.length; n++) {
            const p = rel.slice(0, n).join('/');
            if (r.test(p) || (n < rel.length && r.test(`${p}/`)))
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ graphPath),
/* harmony export */   S6: () => (/* binding */ importGraph),
/* harmony export */   pM: () => (/* binding */ importersOf)
/* harmony export */ });
/* unused harmony exports GRAPH_SINCE, parseDependents, graphUnsupported */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2473);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2642);
/* harmony import */ var _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5063);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3764);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8613);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5552);








/**
 * The project's import graph, for a pull request's lint: pylint and mypy check the changed modules and the
 * modules that import them, whose findings a change can cause (an import of a removed name, a call with the
 * old arguments). `ruff analyze graph --direction dependents` maps each file to the files that import it, in
 * well under a second on a large project, with the stack's ruff (the same version and environment as its
 * `ruff check`). Only the files it is given appear, as keys and as importers: it gets the stack's selection,
 * so the graph has the same excludes as every tool.
 */
/** The first ruff with `analyze graph` (0.6.5 reads `analyze` as a path and fails). */
const GRAPH_SINCE = '0.6.6';
/** A graph of a very large project is a few MiB of JSON; anything beyond this is not ruff's graph. */
const MAX_GRAPH_BYTES = 32 * 1024 * 1024;
/** A cold uv may first download ruff. */
const GRAPH_TIMEOUT_MS = 5 * 60_000;
/** A path as the stack writes it (`a/b.py`, `./-x.py`) and as ruff prints it (`a/b.py`, `-x.py`): one form. */
function graphPath(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/')).replace(/^\.\//, '');
}
/** Reads `ruff analyze graph --direction dependents` output: a JSON object of string arrays. */
function parseDependents(stdout) {
    let data;
    try {
        data = JSON.parse(stdout);
    }
    catch (err) {
        throw new _parse_json_js__WEBPACK_IMPORTED_MODULE_6__/* .OutputError */ .u7('ruff analyze graph', `not JSON (${err.message})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new _parse_json_js__WEBPACK_IMPORTED_MODULE_6__/* .OutputError */ .u7('ruff analyze graph', 'not a JSON object of files');
    }
    const out = new Map();
    for (const [file, importers] of Object.entries(data)) {
        if (!Array.isArray(importers) || importers.some((i) => typeof i !== 'string')) {
            throw new _parse_json_js__WEBPACK_IMPORTED_MODULE_6__/* .OutputError */ .u7('ruff analyze graph', `${JSON.stringify(file)} does not map to a list of files`);
        }
        out.set(graphPath(file), importers.map(graphPath));
    }
    return out;
}
/**
 * The direct importers of the changed files that are not changed themselves, sorted, in the stack's form
 * (safeArg). A changed file the graph does not have (excluded, unparsable) has no importers.
 */
function importersOf(graph, changed) {
    const changedSet = new Set(changed.map(graphPath));
    const out = new Set();
    for (const f of changedSet) {
        for (const importer of graph.get(f) ?? [])
            if (!changedSet.has(importer))
                out.add(importer);
    }
    return [...out].sort().map(_command_js__WEBPACK_IMPORTED_MODULE_5__/* .safeArg */ .Mb);
}
/** Why a ruff version cannot make the graph, or undefined when it can (or the version cannot be read). */
function graphUnsupported(version) {
    if (!(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_1__/* .valid */ .rZ)(version) || !(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_1__.lt)(version, GRAPH_SINCE))
        return undefined;
    return `ruff ${version} has no \`ruff analyze graph\` (ruff ${GRAPH_SINCE} and later)`;
}
/**
 * Runs the graph, or says why there is none (a ruff too old, a failure, unreadable output): the caller then
 * lints the whole project with pylint and mypy, and the summary says why. Never throws.
 */
async function importGraph(o) {
    const old = graphUnsupported(o.version.version);
    if (old)
        return { unavailable: old };
    const args = ['analyze', 'graph', '--direction', 'dependents', ...o.targets];
    const argv = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .toolArgv */ .fX)(o.uv, 'ruff', o.version.version, { command: 'ruff', args }, o.env);
    try {
        const { r } = await (0,_provision_python_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .execOfflineFirst */ .fm)(argv, {
            cwd: o.cwd,
            env: o.processEnv,
            okExitCodes: _run_js__WEBPACK_IMPORTED_MODULE_7__/* .ANY_EXIT */ .oQ,
            timeoutMs: GRAPH_TIMEOUT_MS,
            maxOutputBytes: MAX_GRAPH_BYTES,
        });
        if (r.exitCode !== 0) {
            return {
                // One line: the reason goes into log lines and the summary.
                unavailable: `ruff ${o.version.version} analyze graph exited with code ${r.exitCode}: ${(0,_core_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(r.stderr.trim(), 3).replace(/\s*\n\s*/g, ' | ')}`,
            };
        }
        if (r.truncated)
            return { unavailable: `ruff analyze graph wrote more than ${MAX_GRAPH_BYTES} bytes` };
        return { graph: parseDependents(r.stdout) };
    }
    catch (err) {
        return { unavailable: `ruff analyze graph failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}` };
    }
}


/***/ }),

/***/ 120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ loadInputs),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports expandTools, parseToolVersions, checkPaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5063);
/* harmony import */ var _provision_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1917);
/* harmony import */ var _report_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3801);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3310);







const DEFAULTS = {
    tools: _tools_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TOOLS */ .G1.join(','),
    paths: '.',
    failOn: 'error',
    maxLineLength: 88,
    maxComplexity: 10,
};
// PEP 440 release versions with optional pre-, post- and dev-release parts: `0.15.0`, `4.0.0rc1`.
const VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;
/** `fast` stands for ruff with the preset's rules; a tool named twice runs once. */
function expandTools(choices) {
    const tools = [];
    for (const c of choices) {
        const t = c === 'fast' ? 'ruff' : c;
        if (!tools.includes(t))
            tools.push(t);
    }
    return { tools, fast: choices.includes('fast') };
}
/** `ruff==0.15.0,pylint==4.0.0` → { ruff: '0.15.0', pylint: '4.0.0' }; each item checked. */
function parseToolVersions(items) {
    const out = {};
    const allowed = `items such as ruff==0.15.0 naming one of ${_tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_PACKAGES */ .tq.join(', ')} with an exact version`;
    for (const item of items) {
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*(\S+)$/.exec(item);
        const name = m ? (0,_provision_python_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .NX)(m[1]) : undefined;
        if (!m || !name || !_tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_PACKAGES */ .tq.includes(name) || !VERSION.test(m[2])) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('tool-versions', item, allowed);
        }
        out[name] = m[2];
    }
    return out;
}
/**
 * Paths relative to the working directory that must exist and stay inside the workspace. A leading `-`
 * would read as an option to the tools, so such a path must be written `./-name`.
 */
function checkPaths(items, workingDirectory, workspace) {
    const out = [];
    for (const p of items) {
        if (p.startsWith('-'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('paths', p, 'paths, not options (write ./-name for a file named -name)');
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workingDirectory, p);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, abs);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('paths', p, `paths inside the workspace ${workspace}`);
        }
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(abs)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('paths', p, `files or directories that exist (${abs} does not)`);
        }
        if (!out.includes(p))
            out.push(p);
    }
    return out;
}
function loadInputs(r, rt) {
    const workingDirectory = r.path('working-directory', rt.workspace, 'directory', '.');
    const choices = r.choices('tools', _tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_CHOICES */ .qG, _tools_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TOOLS */ .G1);
    if (choices.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('tools', '', `at least one of ${_tools_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_CHOICES */ .qG.join(', ')}`);
    const { tools, fast } = expandTools(choices);
    return {
        tools,
        fast,
        paths: checkPaths(r.list('paths', [DEFAULTS.paths], { spaces: true }), workingDirectory, rt.workspace),
        workingDirectory,
        changedFilesOnly: r.bool('changed-files-only', false),
        cache: r.bool('cache', true),
        failOn: r.choice('fail-on', ['error', 'warning', 'never'], DEFAULTS.failOn),
        toolVersions: parseToolVersions(r.list('tool-versions', [], { spaces: true })),
        maxLineLength: r.int('max-line-length', DEFAULTS.maxLineLength, { min: 20, max: 1000 }),
        maxComplexity: r.int('max-complexity', DEFAULTS.maxComplexity, { min: 1, max: 1000 }),
        fix: r.bool('fix', false),
        toolSource: (0,_provision_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .readToolSource */ .UK)(r, rt),
        report: (0,_report_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .loadReportInputs */ .c)(r),
    };
}


/***/ }),

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ describeIndexUse),
/* harmony export */   KQ: () => (/* binding */ fileDigests),
/* harmony export */   PP: () => (/* binding */ lintCacheKey),
/* harmony export */   _m: () => (/* binding */ closeLintCache),
/* harmony export */   ap: () => (/* binding */ configFiles),
/* harmony export */   sb: () => (/* binding */ lintCacheLayout),
/* harmony export */   uN: () => (/* binding */ openLintCache),
/* harmony export */   zj: () => (/* binding */ describeLintCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3629);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4285);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1963);







/** The cache directory of a project: a hash of its absolute path keeps two projects of a monorepo apart. */
function lintCacheLayout(rt, projectDir, enabled) {
    const id = (0,_core_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .shortHash */ .BC)(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(projectDir));
    let where = 'off';
    let dir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(rt.tempDir, 'lint-cache');
    let bytecode = node_path__WEBPACK_IMPORTED_MODULE_3__.join(rt.tempDir, 'pycache');
    if (enabled && rt.kind === 'github') {
        where = 'service';
        dir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(rt.runnerTempDir, 'pyprod-lint', id);
        bytecode = node_path__WEBPACK_IMPORTED_MODULE_3__.join(rt.runnerTempDir, 'pyprod-pycache');
    }
    else if (enabled) {
        where = 'local';
        const xdg = rt.env.XDG_CACHE_HOME;
        const base = xdg && node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(xdg) ? xdg : node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.homedir(), '.cache');
        dir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, 'pyprod', 'lint', id);
        bytecode = node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, 'pyprod', 'pycache');
    }
    return {
        where,
        dir,
        pylintIndex: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'pylint-index.json'),
        env: {
            RUFF_CACHE_DIR: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'ruff'),
            MYPY_CACHE_DIR: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'mypy'),
            PYTHONPYCACHEPREFIX: bytecode,
            // Python honours it when it is not empty.
            PYTHONDONTWRITEBYTECODE: '',
        },
    };
}
/** Files that configure a tool of the stack, or what shared-config.ts reads, from `start` up to `root`. */
function configFiles(start, root, env) {
    const names = new Set(Object.values(_config_js__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_PROBES */ .FN).flatMap((probes) => probes.map((p) => p.file)));
    names.add('.pre-commit-config.yaml');
    const out = [];
    for (const dir of (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .searchDirs */ .di)(start, root)) {
        for (const name of [...names].sort()) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name);
            if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file, { throwIfNoEntry: false })?.isFile())
                out.push(file);
        }
    }
    if (env.PYLINTRC)
        out.push(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(start, env.PYLINTRC));
    return out;
}
/**
 * The digests of files under `cwd`, each file read once however often it is asked for: a changed run's cache
 * key and its stale files (pylint-index.ts) both need every project file's.
 */
function fileDigests(cwd) {
    const memo = new Map();
    return (file) => {
        if (!memo.has(file)) {
            let digest;
            try {
                digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                    .update(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(cwd, file)))
                    .digest('hex');
            }
            catch {
                digest = undefined;
            }
            memo.set(file, digest);
        }
        return memo.get(file);
    };
}
/** The files' names and digests, in order; a file that cannot be read counts as absent. */
function hashContents(h, files, digest) {
    for (const f of files)
        h.update(`${f}\0${digest(f) ?? 'absent'}\0`);
}
/**
 * `pyprod-lint-<os>-<arch>-<settings hash>-<files hash>`: the settings hash covers the tool versions, the
 * configuration files, the inputs that shape the tools' arguments and uv.lock; the files hash the project's
 * Python files. The restore key is everything before the files hash: a run restores the newest cache saved
 * with the same settings, whose entries the tools check themselves (ruff and mypy per file, pylint's index
 * by its fingerprint and each file's sha256).
 */
function lintCacheKey(k) {
    const settings = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    settings.update(JSON.stringify({ versions: k.versions, settings: k.settings }));
    const digest = k.digest ?? fileDigests(k.cwd);
    hashContents(settings, [...k.configFiles, ...(k.uvLock ? [k.uvLock] : [])], digest);
    const files = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hashContents(files, [...k.files].sort(), digest);
    return (0,_core_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .buildCacheKey */ .S1)({
        kind: 'lint',
        os: (0,_core_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .runnerOs */ .tg)(k.platform),
        arch: k.arch ?? process.arch,
        parts: [settings.digest('hex').slice(0, 16)],
        hash: files.digest('hex').slice(0, 32),
    });
}
/** Restores the cache on a runner (a miss when there is no cache service); elsewhere only makes the directory. */
async function openLintCache(rt, layout, key) {
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(layout.dir, { recursive: true, mode: 0o700 });
    if (layout.where !== 'service')
        return { layout };
    const missing = (0,_core_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceMissing */ .WI)(rt.env);
    if (missing) {
        rt.info(`Lint cache not restored: ${missing}.`);
        return { layout, unavailable: missing };
    }
    const k = key();
    const restore = await (0,_core_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCache */ .P3)(rt, [layout.dir], k.key, k.restoreKeys);
    return { layout, key: k.key, restoreKeys: k.restoreKeys, restore };
}
/** Saves after the tools ran, unless the restore was an exact hit (the same settings and files). */
async function closeLintCache(rt, state) {
    if (!state.key || !state.restore || state.restore.unavailable)
        return;
    if (state.restore.hit === 'exact')
        return;
    state.save = await (0,_core_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .saveCache */ .Io)(rt, [state.layout.dir], state.key);
}
/** One line for the summary and the log: where the cache is, hit or miss, saved or why not. */
function describeLintCache(state) {
    const { layout } = state;
    if (layout.where === 'off')
        return 'Cache: off (cache: false); ruff and mypy wrote theirs to a temporary directory.';
    if (layout.where === 'local')
        return `Cache: the local directory ${layout.dir}.`;
    if (state.unavailable)
        return `Cache: not used, ${state.unavailable}.`;
    const r = state.restore;
    const restored = r?.hit === 'exact'
        ? `hit (${state.key}, ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(r.sizeBytes)})`
        : r?.hit === 'partial'
            ? `restored from ${r.matchedKey} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(r.sizeBytes)}), wanted ${state.key}`
            : `miss (${state.key})`;
    const s = state.save;
    const saved = r?.hit === 'exact'
        ? 'not saved again (exact hit)'
        : s?.saved
            ? `saved (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(s.sizeBytes)})`
            : s?.skipped?.startsWith('not saved')
                ? s.skipped
                : `not saved${s?.skipped ? `: ${s.skipped}` : ''}`;
    return `Cache: ${restored}; ${saved}.`;
}
/** One line for the log and the summary about pylint's index. */
function describeIndexUse(use, changed) {
    if (use === 'read')
        return "pylint's duplicate-code and cyclic-import: over the whole project from the cached index.";
    return changed
        ? "pylint's duplicate-code and cyclic-import: no usable cached index, so over every file; the index is written."
        : "pylint's index is written for later pull requests.";
}


/***/ }),

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sp: () => (/* binding */ parsePylint),
/* harmony export */   TL: () => (/* binding */ parseMypy),
/* harmony export */   bL: () => (/* binding */ parseRuff),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   u7: () => (/* binding */ OutputError)
/* harmony export */ });
/* unused harmony export moduleLocator */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4879);



/** A tool's output that is not what the tool writes when it works: the run counts as a crash. */
class OutputError extends Error {
    constructor(tool, why) {
        super(`${tool} wrote output that could not be read: ${why}`);
        this.name = 'OutputError';
    }
}
const repoPaths = new Map();
/** The repository path of a tool's path; memoised, as thousands of findings share a few hundred files. */
function repoPath(file, ctx) {
    const key = `${ctx.cwd}\0${ctx.workspace}\0${file}`;
    let p = repoPaths.get(key);
    if (p === undefined) {
        p = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toRepoPath */ .xD)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, file), ctx.workspace);
        if (repoPaths.size > 100_000)
            repoPaths.clear();
        repoPaths.set(key, p);
    }
    return p;
}
const firstLine = (s) => s.split(/\r?\n/)[0]?.trim() ?? '';
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
function parseJson(tool, text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new OutputError(tool, `not JSON (${err.message})`);
    }
}
/** `ruff check --output-format json`: an array of diagnostics, 1-based rows and columns. */
function parseRuff(stdout, ctx) {
    const data = parseJson('ruff', stdout.trim() || '[]');
    if (!Array.isArray(data))
        throw new OutputError('ruff', 'expected a JSON array');
    return data.map((d) => {
        const loc = (d.location ?? {});
        const end = (d.end_location ?? {});
        // A syntax error has no code.
        const rule = str(d.code) ?? 'invalid-syntax';
        const name = str(d.name);
        return {
            tool: 'ruff',
            rule,
            // Complexity is reported, not enforced: the same as flake8's complexity pass.
            severity: rule === 'C901' ? 'warning' : 'error',
            message: firstLine(str(d.message) ?? ''),
            file: repoPath(str(d.filename) ?? '', ctx),
            line: num(loc.row),
            column: num(loc.column),
            endLine: num(end.row),
            endColumn: num(end.column),
            helpUri: str(d.url) ?? (name ? `https://docs.astral.sh/ruff/rules/${name}/` : undefined),
            ...(name ? { data: { name } } : {}),
        };
    });
}
const PYLINT_SEVERITY = {
    fatal: 'error',
    error: 'error',
    warning: 'error',
    refactor: 'warning',
    convention: 'warning',
    info: 'note',
};
// The folder of each category in pylint's message documentation.
const PYLINT_DOC_DIR = { info: 'information' };
/**
 * The file of a module pylint names, from the (module, path) pairs of its other messages: the module
 * itself, else its path under the same root as a known module (`pkg.mod` → `<root>/pkg/mod.py`, or
 * `<root>/pkg/mod/__init__.py` when that is the one `exists` finds: a package without messages of its own,
 * as in a pull request's lint, where `pkg/__init__.py` is not linted but a cycle starts at `pkg`).
 */
function moduleLocator(messages, exists = () => false) {
    const known = new Map();
    let root;
    for (const m of messages) {
        if (!m.module || !m.path)
            continue;
        known.set(m.module, m.path);
        const tail = `${m.module.split('.').join('/')}.py`;
        if (root === undefined && m.path.replace(/\\/g, '/').endsWith(tail)) {
            root = m.path.slice(0, m.path.length - tail.length);
        }
    }
    return (module) => {
        const seen = known.get(module);
        if (seen !== undefined || root === undefined)
            return seen;
        const base = `${root}${module.split('.').join('/')}`;
        return !exists(`${base}.py`) && exists(`${base}/__init__.py`) ? `${base}/__init__.py` : `${base}.py`;
    };
}
/**
 * pylint reports duplicate-code and cyclic-import on whichever module it checked last, with the real
 * places in the message: `==pkg.mod:[41:47]` (0-based, end-exclusive) for duplicate code, `(a -> b)` for
 * a cycle. Moves the finding to the first of them; a cycle has no line (its identity is its modules).
 */
function wholeProgramLocation(m, locate) {
    if (m.symbol === 'cyclic-import') {
        const first = /^Cyclic import \(([^\s)]+)/.exec(m.message)?.[1];
        const file = first ? locate(first) : undefined;
        return file ? { file, message: `${firstLine(m.message)} (${m.symbol})` } : undefined;
    }
    const places = [...m.message.matchAll(/^==(\S+):\[(\d+):(\d+)\]$/gm)].map((p) => ({
        module: p[1],
        start: Number(p[2]) + 1,
        end: Number(p[3]),
    }));
    const first = places[0];
    const file = first ? locate(first.module) : undefined;
    if (!first || !file)
        return undefined;
    const summary = places.map((p) => `${p.module}:${p.start}-${p.end}`).join(', ');
    return {
        file,
        line: first.start,
        endLine: first.end,
        message: `${firstLine(m.message)}: ${summary} (${m.symbol})`,
    };
}
/** `pylint --output-format=json2`: `{messages: [...], statistics: {...}}`, 1-based lines, 0-based columns. */
function parsePylint(stdout, ctx) {
    const data = parseJson('pylint', stdout);
    if (!data || typeof data !== 'object' || !Array.isArray(data.messages)) {
        throw new OutputError('pylint', 'expected a JSON object with a "messages" array (json2 format)');
    }
    const messages = data.messages;
    // pylint's paths are relative to the directory it ran in.
    const locate = moduleLocator(messages, (file) => node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, file)));
    return messages.map((m) => {
        const moved = m.symbol === 'duplicate-code' || m.symbol === 'cyclic-import'
            ? wholeProgramLocation(m, locate)
            : undefined;
        const dir = PYLINT_DOC_DIR[m.type] ?? m.type;
        const f = {
            tool: 'pylint',
            rule: m.messageId,
            severity: PYLINT_SEVERITY[m.type] ?? 'warning',
            message: moved?.message ?? `${firstLine(m.message)} (${m.symbol})`,
            file: repoPath(moved?.file ?? m.path, ctx),
            helpUri: `https://pylint.readthedocs.io/en/stable/user_guide/messages/${dir}/${m.symbol}.html`,
            data: { symbol: m.symbol, category: m.type },
        };
        if (moved) {
            if (moved.line)
                f.line = moved.line;
            if (moved.endLine)
                f.endLine = moved.endLine;
            return f;
        }
        f.line = m.line;
        f.column = m.column + 1;
        if (m.endLine)
            f.endLine = m.endLine;
        if (m.endColumn !== null && m.endColumn !== undefined)
            f.endColumn = m.endColumn + 1;
        return f;
    });
}
/** `mypy --output json`: one JSON object a line; 0-based columns (-1 when unknown). Other lines are ignored. */
function parseMypy(stdout, ctx) {
    const out = [];
    for (const line of stdout.split(/\r?\n/)) {
        if (!line.startsWith('{'))
            continue;
        const d = parseJson('mypy', line);
        const code = str(d.code) ?? (d.severity === 'note' ? 'note' : 'misc');
        const hint = str(d.hint);
        const column = num(d.column);
        const f = {
            tool: 'mypy',
            rule: code,
            severity: d.severity === 'error' ? 'error' : 'note',
            message: firstLine(str(d.message) ?? '') + (hint ? ` (${firstLine(hint)})` : ''),
            file: repoPath(str(d.file) ?? '', ctx),
            line: num(d.line),
            helpUri: 'https://mypy.readthedocs.io/en/stable/error_code_list.html',
        };
        if (column !== undefined && column >= 0)
            f.column = column + 1;
        const endLine = num(d.end_line);
        const endColumn = num(d.end_column);
        if (endLine !== undefined && endLine >= 1)
            f.endLine = endLine;
        if (endColumn !== undefined && endColumn >= 0)
            f.endColumn = endColumn + 1;
        out.push(f);
    }
    return out;
}


/***/ }),

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fN: () => (/* binding */ pylintFingerprint),
/* harmony export */   m3: () => (/* binding */ stackSettings),
/* harmony export */   pC: () => (/* binding */ planTools),
/* harmony export */   x6: () => (/* binding */ projectFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_uv_project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9572);
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7563);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3764);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1963);
/* harmony import */ var _pylint_split_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7802);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8467);
/* harmony import */ var _shared_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7163);









function configOf(tool, ctx) {
    const found = (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .findToolConfig */ .KZ)(tool, ctx.inputs.workingDirectory, ctx.rt.workspace);
    if (found)
        return found;
    const rc = ctx.rt.env.PYLINTRC;
    if (tool === 'pylint' && rc)
        return { file: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.inputs.workingDirectory, rc), keys: [] };
    return undefined;
}
async function stackSettings(tools, ctx) {
    const { inputs: i, rt } = ctx;
    // In a uv workspace the root's uv.lock pins the tools and the root's environment is the project's.
    const project = (0,_core_uv_project_js__WEBPACK_IMPORTED_MODULE_2__/* .locateUvProjectLeniently */ .hJ)(i.workingDirectory, rt.env, { ceiling: rt.workspace });
    const uvLock = project?.lockFile ?? node_path__WEBPACK_IMPORTED_MODULE_1__.join(i.workingDirectory, 'uv.lock');
    // One configuration for the stack: every tool checks the same files, with the project's line length.
    const configs = Object.fromEntries(tools.map((t) => [t, configOf(t, ctx)]));
    const shared = (0,_shared_config_js__WEBPACK_IMPORTED_MODULE_8__/* .loadSharedConfig */ .QC)({ cwd: i.workingDirectory, workspace: rt.workspace, tools, configs });
    const versions = {};
    for (const t of tools)
        versions[t] = await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveVersion */ .x)(t, i.toolVersions, uvLock);
    return { tools, ...(project ? { project } : {}), uvLock, versions, configs, shared };
}
/** The whole project the stack lints under `paths`: the paths each tool gets and the Python files they name. */
async function projectFiles(s, ctx) {
    const cwd = ctx.inputs.workingDirectory;
    const selection = await (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .selectFiles */ .AL)(cwd, ctx.inputs.paths, s.shared.excludes, quiet(ctx.rt));
    const targets = selection?.files ?? ctx.inputs.paths;
    return {
        targets,
        files: (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .candidateFiles */ .hy)(cwd, targets),
        pylintTargets: (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .pylintPaths */ .$h)(cwd, ctx.inputs.paths, selection?.files),
    };
}
/** The warnings of a second selection are the first one's: said once. */
function quiet(rt) {
    return { info: (m) => rt.debug(m), warning: (m) => rt.debug(m) };
}
function argsContext(tool, s, ctx, targets, expandedTargets) {
    const i = ctx.inputs;
    const config = s.configs[tool];
    const lineLength = s.shared.lineLengthFor[tool];
    return {
        targets,
        expandedTargets,
        ...(config ? { config } : {}),
        maxLineLength: i.maxLineLength,
        ...(lineLength !== undefined ? { lineLength } : {}),
        ...(tool === 'flake8' && s.shared.flake8ExtendIgnore
            ? { flake8ExtendIgnore: s.shared.flake8ExtendIgnore }
            : {}),
        maxComplexity: i.maxComplexity,
        fast: i.fast,
        jobs: ctx.jobs,
    };
}
/**
 * What pylint's index must have been written with to be read: pylint's version, its arguments but the files,
 * its environment variables and its configuration's contents.
 */
function pylintFingerprint(s, ctx) {
    const inv = (0,_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .checkInvocation */ .VC)('pylint', argsContext('pylint', s, ctx, [], []));
    const config = s.configs.pylint?.file;
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    h.update(JSON.stringify([s.versions.pylint?.version, inv.args, inv.env ?? {}, config ?? null]));
    if (config)
        h.update((0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(config) ?? '');
    return h.digest('hex');
}
/** Decides version, configuration, environment and argv of each tool, for checking or for fixing. */
async function planTools(tools, mode, ctx, settings) {
    const { inputs: i, rt } = ctx;
    const s = settings ?? (await stackSettings(tools, ctx));
    const { project, shared } = s;
    const scopes = new Map();
    const scopeOf = async (targets, first) => {
        let sc = scopes.get(targets);
        if (!sc) {
            const sel = await (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .selectFiles */ .AL)(i.workingDirectory, targets, shared.excludes, first ? rt : quiet(rt));
            sc = {
                targets,
                selection: sel,
                files: sel?.files ?? targets,
                expanded: (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .pylintPaths */ .$h)(i.workingDirectory, targets, sel?.files),
            };
            scopes.set(targets, sc);
        }
        return sc;
    };
    await scopeOf(ctx.targets, true);
    let projectEnv;
    const plans = [];
    for (const tool of tools) {
        const version = s.versions[tool] ?? (await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveVersion */ .x)(tool, i.toolVersions, s.uvLock));
        const config = s.configs[tool];
        const cross = ctx.crossTargets && (tool === 'pylint' || tool === 'mypy');
        const sc = await scopeOf(cross && ctx.crossTargets ? ctx.crossTargets : ctx.targets, false);
        // mypy's own `files` list is its choice of what to check, as long as the paths are not narrowed.
        const ownFiles = tool === 'mypy' && config?.keys.includes('files');
        const args = argsContext(tool, s, ctx, ownFiles ? sc.targets : sc.files, sc.expanded);
        const invocation = mode === 'check' ? (0,_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .checkInvocation */ .VC)(tool, args) : (0,_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .fixInvocation */ .ez)(tool, args);
        if (!invocation)
            continue;
        let env;
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .runsInProject */ .Tp)(tool, version)) {
            projectEnv ??= (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .chooseEnvironment */ .HB)(i.workingDirectory, rt.env, project);
            env = projectEnv;
        }
        const pylintChecks = tool === 'pylint' && mode === 'check';
        const parts = pylintChecks
            ? (0,_pylint_split_js__WEBPACK_IMPORTED_MODULE_6__/* .partCount */ .VR)(ctx.cpus, (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .candidateFiles */ .hy)(i.workingDirectory, sc.expanded).length)
            : 1;
        // With an index, part 0's cross pass reads or writes it, even when pylint runs as one part.
        const index = pylintChecks ? ctx.pylintIndex : undefined;
        const importers = pylintChecks ? ctx.pylintImporters : undefined;
        const plan = {
            tool,
            version,
            ...(config ? { config } : {}),
            ...(env ? { env } : {}),
            argv: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .toolArgv */ .fX)(ctx.uv, tool, version.version, invocation, env),
            ...(parts > 1 || index || importers
                ? {
                    parts: (0,_pylint_split_js__WEBPACK_IMPORTED_MODULE_6__/* .pylintParts */ .Q0)(invocation, parts, index, _pylint_split_js__WEBPACK_IMPORTED_MODULE_6__/* .CAN_FORK */ .C7, importers).map((p) => (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .toolArgv */ .fX)(ctx.uv, tool, version.version, p, env)),
                    ...(parts > 1 ? { partCount: parts } : {}),
                }
                : {}),
            extraEnv: { ...(ctx.toolEnv ?? {}), ...(invocation.env ?? {}) },
            carried: [
                ...shared.carried.filter((c) => c.tool === tool),
                ...(ownFiles ? [] : (0,_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .carriedExcludes */ .iL)(tool, sc.selection?.excluded ?? [])),
            ],
        };
        if (tool === 'pylint' && sc.expanded.length === 0)
            plan.skipped = 'no Python files to check';
        if (sc.selection?.files.length === 0 && !ownFiles) {
            plan.skipped = 'no Python files to check: the project excludes every one of them';
        }
        plans.push(plan);
    }
    if (projectEnv?.kind === 'isolated' && mode === 'check') {
        rt.warning(`No project environment in ${i.workingDirectory} (VIRTUAL_ENV is not set, there is no .venv and no ` +
            "pyproject.toml [project] table): pylint and mypy run without the project's dependencies, so their " +
            'imports are reported as missing. Run setup-uv-cached (or create .venv) before this step.');
    }
    for (const p of plans) {
        const where = p.env ? `, in ${(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEnvironment */ .NE)(p.env)}` : '';
        const cfg = p.config
            ? `, configured by ${node_path__WEBPACK_IMPORTED_MODULE_1__.relative(rt.workspace, p.config.file) || p.config.file}`
            : ', our defaults';
        const forked = p.parts?.length === 1 ? ' (forked after parsing)' : '';
        const split = p.partCount ? `, split into ${p.partCount} processes${forked}` : '';
        rt.info(`${p.tool} ${p.version.version} (${p.version.from})${cfg}${where}${split}`);
        for (const c of p.carried)
            rt.info(`  ${(0,_shared_config_js__WEBPACK_IMPORTED_MODULE_8__/* .describeCarried */ .O7)(c)}`);
    }
    return plans;
}


/***/ }),

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ writeImporterData),
/* harmony export */   AC: () => (/* binding */ changedImportsOf),
/* harmony export */   FR: () => (/* binding */ applyImporterReport),
/* harmony export */   j1: () => (/* binding */ readImporterReport),
/* harmony export */   qW: () => (/* binding */ IMPORTERS_SOURCE)
/* harmony export */ });
/* unused harmony export describeTouched */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7167);
/* harmony import */ var _import_graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(817);




/** A changed module larger than this is compared as "everything touched" (its base is not read). */
const MAX_SOURCE_BYTES = 4 << 20;
/** Importer → the changed files it imports, from ruff's dependents graph. */
function changedImportsOf(graph, changed, importers) {
    const wanted = new Map(importers.map((i) => [(0,_import_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .graphPath */ .GG)(i), i]));
    const out = {};
    for (const c of changed) {
        for (const importer of graph.get((0,_import_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .graphPath */ .GG)(c)) ?? []) {
            const key = wanted.get(importer);
            if (key === undefined)
                continue;
            out[key] = [...(out[key] ?? []), c];
        }
    }
    return out;
}
/** A file's content at a commit, or null when it is not there, too large, or not text. */
async function sourceAt(repo, commit, repoPath) {
    const blob = await (0,_core_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(repo, ['cat-file', 'blob', `${commit}:${repoPath}`], {
        okExitCodes: [0, 128],
        maxOutputBytes: MAX_SOURCE_BYTES,
    });
    if (blob.exitCode !== 0 || blob.truncated || blob.stdout.includes('\0'))
        return null;
    return blob.stdout;
}
/**
 * Writes the boot's data file into `dir` (the run's private temp directory) and returns its path; undefined
 * when there is no merge base to compare with (then pylint checks every importer).
 */
async function writeImporterData(o) {
    if (!o.base || !(0,_core_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha */ .HH)(o.base) || Object.keys(o.importers).length === 0)
        return undefined;
    const changed = [];
    for (const file of o.changed) {
        const repoPath = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(o.workspace, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(o.cwd, file)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        changed.push({ path: file, base: await sourceAt(o.workspace, o.base, repoPath) });
    }
    const data = { changed, importers: o.importers };
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(o.dir, 'pylint-importers.json');
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, JSON.stringify(data));
    return file;
}
/** The report in part 0's output (as mergePylintOutputs parsed it), when it has a well-formed one. */
function readImporterReport(data) {
    const r = data?.importers;
    if (!r || !Array.isArray(r.skipped) || r.skipped.some((s) => typeof s !== 'string'))
        return undefined;
    if (!r.touched || typeof r.touched !== 'object')
        return undefined;
    return r;
}
/** The touched names, one clause: `werkzeug/http.py: quote_etag; flask/cli.py: anything`. */
function describeTouched(touched, shown = 5) {
    return Object.entries(touched)
        .map(([file, names]) => {
        if (names === null)
            return `${file}: anything (not bounded)`;
        if (names.length === 0)
            return `${file}: nothing an importer can read`;
        const more = names.length > shown ? `, and ${names.length - shown} more` : '';
        return `${file}: ${names.slice(0, shown).join(', ')}${more}`;
    })
        .join('; ');
}
/**
 * The scope groups once pylint has run: the importers it skipped leave the `importer` group (pylint and
 * mypy) for an `importer-unaffected` group that only mypy lints.
 */
function applyImporterReport(groups, report) {
    const skipped = new Set(report.skipped);
    const out = [];
    for (const g of groups) {
        if (g.reason !== 'importer' || !g.tools.includes('pylint')) {
            out.push(g);
            continue;
        }
        const kept = g.files.filter((f) => !skipped.has(f));
        const left = g.files.filter((f) => skipped.has(f));
        const note = `the change touched ${describeTouched(report.touched)}`;
        if (kept.length > 0)
            out.push({ ...g, files: kept, note });
        const others = g.tools.filter((t) => t !== 'pylint');
        if (left.length > 0)
            out.push({ reason: 'importer-unaffected', tools: others, files: left, note });
    }
    return out;
}
/**
 * The boot's Python (inside PART_SOURCE, before pylint is imported; `json` and `os` are imported):
 * definitions only. `start_importer_report(path)` forks the analysis off while pylint is imported (about
 * 0.2 s each on the PR bench), `finish_importer_report(handle)` returns the report. No backtick, dollar-brace or
 * backslash in it (a template literal).
 */
const IMPORTERS_SOURCE = `import ast, re
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# Pattern captures (3.10+) bind names too; older Pythons have no match statement.
CAPTURES = tuple(getattr(ast, n) for n in ('ExceptHandler', 'MatchAs', 'MatchStar') if hasattr(ast, n))
WORD = re.compile(r'[A-Za-z_][A-Za-z0-9_]*')
def top_bound(stmt):
    """The module-level names a top-level statement binds (its globals included, and every walrus target
    at any depth: a default argument's binds at module level), or None: it binds names nobody can list
    (a star import)."""
    out = set()
    def visit(n, top):
        if isinstance(n, SCOPES):
            if top:
                out.add(n.name)
            top = False
        elif isinstance(n, ast.Lambda):
            top = False
        elif isinstance(n, ast.Global):
            out.update(n.names)
        elif isinstance(n, ast.NamedExpr) and isinstance(n.target, ast.Name):
            out.add(n.target.id)
        elif top and isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            out.add(n.id)
        elif top and isinstance(n, (ast.Import, ast.ImportFrom)):
            for a in n.names:
                if a.name == '*':
                    raise LookupError
                out.add(a.asname or a.name.split('.')[0])
        elif top and isinstance(n, CAPTURES) and isinstance(getattr(n, 'name', None), str):
            out.add(n.name)
        elif top and isinstance(getattr(n, 'rest', None), str):
            out.add(n.rest)
        for c in ast.iter_child_nodes(n):
            visit(c, top)
    try:
        visit(stmt, True)
    except LookupError:
        return None
    return out
# Lines as ast numbers them: str.splitlines also splits at form feeds and other separators.
NEWLINE = re.compile(chr(13) + chr(10) + '|' + chr(13) + '|' + chr(10))
def definitions(source):
    """name -> the top-level statements that bind it, in order, each as (its text, the node); the statements
    that bind nothing; and every statement's text in order. The module docstring counts as __doc__.
    (None, None, None): every name counts (a star import)."""
    tree = ast.parse(source)
    lines = NEWLINE.split(source)
    defs, other, order = {}, [], []
    for k, s in enumerate(tree.body):
        first = s.decorator_list[0].lineno if getattr(s, 'decorator_list', None) else s.lineno
        text = chr(10).join(lines[first - 1:s.end_lineno])
        order.append(text)
        if (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                and isinstance(s.value.value, str)):
            if k == 0:
                defs['__doc__'] = [(text, s)]
            continue  # a string statement does nothing
        names = top_bound(s)
        if names is None:
            return None, None, None
        if not names:
            other.append((text, s))
        for n in names:
            defs.setdefault(n, []).append((text, s))
    return defs, other, order
def same(a, b):
    """Whether two lists of (text, node) are the same code: the same text, else the same ast.dump (which
    leaves out comments, formatting and positions)."""
    if [t for t, _ in a] == [t for t, _ in b]:
        return True
    return len(a) == len(b) and all(ast.dump(x) == ast.dump(y) for (_, x), (_, y) in zip(a, b))
def reordered(new, old):
    """Whether the statements both versions have (by text) come in another order: a name then resolves to
    another binding above the line that reads it."""
    both = set(new) & set(old)
    return [t for t in new if t in both] != [t for t in old if t in both]
def attribute_stores(stmts):
    """Whether the statements assign an attribute of something other than self or cls (astroid adds
    Obj.attr = ..., anywhere in a module, to Obj's members)."""
    for s in stmts:
        for n in ast.walk(s):
            if (isinstance(n, ast.Attribute) and isinstance(n.ctx, (ast.Store, ast.Del))
                    and not (isinstance(n.value, ast.Name) and n.value.id in ('self', 'cls'))):
                return True
    return False
def references(stmts):
    """Every name the statements read, with the words of string annotations."""
    out = set()
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, ast.Name):
                out.add(n.id)
            elif isinstance(n, ast.Attribute):
                out.add(n.attr)
            elif isinstance(n, (ast.arg, ast.AnnAssign)) and n.annotation is not None:
                for c in ast.walk(n.annotation):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        out.update(WORD.findall(c.value))
            elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.returns is not None:
                for c in ast.walk(n.returns):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        out.update(WORD.findall(c.value))
    return out
def compared(head, base):
    """(the module's names -> their statements now, the names whose statements the change touched, the
    statements that bind nothing now), or None when that cannot be bounded (a new or unparsable module, a
    changed statement that binds no name, statements in another order, a star import). A touched statement
    that assigns an attribute of something (its version now or before) touches every name it reads."""
    if base is None:
        return None
    try:
        new, new_other, new_order = definitions(head)
        old, old_other, old_order = definitions(base)
        if new is None or old is None:
            return None
        key = lambda pair: pair[0]
        if not same(sorted(new_other, key=key), sorted(old_other, key=key)) or reordered(new_order, old_order):
            return None
        hit = {n for n in set(new) | set(old) if not same(new.get(n, []), old.get(n, []))}
        for n in list(hit):
            for version in (new, old):
                stmts = [s for _, s in version.get(n, ())]
                if attribute_stores(stmts):
                    hit |= references(stmts) & set(new)
        return new, hit, [s for _, s in new_other]
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
def imports_of(stmts, name, is_package, modules):
    """What the statements import of the changed modules (names): (module, name); name None for all of it (a
    star import), MODULE for the module object (what the statements then read of it: their references)."""
    out = set()
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, ast.ImportFrom):
                mod = imported_from(n, name, is_package)
                for a in n.names:
                    if mod in modules:
                        out.add((mod, None if a.name == '*' else a.name))
                    if mod + '.' + a.name in modules:
                        out.add((mod + '.' + a.name, MODULE))
            elif isinstance(n, ast.Import):
                for a in n.names:
                    out.update((m, MODULE) for m in modules if m == a.name or m.startswith(a.name + '.'))
    return out
MODULE = '<module>'
MAX_SOURCE = ${MAX_SOURCE_BYTES}
def touched_names(changed):
    """Per changed file (path -> (head, base)), the module-level names the change touched: whose binding
    statements differ, or that read a touched name, closed over the module and across the changed modules (a
    name that imports a touched name of another changed module); None: any (not bounded, two changed files
    with one module name, a statement that binds nothing but assigns attributes reading a touched name, a
    module __getattr__ touched)."""
    names = {}
    for p in changed:
        names.setdefault(module_name(p), []).append(p)
    hit, reads, links, stores, loose = {}, {}, {}, {}, {}
    for name, paths in names.items():
        path = paths[0]
        head, base = changed[path]
        c = None
        if len(paths) == 1 and head is not None and path.endswith('.py'):
            c = compared(head, base)
        hit[name] = None if c is None else set(c[1])
        if c is None:
            continue
        is_package = os.path.basename(path) == '__init__.py'
        others = {m for m in names if m != name}
        reads[name] = {n: references(s for _, s in st) for n, st in c[0].items()}
        stores[name] = {n for n, st in c[0].items() if attribute_stores(s for _, s in st)}
        # A statement that binds nothing but assigns attributes (Foo.extra = build()): what it reads now is
        # what those attributes hold.
        loose[name] = references(st for st in c[2] if attribute_stores([st]))
        links[name] = {n: imports_of([s for _, s in st], name, is_package, others) for n, st in c[0].items()}
        # A name bound to a changed module's object: the names that read it read what of it they reference.
        bound = {n: m for n, ls in links[name].items() for m, a in ls if a == MODULE}
        for n, refs in reads[name].items():
            links[name][n] |= {(bound[r], MODULE) for r in refs & set(bound)}
    def touches(mod, attr, refs):
        h = hit[mod]
        if h is None or attr is None:
            return h is None or bool(h)
        return bool(h & refs) if attr == MODULE else attr in h
    grew = True
    while grew:
        grew = False
        for name in reads:
            if hit[name] is None:
                continue
            for n, refs in reads[name].items():
                if n not in hit[name] and (refs & hit[name] or any(touches(m, a, refs) for m, a in links[name][n])):
                    hit[name].add(n)
                    grew = True
                # A touched statement that assigns attributes changes what the names it reads have.
                assigned = refs & set(reads[name]) if n in hit[name] and n in stores[name] else set()
                if not assigned <= hit[name]:
                    hit[name] |= assigned
                    grew = True
            if hit[name] & {'__getattr__', '__dir__'} or loose[name] & hit[name]:
                hit[name] = None
                grew = True
    return {p: hit[m] for m, paths in names.items() for p in paths}
def module_name(path):
    """A file's dotted module name as imports spell it: its directory's packages (with __init__.py) above."""
    parts = [os.path.splitext(os.path.basename(path))[0]]
    d = os.path.dirname(os.path.abspath(path))
    while os.path.isfile(os.path.join(d, '__init__.py')):
        parts.insert(0, os.path.basename(d))
        d = os.path.dirname(d)
    if parts[-1] == '__init__':
        parts.pop()
    return '.'.join(parts)
def imported_from(node, name, is_package):
    """The module an ImportFrom reads, absolute."""
    if not node.level:
        return node.module or ''
    base = name.split('.') if is_package else name.split('.')[:-1]
    if node.level > 1:
        base = base[:len(base) - (node.level - 1)]
    return '.'.join(base + ([node.module] if node.module else []))
def uses(path, targets):
    """Which of the changed modules, targets (name -> touched names or None), the file imports, and
    whether it reads a touched name of one; (found, used): found, the modules an import statement names."""
    with open(path, 'rb') as f:
        tree = ast.parse(f.read())
    name = module_name(path)
    is_package = os.path.basename(path) == '__init__.py'
    found, used = set(), False
    aliases = {}
    def touch(mod, attr):
        # attr None: the whole module (a star import, the module object itself): used if anything was touched.
        nonlocal used
        hit = targets[mod]
        if hit is None or (hit if attr is None else attr in hit):
            used = True
    # One walk: the imports, the names, and which attribute reads each name or attribute (for a.b.c chains).
    names, reader = [], {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            names.append(n)
        elif isinstance(n, ast.Attribute):
            reader[id(n.value)] = n
        elif isinstance(n, ast.ImportFrom):
            mod = imported_from(n, name, is_package)
            for a in n.names:
                if mod in targets:
                    found.add(mod)
                    touch(mod, None if a.name == '*' else a.name)
                sub = mod + '.' + a.name
                if sub in targets:
                    found.add(sub)
                    aliases[a.asname or a.name] = sub
        elif isinstance(n, ast.Import):
            for a in n.names:
                for mod in targets:
                    if mod == a.name or mod.startswith(a.name + '.') or a.name.startswith(mod + '.'):
                        found.add(mod)
                        if a.asname and mod == a.name:
                            aliases[a.asname] = mod
                        elif a.asname or a.name.startswith(mod + '.'):
                            touch(mod, None)  # a submodule of a changed package, or a prefix bound: any use
                        else:
                            aliases.setdefault(a.name.split('.')[0], None)
    if used or not aliases:
        return found, used
    for n in names:
        if n.id not in aliases:
            continue
        chain, at = [n.id], n
        while id(at) in reader:
            at = reader[id(at)]
            chain.append(at.attr)
        mod = aliases[n.id]
        if mod is not None:
            touch(mod, chain[1] if len(chain) > 1 else None)
        else:
            # import a.b.c binds a: the chain names the changed module, then what of it is read.
            for k in range(len(chain), 0, -1):
                dotted = '.'.join(chain[:k])
                if dotted in targets:
                    touch(dotted, chain[k] if k < len(chain) else None)
                    break
                if k == len(chain) and any(t.startswith(dotted + '.') for t in targets):
                    used = True  # the package itself, on its way to a changed module: any use
                    break
        if used:
            break
    return found, used
def unaffected_importers(data):
    """The importers that use nothing a changed module's change touched, and per changed file the names it
    touched (None: any)."""
    sources = {}
    for c in data['changed']:
        try:
            with open(c['path'], encoding='utf-8') as f:
                head = f.read(MAX_SOURCE + 1)
        except (OSError, UnicodeDecodeError):
            head = None
        if head is not None and len(head) > MAX_SOURCE:
            head = None  # as large a base is not sent either: everything counts
        sources[c['path']] = (head, c.get('base'))
    hits = touched_names(sources)
    targets = {module_name(p): h for p, h in hits.items()}
    touched = {p: None if h is None else sorted(h) for p, h in hits.items()}
    skipped = []
    for imp, imported in sorted(data['importers'].items()):
        want = {module_name(p) for p in imported}
        try:
            found, used = uses(imp, {m: targets[m] for m in want if m in targets})
        except (OSError, SyntaxError, ValueError, RecursionError):
            continue
        if not used and want <= found:
            skipped.append(imp)
    return skipped, touched
def importer_report(data_path):
    """The report for the summary: the importers pylint skips (as the data names them) and the touched
    names; on any failure nothing is skipped and the report says why."""
    try:
        with open(data_path, encoding='utf-8') as f:
            data = json.load(f)
        skipped, touched = unaffected_importers(data)
        return {'skipped': skipped, 'touched': touched}
    except Exception as e:
        return {'skipped': [], 'touched': {}, 'error': '%s: %s' % (type(e).__name__, e)}
def start_importer_report(data_path):
    """importer_report in a forked child, while the caller imports pylint; finish_importer_report(handle)
    reads it. Without os.fork (Windows) it runs then."""
    if not hasattr(os, 'fork'):
        return ('now', data_path)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            with os.fdopen(w, 'w') as out:
                json.dump(importer_report(data_path), out)
        finally:
            os._exit(0)
    os.close(w)
    return ('fork', data_path, pid, r)
def finish_importer_report(handle):
    if handle[0] == 'now':
        return importer_report(handle[1])
    _, data_path, pid, r = handle
    with os.fdopen(r) as inp:
        text = inp.read()
    os.waitpid(pid, 0)
    try:
        return json.loads(text)
    except ValueError:
        return importer_report(data_path)
`;


/***/ }),

/***/ 8322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fu: () => (/* binding */ usableIndex),
/* harmony export */   n5: () => (/* binding */ staleFiles),
/* harmony export */   rF: () => (/* binding */ readPylintIndex),
/* harmony export */   tS: () => (/* binding */ INDEX_SOURCE)
/* harmony export */ });
/* unused harmony exports INDEX_FORMAT, INDEX_MAX_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lint_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8703);



/** The index's format; the Python side refuses any other. */
const INDEX_FORMAT = 1;
/** An index larger than this is not read (the Python side has the same bound). */
const INDEX_MAX_BYTES = 256 << 20;
/**
 * The index, when it exists, is within the size bound, parses and has this format (read once a run: it can
 * be tens of MiB on a large project).
 */
function readPylintIndex(indexPath) {
    let text;
    try {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(indexPath).size > INDEX_MAX_BYTES)
            return undefined;
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(indexPath, 'utf8');
    }
    catch {
        return undefined;
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!data || typeof data !== 'object')
        return undefined;
    const { format, fingerprint, modules, unvisited } = data;
    if (format !== INDEX_FORMAT || typeof fingerprint !== 'string' || !Array.isArray(modules))
        return undefined;
    const ok = modules.every((m) => !!m &&
        typeof m.path === 'string' &&
        typeof m.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(m.sha256));
    const skipped = Array.isArray(unvisited) ? unvisited.filter((u) => typeof u === 'string') : [];
    return ok ? { fingerprint, modules: modules, unvisited: skipped } : undefined;
}
const slashes = (p) => node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/**
 * Files (relative to cwd, of `candidates`) whose sha256 differs from the index's, or absent from it (and not
 * one pylint's walk skips: a full run does not check it either). A candidate that does not exist is skipped
 * (nothing to lint); with no readable index every one is stale.
 */
function staleFiles(index, cwd, candidates, digest = (0,_lint_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .fileDigests */ .KQ)(cwd)) {
    const known = new Map(index?.modules.map((m) => [slashes(m.path), m.sha256]));
    const unvisited = new Set(index?.unvisited.map(slashes));
    return candidates.filter((file) => {
        if (unvisited.has(slashes(file)))
            return false;
        const now = digest(file);
        return now !== undefined && known.get(slashes(file)) !== now;
    });
}
/**
 * Whether the index exists, parses, and was written by this pylint version with this fingerprint. The
 * fingerprint is the caller's (it must cover the pylint version, the configuration and the arguments);
 * the Python side also checks the pylint version, the enabled checks and the similarity options, and
 * falls back to parsing every file when they differ.
 */
function usableIndex(index, fingerprint) {
    return index?.fingerprint === fingerprint;
}
/**
 * The Python of part 0's cross pass with an index (pylint-split.ts runs it inside PART_SOURCE, where
 * `spec`, `state`, `CROSS`, `PyLinter`, `json`, `os` and `sys` are defined): definitions only;
 * `install_index(spec['index'])` sets the hooks, and the part calls `state['index'].finish(messages)`
 * after the pass. No backtick or dollar-brace in it (a template literal).
 */
const INDEX_SOURCE = String.raw `import codecs, hashlib, importlib, inspect
from collections import defaultdict
INDEX_FORMAT = 1
INDEX_MAX_BYTES = 256 << 20
OPTIONS = ('min_similarity_lines', 'ignore_comments', 'ignore_docstrings', 'ignore_imports',
           'ignore_signatures')
def note(text):
    print('pylint index: ' + text, file=sys.stderr, flush=True)
def index_modules():
    """pylint's modules the hooks patch (symilar.py was similar.py before 3.3), or the name of one missing."""
    mods = {}
    for key, names in (('similar', ('pylint.checkers.symilar', 'pylint.checkers.similar')),
                       ('imports', ('pylint.checkers.imports',)), ('graph', ('pylint.graph',)),
                       ('lint', ('pylint.lint',))):
        for name in names:
            try:
                mods[key] = importlib.import_module(name)
                break
            except ImportError:
                pass
        else:
            return None, names[0]
    return mods, None
def similarities_class(sim):
    """pylint's duplicate-code checker (SimilarChecker before 3.3)."""
    return getattr(sim, 'SimilaritiesChecker', None) or getattr(sim, 'SimilarChecker', None)
def missing_internal(mods, sim=None, imp=None):
    """The first pylint internal the hooks need that is missing (None: all there). sim and imp: the
    linter's SimilaritiesChecker and ImportsChecker, for what they only have as instance attributes."""
    if similarities_class(mods['similar']) is None:
        return mods['similar'].__name__ + '.SimilaritiesChecker'
    for key, names in (('similar', ('LineSet', 'LineSpecifs', 'hash_lineset')),
                       ('imports', ('ImportsChecker',)), ('graph', ('get_cycles',)),
                       ('lint', ('augmented_sys_path', 'discover_package_path'))):
        for name in names:
            if not hasattr(mods[key], name):
                return mods[key].__name__ + '.' + name
    need = ((similarities_class(mods['similar']), sim,
             ('process_module', 'close', '_compute_sims', '_iter_sims', '_find_common'),
             ('linesets', 'namespace')),
            (mods['imports'].ImportsChecker, imp,
             ('close', '_import_graph_without_ignored_edges'),
             ('import_graph', '_excluded_edges')))
    for cls, obj, methods, attrs in need:
        for name in methods:
            if not callable(getattr(cls, name, None)):
                return cls.__name__ + '.' + name
        for name in attrs if obj is not None else ():
            if not hasattr(obj, name):
                return cls.__name__ + '.' + name
    try:
        arity = len(inspect.signature(similarities_class(mods['similar'])._find_common).parameters)
    except (TypeError, ValueError):
        arity = 0
    if arity not in (3, 5):
        return 'SimilaritiesChecker._find_common(self, lineset1, lineset2[, hashes1, hashes2])'
    return None
def rel(path):
    return os.path.relpath(os.path.abspath(path)).replace(os.sep, '/')
def safe_rel(p):
    return (isinstance(p, str) and 0 < len(p) < 4096 and not os.path.isabs(p) and '\0' not in p
            and '..' not in p.split('/'))
def sha256(path):
    try:
        with open(path, 'rb') as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None
def valid_entry(e):
    strs = lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)
    lines = e.get('lines') if isinstance(e, dict) else 0
    return (isinstance(e, dict) and safe_rel(e.get('path')) and isinstance(e.get('sha256'), str)
            and len(e['sha256']) == 64 and isinstance(e.get('module'), str)
            and isinstance(e.get('encoding'), str)
            and isinstance(e.get('nlines'), int) and strs(e.get('imports')) and strs(e.get('excluded'))
            and (lines is None or (isinstance(lines, list) and all(
                isinstance(l, list) and len(l) == 2 and isinstance(l[0], int) and isinstance(l[1], str)
                for l in lines))))
def load_index(path, expect):
    """The index's modules when it is usable (written by this pylint, with this fingerprint, checks and
    options), else why not. JSON only: a cache is data, never code."""
    try:
        if os.path.getsize(path) > INDEX_MAX_BYTES:
            return None, 'larger than %d bytes' % INDEX_MAX_BYTES
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
    except FileNotFoundError:
        return None, 'absent'
    except (OSError, ValueError) as e:
        return None, 'unreadable (%s)' % e
    if not isinstance(data, dict):
        return None, 'not an object'
    for key, want in expect.items():
        if data.get(key) != want:
            return None, '%s is %r, not %r' % (key, data.get(key), want)
    mods = data.get('modules')
    if not isinstance(mods, list) or not all(valid_entry(e) for e in mods):
        return None, 'malformed modules'
    roots = data.get('packagePaths')
    if not (isinstance(roots, list) and all(r == '.' or safe_rel(r) for r in roots)):
        return None, 'malformed packagePaths'
    return data, None
class Index:
    """One cross pass with an index: which files it parses, what it records, what it merges at close."""
    def __init__(self, opts, mods):
        self.opts, self.mods = opts, mods
        self.changed = opts.get('fresh') is not None
        self.fresh = {rel(p) for p in opts.get('fresh') or ()}
        self.mode = 'plain'
        self.old = None
        self.items = []
        self.paths = {}
        self.encodings = {}
        self.edges = {}
        self.from_index = 0
    def expect(self, linter):
        import pylint
        return {'format': INDEX_FORMAT, 'pylint': pylint.__version__, 'fingerprint': self.opts['fingerprint'],
                'checks': [m for m in CROSS if linter.is_message_enabled(m)],
                'options': {o: getattr(linter.config, o, None) for o in OPTIONS}}
    def targets(self, linter, args):
        """Decides the mode once the configuration is read, and returns what the cross pass parses."""
        sim = imp = None
        for c in linter.get_checkers():
            if c.name == 'similarities':
                sim = c
            elif c.name == 'imports':
                imp = c
        missing = self.mods is None and 'pylint.checkers.symilar' or missing_internal(self.mods, sim, imp)
        every = self.opts.get('allTargets') or args
        if missing:
            note('this pylint lacks %s: the plain duplicate-code and cyclic-import pass over every file,'
                 ' no index' % missing)
            return every if self.changed else args
        self.expected = self.expect(linter)
        # A full run (no fresh files) parses every file anyway: it only writes.
        if self.opts.get('read') and self.changed:
            self.old, why = load_index(self.opts['path'], self.expected)
            if self.old is None:
                note('index not used: %s' % why)
        if self.old is None:
            self.mode = 'full'
            if self.changed and not self.opts.get('allTargets'):
                note('no allTargets: duplicate-code and cyclic-import over the linted files only')
            return every if self.changed else args
        self.mode = 'read'
        for e in self.old['modules']:
            p = e['path']
            if p not in self.fresh and os.path.isfile(p) and sha256(p) != e['sha256']:
                note('%s changed since the index: parsed again' % p)
                self.fresh.add(p)
        return sorted(self.fresh)
    def named(self, items):
        """A changed run gives pylint files, and pylint then names a package's __init__.py 'pkg.__init__'
        where a full run, given directories, names it 'pkg' (in messages, in the import graph): in a changed
        run every pass takes the full run's names (the index's, else without '.__init__')."""
        if not self.changed:
            return items
        names = {e['path']: e['module'] for e in self.old['modules']} if self.old else {}
        def full_name(i):
            p = rel(i.filepath)
            if p in names:
                return names[p]
            if os.path.basename(p) == '__init__.py' and i.name.endswith('.__init__'):
                return i.name[:-len('.__init__')]
            return i.name
        return [i._replace(name=full_name(i)) for i in items]
    def record(self, items):
        """Notes the files of the cross pass, in pylint's order."""
        self.items = [(i.name, rel(i.filepath)) for i in items]
    def fresh_modules(self):
        return {n for n, p in self.items if p in self.fresh}
    def old_entries(self):
        """The index's modules still valid in this run: not fresh, the file still there, content unchanged."""
        return [e for e in self.old['modules'] if e['path'] not in self.fresh and os.path.isfile(e['path'])]
    def merged(self, own):
        """(entry or None, path) in the index's order, this run's modules in place of theirs, new ones
        last."""
        out, seen = [], set()
        for e in self.old['modules']:
            p = e['path']
            if p in self.fresh:
                if p in own and p not in seen:
                    out.append((None, p))
                    seen.add(p)
            elif os.path.isfile(p):
                out.append((e, p))
        out += [(None, p) for _, p in self.items if p in own and p not in seen]
        return out
    def sim_close(self, checker, close):
        sim_mod = self.mods['similar']
        self.linesets = {self.paths.get(id(ls)): ls for ls in checker.linesets}
        if self.mode == 'read':
            fresh_ids = {id(ls) for ls in checker.linesets}
            merged = []
            for e, p in self.merged(self.linesets):
                if e is None:
                    merged.append(self.linesets[p])
                elif e['lines'] is not None:
                    merged.append(stored_lineset(sim_mod, e))
                    self.from_index += 1
            checker.linesets = merged
            checker._iter_sims = lambda: fresh_sims(sim_mod, checker, fresh_ids)
        close(checker)
    def imp_close(self, checker, close):
        filtered = checker._import_graph_without_ignored_edges()
        for mod, out in checker.import_graph.items():
            keep = list(filtered.get(mod, ()))
            excluded = list(checker._excluded_edges.get(mod, ()))
            self.edges[mod] = (keep + [t for t in out if t not in keep], excluded)
        if self.mode != 'read':
            return close(checker)
        if not checker.linter.is_message_enabled('cyclic-import'):
            return None
        graph = {}
        own = {p for _, p in self.items}
        names = dict((p, n) for n, p in self.items)
        for e, p in self.merged(own):
            mod = names[p] if e is None else e['module']
            out, excluded = self.edges.get(mod, ([], [])) if e is None else (e['imports'], e['excluded'])
            if out:
                targets = graph.setdefault(mod, [])
                targets += [t for t in out if t not in excluded and t not in targets]
        fresh = self.fresh_modules()
        for cycle in self.mods['graph'].get_cycles(graph, vertices=reaching(graph, fresh)):
            checker.add_message('cyclic-import', args=' -> '.join(cycle))
        return None
    def entries(self):
        """This run's modules as index entries, in pylint's visit order."""
        out = []
        for name, p in self.items:
            if not safe_rel(p):
                note('%s is outside the working directory: not in the index' % p)
                continue
            ls = getattr(self, 'linesets', {}).get(p)
            digest = sha256(p)
            if digest is None:
                continue
            out_edges, excluded = self.edges.get(name, ([], []))
            out.append({'path': p, 'sha256': digest, 'module': name,
                        'encoding': self.encodings.get(p, 'utf-8'),
                        'nlines': len(ls) if ls is not None else 0,
                        'lines': None if ls is None else [[s.line_number, s.text] for s in ls.stripped_lines],
                        'imports': out_edges, 'excluded': excluded})
        return out
    def unvisited(self, mods):
        """The project's files (the stack's list) that pylint's own walk did not visit: a directory without
        __init__.py inside a package. A changed run does not take them for files changed since the index."""
        listed = self.opts.get('projectFiles')
        if not listed:
            return []
        try:
            with open(listed, encoding='utf-8') as f:
                files = json.load(f)
        except (OSError, ValueError):
            return []
        seen = {e['path'] for e in mods}
        norm = lambda p: os.path.normpath(p).replace(os.sep, '/')
        return sorted({norm(p) for p in files if isinstance(p, str)} - seen)
    def finish(self, messages):
        """Keeps the messages that involve a fresh module (a changed run), writes the index when asked."""
        if self.changed:
            fresh = self.fresh_modules()
            messages = [m for m in messages if involves(m, fresh)]
        if self.mode == 'read':
            note('%d modules from the index, %d parsed' % (self.from_index, len(self.items)))
        if self.opts.get('write') and self.mode != 'plain':
            mods = self.entries()
            if self.mode == 'read':
                own = {e['path']: e for e in mods}
                mods = [own[p] if e is None else e for e, p in self.merged(own)]
            package_path = self.mods['lint'].discover_package_path
            roots = {rel(package_path(p, self.source_roots)) for _, p in self.items}
            if self.mode == 'read':
                roots.update(self.old['packagePaths'])
            data = dict(self.expected, modules=mods, packagePaths=sorted(roots),
                        unvisited=self.unvisited(mods))
            tmp = self.opts['path'] + '.%d.tmp' % os.getpid()
            with open(tmp, 'w', encoding='utf-8') as f:
                json.dump(data, f, separators=(',', ':'))
            os.replace(tmp, self.opts['path'])
        return messages, {'mode': self.mode, 'parsed': len(self.items), 'fromIndex': self.from_index}
def involves(m, fresh):
    """Whether a duplicate-code or cyclic-import message names one of the fresh modules."""
    text = m.get('message', '')
    if m.get('symbol') == 'cyclic-import':
        inner = text[text.find('(') + 1:text.rfind(')')]
        return any(n in fresh for n in inner.split(' -> '))
    for line in text.split('\n'):
        if line.startswith('==') and line.endswith(']') and ':[' in line:
            if line[2:line.rfind(':[')] in fresh:
                return True
    return False
def reaching(graph, targets):
    """The vertices, in the graph's order, from which one of targets can be reached: only a search from
    one of them can find a cycle through a target."""
    back = defaultdict(list)
    for v, out in graph.items():
        for t in out:
            back[t].append(v)
    seen, todo = set(targets), list(targets)
    while todo:
        for v in back[todo.pop()]:
            if v not in seen:
                seen.add(v)
                todo.append(v)
    return [v for v in graph if v in seen]
def stored_lineset(sim_mod, e):
    """A LineSet from the index: its stripped lines; the real ones (only shown in messages) read on demand."""
    cls = stored_class(sim_mod)
    ls = cls.__new__(cls)
    ls.name = e['module']
    ls._stripped_lines = [sim_mod.LineSpecifs(n, t) for n, t in e['lines']]
    ls._ix = (e['path'], e['encoding'], e['nlines'])
    return ls
_stored = {}
def stored_class(sim_mod):
    if 'cls' not in _stored:
        class StoredLineSet(sim_mod.LineSet):
            def __len__(self):
                return self._ix[2]
            @property
            def _real_lines(self):
                path, encoding, _ = self._ix
                from pylint.utils import decoding_stream
                try:
                    codecs.lookup(encoding)
                    with open(path, 'rb') as f:
                        return decoding_stream(f, encoding).readlines()
                except (OSError, LookupError, UnicodeDecodeError):
                    return []
            @property
            def real_lines(self):
                return self._real_lines
        _stored['cls'] = StoredLineSet
    return _stored['cls']
def fresh_sims(sim_mod, checker, fresh_ids):
    """pylint's _iter_sims over the pairs it would compare, restricted to the linesets that share a
    duplicate, directly or through others, with a fresh one: pylint keeps the first pair that holds a
    given block, so a fresh pair's fate depends on the earlier pairs that hold the same block; the pairs
    outside that group cannot share a block with it."""
    sets = checker.linesets
    mn = checker.namespace.min_similarity_lines
    hashes = [sim_mod.hash_lineset(ls, mn) for ls in sets]
    by_hash = defaultdict(set)
    for i, h in enumerate(hashes):
        for k in h[0]:
            by_hash[k].add(i)
    four = len(inspect.signature(checker._find_common).parameters) == 4
    pairs = {}
    group = [i for i, ls in enumerate(sets) if id(ls) in fresh_ids]
    known = set(group)
    while group:
        i = group.pop()
        near = set()
        for k in hashes[i][0]:
            near |= by_hash[k]
        for j in near - {i}:
            a, b = min(i, j), max(i, j)
            if (a, b) in pairs:
                continue
            found = list(checker._find_common(sets[a], sets[b], hashes[a], hashes[b]) if four
                         else checker._find_common(sets[a], sets[b]))
            pairs[a, b] = found
            if found and j not in known:
                known.add(j)
                group.append(j)
    for key in sorted(pairs):
        yield from pairs[key]
def install_index(opts):
    """Hooks for part 0's cross pass (see pylint-index.ts)."""
    mods, _ = index_modules()
    ix = Index(opts, mods)
    state['index'] = ix
    check = PyLinter.check
    def checked(self, files_or_modules):
        if not state['cross']:
            return check(self, files_or_modules)
        ix.source_roots = getattr(self.config, 'source_roots', ())
        targets = ix.targets(self, list(files_or_modules))
        if ix.mode != 'read':
            return check(self, targets)
        extra = [os.path.abspath(p) for p in ix.old['packagePaths']]
        with mods['lint'].augmented_sys_path(extra):
            return check(self, targets)
    PyLinter.check = checked
    if mods is None or missing_internal(mods):
        return
    sim_cls, imp_cls = similarities_class(mods['similar']), mods['imports'].ImportsChecker
    process, sim_close, imp_close = sim_cls.process_module, sim_cls.close, imp_cls.close
    def processed(self, node):
        before = len(self.linesets)
        process(self, node)
        if state['cross'] and ix.mode != 'plain' and len(self.linesets) > before:
            p = rel(node.file)
            ix.paths[id(self.linesets[-1])] = p
            ix.encodings[p] = node.file_encoding or 'utf-8'
    sim_cls.process_module = processed
    hooked = lambda: state['cross'] and ix.mode != 'plain'
    sim_cls.close = lambda self: ix.sim_close(self, sim_close) if hooked() else sim_close(self)
    imp_cls.close = lambda self: ix.imp_close(self, imp_close) if hooked() else imp_close(self)
`;


/***/ }),

/***/ 7802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ CAN_FORK),
/* harmony export */   Q0: () => (/* binding */ pylintParts),
/* harmony export */   VR: () => (/* binding */ partCount),
/* harmony export */   qh: () => (/* binding */ PYLINT_PART_BOOT),
/* harmony export */   xo: () => (/* binding */ mergePylintOutputs)
/* harmony export */ });
/* unused harmony exports CROSS_MESSAGES, CROSS_SHARE */
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7563);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/* harmony import */ var _pylint_importers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2513);
/* harmony import */ var _pylint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8322);




/**
 * pylint on every core with the findings of one process. pylint's own `--jobs` changes what it reports: on
 * rich 15.0 it finds a different set of duplicate-code (R0801) and cyclic-import (R0401) messages (its
 * workers hand their files' lines and import edges back in another order, and both checks depend on that
 * order), and with Python's forkserver start method (the default from Python 3.14) its workers do not see
 * what an init-hook put on sys.path. So the work is split into parts, each a pylint run of its own
 * (`--jobs=1`):
 * - every part discovers the files exactly as pylint does (its own walk, ignore settings and module
 *   names), then keeps the files it owns: the largest first, each to the part with the least work so far;
 * - every part runs with duplicate-code and cyclic-import disabled;
 * - part 0 first runs those two checks alone over every file, in pylint's order, as one process would
 *   (and only those the configuration enables). That pass builds every module's tree.
 * Where the OS can fork (not Windows), the parts are forks of the one process, made right after that pass:
 * each starts with every tree already built (astroid's cache, shared copy-on-write), so the split costs
 * almost no CPU over one process (rich: 13.6 CPU s against 20.7 for separate processes and 14.1 for one
 * process). On Windows the parts are separate processes started together, and part 0 starts with a
 * share of the work, CROSS_SHARE, for the pass.
 * The parts' messages together are the serial run's (checked on rich and on a project with duplicates and
 * an import cycle); only their order differs.
 */
/** The two checks that depend on every file at once. */
const CROSS_MESSAGES = ['duplicate-code', 'cyclic-import'];
/**
 * The part of the work that part 0's duplicate-code and cyclic-import pass counts for, in file bytes: about
 * a quarter of the checking on rich (the pass parses every file, but part 0's own checking then reuses
 * those trees).
 */
const CROSS_SHARE = 0.25;
const PART_SOURCE = `import gc, io, json, os, sys, traceback
from contextlib import redirect_stdout
gc.set_threshold(100_000, 50, 1_000)
spec, args = json.loads(sys.argv[1]), sys.argv[2:]
sys.argv = ['pylint']
${_pylint_importers_js__WEBPACK_IMPORTED_MODULE_2__/* .IMPORTERS_SOURCE */ .qW}
importers = start_importer_report(spec['importers']) if spec.get('importers') else None
from pylint.lint import PyLinter, Run
CROSS = (${CROSS_MESSAGES.map((m) => `'${m}'`).join(', ')})
state = {'cross': False, 'skip': set()}
class NothingToCheck(Exception):
    pass
def owned(items):
    sizes = [os.path.getsize(i.filepath) for i in items]
    load = [0.0] * spec['parts']
    load[0] = spec['crossShare'] * sum(sizes)
    mine = set()
    for n in sorted(range(len(items)), key=lambda n: -sizes[n]):
        k = load.index(min(load))
        load[k] += sizes[n]
        if k == spec['part']:
            mine.add(n)
    return [i for n, i in enumerate(items) if n in mine]
discover = PyLinter._iterate_file_descrs
def files(self, *a, **kw):
    items = list(discover(self, *a, **kw))
    if state['skip'] and not state['cross']:
        items = [i for i in items if rel(i.filepath) not in state['skip']]
    if 'index' in state:
        items = state['index'].named(items)
        if state['cross']:
            state['index'].record(items)
    return iter(items if state['cross'] else owned(items))
PyLinter._iterate_file_descrs = files
configure = PyLinter.load_plugin_configuration
def restrict(self):
    configure(self)
    if state['cross']:
        keep = [m for m in CROSS if self.is_message_enabled(m)]
        if not keep:
            raise NothingToCheck
        self.disable('all')
        for m in keep:
            self.enable(m)
PyLinter.load_plugin_configuration = restrict
def run(cross, extra):
    state['cross'] = cross
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            Run([*args, '--jobs=1', *extra], exit=False)
    except NothingToCheck:
        return []
    return [m for m in json.loads(out.getvalue())['messages'] if (m['symbol'] in CROSS) == cross]
def main_pass():
    return run(False, ['--disable=' + ','.join(CROSS)])
def fork_parts():
    sys.stdout.flush()
    sys.stderr.flush()
    gc.collect()
    gc.freeze()
    kids = []
    for k in range(1, spec['parts']):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            code = 0
            try:
                spec['part'] = k
                with os.fdopen(w, 'w') as out:
                    json.dump(main_pass(), out)
            except BaseException:
                traceback.print_exc()
                code = 70
            sys.stderr.flush()
            os._exit(code)
        os.close(w)
        kids.append((k, pid, r))
    return kids
def join(kids):
    found = []
    for k, pid, r in kids:
        with os.fdopen(r) as inp:
            data = inp.read()
        status = os.waitpid(pid, 0)[1]
        if status != 0 or not data:
            sys.stderr.write(f"pylint part {k + 1} of {spec['parts']} failed (wait status {status})\\n")
            sys.exit(3)
        found += json.loads(data)
    return found
${_pylint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_SOURCE */ .tS}
if importers:
    state['importers'] = finish_importer_report(importers)
    state['skip'] = {rel(p) for p in state['importers']['skipped']}
    if spec.get('index') and spec['index'].get('fresh') is not None:
        spec['index']['fresh'] = [p for p in spec['index']['fresh'] if rel(p) not in state['skip']]
if spec.get('index'):
    install_index(spec['index'])
messages = run(True, []) if spec['cross'] else []
report = None
if 'index' in state:
    messages, report = state['index'].finish(messages)
kids = fork_parts() if spec.get('fork') else []
messages += main_pass()
messages += join(kids)
out = {'messages': messages}
if report:
    out['index'] = report
if spec['part'] == 0 and 'importers' in state:
    out['importers'] = state['importers']
json.dump(out, sys.stdout)
# Python's own teardown would free every tree one by one: nothing is left to do but flush.
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
`;
/**
 * One part (PartSpec as JSON in argv[1], pylint's arguments after it), printing one json2 object with the
 * messages of its passes. Hooks on two PyLinter methods that pylint 3.0 to 4.1 all have (json2 needs 3.0):
 * `_iterate_file_descrs` (the files pylint discovered, filtered to this part's) and
 * `load_plugin_configuration` (called once the configuration and command line are read: the pass keeps
 * duplicate-code and cyclic-import as the configuration has them and disables everything else).
 * On one line (a JSON string is a Python string literal), so that each part's command is one line of the
 * summary's "commands that ran".
 */
const PYLINT_PART_BOOT = `exec(${JSON.stringify(PART_SOURCE)})`;
/** How many parts: one a CPU, never more than there are files; one part is pylint's usual single run. */
function partCount(cpus, files) {
    return Math.max(1, Math.min(Math.floor(cpus), files));
}
/** Whether the parts can be forks of one process (os.fork: not on Windows). */
const CAN_FORK = process.platform !== 'win32';
/**
 * The invocations of the parts, from the single-process one (`python -c PYLINT_BOOT <pylint args>`): the
 * same pylint arguments and environment, behind PYLINT_PART_BOOT and the part's spec. With `fork`, one
 * invocation that forks the others. With `index`, part 0's cross pass writes or reads the duplicate-code /
 * cyclic-import index (pylint-index.ts); a changed run may have a single part, whose cross pass still
 * comes first. Part 0 then also prints `"index": {"mode", "parsed", "fromIndex"}` beside the messages
 * (mergePylintOutputs ignores it).
 */
function pylintParts(single, parts, index, fork = CAN_FORK, importers) {
    const [flag, boot, ...pylintArgs] = single.args;
    if (flag !== '-c' || boot !== _argv_js__WEBPACK_IMPORTED_MODULE_0__/* .PYLINT_BOOT */ .sp)
        throw new Error('pylintParts: not a pylint invocation');
    const specs = fork
        ? [{ part: 0, parts, cross: true, crossShare: 0, fork: true }]
        : Array.from({ length: parts }, (_, part) => ({
            part,
            parts,
            cross: part === 0,
            crossShare: CROSS_SHARE,
        }));
    if (index)
        specs[0].index = index;
    if (importers)
        for (const s of specs)
            s.importers = importers;
    return specs.map((spec) => ({
        ...single,
        args: ['-c', PYLINT_PART_BOOT, JSON.stringify(spec), ...pylintArgs],
    }));
}
/** The parts' outputs as one json2 object (the messages of all of them), for parsePylint. */
function mergePylintOutputs(stdouts, 
/** Gets part 0's whole output (its index and importer reports beside the messages). */
onPart0) {
    const messages = [];
    stdouts.forEach((stdout, n) => {
        let data;
        try {
            data = JSON.parse(stdout);
        }
        catch (err) {
            throw new _parse_json_js__WEBPACK_IMPORTED_MODULE_1__/* .OutputError */ .u7('pylint', `part ${n + 1} of ${stdouts.length}: not JSON (${err.message})`);
        }
        const list = data?.messages;
        if (!Array.isArray(list)) {
            throw new _parse_json_js__WEBPACK_IMPORTED_MODULE_1__/* .OutputError */ .u7('pylint', `part ${n + 1} of ${stdouts.length}: no "messages" array`);
        }
        messages.push(...list);
        if (n === 0)
            onPart0?.(data);
    });
    return JSON.stringify({ messages });
}


/***/ }),

/***/ 5552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oQ: () => (/* binding */ ANY_EXIT),
  wh: () => (/* binding */ TOOL_TIMEOUT_MS),
  kD: () => (/* binding */ runPool),
  qI: () => (/* binding */ runTool),
  wQ: () => (/* binding */ runToolParts)
});

// UNUSED EXPORTS: crashReason, parseOutput

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/provision/python-tools.ts
var python_tools = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/parse-json.ts
var parse_json = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/argv.ts
var argv = __webpack_require__(7563);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/diff.ts
/** Unified diffs as isort, autoflake, autopep8 and `ruff format --diff` print them. */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * Parses the diffs of any number of files. Hunk bodies are read by their line counts, so a removed line
 * that itself starts with `--` is never taken for a file header; other lines (tool messages) are skipped.
 */
function parseUnifiedDiff(text) {
    const lines = text.split(/\r?\n/);
    const files = [];
    let file;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const next = lines[i + 1];
        if (line.startsWith('--- ') && next?.startsWith('+++ ')) {
            file = { oldPath: line.slice(4), newPath: next.slice(4), hunks: [] };
            files.push(file);
            i++;
            continue;
        }
        const m = HUNK.exec(line);
        if (!m || !file)
            continue;
        let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        let newLeft = m[4] === undefined ? 1 : Number(m[4]);
        const hunk = { header: line, oldStart: Number(m[1]), lines: [] };
        while ((oldLeft > 0 || newLeft > 0 || lines[i + 1]?.startsWith('\\')) && i + 1 < lines.length) {
            const body = lines[++i];
            hunk.lines.push(body);
            if (body.startsWith('\\'))
                continue;
            if (body.startsWith('+'))
                newLeft--;
            else if (body.startsWith('-'))
                oldLeft--;
            else {
                oldLeft--;
                newLeft--;
            }
        }
        file.hunks.push(hunk);
    }
    return files;
}
/** The runs of removed and added lines of a hunk, each at its line in the original file. */
function changeBlocks(hunk) {
    const blocks = [];
    // An empty original (`-0,0`) has its first line at 1.
    let old = Math.max(1, hunk.oldStart);
    let current;
    for (const l of hunk.lines) {
        if (l.startsWith('\\'))
            continue;
        if (l.startsWith('-') || l.startsWith('+')) {
            if (!current) {
                current = { line: old, removed: [], added: [] };
                blocks.push(current);
            }
            if (l.startsWith('-')) {
                current.removed.push(l.slice(1));
                old++;
            }
            else {
                current.added.push(l.slice(1));
            }
        }
        else {
            current = undefined;
            old++;
        }
    }
    return blocks;
}
/**
 * The file a diff is about. The tools decorate the path: autoflake and autopep8 print `original/./x.py`
 * (pass `prefix: 'original/'`), isort `/abs/x.py:before<TAB>date`; ruff prints it as it is.
 */
function diffPath(header, opts = {}) {
    let p = header.split('\t')[0].replace(/:(before|after)$/, '');
    if (opts.prefix && p.startsWith(opts.prefix))
        p = p.slice(opts.prefix.length);
    return p.replace(/^(\.\/)+/, '');
}
/** A hunk as text with its file headers, cut to `max` characters, for a finding's `data.diff`. */
function hunkText(file, hunk, max = 4000) {
    const text = [`--- ${file.oldPath}`, `+++ ${file.newPath}`, hunk.header, ...hunk.lines].join('\n');
    return text.length <= max ? text : `${text.slice(0, max - 2)}\n…`;
}

// EXTERNAL MODULE: ./src/actions/python-lint-stack/tools.ts
var tools = __webpack_require__(3310);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/parse-text.ts




/** Where flake8's codes are documented, by prefix; plugin codes link to flake8 itself. */
function flake8HelpUri(code) {
    if (/^[EW]\d/.test(code))
        return 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes';
    if (/^F\d/.test(code))
        return 'https://flake8.pycqa.org/en/latest/user/error-codes.html';
    if (/^C90\d/.test(code))
        return 'https://pypi.org/project/mccabe/';
    return 'https://flake8.pycqa.org/en/latest/user/error-codes.html';
}
/** flake8 with FLAKE8_FORMAT: `pyprod␟path␟row␟col␟code␟text` lines; 1-based rows and columns. */
function parseFlake8(stdout, ctx) {
    const out = [];
    for (const line of stdout.split(/\r?\n/)) {
        const parts = line.split(argv/* FLAKE8_SEP */.XH);
        if (parts[0] !== argv/* FLAKE8_PREFIX */.tR || parts.length < 6)
            continue;
        const [, file, row, col, code] = parts;
        const text = parts.slice(5).join(' ');
        const f = {
            tool: 'flake8',
            rule: code,
            // The complexity pass reports, it does not fail.
            severity: code === 'C901' ? 'warning' : 'error',
            message: text.trim(),
            file: (0,parse_json/* repoPath */.qN)(file, ctx),
            helpUri: flake8HelpUri(code),
        };
        // E902 (file not found) has row 0: a file-level finding.
        if (Number(row) >= 1)
            f.line = Number(row);
        if (Number(col) >= 1 && f.line)
            f.column = Number(col);
        out.push(f);
    }
    return out;
}
/** What an autoflake change removes, from the removed line. */
function autoflakeRule(line) {
    if (/^\s*(import|from)\s/.test(line))
        return 'unused-import';
    if (/^\s*("[^"]*"|'[^']*'|\d+)\s*:/.test(line))
        return 'duplicate-key';
    if (/^\s*pass\s*(#.*)?$/.test(line))
        return 'useless-pass';
    if (/^\s*[A-Za-z_][\w.]*\s*(:[^=]*)?=(?!=)/.test(line))
        return 'unused-variable';
    return 'change';
}
const AUTOFLAKE_MESSAGE = {
    'unused-import': 'Unused import',
    'duplicate-key': 'Duplicate dictionary key',
    'useless-pass': 'Useless pass statement',
    'unused-variable': 'Unused variable',
    change: 'autoflake would change this code',
};
const quoted = (s) => `\`${s.trim().slice(0, 120)}\``;
/**
 * The original lines of a hunk that sit inside a parenthesised `from x import (` list, where autoflake
 * removes one name per line (`    OrderedDict,`): those are unused imports, not "a change".
 */
function importListLines(hunk) {
    const inside = new Set();
    let old = Math.max(1, hunk.oldStart);
    let open = false;
    for (const l of hunk.lines) {
        if (l.startsWith('\\') || l.startsWith('+'))
            continue;
        const text = l.slice(1);
        if (open) {
            inside.add(old);
            if (text.includes(')'))
                open = false;
        }
        else if (/^\s*from\s+\S+\s+import\s*\((?!.*\))/.test(text)) {
            open = true;
        }
        old++;
    }
    return inside;
}
/**
 * One finding per removed line of a pure removal (each unused import is its own), else one per block,
 * spanning the block's original lines (`endLine`), so that the other tools' findings on its later lines
 * merge with it.
 */
function autoflakeBlock(block, importList) {
    if (block.added.length === 0) {
        return block.removed.map((text, n) => {
            const rule = importList.has(block.line + n) ? 'unused-import' : autoflakeRule(text);
            return {
                line: block.line + n,
                rule,
                message: `${AUTOFLAKE_MESSAGE[rule]}: ${quoted(text)} would be removed`,
            };
        });
    }
    const first = block.removed[0] ?? block.added[0] ?? '';
    const rule = autoflakeRule(first);
    const to = block.added.map((a) => a.trim()).join(' ');
    return [
        {
            line: block.line,
            ...(block.removed.length > 1 ? { endLine: block.line + block.removed.length - 1 } : {}),
            rule,
            message: `${AUTOFLAKE_MESSAGE[rule]}: ${quoted(first)} would become ${quoted(to)}`,
        },
    ];
}
/** autoflake's diff (`--- original/./x.py`), a finding per change with the hunk kept in `data.diff`. */
function parseAutoflake(stdout, ctx) {
    const out = [];
    for (const file of parseUnifiedDiff(stdout)) {
        const repo = (0,parse_json/* repoPath */.qN)(diffPath(file.oldPath, { prefix: 'original/' }), ctx);
        for (const hunk of file.hunks) {
            const diff = hunkText(file, hunk);
            const importList = importListLines(hunk);
            for (const block of changeBlocks(hunk)) {
                for (const c of autoflakeBlock(block, importList)) {
                    out.push({
                        tool: 'autoflake',
                        rule: c.rule,
                        severity: 'error',
                        message: c.message,
                        file: repo,
                        line: c.line,
                        ...(c.endLine ? { endLine: c.endLine } : {}),
                        helpUri: tools/* TOOLS */.It.autoflake.home,
                        data: { diff },
                    });
                }
            }
        }
    }
    return out;
}
const HUNK_TOOLS = {
    isort: {
        tool: 'isort',
        rule: 'unsorted-imports',
        message: 'Imports are incorrectly sorted and/or formatted',
    },
    autopep8: {
        tool: 'autopep8',
        rule: 'pep8',
        message: 'autopep8 would reformat this code',
        prefix: 'original/',
    },
    'ruff-format': { tool: 'ruff-format', rule: 'format', message: 'ruff format would reformat this code' },
};
/** A formatter's diff: one finding per hunk, at its first changed line, with the hunk in `data.diff`. */
function parseHunks(tool, stdout, ctx) {
    const t = HUNK_TOOLS[tool];
    const out = [];
    for (const file of parseUnifiedDiff(stdout)) {
        const repo = (0,parse_json/* repoPath */.qN)(diffPath(file.oldPath, { prefix: t.prefix }), ctx);
        for (const hunk of file.hunks) {
            const first = changeBlocks(hunk)[0];
            const changed = hunk.lines.filter((l) => /^[-+]/.test(l)).length;
            out.push({
                tool: t.tool,
                rule: t.rule,
                severity: 'error',
                message: `${t.message} (${changed} changed lines)`,
                file: repo,
                line: first?.line ?? Math.max(1, hunk.oldStart),
                helpUri: tools/* TOOLS */.It[t.tool].home,
                data: { diff: hunkText(file, hunk) },
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/actions/python-lint-stack/run.ts






/** Every exit code reaches classifyExit: a tool's codes mean different things. */
const ANY_EXIT = Array.from({ length: 256 }, (_, n) => n);
/** A cold uv may first install the tool; pylint on a large codebase takes minutes. */
const TOOL_TIMEOUT_MS = 60 * 60_000;
/** The codes that mean "ran and reported"; anything else is a crash. With `--exit-zero` that is only 0. */
const OK_EXIT = {
    ruff: [0],
    'ruff-format': [0, 1],
    flake8: [0],
    pylint: [0],
    mypy: [0, 1],
    isort: [0, 1],
    autoflake: [0],
    autopep8: [0],
};
/** Reads a tool's stdout into findings; throws OutputError when it is not the tool's format. */
function parseOutput(tool, stdout, ctx) {
    switch (tool) {
        case 'ruff':
            return (0,parse_json/* parseRuff */.bL)(stdout, ctx);
        case 'pylint':
            return (0,parse_json/* parsePylint */.Sp)(stdout, ctx);
        case 'mypy':
            return (0,parse_json/* parseMypy */.TL)(stdout, ctx);
        case 'flake8':
            return parseFlake8(stdout, ctx);
        case 'autoflake':
            return parseAutoflake(stdout, ctx);
        case 'isort':
        case 'autopep8':
        case 'ruff-format':
            return parseHunks(tool, stdout, ctx);
    }
}
/**
 * Why a finished run is a crash, or undefined when it reported normally. A code that also means "found
 * something" (mypy, isort, ruff format: 1) only counts as findings when findings were read: uv failing to
 * install the tool exits 1 too, and must never pass as clean.
 */
function crashReason(tool, exitCode, findings, stderr) {
    if (exitCode === null)
        return 'was killed';
    if (!OK_EXIT[tool].includes(exitCode))
        return `exited with code ${exitCode}`;
    if (exitCode !== 0 && findings === 0)
        return `exited with code ${exitCode} without reporting a finding`;
    if (/^Traceback \(most recent call last\):/m.test(stderr))
        return `raised an exception (exit code ${exitCode})`;
    return undefined;
}
/** Runs one tool to completion and reads its report; a crash is returned, never thrown. */
function runTool(tool, argv, opts) {
    return runToolParts(tool, [argv], opts, (stdouts) => stdouts[0] ?? '');
}
async function runPart(argv, opts) {
    const [file, ...args] = argv;
    try {
        return await (0,python_tools/* execOfflineFirst */.fm)(argv, {
            cwd: opts.cwd,
            env: opts.env,
            okExitCodes: ANY_EXIT,
            timeoutMs: opts.timeoutMs ?? TOOL_TIMEOUT_MS,
        });
    }
    catch (error) {
        return { error, command: (0,exec/* displayCommand */.kc)(file, args) };
    }
}
/**
 * Runs the processes of one tool at the same time (pylint's parts, see pylint-split.ts; usually just one)
 * and reads them as one report: `merge` joins their outputs into the tool's format. Any part that crashes
 * makes the whole run a crash: a report with a part missing would pass for a clean one.
 */
async function runToolParts(tool, argvs, opts, merge) {
    const started = external_node_perf_hooks_.performance.now();
    const runs = await Promise.all(argvs.map((argv) => runPart(argv, opts)));
    const base = {
        tool,
        command: runs.map((p) => p.command).join('\n'),
        durationMs: external_node_perf_hooks_.performance.now() - started,
    };
    const done = [];
    for (const p of runs) {
        if ('error' in p) {
            const e = p.error;
            const exitCode = e instanceof errors/* ToolError */.v4 ? e.exitCode : null;
            return { ...base, exitCode, findings: [], crash: (0,errors/* errorMessage */.gJ)(p.error) };
        }
        done.push(p);
    }
    const tail = (r) => {
        const t = (0,exec/* lastLines */.w$)(`${r.stdout.slice(-8192)}\n${r.stderr.slice(-8192)}`.trim(), 30);
        return t ? `; last output:\n${t}` : ' (no output)';
    };
    const exitCode = done.find((p) => p.r.exitCode !== 0)?.r.exitCode ?? done[0]?.r.exitCode ?? null;
    let findings;
    try {
        const stdout = merge(done.map((p) => p.r.stdout));
        findings = parseOutput(tool, stdout, { cwd: opts.cwd, workspace: opts.workspace });
    }
    catch (err) {
        const tails = done.map((p) => tail(p.r)).join('');
        const crash = `${base.command} exited with code ${exitCode}: ${(0,errors/* errorMessage */.gJ)(err)}${tails}`;
        return { ...base, exitCode, findings: [], crash };
    }
    for (const { r, command } of done) {
        const why = crashReason(tool, r.exitCode, findings.length, r.stderr);
        if (why)
            return { ...base, exitCode: r.exitCode, findings: [], crash: `${command} ${why}${tail(r)}` };
    }
    return { ...base, exitCode, findings };
}
/** Runs `fn` over the items with at most `limit` at a time, results in input order. */
async function runPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const n = next++;
            results[n] = await fn(items[n]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ REASON_TEXT),
/* harmony export */   N3: () => (/* binding */ describeGroup),
/* harmony export */   Yb: () => (/* binding */ widenScope),
/* harmony export */   changedScope: () => (/* binding */ changedScope),
/* harmony export */   fu: () => (/* binding */ CROSS_TOOLS)
/* harmony export */ });
/* unused harmony exports PULL_REQUEST_EVENTS, selectChanged, MAX_ARG_CHARS, printable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7667);
/* harmony import */ var _core_event_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5618);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3764);





/** The events whose changed files `changed-files-only` narrows the lint to. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * Keeps the changed `.py`/`.pyi` files (repository paths) that lie in the working directory under one of
 * `paths` and still exist, as paths relative to the working directory.
 */
function selectChanged(changed, opts) {
    const roots = opts.paths.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.workingDirectory, p));
    const out = [];
    for (const file of changed) {
        if (!/\.pyi?$/.test(file))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.workspace, file);
        const inside = roots.some((r) => {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(r, abs);
            return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
        });
        if (!inside || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false })?.isFile())
            continue;
        out.push((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .safeArg */ .Mb)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(opts.workingDirectory, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')));
    }
    return [...new Set(out)].sort();
}
/**
 * The pull request's changed Python files, or undefined when the event is not a pull request (then the
 * whole of `paths` is linted, and the log says why).
 */
async function changedScope(rt, opts) {
    const event = (0,_core_event_js__WEBPACK_IMPORTED_MODULE_2__/* .readEvent */ .j_)(rt.env);
    if (!PULL_REQUEST_EVENTS.includes(event.name)) {
        rt.info(`changed-files-only applies to pull requests; this is a ${event.name} event, so all paths are linted.`);
        return undefined;
    }
    const scope = await (0,_core_event_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveScope */ .HV)({
        eventName: event.name,
        payload: event.payload,
        cwd: rt.workspace,
        runtime: rt,
    });
    const changed = await (0,_core_event_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .changedFiles */ .Y_)(scope, rt.workspace);
    const files = selectChanged(changed, { workspace: rt.workspace, ...opts });
    const n = files.length;
    const base = scope.kind === 'range' && scope.excluded.length === 1 ? scope.excluded[0] : undefined;
    return {
        files,
        description: `${scope.description}: ${n} changed Python file${n === 1 ? '' : 's'} linted (of ${changed.length} changed files)`,
        ...(base ? { base } : {}),
    };
}
const REASON_TEXT = {
    changed: 'changed by the pull request',
    importer: 'imports a changed module',
    'importer-unaffected': 'imports a changed module but reads nothing the change touched (pylint skips it)',
    stale: 'changed since the cached index',
    project: 'the whole project',
};
/** The tools that get the changed files' importers and the stale files: their findings cross modules. */
const CROSS_TOOLS = ['pylint', 'mypy'];
/**
 * A changed run's files per tool: every tool lints the changed files; pylint and mypy also the files that
 * import them (import-graph.ts) and the files whose content differs from pylint's cached index, or, without
 * an import graph, the whole project (`project`: its targets and files).
 */
function widenScope(o) {
    const cross = o.tools.filter((t) => CROSS_TOOLS.includes(t));
    const groups = [{ reason: 'changed', tools: [...o.tools], files: [...o.changed] }];
    const whole = (note) => {
        groups.push({ reason: 'project', tools: cross, files: [...o.project.files], note });
        return { cross: [...o.project.targets], groups };
    };
    if (!Array.isArray(o.importers))
        return whole(o.importers.unavailable);
    const seen = new Set(o.changed);
    const add = (reason, files) => {
        const fresh = [...new Set(files)].filter((f) => !seen.has(f)).sort();
        for (const f of fresh)
            seen.add(f);
        if (fresh.length > 0)
            groups.push({ reason, tools: cross, files: fresh });
    };
    add('importer', o.importers);
    add('stale', o.stale.map(_command_js__WEBPACK_IMPORTED_MODULE_4__/* .safeArg */ .Mb));
    // A module most of the project imports: its importers as arguments could pass the command line's limit
    // (32 KiB on Windows), and the project's own paths name the same files.
    const chars = [...seen].reduce((n, f) => n + f.length + 1, 0);
    if (chars > (o.maxArgChars ?? MAX_ARG_CHARS)) {
        groups.splice(1);
        return whole(`${seen.size} files to check, more than one command line holds`);
    }
    return { cross: [...seen].sort(), groups };
}
/** The file arguments pylint and mypy get in a changed run, at most (Windows allows 32,767 in all). */
const MAX_ARG_CHARS = 16_000;
/** A file name for a log line or the summary: control characters (a newline would start a command) escaped. */
function printable(name) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: those are what is escaped
    return name.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** One line a group: `3 files (a.py, b.py, c.py) linted by pylint, mypy: imports a changed module`. */
function describeGroup(g, shown = 5) {
    const n = g.files.length;
    const names = g.files.slice(0, shown).map(printable).join(', ') + (n > shown ? `, and ${n - shown} more` : '');
    const why = g.note ? `${REASON_TEXT[g.reason]} (${g.note})` : REASON_TEXT[g.reason];
    const by = g.tools.length > 0 ? `linted by ${g.tools.join(', ')}` : 'not linted';
    return `${n} file${n === 1 ? '' : 's'} (${names}) ${by}: ${why}`;
}


/***/ }),

/***/ 8467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ pylintPaths),
/* harmony export */   AL: () => (/* binding */ selectFiles),
/* harmony export */   hy: () => (/* binding */ candidateFiles),
/* harmony export */   iL: () => (/* binding */ carriedExcludes)
/* harmony export */ });
/* unused harmony exports gitIgnored, pathArguments, coverOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7167);
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7563);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3764);
/* harmony import */ var _exclude_patterns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5563);






const PYTHON_FILE = /\.pyi?$/;
/** The Python files under a directory, as the tools find them when they walk it (our EXCLUDED_DIRS, no venvs). */
function walk(dir, rel, out) {
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const childRel = rel === '.' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
            if (e.name.startsWith('.') || _argv_js__WEBPACK_IMPORTED_MODULE_3__/* .EXCLUDED_DIRS */ .M5.includes(e.name))
                continue;
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.name, 'pyvenv.cfg')))
                continue;
            walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.name), childRel, out);
        }
        else if (e.isFile() && PYTHON_FILE.test(e.name)) {
            out.push(childRel);
        }
    }
}
/** The Python files the targets name (files as given, directories walked), relative to cwd. */
function candidateFiles(cwd, targets) {
    const out = [];
    for (const t of targets) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, t);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false });
        if (st?.isDirectory())
            walk(abs, node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.', out);
        else if (st?.isFile())
            out.push(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    }
    return [...new Set(out)];
}
/**
 * The files git ignores, asked of git itself (`git check-ignore`: tracked files are never ignored, as in
 * `git ls-files`). Undefined when cwd is not in a git work tree.
 */
async function gitIgnored(cwd, files) {
    if (files.length === 0)
        return new Set();
    const r = await (0,_core_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['check-ignore', '-z', '--stdin'], {
        input: `${files.join('\0')}\0`,
        okExitCodes: [0, 1, 128],
    });
    if (r.exitCode === 128)
        return undefined;
    return new Set((0,_core_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K5)(r.stdout));
}
/**
 * The files to check, or undefined when nothing under the targets is excluded (then the tools get the
 * targets as they are, and walk them themselves).
 */
async function selectFiles(cwd, targets, rules, rt) {
    for (const r of rules) {
        if (r.problem)
            rt.warning(`${r.source}: ${JSON.stringify(r.pattern)} is ${r.problem}; it is not applied.`);
    }
    const candidates = candidateFiles(cwd, targets);
    const groups = new Map();
    const excluded = new Set();
    const note = (owner, source, file) => {
        const g = groups.get(source) ?? { owner, source, files: [] };
        g.files.push(file);
        groups.set(source, g);
        excluded.add(file);
    };
    for (const file of candidates) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, file);
        const by = rules.find((r) => (0,_exclude_patterns_js__WEBPACK_IMPORTED_MODULE_5__/* .excludedBy */ .UC)(abs, r, cwd));
        if (by)
            note(by.owner, by.source, file);
    }
    const rest = candidates.filter((f) => !excluded.has(f));
    let ignored;
    try {
        ignored = await gitIgnored(cwd, rest);
    }
    catch (err) {
        rt.warning(`git check-ignore failed in ${cwd}, so the .gitignore is not applied: ${err.message}`);
    }
    if (ignored === undefined && rest.length > 0)
        rt.info(`${cwd} is not in a git work tree: no .gitignore applies.`);
    for (const f of rest)
        if (ignored?.has(f))
            note('git', '.gitignore (git check-ignore)', f);
    const files = pathArguments(targets, candidates.filter((f) => !excluded.has(f)), excluded);
    return files && { files, excluded: [...groups.values()] };
}
/**
 * The paths that name exactly the kept files (coverOf, as arguments no tool takes for an option); undefined
 * when nothing is excluded: the tools then get the targets as they are.
 */
function pathArguments(targets, kept, excluded) {
    return excluded.size === 0 ? undefined : coverOf(targets, kept, excluded).map(_command_js__WEBPACK_IMPORTED_MODULE_4__/* .safeArg */ .Mb);
}
/**
 * What pylint is given (with `--recursive=y`): the selected paths, else each target's entries. pylint checks
 * the files in the order it finds them under these paths, and what duplicate-code (R0801) reports depends on
 * that order (a block found in three files is reported for the first pair that has it), so whatever compares
 * its output with pylint's (bench/real-projects) must give pylint the same paths.
 */
function pylintPaths(cwd, targets, selected) {
    return selected ? [...selected] : (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .expandTargets */ .Vq)(cwd, targets);
}
/**
 * The shortest list of paths that names exactly the kept files: a directory with no excluded file under it
 * stands for all of its files, any other is replaced by its kept files and its subdirectories.
 */
function coverOf(targets, kept, excluded) {
    const root = { files: [], dirs: new Map() };
    for (const f of kept) {
        const parts = f.split('/');
        let node = root;
        for (const d of parts.slice(0, -1)) {
            const next = node.dirs.get(d) ?? { files: [], dirs: new Map() };
            node.dirs.set(d, next);
            node = next;
        }
        node.files.push(parts[parts.length - 1]);
    }
    // Every directory above an excluded file, '' for the working directory itself.
    const dirty = new Set();
    for (const f of excluded) {
        const parts = f.split('/');
        for (let n = 0; n < parts.length; n++)
            dirty.add(parts.slice(0, n).join('/'));
    }
    const out = [];
    const join = (prefix, name) => (prefix ? `${prefix}/${name}` : name);
    const emit = (node, prefix) => {
        if (!dirty.has(prefix)) {
            out.push(prefix || '.');
            return;
        }
        for (const f of node.files)
            out.push(join(prefix, f));
        for (const [d, child] of [...node.dirs].sort(([a], [b]) => (a < b ? -1 : 1)))
            emit(child, join(prefix, d));
    };
    const keptSet = new Set(kept);
    for (const t of targets) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(t.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')).replace(/\/$/, '');
        if (keptSet.has(rel)) {
            out.push(rel);
            continue;
        }
        let node = root;
        for (const d of rel === '.' ? [] : rel.split('/'))
            node = node?.dirs.get(d);
        if (node)
            emit(node, rel === '.' ? '' : rel);
    }
    return [...new Set(out)];
}
/** ruff applies its own configuration and the `.gitignore` (respect-gitignore) itself. */
function ownsExclude(tool, owner) {
    const ruff = tool === 'ruff' || tool === 'ruff-format';
    return owner === tool || (ruff && (owner === 'ruff' || owner === 'git'));
}
/** The excludes that reach a tool from another tool's configuration or the `.gitignore`. */
function carriedExcludes(tool, groups) {
    return groups
        .filter((g) => !ownsExclude(tool, g.owner))
        .map((g) => {
        const shown = g.files.slice(0, 3).join(', ');
        const more = g.files.length > 3 ? `, and ${g.files.length - 3} more` : '';
        const n = g.files.length;
        return {
            tool,
            setting: 'exclude',
            value: `${n} file${n === 1 ? '' : 's'} (${shown}${more})`,
            from: g.source,
        };
    });
}


/***/ }),

/***/ 7163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ describeCarried),
/* harmony export */   QC: () => (/* binding */ loadSharedConfig)
/* harmony export */ });
/* unused harmony exports FORMATTER_CONFLICTS, listOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1963);
/* harmony import */ var _exclude_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5563);




/** `pylint max-line-length 120 from [tool.ruff] line-length (pyproject.toml)` */
function describeCarried(c) {
    // One line whatever the file names hold: a line break in a log line could start a workflow command.
    return `${c.tool} ${c.setting} ${c.value} from ${c.from}`.replace(/[\r\n\u2028\u2029]/g, (ch) => JSON.stringify(ch).slice(1, -1));
}
/** The flake8 (pycodestyle) codes that contradict what black and ruff format write. */
const FORMATTER_CONFLICTS = ['E203', 'E701', 'E704', 'W503'];
// ---------------------------------------------------------------------------------------------------------
// Reading each tool's settings with their values.
function tomlDoc(file) {
    const text = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file);
    if (text === undefined)
        return undefined;
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch {
        return undefined; // the tools report a broken file themselves
    }
}
const isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** A table's options, sub-tables flattened (pylint's `[tool.pylint.format]` and `[tool.pylint.main]`). */
function flatten(table, out = new Map()) {
    for (const [k, v] of Object.entries(table)) {
        if (isTable(v))
            flatten(v, out);
        else
            out.set((0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .normKey */ .MI)(k), v);
    }
    return out;
}
function iniSettings(file, accept) {
    const text = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file);
    if (text === undefined)
        return undefined;
    let found = false;
    const out = new Map();
    for (const [name, kv] of (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .iniValues */ .ry)(text)) {
        if (!accept(name))
            continue;
        found = true;
        for (const [k, v] of kv)
            out.set(k, v);
    }
    return found ? out : undefined;
}
const base = (file) => node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file);
/** The settings of a tool from the configuration file it uses (found as the tool finds it). */
function settingsOf(tool, config) {
    if (!config)
        return undefined;
    const file = config.file;
    const name = base(file);
    if (name.endsWith('.toml')) {
        const doc = tomlDoc(file);
        if (!doc)
            return undefined;
        const key = tool === 'ruff-format' ? 'ruff' : tool;
        if (name === 'pyproject.toml' || name.startsWith('pylintrc') || name.startsWith('.pylintrc')) {
            const table = doc.tool?.[key];
            if (!isTable(table))
                return undefined;
            const values = tool === 'ruff' || tool === 'ruff-format' ? topLevel(table) : flatten(table);
            return { file, where: `[tool.${key}]`, values };
        }
        return { file, where: name, values: topLevel(doc) }; // ruff.toml, .ruff.toml
    }
    const accept = {
        flake8: (s) => s === 'flake8',
        pylint: (s) => name.includes('pylintrc') || s.startsWith('pylint.'),
        isort: (s) => name === '.isort.cfg' || s === 'isort' || s === 'tool:isort',
        mypy: (s) => s === 'mypy',
    };
    const values = iniSettings(file, accept[tool] ?? (() => true));
    if (!values)
        return undefined;
    const section = tool === 'pylint' ? '' : tool === 'isort' && name === '.isort.cfg' ? '' : `[${tool}] `;
    return { file, where: `${section}${name}`.trim(), values };
}
/** ruff's own options: the top level of its table (its `[lint]` and `[format]` sub-tables kept as such). */
function topLevel(table) {
    return new Map(Object.entries(table).map(([k, v]) => [(0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .normKey */ .MI)(k), v]));
}
/** A list option: a TOML array, or INI text separated by commas and new lines. */
function listOf(v) {
    const items = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[,\n]/) : [];
    return items.map((s) => s.trim()).filter((s) => s.length > 0);
}
function intOf(v) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** `[tool.ruff] line-length (pyproject.toml)`: an option and the file it is in, relative to the workspace. */
function sourceOf(s, option, workspace) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, s.file) || s.file;
    const where = s.where.startsWith('[') ? `${s.where.split(' ')[0]} ${option}` : `${option}`;
    return `${where} (${rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/')})`;
}
function excludeRules(s, tool, cwd, ws) {
    if (!s)
        return [];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(s.file);
    const out = [];
    const add = (option, kind, ruleBase = dir) => {
        const value = s.values.get(option);
        // A regex searched in paths is one string (commas and new lines are part of it), or a TOML array of them.
        const patterns = kind === 'search-regex' && typeof value === 'string' ? [value] : listOf(value);
        for (const p of patterns) {
            // black reads a pattern over several lines as verbose (its re_compile_maybe_verbose).
            const pattern = tool === 'black' && p.includes('\n') && !p.startsWith('(?x)') ? `(?x)${p}` : p;
            out.push((0,_exclude_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .rule */ .Hu)(tool, kind, pattern, ruleBase, sourceOf(s, option, ws)));
        }
    };
    switch (tool) {
        case 'ruff':
        case 'flake8':
            add('exclude', 'glob');
            add('extend-exclude', 'glob');
            break;
        case 'pylint':
            add('ignore', 'name');
            add('ignore-patterns', 'basename-regex');
            add('ignore-paths', 'path-regex', cwd);
            break;
        case 'isort':
            add('skip', 'name');
            add('extend-skip', 'name');
            add('skip-glob', 'isort-glob');
            add('extend-skip-glob', 'isort-glob');
            break;
        case 'black':
            add('exclude', 'search-regex');
            add('extend-exclude', 'search-regex');
            add('force-exclude', 'search-regex');
            break;
        case 'mypy':
            add('exclude', 'search-regex', cwd);
            break;
        default:
            break;
    }
    return out;
}
// ---------------------------------------------------------------------------------------------------------
// The formatter and the line length.
/** `[tool.black]` in the nearest pyproject.toml that has it, from `start` up to `root`. */
function blackSettings(start, root) {
    for (const dir of (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .searchDirs */ .di)(start, root)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'pyproject.toml');
        const black = tomlDoc(file)?.tool?.black;
        if (isTable(black))
            return { file, where: '[tool.black]', values: topLevel(black) };
    }
    return undefined;
}
/** Every requirement string of a pyproject.toml: dependencies, extras, groups, uv's dev-dependencies. */
function requirements(doc) {
    const project = isTable(doc.project) ? doc.project : {};
    const uv = isTable(doc.tool) && isTable(doc.tool.uv) ? doc.tool.uv : {};
    const lists = [project.dependencies, uv['dev-dependencies']];
    for (const group of [project['optional-dependencies'], doc['dependency-groups']]) {
        if (isTable(group))
            lists.push(...Object.values(group));
    }
    return lists.flatMap((l) => (Array.isArray(l) ? l.filter((x) => typeof x === 'string') : []));
}
/**
 * The formatter the project uses, by its configuration: `[tool.ruff.format]` (or `[format]` in ruff.toml),
 * `[tool.black]`, black among the pyproject.toml requirements, a black or ruff-format pre-commit hook, or
 * `ruff-format` among the stack's tools. ruff in the requirements alone is not enough: many only lint.
 */
function detectFormatter(ruff, black, opts) {
    const rel = (f) => (node_path__WEBPACK_IMPORTED_MODULE_0__.relative(opts.workspace, f) || f).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    if (ruff && isTable(ruff.values.get('format'))) {
        const table = ruff.where.startsWith('[') ? '[tool.ruff.format]' : '[format]';
        return { name: 'ruff format', from: `${table} in ${rel(ruff.file)}` };
    }
    if (black)
        return { name: 'black', from: `[tool.black] in ${rel(black.file)}` };
    for (const dir of (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .searchDirs */ .di)(opts.cwd, opts.workspace)) {
        const pyproject = node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'pyproject.toml');
        const doc = tomlDoc(pyproject);
        if (doc && requirements(doc).some((r) => /^\s*black\s*(?:[[<>=!~;@\s]|$)/i.test(r))) {
            return { name: 'black', from: `black required in ${rel(pyproject)}` };
        }
        const hooks = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, '.pre-commit-config.yaml'));
        const hook = hooks && /^\s*-?\s*id:\s*['"]?(black|ruff-format)['"]?\s*$/m.exec(hooks);
        if (hook) {
            const name = hook[1] === 'black' ? 'black' : 'ruff format';
            return { name, from: `the ${hook[1]} hook in ${rel(node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, '.pre-commit-config.yaml'))}` };
        }
    }
    if (opts.tools.includes('ruff-format'))
        return { name: 'ruff format', from: 'ruff-format in tools' };
    return undefined;
}
/** The option that sets each tool's line length, as written in its configuration. */
const LENGTH_OPTION = {
    ruff: ['line-length'],
    'ruff-format': ['line-length'],
    flake8: ['max-line-length'],
    pylint: ['max-line-length'],
    isort: ['line-length'],
    autopep8: ['max-line-length'],
};
/** The codes a flake8 `select`/`extend-select` names explicitly: those the project wants, conflict or not. */
function selected(values, code) {
    if (!values)
        return false;
    const chosen = [...listOf(values.get('select')), ...listOf(values.get('extend-select'))];
    return chosen.some((c) => c === code);
}
/** Reads the project's configuration once and decides what reaches each tool of the stack. */
function loadSharedConfig(o) {
    const find = (t) => (t in o.configs ? o.configs[t] : (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .findToolConfig */ .KZ)(t, o.cwd, o.workspace));
    const ruff = settingsOf('ruff', find('ruff'));
    const flake8 = settingsOf('flake8', find('flake8'));
    const pylint = settingsOf('pylint', find('pylint'));
    const isort = settingsOf('isort', find('isort'));
    const mypy = settingsOf('mypy', find('mypy'));
    const black = blackSettings(o.cwd, o.workspace);
    const excludes = [
        ...excludeRules(ruff, 'ruff', o.cwd, o.workspace),
        ...excludeRules(flake8, 'flake8', o.cwd, o.workspace),
        ...excludeRules(pylint, 'pylint', o.cwd, o.workspace),
        ...excludeRules(isort, 'isort', o.cwd, o.workspace),
        ...excludeRules(black, 'black', o.cwd, o.workspace),
        ...excludeRules(mypy, 'mypy', o.cwd, o.workspace),
    ];
    // The project's length: ruff's, then black's, then flake8's or pylint's own.
    let lineLength;
    for (const [s, option] of [
        [ruff, 'line-length'],
        [black, 'line-length'],
        [flake8, 'max-line-length'],
        [pylint, 'max-line-length'],
    ]) {
        const value = s ? intOf(s.values.get(option)) : undefined;
        if (s && value !== undefined) {
            lineLength = { value, from: sourceOf(s, option, o.workspace) };
            break;
        }
    }
    const carried = [];
    const lineLengthFor = {};
    if (lineLength) {
        for (const tool of o.tools) {
            const options = LENGTH_OPTION[tool];
            if (!options)
                continue;
            const own = find(tool);
            const ownValues = tool === 'ruff-format' ? ruff : settingsOf(tool, own);
            const hasOwn = (ownValues && options.some((k) => ownValues.values.has(k))) ||
                (!ownValues && own?.keys.some((k) => options.includes(k)));
            if (hasOwn)
                continue;
            lineLengthFor[tool] = lineLength.value;
            const flag = tool === 'flake8' || tool === 'pylint' || tool === 'autopep8' ? 'max-line-length' : 'line-length';
            carried.push({ tool, setting: flag, value: String(lineLength.value), from: lineLength.from });
        }
    }
    const formatter = detectFormatter(ruff, black, o);
    let flake8ExtendIgnore;
    if (o.tools.includes('flake8') && (formatter || lineLength)) {
        const own = listOf(flake8?.values.get('extend-ignore'));
        // Without a configuration of its own, flake8 keeps our defaults (E501, W503): pylint's line-too-long at the
        // project's length already reports long lines, and flake8's E501 on top repeated them on projects whose own
        // ruff configuration leaves E501 off (measured in bench/real-projects: a2a-sdk, pymilvus).
        const ours = flake8 ? [] : ['E501', 'W503'];
        const conflicts = formatter ? FORMATTER_CONFLICTS.filter((c) => !selected(flake8?.values, c)) : [];
        const added = conflicts.filter((c) => !own.includes(c) && !ours.includes(c));
        if (added.length > 0 || !flake8)
            flake8ExtendIgnore = [...new Set([...own, ...ours, ...conflicts])];
        if (added.length > 0) {
            carried.push({
                tool: 'flake8',
                setting: 'extend-ignore',
                value: added.join(','),
                from: `${formatter?.name} formats this project (${formatter?.from})`,
            });
        }
    }
    return {
        excludes,
        ...(lineLength ? { lineLength } : {}),
        ...(formatter ? { formatter } : {}),
        lineLengthFor,
        ...(flake8ExtendIgnore ? { flake8ExtendIgnore } : {}),
        carried,
    };
}


/***/ }),

/***/ 3310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ FAST_RULES),
/* harmony export */   G1: () => (/* binding */ DEFAULT_TOOLS),
/* harmony export */   It: () => (/* binding */ TOOLS),
/* harmony export */   XA: () => (/* binding */ bySlowestFirst),
/* harmony export */   qG: () => (/* binding */ TOOL_CHOICES),
/* harmony export */   tq: () => (/* binding */ TOOL_PACKAGES),
/* harmony export */   wH: () => (/* binding */ FIXERS)
/* harmony export */ });
/* unused harmony export TOOL_IDS */
/* harmony import */ var _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5063);

/** Every linter the stack can run; `ruff-format` is `ruff format --check`, the rest are their own CLIs. */
const TOOL_IDS = [
    'autoflake',
    'flake8',
    'ruff',
    'isort',
    'pylint',
    'mypy',
    'ruff-format',
    'autopep8',
];
/** What `tools` accepts: tool names and the `fast` preset. */
const TOOL_CHOICES = [...TOOL_IDS, 'fast'];
/** The stack a Python team typically runs from its Makefile. */
const DEFAULT_TOOLS = ['autoflake', 'flake8', 'ruff', 'isort', 'pylint'];
/**
 * The `fast` preset: ruff alone, with the rule families that cover the default stack: pycodestyle (E, W)
 * and pyflakes (F) for flake8 and autoflake, mccabe (C90) for the complexity pass, isort (I) and ruff's
 * ports of pylint's checks (PL).
 */
const FAST_RULES = ['E', 'W', 'F', 'C90', 'I', 'PL'];
/** The fixers `fix: true` runs, in this order (the stack's `format` target). */
const FIXERS = ['autoflake', 'autopep8', 'ruff', 'isort'];
const TOOLS = {
    pylint: { id: 'pylint', spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.pylint, weight: 100, home: 'https://pylint.readthedocs.io/' },
    mypy: { id: 'mypy', spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.mypy, weight: 60, home: 'https://mypy.readthedocs.io/' },
    flake8: { id: 'flake8', spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.flake8, weight: 20, home: 'https://flake8.pycqa.org/' },
    autopep8: {
        id: 'autopep8',
        spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.autopep8,
        weight: 15,
        home: 'https://pypi.org/project/autopep8/',
    },
    autoflake: {
        id: 'autoflake',
        spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.autoflake,
        weight: 10,
        home: 'https://pypi.org/project/autoflake/',
    },
    isort: { id: 'isort', spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.isort, weight: 5, home: 'https://pycqa.github.io/isort/' },
    ruff: { id: 'ruff', spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.ruff, weight: 2, home: 'https://docs.astral.sh/ruff/' },
    'ruff-format': {
        id: 'ruff-format',
        spec: _provision_python_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTHON_TOOLS */ .J5.ruff,
        weight: 1,
        home: 'https://docs.astral.sh/ruff/formatter/',
    },
};
/** The PyPI packages whose versions `tool-versions` may set. */
const TOOL_PACKAGES = [...new Set(TOOL_IDS.map((t) => TOOLS[t].spec.package))];
/** Slowest first, so the longest run starts at once and the short ones fill the other slots. */
function bySlowestFirst(tools) {
    return [...tools].sort((a, b) => TOOLS[b].weight - TOOLS[a].weight);
}


/***/ }),

/***/ 3629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   P3: () => (/* binding */ restoreCache),
/* harmony export */   S1: () => (/* binding */ buildCacheKey),
/* harmony export */   WI: () => (/* binding */ serviceMissing),
/* harmony export */   mE: () => (/* binding */ cachePoisoningRisk),
/* harmony export */   tc: () => (/* binding */ keySegment),
/* harmony export */   tg: () => (/* binding */ runnerOs),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony export sizeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





/** GitHub rejects keys longer than this (and commas in keys). */
const MAX_KEY_LENGTH = 512;
/** Makes one key segment URL- and key-safe: no commas, slashes or spaces, bounded length. */
function keySegment(value) {
    const safe = value.replace(/[^A-Za-z0-9._+=-]+/g, '_').replace(/^_+|_+$/g, '');
    return safe.length > 64 ? `${safe.slice(0, 40)}_${shortHash(value)}` : safe || '_';
}
function shortHash(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex').slice(0, 12);
}
/**
 * `pyprod-<kind>-<os>-<arch>-<parts...>[-<suffix>]-<hash>`. The restore key is the same without the hash, so
 * a changed lockfile still restores the newest cache of the same matrix cell.
 */
function buildCacheKey(k) {
    const head = ['pyprod', k.kind, k.os, k.arch, ...(k.parts ?? []), ...(k.suffix ? [k.suffix] : [])].map(keySegment);
    const prefix = `${head.join('-')}-`;
    const key = k.hash ? `${prefix}${k.hash}` : prefix.slice(0, -1);
    if (key.length > MAX_KEY_LENGTH)
        throw new Error(`cache key longer than ${MAX_KEY_LENGTH} characters: ${key}`);
    return { key, restoreKeys: k.hash ? [prefix] : [] };
}
/**
 * SHA-256 over the given files' paths and contents, in sorted order; '' when none exists. Patterns are
 * fs.glob patterns relative to `cwd`.
 */
async function hashFiles(patterns, cwd) {
    const files = new Set();
    for (const pattern of patterns) {
        for await (const f of node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.glob(pattern, {
            cwd,
            exclude: (p) => p.includes('node_modules') || p.includes('.venv'),
        })) {
            files.add(f.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
        }
    }
    if (files.size === 0)
        return '';
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort()) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(cwd, f));
        if (!st.isFile())
            continue;
        h.update(`${f}\0`);
        h.update(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(cwd, f)));
        h.update('\0');
    }
    return h.digest('hex');
}
// Events where a cache written by the job could be read by more privileged runs of other refs: untrusted
// code can run with write access to the default branch's cache scope.
const POISONING_EVENTS = new Set(['pull_request_target', 'workflow_run', 'release', 'issue_comment']);
/** The runner's names for OS and architecture (as in RUNNER_OS / RUNNER_ARCH), for cache keys. */
function runnerOs(platform = process.platform) {
    return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}
/** Why saving a cache is unsafe for this event, or undefined when it is safe. */
function cachePoisoningRisk(env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (POISONING_EVENTS.has(event))
        return `the ${event} event can run untrusted code with the base branch's cache scope`;
    if (event === 'push' && (env.GITHUB_REF ?? '').startsWith('refs/tags/')) {
        return 'a tag push shares the cache scope of every branch';
    }
    return undefined;
}
/** Why there is no cache service to talk to (not on a GitHub runner), or undefined when there is one. */
function serviceMissing(env) {
    const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!url)
        return 'no cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset: not on a GitHub runner?)';
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return 'no cache service token (ACTIONS_RUNTIME_TOKEN unset)';
    return undefined;
}
/**
 * Restores through @actions/cache (loaded on first use: it is the heaviest part of a bundle). A missing or
 * failing cache service is a warning and a miss; the job goes on.
 */
async function restoreCache(rt, paths, key, restoreKeys = []) {
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now();
    const done = (r) => ({
        ...r,
        key,
        durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now() - started),
    });
    const missing = serviceMissing(rt.env);
    if (missing) {
        if (rt.kind === 'github')
            rt.warning(`Cache not restored: ${missing}.`);
        return done({ hit: 'miss', sizeBytes: 0, unavailable: missing });
    }
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(181)]).then(__webpack_require__.bind(__webpack_require__, 7181));
        const matched = await cache.restoreCache(paths, key, restoreKeys, {}, false);
        if (!matched) {
            rt.info(`Cache miss: ${key}`);
            return done({ hit: 'miss', sizeBytes: 0 });
        }
        // Keys match case-insensitively on the cache service, and some servers answer in their own case.
        const hit = matched.toLowerCase() === key.toLowerCase() ? 'exact' : 'partial';
        rt.info(hit === 'exact'
            ? `Cache hit: ${matched}`
            : `Cache restored from an older key: ${matched} (wanted ${key})`);
        return done({ hit, matchedKey: matched, sizeBytes: await sizeOf(paths) });
    }
    catch (err) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
        rt.warning(`Cache restore of ${key} failed, continuing without it: ${why}`);
        return done({ hit: 'miss', sizeBytes: 0, unavailable: why });
    }
}
async function saveCache(rt, paths, key, opts = {}) {
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now();
    const done = (saved, sizeBytes, skipped) => ({
        saved,
        key,
        sizeBytes,
        durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now() - started),
        ...(skipped ? { skipped } : {}),
    });
    const risk = cachePoisoningRisk(rt.env);
    if (risk && !opts.force) {
        rt.info(`Cache ${key} not saved: ${risk} (cache poisoning). Set the save to forced to override.`);
        return done(false, 0, `not saved: ${risk}`);
    }
    const missing = serviceMissing(rt.env);
    if (missing)
        return done(false, 0, missing);
    const existing = [];
    for (const p of paths)
        if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(p))
            existing.push(p);
    if (existing.length === 0)
        return done(false, 0, 'nothing to save: the paths do not exist');
    const size = await sizeOf(existing);
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(181)]).then(__webpack_require__.bind(__webpack_require__, 7181));
        const id = await cache.saveCache(existing, key);
        // -1: the service refused the key, most often because another job of a matrix saved it first.
        if (id === -1)
            return done(false, size, 'the cache service did not take it (another job may have saved this key)');
        return done(true, size);
    }
    catch (err) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
        rt.warning(`Cache save of ${key} failed, continuing: ${why}`);
        return done(false, size, why);
    }
}
/** Total bytes of regular files under the given paths (symlinks not followed). */
async function sizeOf(paths) {
    let total = 0;
    const walk = async (p) => {
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(p);
        }
        catch {
            return;
        }
        if (st.isFile())
            total += st.size;
        else if (st.isDirectory()) {
            const entries = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(p);
            await Promise.all(entries.map((e) => walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(p, e))));
        }
    };
    await Promise.all(paths.map(walk));
    return total;
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ resolveScope),
/* harmony export */   J0: () => (/* binding */ ensureHistory),
/* harmony export */   Y_: () => (/* binding */ changedFiles)
/* harmony export */ });
/* unused harmony export commitsInRange */
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7667);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7167);


const plural = (n) => `${n} commit${n === 1 ? '' : 's'}`;
/**
 * Works out the scope of an event in the repository at `cwd`, fetching missing objects (never checking
 * anything out) and deepening a shallow clone as far as the scope needs (see ensureHistory).
 */
async function resolveScope(opts) {
    const ctx = {
        cwd: opts.cwd,
        runtime: opts.runtime,
        event: opts.eventName,
        remote: await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRemote */ .k$)(opts.cwd),
        log: (m) => opts.runtime.info(m),
    };
    const scope = await resolve(ctx, opts);
    ctx.log(`Scope: ${scope.description}`);
    return scope;
}
async function resolve(ctx, opts) {
    switch (opts.eventName) {
        case 'push':
            return pushScope(ctx, (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pushInfo */ .TN)(opts.payload), opts.defaultBranch);
        case 'pull_request':
        case 'pull_request_target':
            return pullRequestScope(ctx, opts.payload);
        case 'merge_group':
            return mergeGroupScope(ctx, opts.payload);
        case 'schedule':
            return allScope(ctx, 'scheduled runs scan the whole history');
        case 'workflow_dispatch':
            return allScope(ctx, 'manual runs scan the whole history');
        case 'none':
            return allScope(ctx, 'as there is no GitHub event (not running in Actions)');
        default:
            return allScope(ctx, `event '${opts.eventName}' has no commit range, so the whole history`);
    }
}
async function pushScope(ctx, p, fallbackDefault) {
    const ref = p.ref ?? '(unknown ref)';
    if (p.deleted) {
        return {
            kind: 'none',
            reason: 'push-deleted',
            event: ctx.event,
            head: '',
            excluded: [],
            revArgs: [],
            commits: 0,
            description: p.ref
                ? `push: ${ref} was deleted; nothing to scan`
                : 'push: a branch or tag was deleted (the payload names no ref); nothing to scan',
        };
    }
    if (!p.after)
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`The push payload has no 'after' commit sha (ref ${ref}).`);
    await requireCommits(ctx, [p.after], 'the pushed commit (after)');
    const defaultBranch = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeBranchName */ .rq)(p.defaultBranch) ? p.defaultBranch : fallbackDefault;
    const branch = p.ref?.startsWith('refs/heads/') ? p.ref.slice('refs/heads/'.length) : undefined;
    const needed = p.commitIds.length > 0 && p.commitIds.length < 2048 ? p.commitIds.length + 1 : undefined;
    if (p.ref?.startsWith('refs/tags/')) {
        const tag = p.ref.slice('refs/tags/'.length);
        const head = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, p.after)) ?? p.after; // an annotated tag peels to its commit
        const main = await defaultBranchCommit(ctx, defaultBranch);
        if (!main)
            return allScope(ctx, `tag ${tag}: default branch not found, so the tag's whole history`, head);
        return rangeScope(ctx, {
            reason: 'tag',
            head,
            excluded: [main],
            label: `push (tag ${tag})`,
            qualifier: `not on ${defaultBranch}`,
        });
    }
    if (p.created) {
        if (branch !== undefined && branch === defaultBranch) {
            return allScope(ctx, `push created the default branch ${branch}, so its whole history`, p.after);
        }
        const main = await defaultBranchCommit(ctx, defaultBranch);
        if (main) {
            const label = `push (new branch ${branch ?? ref})`;
            const qualifier = `not on ${defaultBranch}`;
            return rangeScope(ctx, {
                reason: 'push-new-branch',
                head: p.after,
                excluded: [main],
                label,
                qualifier,
                needed,
            });
        }
        return pushedCommits(ctx, p, branch, `new branch ${branch ?? ref} and the default branch was not found`);
    }
    if (p.before && (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, [p.before], ctx.log)).length === 0) {
        return rangeScope(ctx, {
            reason: 'push',
            head: p.after,
            excluded: [p.before],
            label: p.forced ? 'push (forced)' : 'push',
            needed,
        });
    }
    const why = p.before
        ? `before ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(p.before)} is not in the repository and could not be fetched${p.forced ? ' (force push rewrote history)' : ''}`
        : `the payload has no 'before' sha`;
    return pushedCommits(ctx, p, branch, why);
}
/**
 * The pushed commits when there is no usable `before`: `after` minus everything on other remote branches,
 * or, with no other remote branches here, the commits the payload lists.
 */
async function pushedCommits(ctx, p, branch, why) {
    const after = p.after;
    const label = `push${p.forced ? ' (forced)' : ''}`;
    const own = branch && ctx.remote ? `refs/remotes/${ctx.remote}/${branch}` : undefined;
    const others = [...(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteRefs */ .dM)(ctx.cwd)).entries()]
        .filter(([ref]) => ref !== own)
        .map(([, sha]) => sha);
    if (others.length > 0) {
        const selection = [after, ...others.map((s) => `^${s}`)];
        // The boundary is only right once the walk from `after` is not cut short by a shallow clone.
        const what = 'the pushed commits';
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(ctx.cwd, ctx.remote, [after, ...others], () => rangeComplete(ctx.cwd, after, others, true), {
            what,
            log: ctx.log,
        });
        const excluded = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .boundaryOf */ .iH)(ctx.cwd, selection);
        if (excluded.length === 0)
            return allScope(ctx, `${why}; no other branch shares its history`, after);
        const note = `${why}; scanned the commits not on any other remote branch`;
        return rangeScope(ctx, { reason: 'push-before-missing', head: after, excluded, label, note });
    }
    const ids = p.commitIds;
    if (ids.length > 0) {
        const needed = ids.length + 1;
        const missing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, ids, ctx.log);
        if (missing.length > 0)
            throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`The pushed commits ${missing.map(_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu).join(', ')} are not in the repository`, needed);
        // The payload's commits are a contiguous run ending at `after`: what lies outside is their parents.
        const set = new Set(ids);
        const complete = async () => {
            const shallow = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shallowCommits */ .H)(ctx.cwd);
            return ids.every((id) => !shallow.has(id));
        };
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(ctx.cwd, ctx.remote, [after], complete, {
            what: 'the parents of the pushed commits',
            needed,
            log: ctx.log,
        });
        const parents = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .parentsOf */ .fY)(ctx.cwd, ids);
        const excluded = [...new Set([...parents.values()].flat().filter((s) => !set.has(s)))];
        if (excluded.length === 0)
            return allScope(ctx, `${why}; the pushed commits start at the root`, after);
        const note = `${why}; scanned the ${plural(ids.length)} the push event lists`;
        return rangeScope(ctx, { reason: 'push-before-missing', head: after, excluded, label, needed, note });
    }
    ctx.runtime.warning(`push: ${why}, and there is nothing else to tell the pushed commits apart; scanning the whole history.`);
    return allScope(ctx, `${why}, so the whole history`, after);
}
/** The default branch's commit: `<remote>/<default>`, else the local branch, else fetched from the remote. */
async function defaultBranchCommit(ctx, branch) {
    if (!(0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeBranchName */ .rq)(branch))
        return undefined;
    const tracking = ctx.remote ? `refs/remotes/${ctx.remote}/${branch}` : undefined;
    for (const ref of [tracking, `refs/heads/${branch}`]) {
        const sha = ref && (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, ref));
        if (sha)
            return sha;
    }
    if (!ctx.remote || !tracking)
        return undefined;
    await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, [], ctx.log, [`+refs/heads/${branch}:${tracking}`]);
    return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, tracking);
}
async function pullRequestScope(ctx, payload) {
    const pr = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestInfo */ .TC)(payload);
    const { baseSha, headSha } = pr;
    if (!baseSha || !headSha) {
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`The ${ctx.event} payload has no pull_request.base.sha / pull_request.head.sha commit ids.`);
    }
    // Objects only: refs/pull/N/head is fetched into FETCH_HEAD, nothing is checked out (pull_request_target).
    const headRefs = pr.number !== undefined ? [`refs/pull/${pr.number}/head`] : [];
    await requireCommits(ctx, [headSha], `pull request head ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(headSha)}`, headRefs);
    const baseRefs = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeBranchName */ .rq)(pr.baseRef) ? [`refs/heads/${pr.baseRef}`] : [];
    await requireCommits(ctx, [baseSha], `pull request base ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(baseSha)}`, baseRefs);
    const needed = pr.commits !== undefined ? pr.commits + 1 : undefined;
    let mb;
    const found = async () => {
        mb = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(ctx.cwd, baseSha, headSha);
        return mb !== undefined && (await rangeComplete(ctx.cwd, headSha, [mb]));
    };
    const what = `the merge base of ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(baseSha)} and ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(headSha)}`;
    if (!(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(ctx.cwd, ctx.remote, [headSha, baseSha], found, { what, needed, log: ctx.log })) ||
        !mb) {
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`${ctx.event}: base ${baseSha} and head ${headSha} have no common ancestor.`);
    }
    const label = `${ctx.event}${pr.number !== undefined ? ` #${pr.number}` : ''}`;
    const since = `since the merge base with ${pr.baseRef ?? (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(baseSha)}`;
    return rangeScope(ctx, {
        reason: 'pull-request',
        head: headSha,
        excluded: [mb],
        label,
        qualifier: since,
        needed,
    });
}
async function mergeGroupScope(ctx, payload) {
    const mg = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeGroupInfo */ .ah)(payload);
    if (!mg.baseSha || !mg.headSha) {
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM('The merge_group payload has no merge_group.base_sha / merge_group.head_sha commit ids.');
    }
    await requireCommits(ctx, [mg.headSha, mg.baseSha], 'the merge group commits');
    return rangeScope(ctx, {
        reason: 'merge-group',
        head: mg.headSha,
        excluded: [mg.baseSha],
        label: 'merge_group',
    });
}
async function requireCommits(ctx, shas, what, refspecs = []) {
    const missing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, shas, ctx.log, refspecs);
    if (missing.length === 0)
        return;
    const where = ctx.remote
        ? `could not be fetched from ${ctx.remote}`
        : 'the repository has no remote to fetch it from';
    const msg = `${ctx.event}: ${what} (${missing.join(', ')}) is not in the repository and ${where}`;
    if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isShallow */ .fE)(ctx.cwd))
        throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(msg);
    throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`${msg}.`);
}
async function rangeScope(ctx, spec) {
    const { reason, head, excluded, label, qualifier, note, needed } = spec;
    const revArgs = [head, ...excluded.map((e) => `^${e}`)];
    const only = excluded.length === 1 ? excluded[0] : undefined;
    const scope = {
        kind: 'range',
        reason,
        event: ctx.event,
        base: only,
        head,
        excluded,
        range: only ? `${only}..${head}` : revArgs.join(' '),
        revArgs,
        commits: 0,
        description: '',
        needed,
    };
    await ensureHistory(scope, ctx.cwd, ctx.runtime);
    scope.commits = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .revCount */ .pQ)(ctx.cwd, revArgs);
    const span = only ? `${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(only)}..${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}` : `up to ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`;
    const q = qualifier ? ` (${qualifier})` : '';
    scope.description = `${label}: ${plural(scope.commits)} ${span}${q}${note ? `; ${note}` : ''}`;
    return scope;
}
async function allScope(ctx, why, headRev = 'HEAD') {
    const head = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, headRev);
    if (!head)
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`${ctx.event}: ${headRev} does not name a commit in ${ctx.cwd} (empty repository?).`);
    const scope = {
        kind: 'all',
        reason: 'full-history',
        event: ctx.event,
        head,
        excluded: [],
        revArgs: [head],
        commits: 0,
        description: '',
    };
    await ensureHistory(scope, ctx.cwd, ctx.runtime);
    scope.commits = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .revCount */ .pQ)(ctx.cwd, scope.revArgs);
    const span = `full history of ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)} (${plural(scope.commits)})`;
    // Without an event there is no name to start with: the line must still read as a sentence.
    scope.description = ctx.event === 'none' ? `the ${span}, ${why}` : `${ctx.event}: ${span}; ${why}`;
    return scope;
}
/**
 * True when a shallow clone holds the whole selection `head ^x ^y`: no commit in it had its parents cut
 * off, and head meets the excluded side (a visible merge base with each of `meet`, or with any one when
 * `meetAny`). Without that meeting point the walk cannot know which old commits the excluded side
 * already has, and would count them in. A complete repository always passes.
 */
async function rangeComplete(cwd, head, meet, meetAny = false) {
    const shallow = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shallowCommits */ .H)(cwd);
    if (shallow.size === 0)
        return true;
    let met = 0;
    for (const m of meet) {
        if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(cwd, head, m))
            met++;
        else if (!meetAny)
            return false;
    }
    if (meet.length > 0 && met === 0)
        return false;
    const selection = [head, ...meet.map((m) => `^${m}`)];
    return !(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .revList */ .ki)(cwd, selection)).some((c) => shallow.has(c));
}
/**
 * Makes the scope's history present: for a shallow clone, fetches missing endpoints, deepens until no
 * commit in the range has its parents cut off, or unshallows for `all`. Throws HistoryError (which says to
 * set `fetch-depth: 0` on actions/checkout) when the repository has no remote or it still cannot.
 */
async function ensureHistory(scope, cwd, runtime) {
    if (scope.kind === 'none')
        return;
    const remote = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRemote */ .k$)(cwd);
    const log = (m) => runtime.info(m);
    const ends = [scope.head, ...scope.excluded];
    const missing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(cwd, remote, ends, log);
    if (missing.length > 0) {
        throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`Commits ${missing.join(', ')} of the scope are not in the repository and could not be fetched`, scope.needed);
    }
    if (scope.kind === 'all')
        return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .unshallow */ .QG)(cwd, remote, `a scan of ${scope.event}`, log);
    const what = `the range ${scope.range ?? ''}`;
    const ok = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(cwd, remote, ends, () => rangeComplete(cwd, scope.head, scope.excluded), {
        what,
        needed: scope.needed,
        log,
    });
    if (!ok)
        throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`${what} is incomplete in this repository`, scope.needed);
}
/**
 * Files the scope changed, repo-relative; for `all`, every file in HEAD's tree. With `deleted`, deleted files
 * and the old side of renames too (diffNames).
 */
async function changedFiles(scope, cwd, opts = {}) {
    if (scope.kind === 'none')
        return [];
    if (scope.kind === 'all' || scope.excluded.length === 0)
        return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .treeFiles */ .CU)(cwd, scope.head);
    // `base...head`: what head changed since it forked from base. With several excluded commits (a pushed
    // merge), keep the files that differ from every one of them, i.e. the ones the pushed commits touched.
    let result;
    for (const base of scope.excluded) {
        const names = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .diffNames */ .y3)(cwd, base, scope.head, true, opts);
        result = result === undefined ? names : result.filter((n) => names.includes(n));
    }
    return result ?? [];
}
/** The commits in scope, newest first (all of HEAD's history for `all`, none for `none`). */
async function commitsInRange(scope, cwd) {
    if (scope.kind === 'none')
        return [];
    return revList(cwd, scope.revArgs);
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

/***/ 3801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ publishWithInputs),
/* harmony export */   c: () => (/* binding */ loadReportInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _findings_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6635);
/* harmony import */ var _json_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4225);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4617);





function loadReportInputs(r) {
    const prComment = r.bool('pr-comment', false);
    return {
        sarifFile: r.string('sarif-file'),
        jsonFile: r.string('json-file'),
        prComment,
        // Read only when a comment is asked for: otherwise the token is never held at all.
        githubToken: prComment ? r.string('github-token') : undefined,
        baseline: r.string('baseline'),
        writeBaseline: r.string('write-baseline'),
        // Every findings action declares it; the JSON report says which project it describes.
        workingDirectory: r.string('working-directory') ?? '.',
    };
}
/**
 * Loads the baseline (if any), publishes the report everywhere, and writes a new baseline when asked.
 * The one call a findings action makes after building its Report.
 */
async function publishWithInputs(report, rt, inputs, extra = {}) {
    // Every path input checked before anything is written: a directory given for a file fails naming the input.
    const at = (input, value, kind) => value === undefined ? undefined : (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPathInput */ .mW)(input, value, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, value), kind);
    at('sarif-file', inputs.sarifFile, 'output-file');
    at('json-file', inputs.jsonFile, 'output-file');
    at('write-baseline', inputs.writeBaseline, 'output-file');
    at('baseline', inputs.baseline, 'file');
    const baseline = inputs.baseline
        ? await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBaseline */ .oU)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.baseline), {
            input: 'baseline',
            tool: report.action,
        })
        : undefined;
    const result = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publishReport */ .S)(report, rt, {
        ...extra,
        sarifFile: inputs.sarifFile,
        jsonFile: inputs.jsonFile,
        prComment: inputs.prComment,
        token: inputs.githubToken,
        baseline,
        project: (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .projectOf */ .v8)(rt.workspace, inputs.workingDirectory ?? '.'),
    });
    if (inputs.writeBaseline) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.writeBaseline);
        await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .writeBaseline */ .B9)(file, report.findings, report.action);
        rt.info(`Wrote a baseline of ${report.findings.length} findings to ${file}.`);
    }
    const known = new Set(baseline?.fingerprints ?? []);
    return {
        ...result,
        newFindings: report.findings.filter((f) => !known.has(f.fingerprint)),
        ...(baseline ? { loadedBaseline: baseline } : {}),
    };
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XY: () => (/* binding */ buildJsonReport),
/* harmony export */   a_: () => (/* binding */ writeJsonReport),
/* harmony export */   ng: () => (/* binding */ runOf),
/* harmony export */   v8: () => (/* binding */ projectOf)
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
        ...(opts.project !== undefined ? { project: opts.project } : {}),
        ...(opts.run ? { run: opts.run } : {}),
        verdict: report.verdict,
        counts: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(report.findings),
        findings: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(report.findings).map((f) => orderedFinding(f, opts.known)),
        meta,
    };
}
/** A working directory as JsonReport.project: relative to the workspace, forward slashes, `.` for the workspace. */
function projectOf(workspace, workingDirectory) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, workingDirectory));
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
}
/** The run writing the report, from the runner's variables; undefined outside a workflow run. */
function runOf(env) {
    const digits = (v) => (v && /^\d{1,20}$/.test(v) ? v : undefined);
    const id = digits(env.GITHUB_RUN_ID);
    if (!id)
        return undefined;
    const run = { id };
    const attempt = digits(env.GITHUB_RUN_ATTEMPT);
    if (attempt)
        run.attempt = attempt;
    if (env.GITHUB_JOB)
        run.job = env.GITHUB_JOB;
    if (env.RUNNER_NAME)
        run.runner = env.RUNNER_NAME;
    return run;
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

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ publishReport)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6635);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);
/* harmony import */ var _json_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4225);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7694);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5881);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7994);







// The comment's own budget: bytes bound characters, and the marker line needs a little room.
const COMMENT_BUDGET_BYTES = _pr_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_MAX_CHARS */ .dq - 1_024;
/**
 * Publishes a report everywhere it goes: annotations (most severe first, capped per level), SARIF and
 * JSON files (with the `sarif-file` / `json-file` outputs), the job summary (printed to the terminal
 * by the CLI's localRuntime) and, when asked, the sticky pull request comment. Returns what it did.
 */
async function publishReport(report, runtime, options = {}) {
    const result = { summary: { bytes: 0, rowsShown: 0, rowsOmitted: 0, sectionsOmitted: [] } };
    const known = options.baseline ? new Set(options.baseline.fingerprints) : undefined;
    const split = (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .splitByBaseline */ .Je)(report.findings, options.baseline);
    if (options.baseline)
        result.baseline = { new: split.new.length, known: split.known.length };
    if (options.annotate ?? true) {
        result.annotations = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .KI)(split.new, runtime, { perLevel: options.annotationsPerLevel });
    }
    if (options.sarifFile) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(runtime.workspace, options.sarifFile);
        const sarif = (0,_sarif_js__WEBPACK_IMPORTED_MODULE_5__/* .buildSarif */ .Ep)(report, { baseline: options.baseline, project: options.project });
        await (0,_sarif_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSarif */ .lg)(file, sarif.log);
        for (const [tool, n] of Object.entries(sarif.omitted)) {
            runtime.warning(`SARIF: ${n} ${tool} results left out (GitHub code scanning accepts 25,000 per run, 20 runs).`);
        }
        result.sarifFile = file;
        result.sarifOmitted = sarif.omitted;
        runtime.setOutput('sarif-file', file);
    }
    if (options.jsonFile) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(runtime.workspace, options.jsonFile);
        const meta = { ...options.meta };
        if (result.annotations)
            meta.annotations = result.annotations;
        if (result.baseline)
            meta.baseline = result.baseline;
        if (result.sarifFile)
            meta.sarifFile = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(runtime.workspace, result.sarifFile) || result.sarifFile;
        const json = (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .buildJsonReport */ .XY)(report, {
            version: options.version,
            known,
            meta,
            project: options.project,
            run: (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .runOf */ .ng)(runtime.env),
        });
        await (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonReport */ .a_)(file, json);
        result.jsonFile = file;
        runtime.setOutput('json-file', file);
    }
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSummary */ .Br)(report, {
        budgetBytes: options.summaryBudgetBytes ?? _summary_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARY_BUDGET_BYTES */ .Xb,
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
        const comment = (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSummary */ .Br)(report, {
            budgetBytes: COMMENT_BUDGET_BYTES,
            annotations: result.annotations,
            known,
        });
        result.prComment = await (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .upsertPrComment */ .ZC)(runtime, {
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

/***/ 2473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* reexport */ operator.compare),
  lt: () => (/* reexport */ operator.lt),
  ib: () => (/* reexport */ specifier/* satisfies */.ib),
  rZ: () => (/* reexport */ version/* valid */.rZ),
  Im: () => (/* reexport */ specifier/* validRange */.Im)
});

// UNUSED EXPORTS: RANGE_PATTERN, clean, eq, explain, filter, ge, gt, gte, inc, le, lte, major, maxSatisfying, minSatisfying, minor, ne, neq, parse, patch, rcompare

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
var version = __webpack_require__(2660);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js
var operator = __webpack_require__(6502);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
var specifier = __webpack_require__(7868);
;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js











/***/ }),

/***/ 6502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "!=": () => (/* binding */ ne),
/* harmony export */   "<": () => (/* binding */ lt),
/* harmony export */   "<=": () => (/* binding */ le),
/* harmony export */   "==": () => (/* binding */ eq),
/* harmony export */   "===": () => (/* binding */ arbitrary),
/* harmony export */   ">": () => (/* binding */ gt),
/* harmony export */   ">=": () => (/* binding */ ge),
/* harmony export */   compare: () => (/* binding */ compare),
/* harmony export */   eq: () => (/* binding */ eq),
/* harmony export */   ge: () => (/* binding */ ge),
/* harmony export */   gt: () => (/* binding */ gt),
/* harmony export */   le: () => (/* binding */ le),
/* harmony export */   lt: () => (/* binding */ lt),
/* harmony export */   ne: () => (/* binding */ ne),
/* harmony export */   rcompare: () => (/* binding */ rcompare)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2660);




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(version);
  const parsedOther = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 7868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ validRange),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony exports RANGE_PATTERN, filter, maxSatisfying, minSatisfying */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2660);
/* harmony import */ var _operator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6502);
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_PATTERN */ .Q6.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (_operator_js__WEBPACK_IMPORTED_MODULE_1__.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = _operator_js__WEBPACK_IMPORTED_MODULE_1__[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 2660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ VERSION_PATTERN),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   rZ: () => (/* binding */ valid)
/* harmony export */ });
/* unused harmony exports clean, stringify */
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

};
