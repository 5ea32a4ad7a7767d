export const id = 892;
export const ids = [892];
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

/***/ 6892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition),
  distDirOf: () => (/* binding */ distDirOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(6021);
// EXTERNAL MODULE: ./src/actions/gate/checks.ts
var gate_checks = __webpack_require__(8358);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/provision/trust.ts
var trust = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/actions/vuln-audit/service-url.ts
var service_url = __webpack_require__(9990);
;// CONCATENATED MODULE: ./src/actions/gate/inputs.ts




const DEFAULT_CHECKS = 'lint,deps,licenses,secrets';
function loadInputs(r, _rt) {
    const checks = r.choices('checks', gate_checks/* CHECK_NAMES */.cj, DEFAULT_CHECKS.split(','));
    const benchCommand = r.string('bench-command');
    const benchUrl = r.string('bench-url');
    const osvUrl = r.raw('osv-url');
    if (checks.includes('bench')) {
        if (!benchCommand)
            throw new errors/* InputError */.dz('bench-command', '', 'the command that starts the service: checks include bench');
        if (!benchUrl)
            throw new errors/* InputError */.dz('bench-url', '', 'the URL(s) to load, one per line: checks include bench');
    }
    return {
        checks,
        baseImage: r.string('base-image'),
        uvSource: r.string('uv-source'),
        buildPackages: r.string('build-packages'),
        runtimePackages: r.string('runtime-packages'),
        benchCommand,
        benchUrl,
        setup: r.bool('setup', true),
        parallel: r.int('parallel', 2, { min: 1, max: 8 }),
        workingDirectory: r.string('working-directory', '.'),
        sarifDir: r.string('sarif-dir'),
        onlyLicenses: r.string('only-licenses'),
        failLicenses: r.string('fail-licenses'),
        canaryKinds: r.string('canary-kinds'),
        // Checked here as vuln-audit checks it, so that a bad value fails before any check runs.
        osvUrl: osvUrl && (0,service_url/* checkedServiceUrl */.Q)(osvUrl, 'osv-url'),
        // The token is read only when a comment is asked for: otherwise it goes nowhere, not even to the checks.
        githubToken: r.bool('pr-comment', false) ? r.string('github-token') : undefined,
        prComment: r.bool('pr-comment', false),
        // Checked here, passed on as given: each check applies its own default (verified on the runner).
        toolSource: r.raw(trust/* TOOL_SOURCE_INPUT */.Uy) && r.choice(trust/* TOOL_SOURCE_INPUT */.Uy, trust/* TOOL_SOURCES */._3, 'verified'),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/process-groups.ts
var process_groups = __webpack_require__(307);
// EXTERNAL MODULE: ./src/core/workflow-commands.ts
var workflow_commands = __webpack_require__(845);
;// CONCATENATED MODULE: ./src/actions/gate/run-check.ts







/** The environment a bundle sees as a step of its own: INPUT_* as the runner sets them, its own GITHUB_* files. */
function bundleEnv(base, inputs, files) {
    const env = {};
    // The gate's own inputs must not leak into a check as its inputs.
    for (const [k, v] of Object.entries(base))
        if (!k.startsWith('INPUT_'))
            env[k] = v;
    for (const [name, value] of Object.entries(inputs)) {
        if (value !== undefined && value !== '')
            env[(0,core_inputs/* inputEnvName */.d_)(name)] = value;
    }
    env.GITHUB_STEP_SUMMARY = files.summary;
    env.GITHUB_OUTPUT = files.output;
    env.GITHUB_ENV = files.env;
    env.GITHUB_PATH = files.path;
    env.GITHUB_STATE = files.state;
    return env;
}
/**
 * `pyprod <command> --name value ...`: the CLI's flags are the action.yml inputs; a boolean input is a bare
 * flag there (`--pr-comment`), so `true` becomes the flag and `false` is left out (every default is false).
 */
function cliArgs(spec, inputs) {
    const args = [spec.command];
    for (const [name, value] of Object.entries(inputs)) {
        if (value === undefined || value === '' || value === 'false')
            continue;
        // A token never goes on a command line (any process listing shows argv): see cliEnv.
        if (name === 'github-token')
            continue;
        args.push(...(value === 'true' ? [`--${name}`] : [`--${name}`, value]));
    }
    return args;
}
/** The CLI child's environment: the token, when there is one, as GITHUB_TOKEN (which the CLI reads). */
function cliEnv(base, inputs) {
    const token = inputs['github-token'];
    return token ? { ...base, GITHUB_TOKEN: token } : base;
}
const readIf = (file) => (external_node_fs_.existsSync(file) ? external_node_fs_.readFileSync(file, 'utf8') : '');
/** Runs one check to its end; never throws for the check's own failure (its exit code says it). */
async function runCheck(spec, inputs, o) {
    external_node_fs_.mkdirSync(o.workDir, { recursive: true });
    const files = {
        summary: external_node_path_.join(o.workDir, 'summary.md'),
        output: external_node_path_.join(o.workDir, 'output'),
        env: external_node_path_.join(o.workDir, 'env'),
        path: external_node_path_.join(o.workDir, 'path'),
        state: external_node_path_.join(o.workDir, 'state'),
    };
    for (const f of Object.values(files))
        external_node_fs_.writeFileSync(f, '');
    const [args, env] = o.mode === 'bundle'
        ? [[external_node_path_.join(o.distDir, spec.action, 'index.js')], bundleEnv(o.env, inputs, files)]
        : [[external_node_path_.join(o.distDir, 'pyprod', 'index.js'), ...cliArgs(spec, inputs)], cliEnv(o.env, inputs)];
    const t0 = external_node_perf_hooks_.performance.now();
    let log = '';
    let stdout = '';
    let stderr = '';
    const exitCode = await new Promise((resolve) => {
        // Its own process group, tracked: a cancelled gate stops each check (which stops its tools) first.
        const child = (0,external_node_child_process_.spawn)(o.node, args, {
            cwd: o.cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: process.platform !== 'win32',
        });
        const pgid = process.platform !== 'win32' ? child.pid : undefined;
        // A check stops its own tools within GRACE_MS of the signal; it gets that much more to exit.
        if (pgid !== undefined)
            (0,process_groups/* trackGroup */.Tq)(pgid, 2 * process_groups/* GRACE_MS */.g3);
        child.once('exit', () => pgid !== undefined && (0,process_groups/* untrackGroup */.eY)(pgid));
        child.stdout.setEncoding('utf8').on('data', (t) => {
            log += t;
            stdout += t;
        });
        child.stderr.setEncoding('utf8').on('data', (t) => {
            log += t;
            stderr += t;
        });
        child.once('error', (e) => {
            log += `could not start ${o.node}: ${e.message}\n`;
            resolve(null);
        });
        child.once('close', (code) => resolve(code));
    });
    const result = {
        spec,
        exitCode,
        durationMs: external_node_perf_hooks_.performance.now() - t0,
        // In the terminal the report is what the CLI prints on stdout; its log goes to stderr.
        summary: o.mode === 'bundle' ? readIf(files.summary) : stdout,
        log: o.mode === 'bundle' ? log : stderr,
        exportedEnv: (0,workflow_commands/* parseKeyValueFile */._5)(readIf(files.env)),
        addedPaths: readIf(files.path)
            .split(/\r?\n/)
            .filter((l) => l.trim() !== ''),
    };
    return result;
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/gate/summary.ts


/** The step summary limit is 1 MiB; the gate keeps its whole summary under this. */
const SUMMARY_BUDGET = 1_000_000;
function verdictOf(r) {
    if (r.skipped)
        return 'skipped';
    return r.exitCode === 0 ? 'passed' : 'failed';
}
const ICON = { passed: '✅', failed: '❌', skipped: '⏭️' };
/**
 * A check's own verdict line (`### ✅ Lint: no problems`) as plain text, for the table: without the heading
 * marks and the escaping the check's summary gave it (it is escaped again where it is shown).
 */
function headlineOf(r) {
    if (r.skipped)
        return r.skipped;
    // The report's verdict line: its first heading, else its first line (setup-uv-cached's one-liner).
    const lines = r.summary.split(/\r?\n/).filter((l) => l.trim() !== '');
    const line = lines.find((l) => /^#{1,4} /.test(l)) ?? lines[0];
    if (line)
        return (0,report_markdown/* inlineToText */.cq)(line.replace(/^#{1,4} /, '').replace(/\*\*/g, ''));
    if (r.exitCode !== 0)
        return `exit code ${r.exitCode ?? 'none (killed)'}, no report`;
    return 'no report';
}
/** Cuts a section at a line boundary to fit `max` bytes, saying so. */
function fitBytes(markdown, max) {
    if ((0,report_markdown/* byteLength */.dp)(markdown) <= max)
        return markdown;
    const lines = markdown.split('\n');
    const kept = [];
    let size = 0;
    for (const l of lines) {
        size += (0,report_markdown/* byteLength */.dp)(l) + 1;
        if (size > max - 200)
            break;
        kept.push(l);
    }
    const text = kept.join('\n');
    return `${text}${(0,report_markdown/* openBlockClosers */.d)(text)}\n\n_… the rest of this report is cut to keep the job summary under 1 MiB; the check's log has all of it._`;
}
/**
 * One summary for the whole gate: the verdict and a table of the checks on top, then each check's own
 * report in the order of the table. A check that failed without a report shows the end of its log.
 */
function renderGateSummary(results, totalMs) {
    const failed = results.filter((r) => verdictOf(r) === 'failed');
    // Setup is a row of the table but not a check.
    const checks = results.filter((r) => r.spec.name !== 'setup');
    const passed = checks.filter((r) => verdictOf(r) === 'passed');
    const head = failed.length === 0
        ? `## ✅ Production gate: ${passed.length} of ${checks.length} checks passed`
        : `## ❌ Production gate: ${failed.map((r) => r.spec.name).join(', ')} failed`;
    const rows = results.map((r) => [
        `${ICON[verdictOf(r)]} ${r.spec.title}`,
        verdictOf(r),
        (0,report_markdown/* escapeCell */.kq)(headlineOf(r)),
        r.skipped ? '' : (0,report_markdown/* formatDuration */.a3)(r.durationMs),
    ]);
    const top = `${head}\n\n${(0,report_markdown/* table */.tp)(['Check', 'Result', 'Summary', 'Time'], rows)}\n\nTotal ${(0,report_markdown/* formatDuration */.a3)(totalMs)}.\n`;
    const each = Math.floor((SUMMARY_BUDGET - (0,report_markdown/* byteLength */.dp)(top)) / Math.max(1, results.length));
    const sections = results
        .filter((r) => !r.skipped)
        .map((r) => {
        if (r.summary.trim())
            return fitBytes(r.summary.trim(), each);
        // Workflow commands in the log (`::error file=...::`) are shown as their message only.
        const tail = (0,exec/* lastLines */.w$)(r.log, 30).replace(/^::[a-z-]+[^:]*::/gm, '');
        return fitBytes(`### ❌ ${r.spec.title}: ${(0,report_markdown/* escapeInline */.VV)(headlineOf(r))}\n\n${(0,report_markdown/* fenced */.OF)(tail, 'text')}`, each);
    });
    return [top, ...sections].join('\n\n---\n\n');
}

;// CONCATENATED MODULE: ./src/actions/gate/definition.ts








/** dist/: the running script is dist/gate/index.js (the action) or dist/pyprod/index.js (the CLI). */
function distDirOf(script) {
    return external_node_path_.dirname(external_node_path_.dirname(external_node_path_.resolve(script)));
}
/** A check's log, printed whole once it ends so that parallel checks do not interleave. */
function printLog(rt, r) {
    rt.info(`── ${r.spec.title} (${r.spec.action}): ${verdictOf(r)}, exit code ${r.exitCode ?? 'none'}`);
    for (const line of r.log.replace(/\r?\n$/, '').split(/\r?\n/))
        rt.info(line);
}
async function main(i, rt) {
    const mode = rt.kind === 'github' ? 'bundle' : 'cli';
    const distDir = distDirOf(process.argv[1] ?? '.');
    // The bundles the children start: each check's own on the runner, the CLI's in the terminal.
    const bundles = mode === 'cli'
        ? ['pyprod']
        : [...(i.setup ? [gate_checks/* SETUP */.K1] : []), ...i.checks.map((c) => gate_checks/* CHECKS */.ui[c])].map((s) => s.action);
    for (const file of bundles.map((b) => external_node_path_.join(distDir, b, 'index.js'))) {
        if (!external_node_fs_.existsSync(file))
            throw new Error(`the gate needs the bundle ${file}, which does not exist`);
    }
    const workRoot = external_node_fs_.mkdtempSync(external_node_path_.join(rt.tempDir, 'pyprod-gate-'));
    const env = { ...rt.env };
    const opts = (spec) => ({
        mode,
        distDir,
        node: process.execPath,
        env,
        cwd: rt.workspace,
        workDir: external_node_path_.join(workRoot, spec.name),
    });
    const t0 = external_node_perf_hooks_.performance.now();
    const results = [];
    if (i.setup) {
        const r = await runCheck(gate_checks/* SETUP */.K1, gate_checks/* SETUP */.K1.inputs(i), opts(gate_checks/* SETUP */.K1));
        printLog(rt, r);
        // What setup-uv-cached exports (VIRTUAL_ENV, the venv's bin on PATH) reaches the checks and later steps.
        for (const [k, v] of r.exportedEnv) {
            env[k] = v;
            rt.exportVariable(k, v);
        }
        for (const p of r.addedPaths) {
            env.PATH = `${p}${external_node_path_.delimiter}${env.PATH ?? ''}`;
            rt.addPath(p);
        }
        results.push(r);
    }
    const setupFailed = results.some((r) => r.exitCode !== 0);
    const specs = [...new Set(i.checks)].map((c) => gate_checks/* CHECKS */.ui[c]);
    const checked = await (0,pool/* pool */.d)(specs.map((spec) => async () => {
        if (setupFailed && spec.needsEnvironment) {
            return {
                spec,
                exitCode: null,
                durationMs: 0,
                summary: '',
                log: '',
                exportedEnv: new Map(),
                addedPaths: [],
                skipped: 'not run: setup failed',
            };
        }
        const r = await runCheck(spec, spec.inputs(i), opts(spec));
        printLog(rt, r);
        return r;
    }), i.parallel);
    results.push(...checked);
    external_node_fs_.rmSync(workRoot, { recursive: true, force: true });
    await rt.appendSummary(renderGateSummary(results, external_node_perf_hooks_.performance.now() - t0));
    const failed = results.filter((r) => verdictOf(r) === 'failed').map((r) => r.spec.name);
    const passed = results.filter((r) => verdictOf(r) === 'passed').map((r) => r.spec.name);
    rt.setOutput('passed', passed.join(','));
    rt.setOutput('failed', failed.join(','));
    if (failed.length > 0) {
        throw new Error(`production gate: ${failed.join(', ')} failed; see the job summary`);
    }
}
const definition = {
    name: 'gate',
    command: 'gate',
    description: 'Run the chosen checks (lint, deps, licenses, secrets; audit, image, bench on request) with one combined report',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 9990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkedServiceUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2258);
/* harmony import */ var _sources_base_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1163);



/**
 * The `osv-url` / `pypi-url` input checked as the sources check it (serviceBaseUrl); the error for a refused
 * URL never repeats a credential written into it. Its own module: the gate checks `osv-url` with it too,
 * without bundling the sources.
 */
function checkedServiceUrl(value, name) {
    try {
        return (0,_sources_base_url_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceBaseUrl */ .Y)(value, name);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrls */ .sK)(value), err.allowed);
        throw err;
    }
}


/***/ }),

/***/ 1163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ serviceBaseUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const ALLOWED = 'expected an http:// or https:// URL without credentials, query or fragment';
/**
 * The base URL of a vulnerability service (the OSV API, PyPI, or a mirror of either), checked: http or
 * https only (no file:, data: ...), no credentials (they would be printed with the URL), no query or
 * fragment (paths are appended to it). Returned without trailing slashes; a path prefix is kept.
 */
function serviceBaseUrl(value, input) {
    const trimmed = value.trim();
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ALLOWED);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ALLOWED);
    if (url.username ||
        url.password ||
        url.search ||
        url.hash ||
        trimmed.includes('?') ||
        trimmed.includes('#')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ALLOWED);
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}


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
