export const id = 45;
export const ids = [45];
export const modules = {

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
