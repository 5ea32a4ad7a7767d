export const id = 308;
export const ids = [308];
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
/* harmony export */   RQ: () => (/* binding */ locateUvProject),
/* harmony export */   hJ: () => (/* binding */ locateUvProjectLeniently),
/* harmony export */   yu: () => (/* binding */ describeUvProject)
/* harmony export */ });
/* unused harmony export workspaceGlobMatches */
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
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8414);




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
    const result = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publishReport */ .S)(report, rt, {
        ...extra,
        sarifFile: inputs.sarifFile,
        jsonFile: inputs.jsonFile,
        prComment: inputs.prComment,
        token: inputs.githubToken,
        baseline,
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


/***/ })

};
