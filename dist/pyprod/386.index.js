export const id = 386;
export const ids = [386,41];
export const modules = {

/***/ 5386:
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
// EXTERNAL MODULE: ./src/provision/any-uv.ts
var any_uv = __webpack_require__(7041);
;// CONCATENATED MODULE: ./src/provision/project-env.ts


/** Reads `uv sync --dry-run`'s report (uv 0.12 prints it on stderr). */
function parseSyncDryRun(output) {
    const lines = output.split(/\r?\n/).map((l) => l.trim());
    const use = lines.find((l) => l.startsWith('Would use project environment at: '));
    const create = lines.find((l) => l.startsWith('Would create project environment at: '));
    const changes = lines.filter((l) => /^[-+~] \S/.test(l));
    if (!use) {
        const where = create
            ? create.slice('Would create project environment at: '.length)
            : 'the project environment';
        return { missing: [`${where} does not exist`, ...changes] };
    }
    return { venv: use.slice('Would use project environment at: '.length), missing: changes };
}
/** uv's answer; when uv cannot answer, the reason as the one thing "missing", so a separate env is used. */
async function projectEnvState(uv, dir, selection, env) {
    try {
        const r = await (0,exec/* execTool */.wc)(uv, ['sync', '--dry-run', '--inexact', ...selection], {
            cwd: dir,
            env,
            timeoutMs: 120_000,
        });
        return parseSyncDryRun(`${r.stdout}\n${r.stderr}`);
    }
    catch (err) {
        return { missing: [`uv sync --dry-run failed (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]})`] };
    }
}

// EXTERNAL MODULE: ./src/provision/python-tools.ts
var python_tools = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/core/venv-paths.ts
var venv_paths = __webpack_require__(443);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
;// CONCATENATED MODULE: ./src/actions/deptry-report/project.ts




const table = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
const strings = (v) => typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
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
function readProject(dir, workspace, env = process.env) {
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
    // Found as uv finds it, within the checkout; a pyproject.toml that is not TOML is left to deptry to report.
    const uv = (0,uv_project/* locateUvProjectLeniently */.hJ)(dir, env, { ceiling: workspace });
    return {
        dir,
        layout,
        runtimeTarget: runtimeTarget(layout, doc, dir, deptryConfig),
        deptryConfig,
        ...(uv?.lockExists ? { uvLock: uv.lockFile } : {}),
        ...(uv ? { uvEnvironment: uv.environment } : {}),
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
        const python = (0,venv_paths/* venvPython */.qb)(dir);
        return external_node_fs_.existsSync(python) ? { kind: 'venv', venv: dir, python, from } : undefined;
    };
    // The project's own environment: in a uv workspace the root's (or UV_PROJECT_ENVIRONMENT's).
    const own = p.uvEnvironment ?? external_node_path_.join(p.dir, '.venv');
    const found = (env.VIRTUAL_ENV ? venv(external_node_path_.resolve(env.VIRTUAL_ENV), 'VIRTUAL_ENV') : undefined) ?? venv(own, '.venv');
    if (found)
        return found;
    if (p.hasProjectTable)
        return uvProject();
    throw new Error(`${p.dir} has no uv.lock, no [project] table and no virtual environment (VIRTUAL_ENV is not set and ` +
        `${own} does not exist). deptry needs the project's installed packages to map ` +
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
/** uv's options that select what deptry needs installed from the lock. */
function uvProjectSelection(env) {
    return [
        ...(env.lock ? ['--frozen'] : []),
        ...(env.allExtrasAndGroups ? ['--all-extras', '--all-groups'] : []),
    ];
}
/** Whether deptry runs in the project's own environment (it has everything), not in a separate one. */
function usesProjectEnv(env) {
    return env.kind === 'uv-project' && (env.state?.missing.length === 0 || env.separateFailed !== undefined);
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
    const env = o.environment;
    const run = env.kind === 'venv'
        ? ['--no-project', '--python', env.python]
        : [
            // --frozen: what uv.lock says without rewriting it; all extras and groups so that every declared
            // package is installed and deptry reads its real module names instead of guessing. --no-sync when
            // the project's environment has them all, else --isolated: never a sync of the project's own.
            ...uvProjectSelection(env),
            ...(usesProjectEnv(env) ? ['--no-sync'] : ['--isolated']),
        ];
    const { argv } = (0,python_tools/* pythonToolArgv */.n)({ ...python_tools/* PYTHON_TOOLS */.J5.deptry, command: 'python' }, { uv: o.uv, lockedVersion: o.version, run, args: ['-m', 'deptry', ...args] });
    return { argv, firstParty };
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
        meaning: 'A dependency is declared, but deptry found no import of it in the code it scanned.',
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
/** A `[tool.deptry.per_rule_ignores]` entry for pyproject.toml (deptry matches it to the name it reports). */
function perRuleIgnore(code, name) {
    return `\`[tool.deptry.per_rule_ignores]\` \`${code} = ${JSON.stringify([name])}\``;
}
const BLIND_DEP002 = 'It cannot see drivers loaded by URL (SQLAlchemy dialects such as psycopg2 for `postgresql://`), ' +
    'plugins and entry points, imports under `TYPE_CHECKING`, dynamic `importlib` imports, or imports in ' +
    'excluded folders such as tests.';
/**
 * What deptry saw, what it cannot see, and the change that resolves one violation. `scope` (which folders were
 * scanned and excluded) goes into the fact where it matters: a missing import is only missing from those.
 */
function fixFor(v, p, declared, scope) {
    const m = `\`${v.module}\``;
    const target = p.runtimeTarget;
    const where = scope ? ` (scanned: ${scope})` : '';
    switch (v.code) {
        case 'DEP001':
            return {
                seen: `deptry found an import of ${m} that no declared dependency provides`,
                action: `add the distribution that provides ${m} to ${target}`,
            };
        case 'DEP002':
            return {
                seen: `deptry found no import of ${m} in the scanned modules${where}`,
                blind: BLIND_DEP002,
                action: `if nothing needs it, remove ${m} from ${declared?.table ?? v.file}; if something does, keep it ` +
                    `and add ${perRuleIgnore('DEP002', v.module)} to pyproject.toml`,
            };
        case 'DEP003':
            return {
                seen: `deptry found an import of ${m}, which no declared dependency provides: it is installed only because another dependency needs it`,
                blind: 'It cannot tell an optional import (inside `try: … except ImportError`) from a required one, nor see ' +
                    'declarations in files it does not read.',
                action: `add ${m} to ${target}; if the import is optional or declared elsewhere, add ` +
                    `${perRuleIgnore('DEP003', v.module)} to pyproject.toml`,
            };
        case 'DEP004': {
            const from = declared ? `only in ${declared.table}` : 'only as a development dependency';
            return {
                seen: `deptry found an import of ${m} in code it treats as non-development${where}, and ${m} is declared ${from}`,
                blind: 'It cannot tell that a module runs only in development (a test client, a fixture helper, a script) ' +
                    'unless its folder is excluded.',
                action: (declared
                    ? `if this code runs in production, move ${m} from ${declared.table} to ${target}`
                    : `if this code runs in production, move the distribution that provides ${m} from its development group to ${target}`) +
                    `; if it runs only in development, add its folder to \`extend_exclude\` in \`[tool.deptry]\` or add ${perRuleIgnore('DEP004', v.module)} to pyproject.toml`,
            };
        }
        case 'DEP005':
            return {
                seen: `${m} is part of Python's standard library`,
                action: `remove ${m} from ${declared?.table ?? v.file}`,
            };
        default:
            return { seen: v.message, action: `see deptry's documentation for ${v.code}` };
    }
}
/** The finding's text: the fact, what deptry cannot see, and the fix, one sentence each. */
function fixText(fix) {
    const end = (s) => `${s.replace(/\.$/, '')}.`;
    // deptry is written in lower case, even at the start of a sentence; the action starts with a verb.
    const action = `${fix.action.charAt(0).toUpperCase()}${fix.action.slice(1)}`;
    return [end(fix.seen), fix.blind, end(action)].filter(Boolean).join(' ');
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
        const fix = fixFor(v, p, declared, opts.scope);
        const where = onDeclaration
            ? declared && { line: declared.line, column: declared.column }
            : v.line !== null && { line: v.line, ...(v.column !== null ? { column: v.column } : {}) };
        const data = {
            module: v.module,
            directory,
            // The summary's table has the project's scope in its own section: the row leaves it out.
            fix: fixText(opts.scope ? fixFor(v, p, declared) : fix),
            deptryMessage: v.message,
        };
        if (declared)
            data.declaredIn = declared.table;
        return {
            tool: 'deptry',
            rule: v.code,
            severity: opts.failOn.has(v.code) ? 'error' : 'warning',
            message: fixText(fix),
            file: (0,finding/* toRepoPath */.xD)(abs, opts.workspace),
            ...(where || {}),
            ...(isDeptryCode(v.code) ? { helpUri: RULES[v.code].helpUri } : {}),
            data,
        };
    });
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/provision/trust.ts
var trust = __webpack_require__(1917);
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
        const abs = (0,core_inputs/* checkPathInput */.mW)('working-directory', d, external_node_path_.resolve(rt.workspace, d), 'directory');
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
        toolSource: (0,trust/* readToolSource */.UK)(r, rt),
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

;// CONCATENATED MODULE: ./src/actions/deptry-report/scan-scope.ts


/** deptry 0.25's default `exclude` (its cli.py DEFAULT_EXCLUDE): regular expressions matched against paths. */
const DEPTRY_DEFAULT_EXCLUDE = ['venv', '\\.venv', '\\.direnv', 'tests', '\\.git', 'setup\\.py'];
/** The values of a comma-separated deptry option in `options` (`--exclude a,b`, `--exclude=a,b`, `-e a`). */
function optionValues(options, names) {
    let found;
    for (let i = 0; i < options.length; i++) {
        const o = options[i];
        const eq = o.indexOf('=');
        const name = eq > 0 ? o.slice(0, eq) : o;
        if (!names.includes(name))
            continue;
        const value = eq > 0 ? o.slice(eq + 1) : (options[i + 1] ?? '');
        found = [...(found ?? []), ...value.split(',').filter(Boolean)];
    }
    return found;
}
/**
 * The scope deptry scanned: the command line's `--exclude` replaces `[tool.deptry] exclude`, which replaces
 * deptry's default; `extend_exclude` (either place) adds to it.
 */
function scanScope(p, extraArgs = []) {
    const { roots, options } = splitExtraArgs(extraArgs);
    const cliExclude = optionValues(options, ['--exclude', '-e']);
    const configExclude = configList(p, 'exclude');
    const exclude = cliExclude ?? (configExclude.length > 0 ? configExclude : undefined);
    const extend = optionValues(options, ['--extend-exclude', '-ee']) ?? configList(p, 'extend_exclude');
    return {
        roots: roots.length > 0 ? roots : ['.'],
        excluded: [...(exclude ?? DEPTRY_DEFAULT_EXCLUDE), ...extend],
        gitignore: exclude === undefined,
    };
}
/** `` `.`, excluding `venv`, `.venv`, … and .gitignored files `` (plain patterns shown without their `\`). */
function describeScope(s) {
    const show = (x) => `\`${x.replace(/\\(.)/g, '$1')}\``;
    const parts = s.excluded.map(show);
    if (s.gitignore)
        parts.push('.gitignored files');
    const excluded = parts.length > 0 ? `, excluding ${parts.join(', ')}` : '';
    return `${s.roots.map(show).join(', ')}${excluded}`;
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
    const selection = `${lock}${e.allExtrasAndGroups ? ', all extras and groups' : ''}`;
    if (e.separateFailed !== undefined && e.state) {
        const missing = e.state.missing;
        const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
        return (`uv project environment ${(0,markdown/* code */.aY)(e.state.venv ?? '.venv')} as it is, lacking ` +
            `${missing.slice(0, 5).map(markdown/* code */.aY).join(', ')}${more}: the separate environment with them could not be ` +
            `built (${(0,markdown/* escapeCell */.kq)(e.separateFailed)}), so deptry may report a package of a missing extra or group`);
    }
    if (e.state?.missing.length === 0) {
        return `uv project environment ${(0,markdown/* code */.aY)(e.state.venv ?? '.venv')} as it is (${selection})`;
    }
    const missing = e.state?.missing ?? [];
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    const list = `${missing.slice(0, 5).map(markdown/* code */.aY).join(', ')}${more}`;
    const why = !e.state
        ? ''
        : e.state.venv
            ? `; not the project environment ${(0,markdown/* code */.aY)(e.state.venv)}, which lacks ${list}`
            : `; not the project environment: ${list}`;
    return `separate environment (${selection}${why})`;
}
/** Where deptry ran: one row per working directory (a monorepo has several). */
function projectsSection(runs, workspace) {
    const rows = runs.map((r) => {
        const version = r.version ? `${(0,markdown/* code */.aY)(r.version)} (${r.versionFrom ?? '?'})` : '—';
        let result = r.error ? `❌ ${(0,markdown/* escapeCell */.kq)(r.error)}` : String(r.violations ?? 0);
        if (r.ignored)
            result += ` (${r.ignored} ignored)`;
        const notes = [
            r.scope ? `scanned: ${cellWithCode(r.scope)}` : '',
            r.firstParty?.length ? `src layout: ${r.firstParty.map(markdown/* code */.aY).join(', ')} first-party` : '',
        ]
            .filter(Boolean)
            .join('; ');
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
/** deptry's own output where it failed: tool output, so fenced as untrusted text. */
function failuresSection(failures) {
    return { title: 'deptry failed', markdown: failures.map((f) => (0,markdown/* fenced */.OF)(f, 'text')).join('\n\n') };
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
        const project = readProject(dir, rt.workspace, rt.env);
        const run = { project, directory: (0,finding/* toRepoPath */.xD)(dir, rt.workspace) || '.' };
        c.runs.push(run);
        try {
            const environment = chooseEnvironment(project, rt.env);
            if (environment.kind === 'uv-project' && environment.lock) {
                // uv decides whether its project environment has everything; deptry never syncs it (see command.ts).
                environment.state = await projectEnvState(uv, dir, uvProjectSelection(environment), rt.env);
            }
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
            run.scope = describeScope(scanScope(project, i.extraArgs));
            const result = await rt.group(`deptry ${run.version} in ${run.directory}`, async () => {
                if (cmd.firstParty.length > 0) {
                    rt.info(`src layout: passing --known-first-party ${cmd.firstParty.join(', ')}, as deptry scanning . ` +
                        'would take them for third-party imports.');
                }
                const opts = { env: rt.env, timeoutMs: TIMEOUT_MS, onLine: (l) => rt.info(l) };
                rt.info((0,exec/* displayCommand */.kc)(cmd.argv[0], cmd.argv.slice(1)));
                try {
                    return await runDeptry(cmd.argv, dir, jsonOutput, opts);
                }
                catch (err) {
                    // uv could not build the separate environment (deptry never started, so no report): a project
                    // environment that exists is still worth checking, as it is, rather than no check at all.
                    if (!(err instanceof DeptryFailure) ||
                        environment.kind !== 'uv-project' ||
                        !canFallBack(environment, jsonOutput))
                        throw err;
                    environment.separateFailed = err.toolMessage;
                    rt.warning(`deptry: the separate environment with every extra and group could not be built ` +
                        `(${err.toolMessage}); deptry runs in the project environment as it is, which lacks ` +
                        `${(0,markdown/* plural */.LS)(environment.state?.missing.length ?? 0, 'package')} they install.`);
                    const again = deptryCommand({
                        uv,
                        project,
                        environment,
                        version: run.version,
                        jsonOutput,
                        extraArgs: i.extraArgs,
                    });
                    rt.info((0,exec/* displayCommand */.kc)(again.argv[0], again.argv.slice(1)));
                    return runDeptry(again.argv, dir, jsonOutput, opts);
                }
            });
            const kept = result.violations.filter((v) => !ignore.has(v.code));
            run.violations = kept.length;
            run.ignored = result.violations.length - kept.length;
            run.durationMs = result.durationMs;
            c.exitCodes.push(result.exitCode);
            c.findings.push(...violationFindings(kept, project, { workspace: rt.workspace, failOn, scope: run.scope }));
        }
        catch (err) {
            run.error = err instanceof DeptryFailure ? err.toolMessage : (0,errors/* errorMessage */.gJ)(err);
            c.exitCodes.push(err instanceof DeptryFailure ? err.exitCode : null);
            c.failures.push((0,errors/* errorMessage */.gJ)(err));
        }
    }
    return c;
}
/** A separate environment that uv failed to build, beside a project environment that exists. */
function canFallBack(e, jsonOutput) {
    return e.state?.venv !== undefined && !usesProjectEnv(e) && !external_node_fs_.existsSync(jsonOutput);
}
function verdictOf(failed, newErrors, newTotal) {
    if (failed || newErrors > 0)
        return 'fail';
    return newTotal > 0 ? 'warn' : 'pass';
}
async function main(i, rt) {
    // Any verified uv will do: it only starts deptry (PATH only with tool-source: path).
    const uv = await (0,any_uv.provisionAnyUv)(rt, i.toolSource);
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
        sections.push(failuresSection(c.failures));
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

/***/ 7041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provisionAnyUv: () => (/* binding */ provisionAnyUv)
/* harmony export */ });
/* harmony import */ var _provision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4912);
/* harmony import */ var _pypi_wheel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _tools_uv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5588);



/**
 * A uv for actions that only use it to start a Python tool (lint, deptry): with `tool-source: path`, any uv on
 * PATH (outside the workspace and the project's environment on the runner); otherwise the newest verified
 * release, from the tool cache entry we verified or downloaded and checked (PyPI's wheel if GitHub is down).
 */
async function provisionAnyUv(rt, toolSource) {
    const uv = await (0,_provision_js__WEBPACK_IMPORTED_MODULE_0__/* .provisionTool */ .Uy)(_tools_uv_js__WEBPACK_IMPORTED_MODULE_2__/* .uvSpec */ .bD, {
        version: _tools_uv_js__WEBPACK_IMPORTED_MODULE_2__/* .UV_DEFAULT_VERSION */ .pf,
        runtime: rt,
        toolSource,
        accept: () => true,
        fallback: (0,_pypi_wheel_js__WEBPACK_IMPORTED_MODULE_1__/* .uvFromPyPI */ .Q4)(),
    });
    rt.debug(`uv for the tools: ${(0,_provision_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTool */ .WH)(uv, 'uv')}`);
    return uv;
}


/***/ })

};
