export const id = 694;
export const ids = [694];
export const modules = {

/***/ 6694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/findings/baseline.ts
var findings_baseline = __webpack_require__(6635);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/findings/fingerprint.ts
var fingerprint = __webpack_require__(7858);
// EXTERNAL MODULE: ./src/provision/provision.ts
var provision = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/provision/pypi-wheel.ts + 1 modules
var pypi_wheel = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/provision/python-tools.ts
var python_tools = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/provision/tools/uv.ts + 1 modules
var tools_uv = __webpack_require__(5588);
// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/actions/setup-uv-cached/paths.ts
var paths = __webpack_require__(7416);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/actions/deptry-report/project.ts



const table = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
const strings = (v) => typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
/** The nearest uv.lock from `dir` up to `workspace` (a uv workspace member's lock is at the workspace root). */
function findUvLock(dir, workspace) {
    let d = external_node_path_.resolve(dir);
    const root = external_node_path_.resolve(workspace);
    for (;;) {
        const lock = external_node_path_.join(d, 'uv.lock');
        if (external_node_fs_.existsSync(lock))
            return lock;
        const rel = external_node_path_.relative(root, d);
        const parent = external_node_path_.dirname(d);
        if (!rel || rel.startsWith('..') || external_node_path_.isAbsolute(rel) || parent === d)
            return undefined;
        d = parent;
    }
}
function hasPython(dir, depth = 0) {
    if (depth > 8)
        return false;
    for (const e of external_node_fs_.readdirSync(dir, { withFileTypes: true })) {
        if (e.isFile() && e.name.endsWith('.py'))
            return true;
        if (e.isDirectory() && e.name !== '__pycache__' && hasPython(external_node_path_.join(dir, e.name), depth + 1))
            return true;
    }
    return false;
}
/**
 * The modules a src layout provides: each directory under `src/` holding Python files (at any depth, so PEP 420
 * namespace packages count) and each `src/*.py` module.
 */
function srcLayoutModules(dir) {
    const src = external_node_path_.join(dir, 'src');
    if (!external_node_fs_.statSync(src, { throwIfNoEntry: false })?.isDirectory())
        return [];
    const out = [];
    for (const e of external_node_fs_.readdirSync(src, { withFileTypes: true })) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*(\.py)?$/.test(e.name))
            continue;
        if (e.isFile() && e.name.endsWith('.py') && e.name !== '__init__.py')
            out.push(e.name.slice(0, -3));
        else if (e.isDirectory() && hasPython(external_node_path_.join(src, e.name)))
            out.push(e.name);
    }
    return out.sort();
}
function runtimeTarget(layout, doc, dir, config) {
    const project = table(doc.project);
    if (layout === 'requirements') {
        const configured = strings(config.requirements_files);
        if (configured[0])
            return configured[0];
        return external_node_fs_.existsSync(external_node_path_.join(dir, 'requirements.in')) ? 'requirements.in' : 'requirements.txt';
    }
    const dynamicFile = strings(table(table(table(table(doc.tool).setuptools).dynamic).dependencies).file)[0];
    if (strings(project.dynamic).includes('dependencies') && dynamicFile)
        return dynamicFile;
    if (layout === 'poetry' && strings(project.dependencies).length === 0)
        return '[tool.poetry.dependencies]';
    return '[project].dependencies';
}
/**
 * Reads pyproject.toml (if any) of a working directory. A pyproject.toml that is not valid TOML is not an
 * error here: deptry reads it too and its own message is the one the user gets.
 */
function readProject(dir, workspace) {
    let doc = {};
    try {
        doc = table((0,dist/* parse */.qg)(external_node_fs_.readFileSync(external_node_path_.join(dir, 'pyproject.toml'), 'utf8')));
    }
    catch {
        doc = {};
    }
    const tool = table(doc.tool);
    const hasProjectTable = Object.keys(table(doc.project)).length > 0;
    const layout = 'poetry' in tool
        ? 'poetry'
        : 'dev-dependencies' in table(tool.uv)
            ? 'uv'
            : 'dev-dependencies' in table(tool.pdm)
                ? 'pdm'
                : hasProjectTable
                    ? 'pep621'
                    : 'requirements';
    const deptryConfig = table(tool.deptry);
    const conflicts = table(tool.uv).conflicts;
    return {
        dir,
        layout,
        runtimeTarget: runtimeTarget(layout, doc, dir, deptryConfig),
        deptryConfig,
        uvLock: findUvLock(dir, workspace),
        uvConflicts: Array.isArray(conflicts) && conflicts.length > 0,
        hasProjectTable,
        srcModules: srcLayoutModules(dir),
    };
}
/** The `[tool.deptry]` list setting `name` (deptry accepts a list, or a comma-separated string). */
function configList(p, name) {
    const v = p.deptryConfig[name];
    return typeof v === 'string' ? v.split(',').filter(Boolean) : strings(v);
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/command.ts





/**
 * A uv.lock wins (the environment is what the lock says); else the active venv (VIRTUAL_ENV); else the
 * project's `.venv`; else a project with a `[project]` table that uv can resolve and install. Anything else
 * has no environment to look at, and deptry would guess module names: that is an error, not a guess.
 */
function chooseEnvironment(p, env) {
    const uvProject = () => ({
        kind: 'uv-project',
        ...(p.uvLock ? { lock: p.uvLock } : {}),
        allExtrasAndGroups: !p.uvConflicts,
    });
    if (p.uvLock)
        return uvProject();
    const venv = (dir, from) => {
        const python = (0,paths/* venvPython */.qb)(dir);
        return external_node_fs_.existsSync(python) ? { kind: 'venv', venv: dir, python, from } : undefined;
    };
    const found = (env.VIRTUAL_ENV ? venv(external_node_path_.resolve(env.VIRTUAL_ENV), 'VIRTUAL_ENV') : undefined) ??
        venv(external_node_path_.join(p.dir, '.venv'), '.venv');
    if (found)
        return found;
    if (p.hasProjectTable)
        return uvProject();
    throw new Error(`${p.dir} has no uv.lock, no [project] table and no virtual environment (VIRTUAL_ENV is not set and ` +
        `${external_node_path_.join(p.dir, '.venv')} does not exist). deptry needs the project's installed packages to map ` +
        'imports to distributions: install them first (setup-uv-cached, or `python -m venv .venv` and ' +
        '`.venv/bin/pip install -r requirements.txt`).');
}
/** deptry's options that take no value; every other option takes one (deptry 0.25's `--help`). */
const FLAGS = new Set([
    '-v',
    '--verbose',
    '--no-ansi',
    '-nb',
    '--ignore-notebooks',
    '--version',
    '--help',
    '-go',
    '--github-output',
    '--experimental-namespace-package',
    '--enforce-posix-paths',
]);
/** Splits `extra-args` into deptry's positional ROOT arguments and its options (with their values). */
function splitExtraArgs(args) {
    const roots = [];
    const options = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
            roots.push(...args.slice(i + 1));
            break;
        }
        if (!a.startsWith('-') || a === '-') {
            roots.push(a);
            continue;
        }
        options.push(a);
        if (!FLAGS.has(a) && !a.includes('=') && i + 1 < args.length)
            options.push(args[++i]);
    }
    return { roots, options };
}
/**
 * The first-party modules to pass with `--known-first-party` in a src layout when deptry scans `.`: deptry
 * only takes top-level directories of its roots as local, so `src/mypkg` imported as `mypkg` would be reported
 * missing (DEP001) or transitive (DEP003). A value on the command line replaces `[tool.deptry]
 * known_first_party`, so the configured names are kept. Nothing is added when the user passes roots or
 * `--known-first-party` themselves.
 */
function srcFirstParty(p, extra) {
    if (p.srcModules.length === 0 || extra.roots.length > 0)
        return [];
    if (extra.options.some((o) => o === '-kf' || o.startsWith('--known-first-party')))
        return [];
    return [...new Set([...configList(p, 'known_first_party'), ...p.srcModules])];
}
/** The full argv (uv first) that runs deptry for one project and writes its JSON report to `jsonOutput`. */
function deptryCommand(o) {
    const extra = splitExtraArgs(o.extraArgs);
    const firstParty = srcFirstParty(o.project, extra);
    const args = [
        ...(extra.roots.length > 0 ? extra.roots : ['.']),
        '--no-ansi',
        '--json-output',
        o.jsonOutput,
        ...firstParty.flatMap((m) => ['--known-first-party', m]),
        ...extra.options,
    ];
    // `python -m deptry` rather than the `deptry` script: a venv that was moved or restored elsewhere keeps
    // working scripts only if their shebangs still point at it, and a project that has deptry installed itself
    // would otherwise run that script.
    const base = (0,python_tools/* pythonToolArgv */.n)({ ...python_tools/* PYTHON_TOOLS */.J5.deptry, command: 'python' }, { uv: o.uv, lockedVersion: o.version, args: ['-m', 'deptry', ...args] }).argv;
    const env = o.environment;
    const runFlags = env.kind === 'venv'
        ? ['--no-project', '--python', env.python]
        : [
            // --frozen: install what uv.lock says without rewriting it; all extras and groups so that every
            // declared package is installed and deptry reads its real module names instead of guessing.
            ...(env.lock ? ['--frozen'] : []),
            ...(env.allExtrasAndGroups ? ['--all-extras', '--all-groups'] : []),
        ];
    // pythonToolArgv gives `uv run --with deptry==X deptry ...`; uv's own options go right after `run`.
    return { argv: [base[0], 'run', ...runFlags, ...base.slice(2)], firstParty };
}

// EXTERNAL MODULE: ./src/core/pyproject-lines.ts + 1 modules
var pyproject_lines = __webpack_require__(4013);
// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/actions/deptry-report/requirements-lines.ts


const normalise = python_names/* normalizePackageName */.N;
/** The name of a URL requirement from its `#egg=` fragment, as pip and deptry read it. */
function eggName(text) {
    return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text)?.[1];
}
/**
 * The requirements a requirements file declares: `name[extra] >= 1 ; marker`, `name @ url`, `-e url#egg=name`
 * and bare URLs with `#egg=`. Comments (`#` at the start or after white space), blank lines, options
 * (`-r`, `-c`, `--index-url`, ...) and backslash continuations are understood, so a name inside a comment
 * or an option's value is never taken for a requirement.
 */
function findRequirementLines(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const first = i;
        let logical = lines[i];
        // A backslash at the very end joins the next line (pip joins before removing comments).
        while (logical.endsWith('\\') && i + 1 < lines.length) {
            logical = logical.slice(0, -1) + lines[++i];
        }
        const uncommented = logical.replace(/(^|\s)#.*$/, '');
        const indent = /^\s*/.exec(uncommented)?.[0].length ?? 0;
        const body = uncommented.trim();
        if (!body)
            continue;
        let name;
        if (body.startsWith('-')) {
            const editable = /^(?:-e|--editable)(?:\s+|=)(.*)$/.exec(body);
            // `#egg=` follows the URL without white space, so removing comments kept it.
            if (editable)
                name = eggName(body);
        }
        else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(body)) {
            name = eggName(body);
        }
        else {
            name = (0,pyproject_lines/* requirementName */.xV)(body);
        }
        if (name)
            out.push({ name, key: normalise(name), line: first + 1, column: indent + 1 });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/rules.ts
/** deptry's violation codes, what each means, and where deptry documents it. */
const DEPTRY_CODES = ['DEP001', 'DEP002', 'DEP003', 'DEP004', 'DEP005'];
const DOCS = 'https://deptry.com/rules-violations/';
const RULES = {
    DEP001: {
        title: 'Missing dependencies',
        meaning: 'The code imports a module that no declared dependency provides.',
        helpUri: `${DOCS}#missing-dependencies-dep001`,
    },
    DEP002: {
        title: 'Unused dependencies',
        meaning: 'A dependency is declared, but nothing in the code imports it.',
        helpUri: `${DOCS}#unused-dependencies-dep002`,
    },
    DEP003: {
        title: 'Transitive dependencies',
        meaning: 'The code imports a package that is only installed because another dependency needs it; it can disappear when that one changes.',
        helpUri: `${DOCS}#transitive-dependencies-dep003`,
    },
    DEP004: {
        title: 'Misplaced development dependencies',
        meaning: 'Code that is not development code imports a package declared only as a development dependency.',
        helpUri: `${DOCS}#misplaced-development-dependencies-dep004`,
    },
    DEP005: {
        title: 'Standard library dependencies',
        meaning: 'A dependency is declared that is part of the Python standard library.',
        helpUri: `${DOCS}#standard-library-dependencies-dep005`,
    },
};
function isDeptryCode(code) {
    return DEPTRY_CODES.includes(code);
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/findings.ts








const findings_normalise = python_names/* normalizePackageName */.N;
/** Whether deptry treats a pyproject section as development dependencies, with the project's `[tool.deptry]`. */
function isDevSection(section, p) {
    const [head, group] = section.split('.', 2);
    if (section === 'dependencies' || section === 'tool.poetry.dependencies')
        return false;
    if (head === 'optional-dependencies') {
        const dev = [
            ...configList(p, 'optional_dependencies_dev_groups'),
            ...configList(p, 'pep621_dev_dependency_groups'),
        ];
        return dev.includes(section.slice('optional-dependencies.'.length));
    }
    if (head === 'dependency-groups')
        return !configList(p, 'non_dev_dependency_groups').includes(group ?? '');
    return true; // tool.uv.dev-dependencies, tool.pdm.dev-dependencies.*, tool.poetry dev tables and groups
}
/** Reads and indexes declaring files once per project, whichever violations point into them. */
class Declarations {
    project;
    readText;
    cache = new Map();
    constructor(project, readText = (f) => {
        try {
            return external_node_fs_.readFileSync(f, 'utf8');
        }
        catch {
            return undefined;
        }
    }) {
        this.project = project;
        this.readText = readText;
    }
    /** The declarations of one file (absolute path): TOML for `*.toml`, pip's format otherwise. */
    of(file) {
        const cached = this.cache.get(file);
        if (cached)
            return cached;
        const text = this.readText(file) ?? '';
        const p = this.project;
        let list;
        if (file.endsWith('.toml')) {
            list = (0,pyproject_lines/* findDependencyDeclarations */.ah)(text).map((d) => ({ ...d, dev: isDevSection(d.section, p), file }));
        }
        else {
            const rel = external_node_path_.relative(p.dir, file).replace(/\\/g, '/');
            const devFiles = configList(p, 'requirements_files_dev');
            const dev = (devFiles.length > 0 ? devFiles : ['dev-requirements.txt', 'requirements-dev.txt']).includes(rel);
            list = findRequirementLines(text).map((r) => ({ ...r, table: rel, dev, file }));
        }
        this.cache.set(file, list);
        return list;
    }
    /** Where `name` is declared in `file`: a run-time declaration first (DEP002 and DEP005 are about those). */
    find(file, name) {
        const key = findings_normalise(name);
        const all = this.of(file).filter((d) => d.key === key);
        return all.find((d) => !d.dev) ?? all[0];
    }
    /** A development declaration of `module` in the project's declaring files (for DEP004). */
    findDev(name) {
        const key = findings_normalise(name);
        const p = this.project;
        const devFiles = configList(p, 'requirements_files_dev');
        const files = [
            'pyproject.toml',
            ...(devFiles.length > 0 ? devFiles : ['dev-requirements.txt', 'requirements-dev.txt']),
        ].map((f) => external_node_path_.join(p.dir, f));
        for (const f of files) {
            const hit = this.of(f).find((d) => d.dev && d.key === key);
            if (hit)
                return hit;
        }
        return undefined;
    }
}
/** The concrete change that resolves one violation. */
function fixFor(v, p, declared) {
    const m = `\`${v.module}\``;
    const target = p.runtimeTarget;
    switch (v.code) {
        case 'DEP001':
            return {
                action: `add the distribution that provides ${m} to ${target}`,
                reason: 'the code imports it',
            };
        case 'DEP002':
            return { action: `remove ${m} from ${declared?.table ?? v.file}`, reason: 'nothing imports it' };
        case 'DEP003':
            return {
                action: `add ${m} to ${target}`,
                reason: 'the code imports it, but it is installed only because another dependency needs it',
            };
        case 'DEP004':
            return {
                action: declared
                    ? `move ${m} from ${declared.table} to ${target}`
                    : `move the distribution that provides ${m} from its development group to ${target}`,
                reason: 'code that is not development code imports it',
            };
        case 'DEP005':
            return {
                action: `remove ${m} from ${declared?.table ?? v.file}`,
                reason: "it is part of Python's standard library",
            };
        default:
            return { action: `see deptry's documentation for ${v.code}`, reason: v.message };
    }
}
/**
 * deptry's violations of one project as findings: DEP001, DEP003 and DEP004 on the import deptry reports;
 * DEP002 and DEP005 on the line that declares the dependency (which deptry leaves out). Paths become
 * repository-relative; `failOn` codes are errors, the others warnings.
 */
function violationFindings(violations, p, opts) {
    const decls = opts.declarations ?? new Declarations(p);
    const directory = (0,finding/* toRepoPath */.xD)(p.dir, opts.workspace) || '.';
    return violations.map((v) => {
        const abs = external_node_path_.resolve(p.dir, v.file);
        const onDeclaration = v.code === 'DEP002' || v.code === 'DEP005';
        const declared = onDeclaration
            ? decls.find(abs, v.module)
            : v.code === 'DEP004'
                ? decls.findDev(v.module)
                : undefined;
        const fix = fixFor(v, p, declared);
        const where = onDeclaration
            ? declared && { line: declared.line, column: declared.column }
            : v.line !== null && { line: v.line, ...(v.column !== null ? { column: v.column } : {}) };
        const data = {
            module: v.module,
            directory,
            fix: `${fix.action}: ${fix.reason}`,
            deptryMessage: v.message,
        };
        if (declared)
            data.declaredIn = declared.table;
        return {
            tool: 'deptry',
            rule: v.code,
            severity: opts.failOn.has(v.code) ? 'error' : 'warning',
            message: `${v.message.replace(/\.$/, '')}. Fix: ${fix.action}.`,
            file: (0,finding/* toRepoPath */.xD)(abs, opts.workspace),
            ...(where || {}),
            ...(isDeptryCode(v.code) ? { helpUri: RULES[v.code].helpUri } : {}),
            data,
        };
    });
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/inputs.ts





/** The action.yml default of fail-on: every code. */
const DEFAULT_FAIL_ON = 'all';
// PEP 440 release versions, with optional pre-, post- and dev-release parts: `0.25.1`, `0.26.0rc1`.
const VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;
/** A list of codes, `all` or `none`; each item checked. */
function codes(r, name, fallback) {
    const items = r.list(name, fallback, { spaces: true }).map((c) => c.toUpperCase());
    if (items.length === 1 && items[0] === 'ALL')
        return [...DEPTRY_CODES];
    if (items.length === 1 && items[0] === 'NONE')
        return [];
    for (const item of items) {
        if (!DEPTRY_CODES.includes(item)) {
            throw new errors/* InputError */.dz(name, item, `each item must be one of ${DEPTRY_CODES.join(', ')} (or all / none alone)`);
        }
    }
    return [...new Set(items)];
}
/** Splits on white space; quotes are not interpreted (arguments never go through a shell). */
function splitArgs(value) {
    return value.split(/\s+/).filter(Boolean);
}
function loadInputs(r, rt) {
    const version = r.string('version');
    if (version !== undefined && !VERSION.test(version)) {
        throw new errors/* InputError */.dz('version', version, 'expected an exact deptry version such as 0.25.1');
    }
    const dirs = r.lines('working-directory', ['.']);
    const workingDirectories = [];
    for (const d of dirs) {
        const abs = external_node_path_.resolve(rt.workspace, d);
        if (!external_node_fs_.statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
            throw new errors/* InputError */.dz('working-directory', d, `directories that exist, one per line (${abs} does not)`);
        }
        if (!workingDirectories.includes(abs))
            workingDirectories.push(abs);
    }
    const extraArgs = splitArgs(r.string('extra-args', ''));
    const own = extraArgs.find((a) => /^(-o|--json-output)(=|$)/.test(a));
    if (own) {
        throw new errors/* InputError */.dz('extra-args', own, "deptry options other than --json-output / -o (the action writes deptry's JSON report itself; use the json-file input for ours)");
    }
    return {
        version,
        workingDirectories,
        failOn: codes(r, 'fail-on', [...DEPTRY_CODES]),
        ignore: codes(r, 'ignore', []),
        extraArgs,
        report: (0,inputs/* loadReportInputs */.c)(r),
    };
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/deptry-json.ts
const SHAPE = 'a JSON array of {"error": {"code", "message"}, "module", "location": {"file", "line", "column"}} (deptry 0.10 or newer)';
const isObject = (v) => typeof v === 'object' && v !== null;
const lineOrNull = (v) => v === null || (typeof v === 'number' && Number.isInteger(v));
/**
 * Reads deptry's JSON report. Anything that is not the documented shape throws, naming the file and what was
 * expected: a report we cannot read must never pass as "no violations".
 */
function parseDeptryJson(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`deptry's report ${source} is not valid JSON (${err.message}); expected ${SHAPE}`);
    }
    if (!Array.isArray(data))
        throw new Error(`deptry's report ${source} is not ${SHAPE}`);
    return data.map((item, index) => {
        const error = isObject(item) ? item.error : undefined;
        const location = isObject(item) ? item.location : undefined;
        if (!isObject(item) ||
            !isObject(error) ||
            !isObject(location) ||
            typeof error.code !== 'string' ||
            typeof error.message !== 'string' ||
            typeof item.module !== 'string' ||
            typeof location.file !== 'string' ||
            !lineOrNull(location.line) ||
            !lineOrNull(location.column)) {
            throw new Error(`deptry's report ${source}: item ${index} is not of the form expected; expected ${SHAPE}`);
        }
        return {
            code: error.code,
            message: error.message,
            module: item.module,
            file: location.file,
            line: location.line,
            column: location.column,
        };
    });
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/run.ts




/** Raised when deptry (or uv starting it) fails: the message is theirs, and says it is not "no violations". */
class DeptryFailure extends Error {
    dir;
    command;
    exitCode;
    toolMessage;
    tail;
    constructor(dir, command, exitCode, toolMessage, tail) {
        super(`deptry failed in ${dir} (exit code ${exitCode ?? 'none'}): ${toolMessage}\n` +
            `Command: ${command}\nLast output:\n${tail.trimEnd() || '(none)'}`);
        this.dir = dir;
        this.command = command;
        this.exitCode = exitCode;
        this.toolMessage = toolMessage;
        this.tail = tail;
        this.name = 'DeptryFailure';
    }
}
/**
 * The sentence that says what went wrong, from deptry's or uv's stderr: click's `Error: ...` (bad options,
 * invalid `[tool.deptry]` keys), the last line of a Python traceback (`...Error: No file called
 * 'pyproject.toml' ...`), uv's `error: ...`, else the last line printed.
 */
function failureMessage(output) {
    const lines = output
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const last = (re) => [...lines].reverse().find((l) => re.test(l));
    const click = last(/^Error: /);
    if (click)
        return click.slice('Error: '.length);
    const exception = last(/^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)(: |$)/);
    if (exception)
        return exception;
    const uv = last(/^error: /);
    if (uv) {
        // uv puts the cause on the next line: `cause: ...`, `Caused by: ...` or `╰─▶ ...`.
        const next = lines[lines.lastIndexOf(uv) + 1]?.replace(/^(cause:|caused by:|╰─▶)\s*/i, '');
        return next ? `${uv.slice(7)}: ${next}` : uv.slice(7);
    }
    return lines.at(-1) ?? 'no output';
}
/**
 * Runs deptry (argv from deptryCommand, uv first) in `dir` and reads the JSON report it writes to
 * `jsonOutput`. deptry exits 1 both for "violations found" and for a crash, so the report decides: exit 0
 * with an empty report is a pass, exit 1 with violations in it is a result, and everything else (no report,
 * exit 1 with an empty one, exit 2 for a usage or `[tool.deptry]` error, a signal) is a DeptryFailure
 * carrying deptry's own message.
 */
async function runDeptry(argv, dir, jsonOutput, opts) {
    const [file, ...args] = argv;
    const command = (0,exec/* displayCommand */.kc)(file, args);
    external_node_fs_.rmSync(jsonOutput, { force: true });
    let r;
    try {
        r = await (0,exec/* execTool */.wc)(file, args, {
            cwd: dir,
            env: opts.env,
            timeoutMs: opts.timeoutMs,
            okExitCodes: [0, 1],
            onLine: opts.onLine ? (line) => opts.onLine?.(line) : undefined,
        });
    }
    catch (err) {
        if (err instanceof errors/* ToolError */.v4) {
            throw new DeptryFailure(dir, command, err.exitCode, failureMessage(err.tail), err.tail);
        }
        throw new DeptryFailure(dir, command, null, (0,errors/* errorMessage */.gJ)(err), '');
    }
    const exitCode = r.exitCode ?? -1;
    const fail = (why) => {
        throw new DeptryFailure(dir, command, r.exitCode, why, r.tail);
    };
    if (!external_node_fs_.existsSync(jsonOutput)) {
        fail(`${failureMessage(r.stderr || r.stdout)} (no JSON report was written, so there is no result)`);
    }
    const violations = parseDeptryJson(external_node_fs_.readFileSync(jsonOutput, 'utf8'), jsonOutput);
    if (exitCode === 1 && violations.length === 0) {
        fail(`${failureMessage(r.stderr)} (exit code 1 with an empty report: deptry did not finish)`);
    }
    if (exitCode === 0 && violations.length > 0) {
        fail(`deptry reported ${violations.length} violations but exited 0; refusing a result that contradicts itself`);
    }
    return { violations, exitCode, durationMs: r.durationMs, log: r.stderr };
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/actions/deptry-report/summary.ts




/** Rows shown per rule; the JSON report and SARIF have every one. */
const ROWS_PER_RULE = 50;
/** Text with `code` spans as a table cell: the spans become <code>, the rest is escaped. */
function cellWithCode(text) {
    return text
        .split('`')
        .map((part, i) => (i % 2 === 1 ? (0,markdown/* code */.aY)(part) : (0,markdown/* escapeCell */.kq)(part)))
        .join('');
}
/** The summary's "by rule" part: per code, what it means and the concrete fix of each violation. */
function byRuleSection(findings, known) {
    if (findings.length === 0)
        return undefined;
    const blocks = [];
    const codes = [...DEPTRY_CODES, ...new Set(findings.map((f) => f.rule))].filter((c, i, all) => all.indexOf(c) === i);
    for (const c of codes) {
        const mine = findings.filter((f) => f.rule === c);
        if (mine.length === 0)
            continue;
        const info = RULES[c];
        const head = info
            ? `**${c} · ${info.title}** (${mine.length}): ${(0,markdown/* escapeCell */.kq)(info.meaning)} [deptry docs](${info.helpUri})`
            : `**${(0,markdown/* escapeCell */.kq)(c)}** (${mine.length})`;
        const rows = mine
            .slice(0, ROWS_PER_RULE)
            .map((f) => [
            f.file ? (0,markdown/* code */.aY)((0,summary/* location */.C5)(f)) : '—',
            (0,markdown/* code */.aY)(String(f.data?.module ?? '')) + (known.has(f.fingerprint) ? ' (known)' : ''),
            cellWithCode(String(f.data?.fix ?? f.message)),
        ]);
        const more = mine.length > ROWS_PER_RULE
            ? `\n\n${mine.length - ROWS_PER_RULE} more in the JSON report and SARIF.`
            : '';
        blocks.push(`${head}\n\n${(0,markdown/* table */.tp)(['Where', 'Module', 'Fix'], rows)}${more}`);
    }
    return { title: 'Violations by rule', markdown: blocks.join('\n\n') };
}
function environmentText(e, workspace) {
    if (!e)
        return '—';
    if (e.kind === 'venv') {
        const where = external_node_path_.relative(workspace, e.venv) || e.venv;
        return e.from === 'VIRTUAL_ENV' ? `active venv ${(0,markdown/* code */.aY)(where)}` : `venv ${(0,markdown/* code */.aY)(where)}`;
    }
    const lock = e.lock
        ? `uv.lock ${(0,markdown/* code */.aY)(external_node_path_.relative(workspace, e.lock) || e.lock)}, frozen`
        : 'resolved by uv';
    return `uv project (${lock}${e.allExtrasAndGroups ? ', all extras and groups' : ''})`;
}
/** Where deptry ran: one row per working directory (a monorepo has several). */
function projectsSection(runs, workspace) {
    const rows = runs.map((r) => {
        const version = r.version ? `${(0,markdown/* code */.aY)(r.version)} (${r.versionFrom ?? '?'})` : '—';
        let result = r.error ? `❌ ${(0,markdown/* escapeCell */.kq)(r.error)}` : String(r.violations ?? 0);
        if (r.ignored)
            result += ` (${r.ignored} ignored)`;
        const notes = r.firstParty?.length ? `src layout: ${r.firstParty.map(markdown/* code */.aY).join(', ')} first-party` : '';
        return [
            (0,markdown/* code */.aY)(r.directory),
            (0,markdown/* escapeCell */.kq)(r.project.layout),
            environmentText(r.environment, workspace),
            version,
            result,
            r.durationMs !== undefined ? (0,markdown/* formatDuration */.a3)(r.durationMs) : '—',
            notes,
        ];
    });
    return {
        title: `Projects (${runs.length})`,
        markdown: (0,markdown/* table */.tp)(['Directory', 'Layout', 'Environment', 'deptry', 'Violations', 'Time', 'Notes'], rows),
        collapsed: runs.length <= 1,
    };
}

;// CONCATENATED MODULE: ./src/actions/deptry-report/definition.ts



















const ACTION = 'deptry-report';
/** A deptry run in a large monorepo package takes a minute; uv may first have to install the environment. */
const TIMEOUT_MS = 30 * 60_000;
/** Runs deptry in each working directory, one after the other (they may share a uv workspace's venv). */
async function runAll(i, rt, uv, work) {
    const c = { runs: [], findings: [], failures: [], exitCodes: [] };
    const failOn = new Set(i.failOn);
    const ignore = new Set(i.ignore);
    for (const [n, dir] of i.workingDirectories.entries()) {
        const project = readProject(dir, rt.workspace);
        const run = { project, directory: (0,finding/* toRepoPath */.xD)(dir, rt.workspace) || '.' };
        c.runs.push(run);
        try {
            const environment = chooseEnvironment(project, rt.env);
            run.environment = environment;
            const locked = project.uvLock ? await (0,python_tools/* lockedVersion */.XX)(project.uvLock, 'deptry') : undefined;
            run.version = i.version ?? locked ?? python_tools/* PYTHON_TOOLS */.J5.deptry.pin;
            run.versionFrom = i.version ? 'input' : locked ? 'uv.lock' : 'pin';
            const jsonOutput = external_node_path_.join(work, `deptry-${n}.json`);
            const cmd = deptryCommand({
                uv,
                project,
                environment,
                version: run.version,
                jsonOutput,
                extraArgs: i.extraArgs,
            });
            run.firstParty = cmd.firstParty;
            const result = await rt.group(`deptry ${run.version} in ${run.directory}`, async () => {
                if (cmd.firstParty.length > 0) {
                    rt.info(`src layout: passing --known-first-party ${cmd.firstParty.join(', ')}, as deptry scanning . ` +
                        'would take them for third-party imports.');
                }
                rt.info((0,exec/* displayCommand */.kc)(cmd.argv[0], cmd.argv.slice(1)));
                return runDeptry(cmd.argv, dir, jsonOutput, {
                    env: rt.env,
                    timeoutMs: TIMEOUT_MS,
                    onLine: (l) => rt.info(l),
                });
            });
            const kept = result.violations.filter((v) => !ignore.has(v.code));
            run.violations = kept.length;
            run.ignored = result.violations.length - kept.length;
            run.durationMs = result.durationMs;
            c.exitCodes.push(result.exitCode);
            c.findings.push(...violationFindings(kept, project, { workspace: rt.workspace, failOn }));
        }
        catch (err) {
            run.error = err instanceof DeptryFailure ? err.toolMessage : (0,errors/* errorMessage */.gJ)(err);
            c.exitCodes.push(err instanceof DeptryFailure ? err.exitCode : null);
            c.failures.push((0,errors/* errorMessage */.gJ)(err));
        }
    }
    return c;
}
function verdictOf(failed, newErrors, newTotal) {
    if (failed || newErrors > 0)
        return 'fail';
    return newTotal > 0 ? 'warn' : 'pass';
}
async function main(i, rt) {
    // Any uv will do: it only starts deptry. PATH first, else the newest verified release (or PyPI's wheel).
    const uv = await (0,provision.provisionTool)(tools_uv.uvSpec, {
        version: tools_uv.UV_DEFAULT_VERSION,
        runtime: rt,
        accept: () => true,
        fallback: (0,pypi_wheel.uvFromPyPI)(),
    });
    external_node_fs_.mkdirSync(rt.tempDir, { recursive: true });
    const work = external_node_fs_.mkdtempSync(external_node_path_.join(rt.tempDir, 'deptry-report-'));
    let c;
    try {
        c = await runAll(i, rt, uv.bin('uv'), work);
    }
    finally {
        external_node_fs_.rmSync(work, { recursive: true, force: true });
    }
    const findings = (0,finding/* sortFindings */.Tc)((0,fingerprint/* fingerprintFindings */.f5)(c.findings, new fingerprint/* SourceFiles */.Ly(rt.workspace)));
    const baseline = i.report.baseline
        ? await (0,findings_baseline/* loadBaseline */.oU)(external_node_path_.resolve(rt.workspace, i.report.baseline), { input: 'baseline', tool: ACTION })
        : undefined;
    const split = (0,findings_baseline/* splitByBaseline */.Je)(findings, baseline);
    const newErrors = (0,finding/* countBySeverity */.Ot)(split.new).error;
    const failed = c.failures.length > 0;
    const projects = (0,markdown/* plural */.LS)(c.runs.length, 'project');
    const headline = failed
        ? `deptry failed in ${c.failures.length} of ${projects}: no result there`
        : findings.length === 0
            ? `no dependency violations in ${projects}`
            : `${(0,markdown/* plural */.LS)(findings.length, 'dependency violation')}${baseline ? ` (${split.new.length} new)` : ''} in ${projects}`;
    const sections = [];
    if (failed) {
        sections.push({
            title: 'deptry failed',
            markdown: c.failures.map((f) => `\`\`\`text\n${f.replace(/```/g, "'''")}\n\`\`\``).join('\n\n'),
        });
    }
    const byRule = byRuleSection(findings, new Set(baseline?.fingerprints ?? []));
    if (byRule)
        sections.push(byRule);
    sections.push(projectsSection(c.runs, rt.workspace));
    const versions = [...new Set(c.runs.map((r) => r.version).filter((v) => Boolean(v)))];
    const exitCode = c.exitCodes.includes(null) ? null : Math.max(0, ...c.exitCodes);
    const report = {
        action: ACTION,
        title: 'deptry',
        verdict: verdictOf(failed, newErrors, split.new.length),
        headline,
        findings,
        sections,
        toolRuns: [
            {
                tool: 'deptry',
                ...(versions.length > 0 ? { version: versions.join(', ') } : {}),
                findings: findings.length,
                durationMs: c.runs.reduce((t, r) => t + (r.durationMs ?? 0), 0),
                exitCode,
            },
        ],
    };
    await (0,inputs/* publishWithInputs */.Z)(report, rt, i.report);
    if (failed) {
        // Never "no violations": the step fails with deptry's own message for each project it failed in.
        throw new Error(c.failures.join('\n\n'));
    }
    rt.setOutput('violations', findings.length);
    rt.setOutput('new-violations', split.new.length);
    if (newErrors > 0) {
        const codes = [...new Set(split.new.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
        throw new Error(`${(0,markdown/* plural */.LS)(newErrors, 'new dependency violation')} (${codes.join(', ')}) that fail-on covers; ` +
            'the summary lists the fix for each.');
    }
    rt.info(`deptry: ${headline}.`);
}
const definition = {
    name: ACTION,
    command: 'deps',
    description: 'Find unused, missing, transitive and misplaced dependencies with deptry, annotated where to fix',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 7416:
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
/** The environment `uv sync` uses: UV_PROJECT_ENVIRONMENT (relative to the project) or `.venv`. */
function projectVenv(projectDir, env, os = process.platform) {
    const p = lib(os);
    const custom = env.UV_PROJECT_ENVIRONMENT;
    return custom ? p.resolve(projectDir, custom) : p.join(projectDir, '.venv');
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

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ah: () => (/* binding */ findDependencyDeclarations),
  Wn: () => (/* binding */ findDependencyLines),
  xV: () => (/* binding */ requirementName)
});

// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/core/toml-scan.ts
/**
 * A TOML scanner that reports WHERE things are: table headers, keys and the strings of arrays, each with its
 * full key path and its 1-based line and column. smol-toml (and every TOML parser we could use) gives values
 * but no positions, and a line-by-line search is fooled by multi-line arrays, comments, quoted and dotted
 * keys, and strings that hold `]`, `#` or `=`. This walks the TOML grammar instead; it does not build values
 * and does not check everything a full parser checks (duplicate keys, date formats).
 */
class TomlSyntaxError extends Error {
}
const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\',
};
class Scanner {
    text;
    pos = 0;
    events = [];
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
    }
    where(pos) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: pos - this.lineStarts[lo] + 1 };
    }
    fail(what) {
        const { line, column } = this.where(this.pos);
        throw new TomlSyntaxError(`${what} at line ${line}, column ${column}`);
    }
    peek(n = 0) {
        return this.text[this.pos + n];
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    /** Spaces, comments and newlines: what may separate array elements or statements. */
    skipBlank() {
        for (;;) {
            this.skipSpaces();
            const c = this.peek();
            if (c === '#')
                while (this.pos < this.text.length && this.peek() !== '\n')
                    this.pos++;
            else if (c === '\n' || c === '\r')
                this.pos++;
            else
                return;
        }
    }
    endOfLine() {
        this.skipSpaces();
        if (this.peek() === '#')
            while (this.pos < this.text.length && this.peek() !== '\n')
                this.pos++;
        if (this.peek() === '\r')
            this.pos++;
        if (this.pos < this.text.length && this.peek() !== '\n')
            this.fail('expected the end of the line');
    }
    document() {
        let table = [];
        for (;;) {
            this.skipBlank();
            if (this.pos >= this.text.length)
                return;
            if (this.peek() === '[') {
                const array = this.peek(1) === '[';
                this.pos += array ? 2 : 1;
                this.skipSpaces();
                const start = this.pos;
                table = this.key();
                if (!this.text.startsWith(array ? ']]' : ']', this.pos))
                    this.fail('expected the end of a table header');
                this.pos += array ? 2 : 1;
                this.events.push({ kind: 'table', path: table, ...this.where(start) });
            }
            else {
                this.keyValue(table);
            }
            this.endOfLine();
        }
    }
    keyValue(base) {
        const start = this.pos;
        const path = [...base, ...this.key()];
        if (this.peek() !== '=')
            this.fail('expected = after a key');
        this.pos++;
        this.skipSpaces();
        this.events.push({ kind: 'key', path, ...this.where(start) });
        this.value(path, 0);
    }
    /** A dotted key: bare and quoted parts, spaces allowed around the dots. */
    key() {
        const parts = [];
        for (;;) {
            this.skipSpaces();
            const c = this.peek();
            if (c === '"' || c === "'") {
                if (this.text.startsWith(c.repeat(3), this.pos))
                    this.fail('a key cannot be a multi-line string');
                parts.push(this.string());
            }
            else {
                const from = this.pos;
                while (this.pos < this.text.length && BARE_KEY.test(this.peek()))
                    this.pos++;
                if (from === this.pos)
                    this.fail('expected a key');
                parts.push(this.text.slice(from, this.pos));
            }
            this.skipSpaces();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    /** Any value; `depth` counts the arrays around it. Strings directly inside the outermost array are reported. */
    value(path, depth) {
        const c = this.peek();
        const start = this.pos;
        if (c === '"' || c === "'") {
            const value = this.string();
            if (depth === 1)
                this.events.push({ kind: 'array-string', path, value, ...this.where(start) });
        }
        else if (c === '[') {
            this.array(path, depth + 1);
        }
        else if (c === '{') {
            this.inlineTable(path);
        }
        else {
            // Numbers, booleans, dates: up to the next delimiter; a date and a time may be separated by a space.
            const scalar = () => {
                while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.peek()))
                    this.pos++;
            };
            scalar();
            if (start === this.pos)
                this.fail('expected a value');
            if (/^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, this.pos)) &&
                /^ \d{2}:/.test(this.text.slice(this.pos, this.pos + 4))) {
                this.pos++;
                scalar();
            }
        }
    }
    array(path, depth) {
        this.pos++; // [
        for (;;) {
            this.skipBlank();
            if (this.peek() === ']')
                break;
            if (this.pos >= this.text.length)
                this.fail('unterminated array');
            // Nested arrays and inline tables are not the array's own strings.
            this.value(path, depth);
            this.skipBlank();
            if (this.peek() === ',')
                this.pos++;
            else if (this.peek() !== ']')
                this.fail('expected , or ] in an array');
        }
        this.pos++; // ]
    }
    inlineTable(path) {
        this.pos++; // {
        this.skipBlank();
        if (this.peek() === '}') {
            this.pos++;
            return;
        }
        for (;;) {
            this.skipBlank();
            this.keyValue(path);
            this.skipBlank();
            if (this.peek() === '}')
                break;
            if (this.peek() !== ',')
                this.fail('expected , or } in an inline table');
            this.pos++;
            this.skipBlank();
            if (this.peek() === '}')
                break; // a trailing comma (TOML 1.1)
        }
        this.pos++; // }
    }
    /** A basic or literal string, single- or multi-line; returns its value. */
    string() {
        const quote = this.peek();
        const multi = this.text.startsWith(quote.repeat(3), this.pos);
        const delim = multi ? quote.repeat(3) : quote;
        this.pos += delim.length;
        if (multi && this.peek() === '\n')
            this.pos++;
        else if (multi && this.text.startsWith('\r\n', this.pos))
            this.pos += 2;
        let out = '';
        for (;;) {
            if (this.pos >= this.text.length)
                this.fail('unterminated string');
            if (this.text.startsWith(delim, this.pos)) {
                this.pos += delim.length;
                // `""""` ends a multi-line string with a quote in it: up to two extra quotes belong to the value.
                for (let extra = 0; multi && extra < 2 && this.peek() === quote; extra++, this.pos++)
                    out += quote;
                return out;
            }
            const c = this.peek();
            if (!multi && c === '\n')
                this.fail('newline in a single-line string');
            if (quote === '"' && c === '\\') {
                out += this.escape(multi);
                continue;
            }
            out += c;
            this.pos++;
        }
    }
    escape(multi) {
        const next = this.peek(1) ?? '';
        if (multi && /[ \t\r\n]/.test(next)) {
            // A line-ending backslash: the newline and the white space after it are dropped.
            this.pos++;
            while (/[ \t\r\n]/.test(this.peek() ?? ''))
                this.pos++;
            return '';
        }
        if (next === 'u' || next === 'U') {
            const len = next === 'u' ? 4 : 8;
            const hex = this.text.slice(this.pos + 2, this.pos + 2 + len);
            if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len)
                this.fail('bad unicode escape');
            this.pos += 2 + len;
            return String.fromCodePoint(Number.parseInt(hex, 16));
        }
        const v = ESCAPES[next];
        if (v === undefined)
            this.fail(`unknown escape \\${next}`);
        this.pos += 2;
        return v;
    }
}
/** Every table header, key and array string of a TOML document, in document order. */
function scanToml(text) {
    const s = new Scanner(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
    try {
        s.document();
        return { events: s.events };
    }
    catch (err) {
        if (err instanceof TomlSyntaxError)
            return { events: s.events, error: err.message };
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/core/pyproject-lines.ts


const normalise = python_names/* normalizePackageName */.N;
const eq = (path, ...want) => path.length === want.length && want.every((w, i) => path[i] === w);
/** The array sections: a PEP 508 string in the array at `path` declares a dependency. */
function arraySection(path) {
    const [a, b, c, d] = path;
    if (eq(path, 'project', 'dependencies'))
        return { section: 'dependencies', table: '[project].dependencies' };
    if (path.length === 3 && a === 'project' && b === 'optional-dependencies')
        return { section: `optional-dependencies.${c}`, table: `[project.optional-dependencies].${c}` };
    if (path.length === 2 && a === 'dependency-groups')
        return { section: `dependency-groups.${b}`, table: `[dependency-groups].${b}` };
    if (eq(path, 'tool', 'uv', 'dev-dependencies'))
        return { section: 'tool.uv.dev-dependencies', table: '[tool.uv].dev-dependencies' };
    if (path.length === 4 && a === 'tool' && b === 'pdm' && c === 'dev-dependencies')
        return { section: `tool.pdm.dev-dependencies.${d}`, table: `[tool.pdm.dev-dependencies].${d}` };
    return undefined;
}
/** Poetry's tables, where each key is a dependency: the section and the table's path length. */
function poetryTable(path) {
    const [a, b, c, d, e] = path;
    if (a !== 'tool' || b !== 'poetry')
        return undefined;
    if (c === 'dependencies' || c === 'dev-dependencies')
        return { section: `tool.poetry.${c}`, depth: 3 };
    if (c === 'group' && d !== undefined && e === 'dependencies')
        return { section: `tool.poetry.group.${d}.dependencies`, depth: 5 };
    return undefined;
}
/** The distribution name at the start of a PEP 508 requirement (`Requests[socks]>=2 ; ...` → `Requests`). */
function requirementName(spec) {
    return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec)?.[1];
}
/**
 * Every dependency declaration in a pyproject.toml, in file order. A name may appear more than once (two
 * markers, or in dependencies and a group). Invalid TOML gives the declarations before the error.
 */
function findDependencyDeclarations(pyproject) {
    const out = [];
    const poetrySeen = new Set();
    for (const ev of scanToml(pyproject).events) {
        if (ev.kind === 'array-string') {
            const where = arraySection(ev.path);
            const name = where && requirementName(ev.value);
            if (where && name)
                out.push({ name, key: normalise(name), line: ev.line, column: ev.column, ...where });
            continue;
        }
        // Poetry: `name = ...`, `name.version = ...`, `[tool.poetry.dependencies.name]` all declare `name`; the
        // first of them is the declaration, the keys inside its inline table or sub-table are not.
        for (let depth = 3; depth <= 5; depth += 2) {
            const table = poetryTable(ev.path.slice(0, depth));
            const name = ev.path[depth];
            if (!table || table.depth !== depth || name === undefined || name === 'python')
                continue;
            const id = `${table.section}\n${name}`;
            if (poetrySeen.has(id))
                continue;
            poetrySeen.add(id);
            out.push({
                name,
                key: normalise(name),
                line: ev.line,
                column: ev.column,
                section: table.section,
                table: `[${table.section}]`,
            });
        }
    }
    return out;
}
/** The first line declaring each dependency, by PEP 503 normalised name. */
function findDependencyLines(pyproject) {
    const out = new Map();
    for (const d of findDependencyDeclarations(pyproject)) {
        if (!out.has(d.key))
            out.set(d.key, { line: d.line, section: d.section });
    }
    return out;
}


/***/ }),

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

/***/ 7858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ SourceFiles),
/* harmony export */   f5: () => (/* binding */ fingerprintFindings)
/* harmony export */ });
/* unused harmony exports linesFromContent, normaliseLine */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4879);




/**
 * Repository files read on demand, each at most once however many findings point into it.
 * Paths are repository-relative; a path that escapes the root is treated as unreadable.
 */
class SourceFiles {
    root;
    readText;
    cache = new Map();
    constructor(root, readText = (p) => node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(p, 'utf8')) {
        this.root = root;
        this.readText = readText;
    }
    lines(file) {
        if (this.cache.has(file))
            return this.cache.get(file);
        let lines;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.root, file);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.root, abs);
        if (rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel)) {
            try {
                lines = this.readText(abs).split(/\r?\n/);
            }
            catch {
                lines = undefined; // deleted, binary-unreadable or a directory: fall back to the message
            }
        }
        this.cache.set(file, lines);
        return lines;
    }
}
/** File contents already in memory (tests, or a tool that ships the scanned text). */
function linesFromContent(files) {
    const split = new Map();
    return {
        lines(file) {
            const text = files[file];
            if (text === undefined)
                return undefined;
            let lines = split.get(file);
            if (!lines) {
                lines = text.split(/\r?\n/);
                split.set(file, lines);
            }
            return lines;
        },
    };
}
/** Whitespace-insensitive form of a source line, so re-indenting or re-spacing keeps the identity. */
function normaliseLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
// Bump when the recipe changes: old baselines then stop matching, which is better than matching wrongly.
const RECIPE = 'pyprod-fingerprint/v1';
function contentOf(f, source) {
    if (f.file && f.line && f.line >= 1) {
        const text = source.lines(f.file)?.[f.line - 1];
        if (text !== undefined)
            return `line:${normaliseLine(text)}`;
    }
    // No readable line (no location, deleted file, line past the end): the problem's wording stands in.
    return `message:${(0,_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseMessage */ .IL)(f.message)}`;
}
/**
 * Gives every finding a fingerprint that survives unrelated edits: sha256 over the tool, the rule, the
 * file, the whitespace-normalised flagged line and the occurrence index among findings with the same
 * (tool, rule, file, line text). Line numbers are deliberately left out, so inserting lines above a
 * finding keeps it; editing the flagged line changes it; two identical findings get distinct ones.
 * A fingerprint the tool provided (gitleaks has one) is kept as it is. Only a digest is stored, never
 * the line itself, so a flagged secret does not end up in a report or a baseline.
 */
function fingerprintFindings(findings, source) {
    const keyed = findings.map((f, index) => ({
        f,
        index,
        content: f.fingerprint ? '' : contentOf(f, source),
    }));
    const groups = new Map();
    for (const k of keyed) {
        if (k.f.fingerprint)
            continue;
        const group = JSON.stringify([k.f.tool, k.f.rule, k.f.file ?? '', k.content]);
        const list = groups.get(group) ?? [];
        list.push(k);
        groups.set(group, list);
    }
    const out = findings.map((f) => ({
        ...f,
        fingerprint: f.fingerprint ?? '',
    }));
    for (const [group, list] of groups) {
        // Occurrence order by position (not input order), so a tool that reorders its output changes nothing.
        list.sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) ||
            (a.f.column ?? 0) - (b.f.column ?? 0) ||
            (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0) ||
            a.index - b.index);
        list.forEach((k, occurrence) => {
            const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${RECIPE}\n${group}\n${occurrence}`).digest('hex');
            const target = out[k.index];
            if (target)
                target.fingerprint = digest;
        });
    }
    return out;
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

/***/ 4912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assetUrl: () => (/* binding */ assetUrl),
/* harmony export */   baseUrl: () => (/* binding */ baseUrl),
/* harmony export */   provisionTool: () => (/* binding */ provisionTool),
/* harmony export */   releaseUnreachable: () => (/* binding */ releaseUnreachable)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2642);
/* harmony import */ var _checksum_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6408);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6468);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7642);







const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
/** The base URL to download from: the mirror when given (checked), else the spec's upstream one. */
function baseUrl(spec, mirror) {
    if (mirror === undefined || mirror.trim() === '')
        return spec.defaultBaseUrl.replace(/\/+$/, '');
    let u;
    try {
        u = new URL(mirror.trim());
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    return mirror.trim().replace(/\/+$/, '');
}
function assetUrl(spec, version, platform, mirror) {
    return `${baseUrl(spec, mirror)}/${spec.releasePath(version, platform)}`;
}
function tool(spec, version, dir, source, platform) {
    return { name: spec.name, version, dir, source, bin: (name) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(name, platform)) };
}
async function isExecutable(file) {
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file).catch(() => undefined);
    if (!st?.isFile())
        return false;
    if (process.platform === 'win32')
        return true;
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/** The first copy of the spec's main binary on PATH whose reported version is accepted. */
async function findOnPath(spec, opts, platform, version) {
    const probe = spec.versionProbe;
    const main = spec.binaries[0];
    if (!probe || !main || opts.usePath === false)
        return undefined;
    const accept = opts.accept ?? ((v) => v === version);
    const dirs = (opts.runtime.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter((d) => d !== '');
    for (const dir of dirs) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(main, platform));
        if (!(await isExecutable(file)))
            continue;
        try {
            const r = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execTool */ .wc)(file, probe.args, {
                env: opts.runtime.env,
                timeoutMs: 15_000,
                maxOutputBytes: 64 * 1024,
            });
            const found = probe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
            if (found && accept(found))
                return { dir, found };
            opts.runtime.debug(`${file} reports version ${found ?? '(none)'}; not accepted`);
        }
        catch (err) {
            opts.runtime.debug(`${file} could not report its version: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
        }
    }
    return undefined;
}
/** A download failure that says the release host is unreachable or refuses us (not that the asset is bad). */
function releaseUnreachable(status) {
    return (status === undefined ||
        status >= 500 ||
        status === 429 ||
        status === 408 ||
        status === 403 ||
        status === 404);
}
async function checkBinaries(spec, dir, platform, what) {
    for (const b of spec.binaries) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(b, platform));
        if (!(await isExecutable(file)))
            throw new Error(`${what} does not contain the executable ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(b, platform)}`);
    }
}
/**
 * Gets a tool, trying in order: a copy on PATH at an accepted version, the runner's tool cache, then the
 * release archive from upstream or the mirror, checksum-verified and safely extracted into the tool cache.
 */
async function provisionTool(spec, opts) {
    const rt = opts.runtime;
    const version = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheVersion */ .DS)(opts.version);
    if (!VERSION_RE.test(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('version', opts.version, 'expected an exact version such as 1.2.3');
    }
    const platform = opts.platform ?? (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .currentPlatform */ .jN)();
    const arch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .toolCacheArch */ .Tm)(platform);
    const onPath = await findOnPath(spec, opts, platform, version);
    if (onPath) {
        rt.info(`Using ${spec.name} ${onPath.found} found on PATH at ${onPath.dir}`);
        return tool(spec, onPath.found, onPath.dir, 'path', platform);
    }
    const cached = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .findInToolCache */ .lj)(rt.toolCacheDir, spec.name, version, arch);
    if (cached) {
        try {
            await checkBinaries(spec, cached, platform, `The tool cache entry ${cached}`);
            rt.info(`Using ${spec.name} ${version} from the tool cache at ${cached}`);
            return tool(spec, version, cached, 'tool-cache', platform);
        }
        catch (err) {
            rt.warning(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}; downloading ${spec.name} ${version} again`);
        }
    }
    // Fail on an unknown checksum before making any request.
    const asset = spec.asset(version, platform);
    const expected = (0,_checksum_js__WEBPACK_IMPORTED_MODULE_4__/* .expectedChecksum */ .kq)(spec.name, spec.checksums, version, asset, opts.checksum);
    const url = assetUrl(spec, version, platform, opts.mirror);
    // Loaded only when downloading: the HTTP client and archive readers are most of a bundle's start-up cost.
    const [{ downloadFile, redactUrl, DownloadError }, { extractArchive }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 5551)),
        Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(697), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 4058)),
    ]);
    const shown = redactUrl(url);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(rt.tempDir, { recursive: true });
    const work = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1__.join(rt.tempDir, `provision-${spec.name}-`));
    let staging;
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(work, asset);
        rt.info(`Downloading ${spec.name} ${version} from ${shown}`);
        let dl;
        try {
            dl = await downloadFile(url, file, { ...opts.fetchOptions, onRetry: (m) => rt.warning(m) });
        }
        catch (err) {
            // Only an unreachable release falls back; what was downloaded is never second-guessed.
            if (!opts.fallback || !(err instanceof DownloadError) || !releaseUnreachable(err.status))
                throw err;
            rt.warning(`${err.message}; trying the fallback source`);
            const { fallback, fetchOptions } = opts;
            return await fallback({ spec, version, platform, runtime: rt, fetchOptions, cause: err }).catch((fb) => {
                throw new Error(`${err.message}; the fallback failed too: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(fb)}`, { cause: fb });
            });
        }
        (0,_checksum_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyChecksum */ .j_)(asset, dl.sha256, expected);
        const from = expected.from === 'input' ? "the 'checksum' input" : 'the committed checksum table';
        rt.info(`Verified SHA-256 ${dl.sha256} of ${asset} (${dl.bytes} bytes) against ${from}`);
        staging = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .makeStagingDir */ .Py)(rt.toolCacheDir, spec.name, version, arch);
        await extractArchive(file, staging, asset);
        const root = spec.archiveRoot(version, platform);
        const content = root ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(staging, root) : staging;
        await checkBinaries(spec, content, platform, `The archive ${asset}${root ? ` (folder ${root}/)` : ''}`);
        const dir = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .placeInToolCache */ .Tp)(content, rt.toolCacheDir, spec.name, version, arch);
        rt.info(`Cached ${spec.name} ${version} in ${dir}`);
        return {
            ...tool(spec, version, dir, 'download', platform),
            sha256: dl.sha256,
            downloadMs: dl.durationMs,
            bytes: dl.bytes,
            url: shown,
        };
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(work, { recursive: true, force: true });
        if (staging)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ PYTHON_TOOLS),
/* harmony export */   NX: () => (/* reexport safe */ _core_python_names_js__WEBPACK_IMPORTED_MODULE_2__.N),
/* harmony export */   XX: () => (/* binding */ lockedVersion),
/* harmony export */   n: () => (/* binding */ pythonToolArgv)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_python_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);



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
 * The argv that runs a Python tool through uv, e.g. `uv tool run --from ruff==0.15.0 ruff` (standalone) or
 * `uv run --with pylint==4.0.0 pylint` (in the project's environment). `lockedVersion` wins over the pin.
 */
function pythonToolArgv(tool, opts = {}) {
    const version = opts.lockedVersion ?? tool.pin;
    const requirement = `${tool.package}==${version}`;
    const command = tool.command ?? tool.package;
    const extra = (opts.with ?? []).flatMap((r) => ['--with', r]);
    const uv = opts.uv ?? 'uv';
    const head = tool.mode === 'standalone'
        ? [uv, 'tool', 'run', '--from', requirement, ...extra, command]
        : [uv, 'run', '--with', requirement, ...extra, command];
    return {
        argv: [...head, ...(opts.args ?? [])],
        version,
        versionFrom: opts.lockedVersion ? 'uv.lock' : 'pin',
    };
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
    const wanted = (0,_core_python_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackageName */ .N)(packageName);
    for (const p of packages) {
        if (typeof p !== 'object' || p === null)
            continue;
        const { name, version } = p;
        if (typeof name === 'string' && (0,_core_python_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackageName */ .N)(name) === wanted && typeof version === 'string') {
            // A lock with forked resolutions may list a package twice; the first entry is the one uv lists first.
            return version;
        }
    }
    return undefined;
}


/***/ }),

/***/ 5588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UV_CHECKSUMS: () => (/* binding */ UV_CHECKSUMS),
  UV_DEFAULT_VERSION: () => (/* binding */ UV_DEFAULT_VERSION),
  uvAssetBase: () => (/* binding */ uvAssetBase),
  uvSpec: () => (/* binding */ uvSpec)
});

// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/provision/checksums/uv.json
const uv_namespaceObject = /*#__PURE__*/JSON.parse('{"0.12.16":{"uv-aarch64-apple-darwin.tar.gz":"b6e03fae61704b1aa622f12b792a69483e837b83068e44f4fd34f8a07a8f74a3","uv-aarch64-pc-windows-msvc.zip":"9977129f89c4036edfcb200d2484755571e51fa74517f02e478c1d7bcc353b2e","uv-aarch64-unknown-linux-gnu.tar.gz":"36d913ee9c647481d64f1a0a0485f85ff2feaee605c341fc22e73398f9212c26","uv-x86_64-apple-darwin.tar.gz":"a42bcc9ce97eb8b364d7f162233a9c6b8c0ee25388e551d362809795127e0c31","uv-x86_64-pc-windows-msvc.zip":"f730454bf09019754e5e5abd71a8aa18683cb739cba0d9c720bac2e7c901160f","uv-x86_64-unknown-linux-gnu.tar.gz":"8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c"},"0.12.15":{"uv-aarch64-apple-darwin.tar.gz":"dc304b9ed1b24174572290fba60ac3f6fe63c73a671f0439e62a91375841964d","uv-aarch64-pc-windows-msvc.zip":"a37c8e96cb1260488c8510b64c848533a3a82a2fdf9e905de7c2700ceebf6437","uv-aarch64-unknown-linux-gnu.tar.gz":"0e9a3499b0587d449c9ff684c0160da607826e4af1cee220bc87f378702d3e08","uv-x86_64-apple-darwin.tar.gz":"e9ca61775532368fe518ab03e7a354c7ecab8ccb3c7d941c775fcc4a362b801b","uv-x86_64-pc-windows-msvc.zip":"477bd99a84e34891f2bd4c9152ddeb74e971accccbc59c0f0301f11f08a32d46","uv-x86_64-unknown-linux-gnu.tar.gz":"f97935763c04be3e692460a7aaeaaab8fc3b78fcf8b389da820b38ae7423a638"},"0.12.14":{"uv-aarch64-apple-darwin.tar.gz":"dfed5683c5873d65eff8476eb93526059b81e5646a68305b5c94a26b29990894","uv-aarch64-pc-windows-msvc.zip":"46b930bdbb338099c7d9da711b751240eb97876eda6a553a2c28323967232041","uv-aarch64-unknown-linux-gnu.tar.gz":"7fb91bd5d10529c60723eaec3caf44726f89280e5aeed78af8fc63fcad004c9b","uv-x86_64-apple-darwin.tar.gz":"e11a70264ceca38e929ecaeed953c323e517af7b960ebf9722d5918e8c7f0375","uv-x86_64-pc-windows-msvc.zip":"02cecb254f37f3396da625680796d3990164a590fb5611d46f719ad83e7b9a89","uv-x86_64-unknown-linux-gnu.tar.gz":"18ef5c3888ae59828cb13f38d57e9389b8173ecc719eff163bfafc74b38f5936"},"0.12.13":{"uv-aarch64-apple-darwin.tar.gz":"7e6ddb9316acc00f2296c82ff4d99977870ee34b2f0ddcae9444d714db9364ed","uv-aarch64-pc-windows-msvc.zip":"1efb2654b06e7063d4ac1fc9d49a9bda9a6704d82f035b589a2751a592f14151","uv-aarch64-unknown-linux-gnu.tar.gz":"2eaa5d94f5db7b3a1a092156b9420459e42ab0217d917fe74a876309cef9b5e9","uv-x86_64-apple-darwin.tar.gz":"5e287ef61cb6a9b61b3a83fef124fd143e400468a7dac794230147a810e17119","uv-x86_64-pc-windows-msvc.zip":"a86c9dc7bad9b03f388583b7187c05fe9951c2e0d392217e8fd43d97787f6ec2","uv-x86_64-unknown-linux-gnu.tar.gz":"745765a3b6e360ad76743599ae5c42e9278c7edf8bbff9fc76d05bf2623a04dd"},"0.12.12":{"uv-aarch64-apple-darwin.tar.gz":"46740540b63fdee9a6cb2e19baf3f1f475b850c440a33e63455087a6871263f1","uv-aarch64-pc-windows-msvc.zip":"36559da51ecee83b2b1d80aa1a0ede2f80e2d9e5761fffcbb9e9366a7f3d022a","uv-aarch64-unknown-linux-gnu.tar.gz":"fe08db50cc1b56cd1da7801065ed1103d27ed3f9571cd122386cfc7faf1b8df5","uv-x86_64-apple-darwin.tar.gz":"0dc8cd6c961582b0d140b5398f96b23502885277fb3464241456a2435e460dfa","uv-x86_64-pc-windows-msvc.zip":"3d54912924c36e862c14f427d04f2ed70a99e8001d1c30caa101f6d5711626d5","uv-x86_64-unknown-linux-gnu.tar.gz":"ab9b309d4586403f024e100abaceb396616e178a553e2500c36087d180f09509"},"0.12.11":{"uv-aarch64-apple-darwin.tar.gz":"e01b69ee15e81918d5e8fc9cf39b3db7f59c5576e5e306cd9b7aeb2c7b7321c3","uv-aarch64-pc-windows-msvc.zip":"7a70f46305d28a95f913ef2888254a9f9c183a406daeeb8937134afc9ed434d2","uv-aarch64-unknown-linux-gnu.tar.gz":"e9933d907fb9cd27d606d819bbded419f2844c0e2efc98225ecfa409288eb28d","uv-x86_64-apple-darwin.tar.gz":"96d773bf5fda4f9b08c4444847f9183d1c14bc8a28ff9c0490e261a8fc6e5309","uv-x86_64-pc-windows-msvc.zip":"e94225dea91e051472847bd6d146d7d66c4f54ffcd1f106678866a99580845f9","uv-x86_64-unknown-linux-gnu.tar.gz":"4ae93e0f148a18434cc094072547cec88912fc4a72b984183c7d0d0e9586cb5e"},"0.12.10":{"uv-aarch64-apple-darwin.tar.gz":"51c6170e8e3a01cef9f33b94f582b7b81ac65046f55d40afb35f9cff5a68c179","uv-aarch64-pc-windows-msvc.zip":"ee985c51c0c9c1f82267a5d80f959b34a7ff888c109182bd3b2b35c4661bbcde","uv-aarch64-unknown-linux-gnu.tar.gz":"9ff6b9d4665edcdd3a88dcc73cd1eb641754deb927f14e8c62ebfde6bf4f5f5e","uv-x86_64-apple-darwin.tar.gz":"5296d5aa2b9143360405eea866f8ef4d5dc8986b164eb0dc35e8f876a9304d30","uv-x86_64-pc-windows-msvc.zip":"f65744f94072152b1f86ba2aace4d01f1124d9a8ecb235805039e3718c36cac2","uv-x86_64-unknown-linux-gnu.tar.gz":"173d95a0c32d18c896c46ba6fafbf3cf9c14ab74b033f81b76c883ef492a976b"},"0.12.9":{"uv-aarch64-apple-darwin.tar.gz":"301f72afaf54060f92da7016cb0115bd077f43a9c8e39c1d8170a0bac80fd398","uv-aarch64-pc-windows-msvc.zip":"d3360363a3cb671f2c854f4ef48cf4a57fe8664f8ec6a248076d68b797a8acc0","uv-aarch64-unknown-linux-gnu.tar.gz":"c36fe17937ff6bd16dc42fc13854b5465999fcab2efe0af559381e945e3c6001","uv-x86_64-apple-darwin.tar.gz":"e1ca175824f1056589ce9908f7631879ebc3c36535b5e63dc06510beb370b4c1","uv-x86_64-pc-windows-msvc.zip":"ddbfcee1ac615a0499f6aa97b5ec8ebdf3ee4a7714a48055ec2ba0030e3cf810","uv-x86_64-unknown-linux-gnu.tar.gz":"ec7a99cd05e0cd7f80243f135ce1361c76835cb0ee60055d14d20eba8eba1460"},"0.12.8":{"uv-aarch64-apple-darwin.tar.gz":"8ce083658dbff20143607ca7af8e0c1d64b6fd7bf03a5cdcb62bf3d47d991b5f","uv-aarch64-pc-windows-msvc.zip":"84b821c551802c200a32e25f9d1d960ef15e248f54f6a1bd9e1eb62934669da8","uv-aarch64-unknown-linux-gnu.tar.gz":"ba8661f4fd207c8e94814191598e619b355ac10d5014e851e21eb800f9ef2b00","uv-x86_64-apple-darwin.tar.gz":"bfcd4407de99e0a2c1904df0902fa1795653d4edd145358e6561527e746a4f16","uv-x86_64-pc-windows-msvc.zip":"e07acf3f8a29fe41f9e04b799c3325cb0e0893836bb222bf102829b45c679ad6","uv-x86_64-unknown-linux-gnu.tar.gz":"2e2b37e9811e17675a9e70bed5e1a58fc8c0388be63d751d72cc735188c149ff"},"0.12.7":{"uv-aarch64-apple-darwin.tar.gz":"127ebdda7ad953cdf198e964b570ea5771b85467ea93eb7cb6d6f8e6f55408f3","uv-aarch64-pc-windows-msvc.zip":"1611d0f4be72b0a354ad9a6ae954093dd4c91e93e36b8b490326a05a039ffe14","uv-aarch64-unknown-linux-gnu.tar.gz":"66393193038dd7eb108abd7a218d9cec04ac70ab98242b0720fa94de19223b7c","uv-x86_64-apple-darwin.tar.gz":"06b8ae1da8c2661c5434507a66f8c2b0b835933bf955b5958a9ac357a37d1959","uv-x86_64-pc-windows-msvc.zip":"bf1518af459a3915511a11fdc6e2f43ef9a2afa138b9d498eeb9642fe9d85218","uv-x86_64-unknown-linux-gnu.tar.gz":"788f18abea7c5f55d6216e4f5613fd89d4d59b631efeec117b2b07fe72f1da21"},"0.12.6":{"uv-aarch64-apple-darwin.tar.gz":"14b459d51ea2e71eeba28c45a268c922bdf8607fc6455e3f40b4e082895d160d","uv-aarch64-pc-windows-msvc.zip":"6dda514fbbe3152d980758e0f6347116060114d7d24932fc0ea5d8063f8b253a","uv-aarch64-unknown-linux-gnu.tar.gz":"d58030acd26159499ac82f32da12d1b3c12a3a1bfc414232d9082070c03e128d","uv-x86_64-apple-darwin.tar.gz":"2a26ea71bbeff1c7e12c2cc40245c96a041deff276bc921e7038e304d5d3e04c","uv-x86_64-pc-windows-msvc.zip":"df7cb9f243eae1621400d4fcf5b1b3d90f20e264ece91b64deb3b0078abca6ef","uv-x86_64-unknown-linux-gnu.tar.gz":"8681d8921e7d520fb368991dcf5f9c1905b80f5bf2a265a0ed085c8d8e342477"},"0.12.5":{"uv-aarch64-apple-darwin.tar.gz":"5bb0e5fe008a773c3dbcb97ff79cd89e1241464fe9d2f986d52ad8f1b037bd62","uv-aarch64-pc-windows-msvc.zip":"724279317fee6e5fa8ad1908e4eba2bbe764ef1ece5b3f4597927b62b1fe562a","uv-aarch64-unknown-linux-gnu.tar.gz":"9bf43b4d1a07665bf64d4c4e710930b382321a785e0eb10aac07f46471f86a31","uv-x86_64-apple-darwin.tar.gz":"b3b2137477cf96c9686ebfb71524614cec780c673fd73e59bce099aef02e70e8","uv-x86_64-pc-windows-msvc.zip":"4c4d49d8738847d9b71ba319e49a5688c93eac0fe6204b1df24e98528dddf39a","uv-x86_64-unknown-linux-gnu.tar.gz":"68a509da24b06b4223a1c0175fb5eb5bc79342b76cbeff0cfe51ac3f5b17b6b2"},"0.12.4":{"uv-aarch64-apple-darwin.tar.gz":"99a913b606194867b43086404412c1afe079547fee72ecfb6af7e7b0dd54b0c6","uv-aarch64-pc-windows-msvc.zip":"3290abffee78c30e3113f5113e26684fd057287e89124a588dcdcdd6ceec0fea","uv-aarch64-unknown-linux-gnu.tar.gz":"49d881b3403187e1f1789720881e77e4251ad4259d86c4844862657d2a35d13f","uv-x86_64-apple-darwin.tar.gz":"e603f1eb634ca97a2a125539b983891f53235e901511ed10c32c08c86e253ecd","uv-x86_64-pc-windows-msvc.zip":"4f3b7d63cd81fca0da5a655d973d20affca89ce6e5f9a29fd0183cc4204a7639","uv-x86_64-unknown-linux-gnu.tar.gz":"c8c60f47e6f88d18dbf6f33d7279fb1fbf7ae76631768152cf5578c3d65729b4"},"0.12.3":{"uv-aarch64-apple-darwin.tar.gz":"546f7f8a6c70ff13a3a9d2bc958db3427298cebf3e0cb756f9177133b7068843","uv-aarch64-pc-windows-msvc.zip":"4343217d668727b8a8eb5cad92389a1d2eeead93c89940d1b955ba1bb15462eb","uv-aarch64-unknown-linux-gnu.tar.gz":"bb66cb52e7b1823aed1183630d8d8e5c958840d584a4c55ec10a4cfc168dcca2","uv-x86_64-apple-darwin.tar.gz":"4c9f52262a14da336e4a42ed24992d12d0c956acde87619e4611d321dffa602b","uv-x86_64-pc-windows-msvc.zip":"b23350c79e8ad0192b8124af13a0f17e8d4e4549524785e1aef389ae5a06990e","uv-x86_64-unknown-linux-gnu.tar.gz":"600cf9a742aca00d292673b16b5acffaa7b8c269a364ad0c2e79498dcb1fe101"},"0.12.2":{"uv-aarch64-apple-darwin.tar.gz":"fa909fea3bc06f460db79017030a221fdbc43ec4478f089cb554d8335c090817","uv-aarch64-pc-windows-msvc.zip":"dccc2bb7724c015f2a82467dee5bf4b2353a3fcdbfdfb30e0f93cdf5db2dd1df","uv-aarch64-unknown-linux-gnu.tar.gz":"19b7f1f66895261fbaa07f8ea91da0f86337ad4e47efa594e87641c1718ffc52","uv-x86_64-apple-darwin.tar.gz":"a6e6506a9109801222d65d17461abf4ed13bdecc5d2b13af0495418a82972c6b","uv-x86_64-pc-windows-msvc.zip":"01442d8ce5c7124151a73e697c836d252c6da853c18c73206d3cc4c2378a91d2","uv-x86_64-unknown-linux-gnu.tar.gz":"d66e96b5f1ca3b99806eee283a8125d33a0bd669e6e6d9bc4ab7ffda63c41bf4"}}');
// EXTERNAL MODULE: ./src/provision/platform.ts
var provision_platform = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/provision/tools/uv.ts



/**
 * uv's GitHub releases, as astral-sh/setup-uv reads them: `uv-<rust target>.tar.gz` holding a folder of the
 * same name with `uv` and `uvx`; on Windows `uv-<rust target>.zip` with `uv.exe` and `uvx.exe` at its root.
 * The digests in checksums/uv.json are upstream's, taken from setup-uv's known-checksums table.
 */
const UV_CHECKSUMS = uv_namespaceObject;
/** The newest uv version whose digests are committed; the default when no version is asked for. */
const UV_DEFAULT_VERSION = (0,checksum/* newestVersion */.Rg)(UV_CHECKSUMS);
function uvAssetBase(platform) {
    return `uv-${(0,provision_platform/* rustTarget */.qD)(platform)}`;
}
const uvSpec = {
    name: 'uv',
    defaultBaseUrl: 'https://github.com/astral-sh/uv/releases/download',
    asset: (_version, platform) => `${uvAssetBase(platform)}${(0,provision_platform/* archiveExt */.aI)(platform)}`,
    releasePath: (version, platform) => `${version}/${uvAssetBase(platform)}${(0,provision_platform/* archiveExt */.aI)(platform)}`,
    archiveRoot: (_version, platform) => (platform.os === 'win32' ? '' : uvAssetBase(platform)),
    binaries: ['uv', 'uvx'],
    checksums: UV_CHECKSUMS,
    // `uv --version` prints e.g. "uv 0.12.16 (x86_64-unknown-linux-gnu)" or "uv 0.9.5 (d5f39331a 2025-10-21)".
    versionProbe: { args: ['--version'], pattern: /^uv (\d+\.\d+\.\d+\S*)/m },
};


/***/ }),

/***/ 3801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ publishWithInputs),
/* harmony export */   c: () => (/* binding */ loadReportInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6635);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8414);



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
        ? await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .loadBaseline */ .oU)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.baseline), {
            input: 'baseline',
            tool: report.action,
        })
        : undefined;
    const result = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publishReport */ .S)(report, rt, {
        ...extra,
        sarifFile: inputs.sarifFile,
        jsonFile: inputs.jsonFile,
        prComment: inputs.prComment,
        token: inputs.githubToken,
        baseline,
    });
    if (inputs.writeBaseline) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.writeBaseline);
        await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .writeBaseline */ .B9)(file, report.findings, report.action);
        rt.info(`Wrote a baseline of ${report.findings.length} findings to ${file}.`);
    }
    const known = new Set(baseline?.fingerprints ?? []);
    return {
        ...result,
        newFindings: report.findings.filter((f) => !known.has(f.fingerprint)),
        ...(baseline ? { loadedBaseline: baseline } : {}),
    };
}


/***/ })

};
