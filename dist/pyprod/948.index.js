export const id = 948;
export const ids = [948];
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
/* harmony export */   KZ: () => (/* binding */ findToolConfig),
/* harmony export */   MI: () => (/* binding */ normKey),
/* harmony export */   di: () => (/* binding */ searchDirs),
/* harmony export */   ry: () => (/* binding */ iniValues),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports CONFIG_PROBES, iniSections */
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

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* binding */ definition)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4285);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(120);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5980);
/* harmony import */ var _pylint_split_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7802);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5552);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3310);








/** uv only starts the tools: any verified uv will do, or with `tool-source: path` any trusted one on PATH. */
async function findUv(rt, i) {
    const { provisionAnyUv } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(486), __webpack_require__.e(41)]).then(__webpack_require__.bind(__webpack_require__, 7041));
    return (await provisionAnyUv(rt, i.toolSource)).bin('uv');
}
async function runPlan(plan, i, rt) {
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
        ? await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runToolParts */ .wQ)(plan.tool, plan.parts, opts, _pylint_split_js__WEBPACK_IMPORTED_MODULE_4__/* .mergePylintOutputs */ .xo)
        : await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runTool */ .qI)(plan.tool, plan.argv, opts);
    const what = r.crash ? `crashed (exit code ${r.exitCode ?? 'none'})` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(r.findings.length, 'finding');
    rt.info(`${plan.tool}: ${what} in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(r.durationMs)}`);
    return r;
}
async function main(i, rt) {
    const uv = await findUv(rt, i);
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism();
    let targets = i.paths;
    let scopeNote;
    if (i.changedFilesOnly) {
        const { changedScope } = await __webpack_require__.e(/* import() */ 793).then(__webpack_require__.bind(__webpack_require__, 9793));
        const scope = await changedScope(rt, { workingDirectory: i.workingDirectory, paths: i.paths });
        if (scope) {
            targets = scope.files;
            scopeNote = scope.description;
            rt.info(scopeNote);
        }
    }
    const ctx = { inputs: i, rt, uv, targets, jobs: Math.max(1, Math.floor(cpus / 2)), cpus };
    if (i.fix)
        return (await __webpack_require__.e(/* import() */ 814).then(__webpack_require__.bind(__webpack_require__, 7814))).runFixers(i.tools, ctx);
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
    const plans = targets.length === 0 ? [] : await (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planTools */ .p)((0,_tools_js__WEBPACK_IMPORTED_MODULE_6__/* .bySlowestFirst */ .XA)(i.tools), 'check', ctx);
    rt.info(`Running ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(plans.length, 'tool')}, at most ${cpus} at a time.`);
    const running = (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runPool */ .kD)(plans, cpus, (p) => runPlan(p, i, rt));
    // The reporting code loads while the tools run.
    const reporting = __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 6137));
    const results = await running;
    const wallMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() - started;
    const { publishLint } = await reporting;
    await publishLint({ inputs: i, plans, results, empty: targets.length === 0, scopeNote, wallMs }, rt);
}
const definition = {
    name: 'python-lint-stack',
    command: 'lint',
    description: 'Run the Python lint stack (autoflake, flake8, ruff, isort, pylint, ...) concurrently, as one report',
    loadInputs: _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .loadInputs */ .IV,
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4879);


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
        p = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .toRepoPath */ .xD)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(ctx.cwd, file), ctx.workspace);
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
 * itself, else its path under the same root as a known module (`pkg.mod` → `<root>/pkg/mod.py`).
 */
function moduleLocator(messages) {
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
    return (module) => known.get(module) ?? (root === undefined ? undefined : `${root}${module.split('.').join('/')}.py`);
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
    const locate = moduleLocator(messages);
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

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ planTools)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/argv.ts
var argv = __webpack_require__(7563);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/command.ts
var command = __webpack_require__(3764);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/config.ts
var config = __webpack_require__(1963);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/pylint-split.ts
var pylint_split = __webpack_require__(7802);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/git.ts
var git = __webpack_require__(7167);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/exclude-patterns.ts
var exclude_patterns = __webpack_require__(5563);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/selection.ts






const PYTHON_FILE = /\.pyi?$/;
/** The Python files under a directory, as the tools find them when they walk it (our EXCLUDED_DIRS, no venvs). */
function walk(dir, rel, out) {
    let entries;
    try {
        entries = external_node_fs_.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const childRel = rel === '.' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
            if (e.name.startsWith('.') || argv/* EXCLUDED_DIRS */.M5.includes(e.name))
                continue;
            if (external_node_fs_.existsSync(external_node_path_.join(dir, e.name, 'pyvenv.cfg')))
                continue;
            walk(external_node_path_.join(dir, e.name), childRel, out);
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
        const abs = external_node_path_.resolve(cwd, t);
        const st = external_node_fs_.statSync(abs, { throwIfNoEntry: false });
        if (st?.isDirectory())
            walk(abs, external_node_path_.relative(cwd, abs).split(external_node_path_.sep).join('/') || '.', out);
        else if (st?.isFile())
            out.push(external_node_path_.relative(cwd, abs).split(external_node_path_.sep).join('/'));
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
    const r = await (0,git/* git */.$Y)(cwd, ['check-ignore', '-z', '--stdin'], {
        input: `${files.join('\0')}\0`,
        okExitCodes: [0, 1, 128],
    });
    if (r.exitCode === 128)
        return undefined;
    return new Set((0,git/* splitNul */.K5)(r.stdout));
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
        const abs = external_node_path_.resolve(cwd, file);
        const by = rules.find((r) => (0,exclude_patterns/* excludedBy */.UC)(abs, r, cwd));
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
    return excluded.size === 0 ? undefined : coverOf(targets, kept, excluded).map(command/* safeArg */.Mb);
}
/**
 * What pylint is given (with `--recursive=y`): the selected paths, else each target's entries. pylint checks
 * the files in the order it finds them under these paths, and what duplicate-code (R0801) reports depends on
 * that order (a block found in three files is reported for the first pair that has it), so whatever compares
 * its output with pylint's (bench/real-projects) must give pylint the same paths.
 */
function pylintPaths(cwd, targets, selected) {
    return selected ? [...selected] : (0,command/* expandTargets */.Vq)(cwd, targets);
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
        const rel = external_node_path_.posix.normalize(t.split(external_node_path_.sep).join('/')).replace(/\/$/, '');
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

// EXTERNAL MODULE: ./src/actions/python-lint-stack/shared-config.ts
var shared_config = __webpack_require__(7163);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/plan.ts








function configOf(tool, ctx) {
    const found = (0,config/* findToolConfig */.KZ)(tool, ctx.inputs.workingDirectory, ctx.rt.workspace);
    if (found)
        return found;
    const rc = ctx.rt.env.PYLINTRC;
    if (tool === 'pylint' && rc)
        return { file: external_node_path_.resolve(ctx.inputs.workingDirectory, rc), keys: [] };
    return undefined;
}
/** Decides version, configuration, environment and argv of each tool, for checking or for fixing. */
async function planTools(tools, mode, ctx) {
    const { inputs: i, rt } = ctx;
    // In a uv workspace the root's uv.lock pins the tools and the root's environment is the project's.
    const project = (0,uv_project/* locateUvProjectLeniently */.hJ)(i.workingDirectory, rt.env, { ceiling: rt.workspace });
    const uvLock = project?.lockFile ?? external_node_path_.join(i.workingDirectory, 'uv.lock');
    // One configuration for the stack: every tool checks the same files, with the project's line length.
    const configs = Object.fromEntries(tools.map((t) => [t, configOf(t, ctx)]));
    const shared = (0,shared_config/* loadSharedConfig */.QC)({ cwd: i.workingDirectory, workspace: rt.workspace, tools, configs });
    const selection = await selectFiles(i.workingDirectory, ctx.targets, shared.excludes, rt);
    const targets = selection?.files ?? ctx.targets;
    const expandedTargets = pylintPaths(i.workingDirectory, ctx.targets, selection?.files);
    let projectEnv;
    const plans = [];
    for (const tool of tools) {
        const version = await (0,command/* resolveVersion */.x)(tool, i.toolVersions, uvLock);
        const config = configs[tool];
        // mypy's own `files` list is its choice of what to check, as long as the paths are not narrowed.
        const ownFiles = tool === 'mypy' && config?.keys.includes('files');
        const lineLength = shared.lineLengthFor[tool];
        const args = {
            targets: ownFiles ? ctx.targets : targets,
            expandedTargets,
            ...(config ? { config } : {}),
            maxLineLength: i.maxLineLength,
            ...(lineLength !== undefined ? { lineLength } : {}),
            ...(tool === 'flake8' && shared.flake8ExtendIgnore
                ? { flake8ExtendIgnore: shared.flake8ExtendIgnore }
                : {}),
            maxComplexity: i.maxComplexity,
            fast: i.fast,
            jobs: ctx.jobs,
        };
        const invocation = mode === 'check' ? (0,argv/* checkInvocation */.VC)(tool, args) : (0,argv/* fixInvocation */.ez)(tool, args);
        if (!invocation)
            continue;
        let env;
        if ((0,command/* runsInProject */.Tp)(tool, version)) {
            projectEnv ??= (0,command/* chooseEnvironment */.HB)(i.workingDirectory, rt.env, project);
            env = projectEnv;
        }
        const parts = tool === 'pylint' && mode === 'check'
            ? (0,pylint_split/* partCount */.VR)(ctx.cpus, candidateFiles(i.workingDirectory, expandedTargets).length)
            : 1;
        const plan = {
            tool,
            version,
            ...(config ? { config } : {}),
            ...(env ? { env } : {}),
            argv: (0,command/* toolArgv */.fX)(ctx.uv, tool, version.version, invocation, env),
            ...(parts > 1
                ? {
                    parts: (0,pylint_split/* pylintParts */.Q0)(invocation, parts).map((p) => (0,command/* toolArgv */.fX)(ctx.uv, tool, version.version, p, env)),
                }
                : {}),
            extraEnv: invocation.env ?? {},
            carried: [
                ...shared.carried.filter((c) => c.tool === tool),
                ...(ownFiles ? [] : carriedExcludes(tool, selection?.excluded ?? [])),
            ],
        };
        if (tool === 'pylint' && expandedTargets.length === 0)
            plan.skipped = 'no Python files to check';
        if (selection?.files.length === 0 && !ownFiles) {
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
        const where = p.env ? `, in ${(0,command/* describeEnvironment */.NE)(p.env)}` : '';
        const cfg = p.config
            ? `, configured by ${external_node_path_.relative(rt.workspace, p.config.file) || p.config.file}`
            : ', our defaults';
        const split = p.parts ? `, split into ${p.parts.length} processes` : '';
        rt.info(`${p.tool} ${p.version.version} (${p.version.from})${cfg}${where}${split}`);
        for (const c of p.carried)
            rt.info(`  ${(0,shared_config/* describeCarried */.O7)(c)}`);
    }
    return plans;
}


/***/ }),

/***/ 7802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ pylintParts),
/* harmony export */   VR: () => (/* binding */ partCount),
/* harmony export */   xo: () => (/* binding */ mergePylintOutputs)
/* harmony export */ });
/* unused harmony exports CROSS_MESSAGES, CROSS_SHARE, PYLINT_PART_BOOT */
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7563);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);


/**
 * pylint on every core with the findings of one process. pylint's own `--jobs` changes what it reports: on
 * rich 15.0 it finds a different set of duplicate-code (R0801) and cyclic-import (R0401) messages (its
 * workers hand their files' lines and import edges back in another order, and both checks depend on that
 * order), and with Python's forkserver start method (the default from Python 3.14) its workers do not see
 * what an init-hook put on sys.path. So the work is split into parts, separate processes of one pylint
 * each (`--jobs=1`):
 * - every part discovers the files exactly as pylint does (its own walk, ignore settings and module
 *   names), then keeps the files it owns: the largest first, each to the part with the least work so far;
 * - every part runs with duplicate-code and cyclic-import disabled;
 * - part 0 first runs those two checks alone over every file, in pylint's order, as one process would
 *   (and only those the configuration enables): the pass builds every module's tree once, and part 0's
 *   own files are then checked with that tree cache warm, so the pass costs part 0 less than a process of
 *   its own would (it starts with a share of the work, CROSS_SHARE, and owns fewer files).
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
const PART_SOURCE = `import gc, io, json, os, sys
from contextlib import redirect_stdout
gc.set_threshold(100_000, 50, 1_000)
spec, args = json.loads(sys.argv[1]), sys.argv[2:]
sys.argv = ['pylint']
from pylint.lint import PyLinter, Run
CROSS = (${CROSS_MESSAGES.map((m) => `'${m}'`).join(', ')})
state = {'cross': False}
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
messages = run(True, []) if spec['cross'] else []
messages += run(False, ['--disable=' + ','.join(CROSS)])
json.dump({'messages': messages}, sys.stdout)
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
/**
 * The invocations of the parts, from the single-process one (`python -c PYLINT_BOOT <pylint args>`): the
 * same pylint arguments and environment, behind PYLINT_PART_BOOT and the part's spec.
 */
function pylintParts(single, parts) {
    const [flag, boot, ...pylintArgs] = single.args;
    if (flag !== '-c' || boot !== _argv_js__WEBPACK_IMPORTED_MODULE_0__/* .PYLINT_BOOT */ .sp)
        throw new Error('pylintParts: not a pylint invocation');
    return Array.from({ length: parts }, (_, part) => {
        const spec = { part, parts, cross: part === 0, crossShare: CROSS_SHARE };
        return {
            ...single,
            args: ['-c', PYLINT_PART_BOOT, JSON.stringify(spec), ...pylintArgs],
        };
    });
}
/** The parts' outputs as one json2 object (the messages of all of them), for parsePylint. */
function mergePylintOutputs(stdouts) {
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
    });
    return JSON.stringify({ messages });
}


/***/ }),

/***/ 5552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
    const command = (0,exec/* displayCommand */.kc)(file, args);
    try {
        const r = await (0,exec/* execTool */.wc)(file, args, {
            cwd: opts.cwd,
            env: opts.env,
            okExitCodes: ANY_EXIT,
            timeoutMs: opts.timeoutMs ?? TOOL_TIMEOUT_MS,
        });
        return { r, command };
    }
    catch (error) {
        return { error, command };
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


/***/ })

};
