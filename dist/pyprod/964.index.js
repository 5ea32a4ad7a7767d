export const id = 964;
export const ids = [964];
export const modules = {

/***/ 5964:
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
;// CONCATENATED MODULE: ./src/actions/gate/checks.ts

/**
 * The checks the production gate runs, each through its own action's bundle (or `pyprod <command>` in the
 * terminal), with the inputs the gate passes on. One row here is all a new check needs.
 */
const CHECK_NAMES = ['lint', 'deps', 'licenses', 'secrets', 'image', 'bench'];
function sarif(o, name) {
    return o.sarifDir ? external_node_path_.posix.join(o.sarifDir.replace(/\\/g, '/'), `${name}.sarif`) : undefined;
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
    inputs: (o) => ({ 'working-directory': o.workingDirectory }),
};
const CHECKS = {
    lint: {
        name: 'lint',
        action: 'python-lint-stack',
        command: 'lint',
        title: 'Lint',
        inputs: (o) => ({ 'working-directory': o.workingDirectory, ...report(o, 'lint') }),
    },
    deps: {
        name: 'deps',
        action: 'deptry-report',
        command: 'deps',
        title: 'Dependencies',
        needsEnvironment: true,
        inputs: (o) => ({ 'working-directory': o.workingDirectory, ...report(o, 'deps') }),
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
        inputs: (o) => ({ 'working-directory': o.workingDirectory, ...report(o, 'secrets') }),
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/actions/gate/inputs.ts


const DEFAULT_CHECKS = 'lint,deps,licenses,secrets';
function loadInputs(r, _rt) {
    const checks = r.choices('checks', CHECK_NAMES, DEFAULT_CHECKS.split(','));
    const benchCommand = r.string('bench-command');
    const benchUrl = r.string('bench-url');
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
        githubToken: r.string('github-token'),
        prComment: r.bool('pr-comment', false),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
            env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
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
        args.push(...(value === 'true' ? [`--${name}`] : [`--${name}`, value]));
    }
    return args;
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
        : [[external_node_path_.join(o.distDir, 'pyprod', 'index.js'), ...cliArgs(spec, inputs)], o.env];
    const t0 = external_node_perf_hooks_.performance.now();
    let log = '';
    let stdout = '';
    let stderr = '';
    const exitCode = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(o.node, args, { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
/** A check's own verdict line (`### ✅ Lint: no problems`) without the heading marks, for the table. */
function headlineOf(r) {
    if (r.skipped)
        return r.skipped;
    // The report's verdict line: its first heading, else its first line (setup-uv-cached's one-liner).
    const lines = r.summary.split(/\r?\n/).filter((l) => l.trim() !== '');
    const line = lines.find((l) => /^#{1,4} /.test(l)) ?? lines[0];
    if (line)
        return line.replace(/^#{1,4} /, '').replace(/\*\*/g, '');
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
    return `${kept.join('\n')}\n\n_… the rest of this report is cut to keep the job summary under 1 MiB; the check's log has all of it._`;
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
        return fitBytes(`### ❌ ${r.spec.title}: ${headlineOf(r)}\n\n${(0,report_markdown/* fenced */.OF)(tail, 'text')}`, each);
    });
    return [top, ...sections].join('\n\n---\n\n');
}

;// CONCATENATED MODULE: ./src/actions/gate/definition.ts







/** dist/: the running script is dist/gate/index.js (the action) or dist/pyprod/index.js (the CLI). */
function distDirOf(script) {
    return external_node_path_.dirname(external_node_path_.dirname(external_node_path_.resolve(script)));
}
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
        : [...(i.setup ? [SETUP] : []), ...i.checks.map((c) => CHECKS[c])].map((s) => s.action);
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
        const r = await runCheck(SETUP, SETUP.inputs(i), opts(SETUP));
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
    const specs = [...new Set(i.checks)].map((c) => CHECKS[c]);
    const checked = await pool(specs.map((spec) => async () => {
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
    description: 'Run the chosen checks (lint, deps, licenses, secrets) with one combined report',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kc: () => (/* binding */ displayCommand),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony export killTree */
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
/* harmony export */   OF: () => (/* binding */ fenced),
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
/** A fenced code block that no backtick run inside the text can close early. */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}
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
