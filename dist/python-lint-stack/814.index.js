export const id = 814;
export const ids = [814];
export const modules = {

/***/ 7814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedBetween: () => (/* binding */ changedBetween),
/* harmony export */   fixSummary: () => (/* binding */ fixSummary),
/* harmony export */   runFixers: () => (/* binding */ runFixers),
/* harmony export */   snapshot: () => (/* binding */ snapshot)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6395);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4285);
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7563);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9282);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5552);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3310);










/** Content digests of the Python files under the targets (venvs and caches left out). */
function snapshot(cwd, targets) {
    const out = new Map();
    const visit = (abs) => {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(abs, { throwIfNoEntry: false });
        if (st?.isFile()) {
            if (/\.pyi?$/.test(abs))
                out.set(abs, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(abs)).digest('hex'));
            return;
        }
        if (!st?.isDirectory() || node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(abs, 'pyvenv.cfg')))
            return;
        for (const e of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(abs, { withFileTypes: true })) {
            if (e.isDirectory() && (e.name.startsWith('.') || _argv_js__WEBPACK_IMPORTED_MODULE_5__/* .EXCLUDED_DIRS */ .M5.includes(e.name)))
                continue;
            if (e.isDirectory() || e.isFile())
                visit(node_path__WEBPACK_IMPORTED_MODULE_2__.join(abs, e.name));
        }
    };
    for (const t of targets)
        visit(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, t));
    return out;
}
function changedBetween(before, after) {
    const files = new Set([...before.keys(), ...after.keys()]);
    return [...files].filter((f) => before.get(f) !== after.get(f)).sort();
}
/**
 * `fix: true`: the stack's format target. The fixers run one after the other (each rewrites what the last
 * one left) on the same targets; the summary lists what each changed. A fixer that fails stops the run and
 * fails the step with its exit code and output tail.
 */
async function runFixers(selected, ctx) {
    const { rt, inputs: i } = ctx;
    if (ctx.targets.length === 0) {
        await rt.appendSummary('### ✅ Python lint --fix: no changed Python files to fix');
        return;
    }
    const fixers = [
        ..._tools_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXERS */ .wH,
        ...(selected.includes('ruff-format') ? ['ruff-format'] : []),
    ];
    const plans = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planTools */ .pC)(fixers, 'fix', ctx);
    const rows = [];
    let failure;
    let before = snapshot(i.workingDirectory, ctx.targets);
    for (const plan of plans) {
        if (plan.skipped)
            continue;
        const [file, ...args] = plan.argv;
        rt.info(`Fixing with ${plan.tool}: ${(0,_core_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .displayCommand */ .kc)(file, args)}`);
        try {
            const r = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .execTool */ .wc)(file, args, {
                cwd: i.workingDirectory,
                env: { ...rt.env, ...plan.extraEnv },
                timeoutMs: _run_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_TIMEOUT_MS */ .wh,
                onLine: (l) => rt.debug(`${plan.tool}: ${l}`),
            });
            const after = snapshot(i.workingDirectory, ctx.targets);
            rows.push({
                tool: plan.tool,
                version: plan.version.version,
                changed: changedBetween(before, after),
                durationMs: r.durationMs,
            });
            before = after;
        }
        catch (err) {
            failure = `${plan.tool} failed while fixing: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`;
            break;
        }
    }
    await rt.appendSummary(fixSummary(rows, failure, rt.workspace));
    if (failure)
        throw new Error(failure);
}
/** The --fix summary: what each fixer changed, and the changed files. */
function fixSummary(rows, failure, workspace) {
    const files = [...new Set(rows.flatMap((r) => r.changed))].sort();
    const rel = (f) => node_path__WEBPACK_IMPORTED_MODULE_2__.relative(workspace, f).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    const lines = [
        `### ${failure ? '❌' : '✅'} Python lint --fix: ${failure ? 'a fixer failed' : `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .plural */ .LS)(files.length, 'file')} changed`}`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Fixer', 'Version', 'Files changed', 'Time'], rows.map((r) => [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(r.tool),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(r.version),
            String(r.changed.length),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .formatDuration */ .a3)(r.durationMs),
        ])),
    ];
    if (files.length > 0) {
        const shown = files.slice(0, 100).map((f) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(rel(f))}`);
        if (files.length > 100)
            shown.push(`- … and ${files.length - 100} more`);
        lines.push(shown.join('\n'));
    }
    lines.push('Run `pyprod lint` again to see what the fixers could not fix.');
    return lines.join('\n\n');
}


/***/ })

};
