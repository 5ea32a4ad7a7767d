export const id = 534;
export const ids = [534];
export const modules = {

/***/ 8111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ childEnv)
/* harmony export */ });
/* unused harmony export isCredentialVariable */
/**
 * The one list of credentials no tool process gets. Tools load code the pull request controls (pylint's
 * `init-hook`, build backends, conftest.py), so whatever is in their environment is the author's.
 */
const RUNNER_CREDENTIALS = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_PIPELINE_URL',
];
const NAMED = new Set(RUNNER_CREDENTIALS);
/** Whether a variable is a credential a tool must not see: the list above, and every token-like input. */
function isCredentialVariable(name) {
    const upper = name.toUpperCase();
    if (NAMED.has(upper))
        return true;
    // INPUT_GITHUB-TOKEN, INPUT_TOKEN, INPUT_API_KEY, INPUT_REGISTRY-PASSWORD, ...: any secret-looking input.
    return upper.startsWith('INPUT_') && /TOKEN|PASSWORD|SECRET|API[-_]?KEY|CREDENTIAL/.test(upper);
}
/**
 * The environment a tool process gets: `base` without credentials. A step that needs one (buildx's gha cache
 * reads ACTIONS_RUNTIME_TOKEN and the cache URLs) names it in `keep`, at that one call site.
 */
function childEnv(base, keep = []) {
    const kept = new Set(keep);
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v !== undefined && (kept.has(k) || !isCredentialVariable(k)))
            env[k] = v;
    }
    return env;
}


/***/ }),

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kc: () => (/* binding */ displayCommand),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony export killTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8111);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _process_groups_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(307);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2258);







const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2000;
/** One argument as a log line shows it (see displayCommand). */
function quote(a) {
    // `***` (a redacted value) is shown bare: the line is for reading, never run.
    return /^[\w@%+=:,./-]+$/.test(a.replaceAll('***', 'x')) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
/**
 * Renders argv for a log line, with secrets redacted (build-arg values, token flags, URL user-info: see
 * redact.ts); never used to run anything. Every command line shown anywhere comes from here.
 */
function displayCommand(file, args) {
    return [file, ...(0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactArgv */ .Qu)(file, args).args].map(quote).join(' ');
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
    const { secrets } = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactArgv */ .Qu)(file, args);
    const scrub = (t) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .scrubText */ .Ho)(t, secrets);
    const ok = opts.okExitCodes ?? [0];
    const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const out = new Capture(max);
    const err = new Capture(max);
    let tail = '';
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
                cwd: opts.cwd,
                env: (0,_child_env_js__WEBPACK_IMPORTED_MODULE_3__/* .childEnv */ .g)(opts.env ?? process.env, opts.keepCredentials),
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                windowsHide: true,
            });
        }
        catch (e) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ToolError */ .v4(command, null, '', `could not be started: ${e.message}`));
            return;
        }
        const pgid = process.platform !== 'win32' ? child.pid : undefined;
        if (pgid !== undefined)
            (0,_process_groups_js__WEBPACK_IMPORTED_MODULE_5__/* .trackGroup */ .Tq)(pgid);
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
                    opts.onLine(scrub(line), stream);
            }
        };
        const flushLines = () => {
            for (const stream of ['stdout', 'stderr']) {
                if (partial[stream])
                    opts.onLine?.(scrub(partial[stream]), stream);
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
            if (pgid !== undefined)
                (0,_process_groups_js__WEBPACK_IMPORTED_MODULE_5__/* .untrackGroup */ .eY)(pgid);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ToolError */ .v4(command, null, scrub(tail), startFailure(e, opts.cwd)));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (pgid !== undefined)
                (0,_process_groups_js__WEBPACK_IMPORTED_MODULE_5__/* .untrackGroup */ .eY)(pgid);
            flushLines();
            const result = {
                command,
                exitCode: code,
                signal,
                stdout: out.text(),
                stderr: err.text(),
                truncated: out.truncated || err.truncated,
                timedOut,
                durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - started),
                tail: scrub(lastLines(tail, 30)),
            };
            if (timedOut) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ToolError */ .v4(command, code, result.tail, `timed out after ${opts.timeoutMs} ms and was stopped`));
            }
            else if (code === null || !ok.includes(code)) {
                const why = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
                reject(Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ToolError */ .v4(command, code, result.tail, why), { result }));
            }
            else {
                resolve(result);
            }
        });
    });
}
/** Why a program could not start: spawn says ENOENT both for a missing program and a missing cwd. */
function startFailure(e, cwd) {
    if (e.code !== 'ENOENT')
        return `failed: ${e.message}`;
    if (cwd !== undefined) {
        let isDir = false;
        try {
            isDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(cwd).isDirectory();
        }
        catch {
            /* missing */
        }
        if (!isDir)
            return `could not be started: its working directory ${cwd} does not exist or is not a directory`;
    }
    return `was not found (is it installed and on PATH?)`;
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

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ scrubText),
/* harmony export */   Qu: () => (/* binding */ redactArgv),
/* harmony export */   sK: () => (/* binding */ redactUrls)
/* harmony export */ });
/** One redaction for every command line shown anywhere (logs, summary, annotations, JSON, SARIF, comments). */
const MASK = '***';
/** Flags whose next argument (or `=value`) is a secret. */
const SECRET_FLAGS = new Set([
    '--token',
    '--password',
    '--pass',
    '--passwd',
    '--secret',
    '--api-key',
    '--apikey',
    '--auth',
    '--auth-token',
    '--access-token',
    '--client-secret',
    '--private-key',
    '--registry-password',
    '--github-token',
]);
/** Flags whose value is `KEY=VALUE` with a value that may be secret: build args (docker's `-e` too). */
const KEY_VALUE_FLAGS = new Set(['--build-arg']);
const DOCKER_KEY_VALUE_FLAGS = new Set(['--env', '-e']);
/** A `NAME=value` word whose name says it holds a secret (HF_TOKEN=..., DB_PASSWORD=...). */
const SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PWD|API_?KEY|CREDENTIALS?|AUTH|PRIVATE_?KEY)(_|$)/i;
/** `scheme://user:password@host` → `scheme://user:***@host`; `scheme://token@host` → `scheme://***@host`. */
function redactUrls(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:'"]*)(?::([^\s/@'"]*))?@/gi, (_m, scheme, user, pass) => (pass !== undefined ? `${scheme}${user}:${MASK}@` : `${scheme}${MASK}@`));
}
/**
 * Replaces secrets in argv for display: values of `--build-arg`/`--env` (`KEY=***`), of token-like flags
 * (`--token ***`, `docker login -p ***`), secret-named `KEY=VALUE` words, and URL user-info anywhere.
 */
function redactArgv(file, args) {
    const secrets = [];
    const out = [];
    const docker = /(^|[/\\])docker(\.exe)?$/.test(file);
    const dockerLogin = docker && args[0] === 'login';
    const keyValue = (kv) => {
        const eq = kv.indexOf('=');
        if (eq < 0)
            return kv;
        const value = kv.slice(eq + 1);
        if (value)
            secrets.push(value);
        return `${kv.slice(0, eq)}=${MASK}`;
    };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const eq = a.startsWith('-') ? a.indexOf('=') : -1;
        const flag = eq > 0 ? a.slice(0, eq) : a;
        const secretFlag = SECRET_FLAGS.has(flag) || (dockerLogin && (flag === '-p' || flag === '--password'));
        if (secretFlag || KEY_VALUE_FLAGS.has(flag) || (docker && DOCKER_KEY_VALUE_FLAGS.has(flag))) {
            const whole = (v) => {
                secrets.push(v);
                return MASK;
            };
            const hide = secretFlag ? whole : keyValue;
            if (eq > 0)
                out.push(`${flag}=${hide(a.slice(eq + 1))}`);
            else if (i + 1 < args.length) {
                out.push(a, hide(args[i + 1]));
                i++;
            }
            else
                out.push(a);
            continue;
        }
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/s.exec(a);
        if (m && SECRET_NAME.test(m[1])) {
            out.push(keyValue(a));
            continue;
        }
        out.push(a);
    }
    for (const a of args)
        for (const u of a.matchAll(/:\/\/[^\s/@:]*:([^\s/@]+)@/g))
            secrets.push(u[1]);
    return { args: out.map(redactUrls), secrets: secrets.filter((s) => s.length >= 3) };
}
/** Removes known secret values and URL user-info from tool output shown to people. */
function scrubText(text, secrets) {
    let t = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        t = t.split(s).join(MASK);
    return redactUrls(t);
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
/* harmony export */   cq: () => (/* binding */ inlineToText),
/* harmony export */   d: () => (/* binding */ openBlockClosers),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details),
/* harmony export */   zV: () => (/* binding */ fitRows)
/* harmony export */ });
/* unused harmony exports MAX_INLINE_CHARS, MAX_BLOCK_CHARS, showBidi, limit, defuse, escapeHtmlText */
/**
 * The one way untrusted text (from a file, a tool, a commit, package metadata) enters the Markdown of a
 * job summary or pull request comment. Besides keeping the Markdown valid, every helper here makes the
 * text inert on GitHub: no HTML element, no link or image, no `@mention` (which would ping someone),
 * no `#1` / `GH-1` / `owner/repo#1` reference, no autolinked URL or e-mail address, no bidi override that
 * makes the text read differently from what it is, and no string so long that it crowds out the rest.
 */
/** An untrusted string in running text or a table cell is cut here (with a note saying so). */
const MAX_INLINE_CHARS = 2_000;
/** An untrusted block (a log tail, build output) is cut here. */
const MAX_BLOCK_CHARS = 20_000;
// Explicit directional formatting (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI) and the marks: they can make
// a file name or a line of output display as something else (CVE-2021-42574, "Trojan Source").
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ZWSP = '\u200B';
/** Bidi controls shown as their code point (`<U+202E>` reads as text once HTML-escaped). */
function showBidi(text) {
    return text.replace(BIDI, (c) => `\u27E6U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\u27E7`);
}
/** Cuts text longer than `max` characters, keeping its start (or its end) and saying how much was cut. */
function limit(text, max, keep = 'head') {
    if (text.length <= max)
        return text;
    let kept = keep === 'head' ? text.slice(0, max) : text.slice(text.length - max);
    // Do not leave half a surrogate pair at the cut.
    kept = keep === 'head' ? kept.replace(/[\uD800-\uDBFF]$/, '') : kept.replace(/^[\uDC00-\uDFFF]/, '');
    const note = `[${(text.length - kept.length).toLocaleString('en-US')} more characters not shown]`;
    return keep === 'head' ? `${kept} … ${note}` : `${note} … ${kept}`;
}
/**
 * What GitHub would turn into a notification or a link in rendered text, made inert with an invisible
 * zero-width space: `@user` and e-mail addresses (around `@`), `#1`, `GH-1`, `owner/repo#1` (after `#`),
 * URLs (`https:/​/`) and `www.` autolinks. The text still reads the same.
 */
function defuse(text) {
    return text
        .replace(/@/g, `${ZWSP}@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Untrusted text inside raw HTML (a `<summary>`): escaped, defused and on one line (a blank line would end
 * the HTML block and let Markdown apply to the rest).
 */
function escapeHtmlText(text, max = MAX_INLINE_CHARS) {
    return defuse(escapeHtml(showBidi(limit(text.replace(/\s*[\r\n]+\s*/g, ' '), max))));
}
/**
 * Text for one table cell: HTML is escaped (a message quoting `<script>` stays text), Markdown
 * punctuation is backslash-escaped (`$` too: GitHub renders `$…$` as math, which can draw any text), `|` cannot end the cell, a newline becomes `<br>`, and it is
 * defused (no mention, reference or autolink) and cut at MAX_INLINE_CHARS.
 */
function escapeCell(text, max = MAX_INLINE_CHARS) {
    return defuse(escapeHtml(showBidi(limit(text, max)))
        .replace(/\r\n?/g, '\n')
        .replace(/([\\`*_~[\]|#!$])/g, '\\$1')
        .replace(/\n/g, '<br>'));
}
/** Text for a line outside a table (a headline): as a cell, but newlines become spaces. */
function escapeInline(text, max = MAX_INLINE_CHARS) {
    return escapeCell(text.replace(/\s*[\r\n]+\s*/g, ' '), max);
}
/**
 * The plain text of a line our own helpers rendered (a check's headline, which the gate shows again in its
 * table): `<code>` tags and `<br>` dropped, and escapeCell's escapes and zero-width spaces undone, so that it
 * can be escaped once more where it goes without showing `&lt;code&gt;` or doubled backslashes. Only for
 * Markdown these helpers made: what it returns is untrusted text again.
 */
function inlineToText(markdown) {
    return markdown
        .replace(/<\/?code>/g, '')
        .replace(/<br>/g, ' ')
        .replaceAll(ZWSP, '')
        .replace(/\\([\\`*_~[\]|#!$])/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
}
/**
 * Monospace text that is safe in a table cell. A code span cannot hold a `|` inside a table, so this
 * is `<code>` around escaped text; Markdown still applies inside it, hence the escaping of `__init__`.
 */
function code(text) {
    return `<code>${escapeInline(text)}</code>`;
}
/**
 * A link on already-escaped text, only for an http(s) URL; the target is percent-encoded where a
 * character would end the link or the cell (a file name with `)` cannot cut it short). Else the text.
 */
function link(text, uri) {
    if (!uri || uri.length > MAX_INLINE_CHARS || !/^https?:\/\/[^\s]+$/i.test(uri))
        return text;
    const safe = uri.replace(/[()[\]{}|<>"'\\`*_~$ ]|[^\x21-\x7E]/gu, (c) => encodeURIComponent(c).replace(/[()'*~!]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
    return `[${text}](${safe})`;
}
/** A table; `cells` must already be escaped (escapeCell / code). */
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/**
 * A fenced code block for untrusted text (a log, build output): the fence is longer than any backtick run
 * inside, so nothing in the text can close it; bidi controls are shown as code points; text over `max`
 * characters keeps its end (where a log's error is). GitHub makes no mention or link inside code blocks.
 */
function fenced(text, lang = '', max = MAX_BLOCK_CHARS) {
    const body = showBidi(limit(text.replace(/\r\n?/g, '\n'), max, 'tail'));
    const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang.replace(/[^\w+-]/g, '')}\n${body}\n${fence}`;
}
/**
 * What closes the code fence and the `<details>` blocks still open at the end of `markdown`, for a cut
 * that may fall inside them (else the rest of the page would render as code, or fold into the block).
 * A `<details>` written inside a code block is text, not a block, and is not counted.
 */
function openBlockClosers(markdown) {
    let fence;
    let details = 0;
    for (const line of markdown.split('\n')) {
        const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence) {
            const mark = m?.[1];
            if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark)
                fence = undefined;
            continue;
        }
        if (m?.[1]) {
            fence = m[1];
            continue;
        }
        details += (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    }
    return (fence ? `\n${fence}` : '') + '\n\n</details>'.repeat(Math.max(0, details));
}
/** A collapsible block. Blank lines around the body let GitHub render Markdown inside the HTML. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtmlText(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
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
/**
 * The leading rows (rendered table lines) that fit in `budget` bytes, one newline each, and how many did not:
 * for tables whose length the checked repository decides.
 */
function fitRows(rows, budget) {
    const kept = [];
    let left = budget;
    for (const row of rows) {
        const cost = byteLength(row) + 1;
        if (cost > left)
            break;
        kept.push(row);
        left -= cost;
    }
    return { rows: kept, omitted: rows.length - kept.length };
}


/***/ })

};
