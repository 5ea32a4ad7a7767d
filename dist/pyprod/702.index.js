export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   jh: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, rateLimitWaitMs, apiBaseUrl, parseLinkHeader */
const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'pyprod-actions';
/** An API answer that was not 2xx. The message names the method, path and status, never the token. */
class GitHubApiError extends Error {
    method;
    path;
    status;
    apiMessage;
    retryAfterMs;
    attempts;
    constructor(method, path, status, apiMessage, 
    /** For GitHub's primary or secondary rate limit (not a permission problem): the wait it asks for. */
    retryAfterMs, 
    /** How many times the request was sent. */
    attempts = 1) {
        const rateLimited = retryAfterMs !== undefined;
        super(`GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}` +
            (rateLimited ? ' (rate limited)' : '') +
            (attempts > 1 ? ` after ${attempts} attempts` : ''));
        this.method = method;
        this.path = path;
        this.status = status;
        this.apiMessage = apiMessage;
        this.retryAfterMs = retryAfterMs;
        this.attempts = attempts;
        this.name = 'GitHubApiError';
    }
    get rateLimited() {
        return this.retryAfterMs !== undefined;
    }
}
const header = (h, name) => {
    const v = h[name];
    return Array.isArray(v) ? v[0] : v;
};
/**
 * Whether an answer is a rate limit, and how long GitHub asks to wait: `Retry-After` (seconds), else
 * `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds), else one minute for a secondary
 * rate limit named only in the message (docs.github.com, "Rate limits for the REST API": "wait for at
 * least one minute before retrying"). Undefined: not a rate limit.
 */
function rateLimitWaitMs(status, headers, apiMessage, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter) * 1000;
    const remaining = header(headers, 'x-ratelimit-remaining');
    const reset = header(headers, 'x-ratelimit-reset');
    if (remaining === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - now);
    if (/rate limit/i.test(apiMessage) || status === 429)
        return 60_000;
    return undefined;
}
/** POST creates something: after a 500 it may have been created, so only a refusal before any work is retried. */
const RETRY_UNSAFE = new Set([500, 502, 504]);
function apiBaseUrl(env = process.env) {
    const v = env.GITHUB_API_URL;
    return (v && v.length > 0 ? v : DEFAULT_API_URL).replace(/\/+$/, '');
}
/** The targets of a `Link` header by rel: `<https://...?page=2>; rel="next", <...>; rel="last"`. */
function parseLinkHeader(header) {
    const out = {};
    const text = Array.isArray(header) ? header.join(',') : (header ?? '');
    for (const part of text.split(',')) {
        const m = /<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m?.[1] && m[2])
            for (const rel of m[2].split(/\s+/))
                out[rel] = m[1];
    }
    return out;
}
function shortApiMessage(body) {
    try {
        const data = JSON.parse(body);
        if (typeof data.message === 'string')
            return data.message.slice(0, 300);
    }
    catch {
        /* not JSON */
    }
    return body.replace(/\s+/g, ' ').trim().slice(0, 300);
}
/**
 * A minimal GitHub REST client over @actions/http-client (which honours the runner's proxy settings).
 * The token goes only into the Authorization header, and only to the API's own origin: pagination
 * links pointing elsewhere are refused, and http-client drops the header on cross-host redirects.
 */
class GitHubClient {
    baseUrl;
    token;
    userAgent;
    retry;
    http;
    constructor(opts) {
        this.baseUrl = (opts.baseUrl ?? apiBaseUrl(opts.env)).replace(/\/+$/, '');
        this.token = opts.token;
        this.userAgent = opts.userAgent ?? USER_AGENT;
        this.retry = {
            maxAttempts: 4,
            maxWaitMs: 60_000,
            baseDelayMs: 1_000,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            now: Date.now,
            ...opts.retry,
        };
    }
    // Loaded on first use: the HTTP stack (undici) is costly to import, and most runs post no comment.
    async client() {
        if (!this.http) {
            const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
            this.http = new HttpClient(this.userAgent, [], { socketTimeout: 30_000 });
        }
        return this.http;
    }
    url(pathOrUrl) {
        const url = /^https?:\/\//.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(this.baseUrl + pathOrUrl);
        if (url.origin !== new URL(this.baseUrl).origin) {
            throw new Error(`refusing to send the GitHub token to ${url.origin}, which is not ${new URL(this.baseUrl).origin}`);
        }
        return url;
    }
    /**
     * One API call, retried with back-off on 5xx answers and network errors (1 s, 2 s, 4 s) and on rate limits
     * (after the wait GitHub asks for), within `maxAttempts` and `maxWaitMs` in total. A rate limit that
     * asks for a longer wait fails at once, as rate limited.
     */
    async request(method, pathOrUrl, body) {
        const { maxAttempts, maxWaitMs, baseDelayMs, sleep } = this.retry;
        let waited = 0;
        for (let attempt = 1;; attempt++) {
            let wait;
            let failure;
            try {
                return await this.once(method, pathOrUrl, body, attempt);
            }
            catch (err) {
                failure = err;
                if (err instanceof GitHubApiError) {
                    if (err.retryAfterMs !== undefined)
                        wait = err.retryAfterMs;
                    else if (err.status >= 500 && !(method === 'POST' && RETRY_UNSAFE.has(err.status)))
                        wait = baseDelayMs * 2 ** (attempt - 1);
                }
                else if (isNetworkError(err))
                    wait = baseDelayMs * 2 ** (attempt - 1);
            }
            if (wait === undefined || attempt >= maxAttempts || waited + wait > maxWaitMs)
                throw failure;
            waited += wait;
            await sleep(wait);
        }
    }
    async once(method, pathOrUrl, body, attempt) {
        const url = this.url(pathOrUrl);
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.token}`,
            'x-github-api-version': '2022-11-28',
        };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        const http = await this.client();
        const res = await http.request(method, url.href, body === undefined ? null : JSON.stringify(body), headers);
        const text = await res.readBody();
        const status = res.message.statusCode ?? 0;
        if (status < 200 || status >= 300) {
            const message = shortApiMessage(text);
            const wait = rateLimitWaitMs(status, res.message.headers, message, this.retry.now());
            throw new GitHubApiError(method, url.pathname, status, message, wait, attempt);
        }
        let data;
        try {
            data = (text ? JSON.parse(text) : undefined);
        }
        catch {
            throw new GitHubApiError(method, url.pathname, status, 'the answer is not JSON');
        }
        return { status, data, headers: res.message.headers };
    }
    /**
     * GETs a list page by page, following `Link: rel="next"` (at most `maxPages` pages). `listOf` takes the list
     * out of an object answer (`{"total_count": 3, "jobs": [...]}`); by default the answer is the list.
     */
    async *pages(pathOrUrl, maxPages = 100, listOf = (d) => d) {
        let next = pathOrUrl;
        for (let page = 0; next && page < maxPages; page++) {
            const res = await this.request('GET', next);
            const list = listOf(res.data);
            if (!Array.isArray(list))
                throw new GitHubApiError('GET', this.url(next).pathname, res.status, 'expected a list');
            yield list;
            next = parseLinkHeader(res.headers.link).next;
        }
    }
    /** Every item of a paginated list. */
    async paginate(pathOrUrl, maxPages = 100) {
        const items = [];
        for await (const page of this.pages(pathOrUrl, maxPages))
            items.push(...page);
        return items;
    }
}
/** A connection that failed before any answer: worth another try. */
function isNetworkError(err) {
    const code = err?.code;
    return (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR_\w+)$/.test(code));
}


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dq: () => (/* binding */ COMMENT_MAX_CHARS),
  ZC: () => (/* binding */ upsertPrComment)
});

// UNUSED EXPORTS: ACTIONS_BOT_LOGIN, commentMarker, commenterLogin, fitCommentBody

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(7667);
;// CONCATENATED MODULE: ./src/github/event.ts


/**
 * The pull request this run belongs to, from the event payload at GITHUB_EVENT_PATH:
 * `pull_request.number` (pull_request, pull_request_target, pull_request_review, ...) or
 * `issue.number` for an issue_comment on a pull request (GitHub marks those with `issue.pull_request`).
 * Anything else, or an unreadable payload, gives the reason instead of throwing.
 */
function pullRequestFromEvent(env = process.env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return { reason: 'GITHUB_REPOSITORY is not set to owner/repo' };
    let event;
    try {
        event = (0,core_event/* readEvent */.j_)(env);
    }
    catch (err) {
        return { reason: (0,errors/* errorMessage */.gJ)(err) };
    }
    if (event.name === 'none')
        return { reason: 'there is no workflow event (not running in GitHub Actions)' };
    let number = (0,core_event/* int */.Wh)(event.payload, 'pull_request.number');
    if (number === undefined && (0,core_event/* field */.ZZ)(event.payload, 'issue.pull_request') !== undefined) {
        number = (0,core_event/* int */.Wh)(event.payload, 'issue.number');
    }
    if (number === undefined || number < 1)
        return { reason: `the ${event.name} event is not about a pull request` };
    return { owner, repo, number };
}
function isPullRequest(x) {
    return 'number' in x;
}

// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts




/** GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_MAX_CHARS = 65_536;
/**
 * Who the workflow's GITHUB_TOKEN posts as. That token cannot read GET /user ("Resource not accessible by
 * integration"), so its login is known rather than asked: `github-actions[bot]` (user id 41898282 on
 * github.com; logins ending in `[bot]` cannot be taken by a user account).
 */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login comments made with this token carry: GET /user's for a user token (a PAT), else the Actions
 * bot. An installation token (`ghs_`) cannot read /user, so it is not asked. A GitHub App's own
 * installation token posts as `<app>[bot]`: its old comment is then not recognised and a new one is made,
 * never someone else's edited.
 */
async function commenterLogin(client, token) {
    if (token.startsWith('ghs_'))
        return ACTIONS_BOT_LOGIN;
    try {
        const res = await client.request('GET', '/user');
        if (typeof res.data?.login === 'string' && res.data.login)
            return res.data.login;
    }
    catch (err) {
        if (err instanceof rest/* GitHubApiError */.OS && err.rateLimited)
            throw err;
    }
    return ACTIONS_BOT_LOGIN;
}
function commentMarker(action, key = 'report') {
    const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, '-');
    return `<!-- pyprod-actions:${safe(action)}:${safe(key)} -->`;
}
/** Cuts a body to `max` characters (UTF-16 units, as GitHub counts), ending with a line that says so. */
function fitCommentBody(body, max = COMMENT_MAX_CHARS) {
    if (body.length <= max)
        return { body, truncated: false };
    const note = (n) => `\n\n---\n_This comment was truncated: ${n} characters over GitHub's ${max}-character limit were left out. ` +
        'The job summary, the JSON report and SARIF have everything._\n';
    const noteRoom = note(body.length).length; // the longest the note can be
    let end = max - noteRoom;
    for (;;) {
        let cut = body.lastIndexOf('\n', end);
        if (cut < end / 2)
            cut = end;
        // Do not split a surrogate pair.
        if (cut > 0 && /[\uD800-\uDBFF]/.test(body.charAt(cut - 1)))
            cut -= 1;
        const kept = body.slice(0, cut);
        // An unclosed code fence or <details> would swallow the note: close what the cut left open.
        const closing = (0,markdown/* openBlockClosers */.d)(kept);
        if (kept.length + closing.length + noteRoom <= max || cut <= 0) {
            return { body: kept + closing + note(body.length - kept.length), truncated: true };
        }
        end = cut - closing.length - 1;
    }
}
/**
 * Posts or updates one sticky comment on the run's pull request, found by its hidden marker, so a
 * re-run edits the comment instead of adding another. It never fails the step: without a token, outside
 * a pull request or when the API refuses (401/403/404, e.g. the read-only token of a fork's PR) it says
 * why in a notice and returns `skipped`; other API errors become a warning and `failed`.
 */
async function upsertPrComment(runtime, opts) {
    const skip = (reason) => {
        runtime.notice(`Pull request comment skipped: ${reason}.`);
        return { status: 'skipped', reason };
    };
    if (!opts.token)
        return skip("no token was given (pass the token input, e.g. the workflow's github.token)");
    runtime.setSecret(opts.token);
    const env = opts.env ?? process.env;
    const pr = pullRequestFromEvent(env);
    if (!isPullRequest(pr))
        return skip(pr.reason);
    const marker = commentMarker(opts.action, opts.key);
    const { body, truncated } = fitCommentBody(`${marker}\n${opts.body}`);
    const client = new rest/* GitHubClient */.jh({ token: opts.token, env, retry: opts.retry });
    const base = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}/issues`;
    try {
        // Oldest first; stop at the first page that has ours. The marker alone proves nothing (anyone can
        // write it in a comment): only a comment by the identity this token posts as is edited.
        const login = (await commenterLogin(client, opts.token)).toLowerCase();
        let ours;
        for await (const page of client.pages(`${base}/${pr.number}/comments?per_page=100`)) {
            ours = page.find((c) => typeof c.body === 'string' && c.body.includes(marker) && c.user?.login?.toLowerCase() === login);
            if (ours)
                break;
        }
        const res = ours
            ? await client.request('PATCH', `${base}/comments/${ours.id}`, { body })
            : await client.request('POST', `${base}/${pr.number}/comments`, { body });
        const status = ours ? 'updated' : 'created';
        runtime.info(`Pull request #${pr.number}: comment ${status}${res.data?.html_url ? ` (${res.data.html_url})` : ''}.`);
        return { status, commentId: res.data?.id, url: res.data?.html_url, truncated };
    }
    catch (err) {
        if (err instanceof rest/* GitHubApiError */.OS && err.rateLimited) {
            const reason = `${err.message} — GitHub's rate limit for this token was reached; the comment was not posted`;
            runtime.warning(`Pull request comment failed: ${reason}`);
            return { status: 'failed', reason };
        }
        if (err instanceof rest/* GitHubApiError */.OS && [401, 403, 404].includes(err.status)) {
            const why = err.status === 401
                ? 'the token was not accepted'
                : 'the token may not write to this pull request (a pull request from a fork gets a read-only token; `pull-requests: write` permission is needed)';
            return skip(`${err.message} — ${why}`);
        }
        const reason = (0,errors/* errorMessage */.gJ)(err);
        runtime.warning(`Pull request comment failed: ${reason}`);
        return { status: 'failed', reason };
    }
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   Ep: () => (/* binding */ buildSarif),
/* harmony export */   lg: () => (/* binding */ writeSarif),
/* harmony export */   md: () => (/* binding */ SARIF_MAX_RUNS)
/* harmony export */ });
/* unused harmony exports SARIF_MAX_RESULTS_PER_RUN, FINGERPRINT_KEY, sarifCategory, artifactUri */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4879);



/** The official schema's published location (OASIS SARIF 2.1.0, errata 01). */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/**
 * GitHub code scanning's documented upload limits ("SARIF results exceed limit", docs.github.com):
 * at most 20 runs per file, 25,000 results per run (only the top 5,000 by severity are shown) and
 * 25,000 rules per run; the upload (gzipped) may be at most 10 MB. We emit one run per tool, so the
 * run limit is far away; results beyond the cap are dropped, least severe first, and counted.
 */
const SARIF_MAX_RESULTS_PER_RUN = 25_000;
const SARIF_MAX_RUNS = 20;
/** Our fingerprint's key in `partialFingerprints`; versioned with the fingerprint recipe. */
const FINGERPRINT_KEY = 'pyprodFingerprint/v1';
/** Home pages of the tools our actions run, for `tool.driver.informationUri`. */
const KNOWN_TOOLS = {
    ruff: 'https://docs.astral.sh/ruff/',
    pylint: 'https://pylint.readthedocs.io/',
    mypy: 'https://mypy.readthedocs.io/',
    bandit: 'https://bandit.readthedocs.io/',
    gitleaks: 'https://github.com/gitleaks/gitleaks',
    deptry: 'https://deptry.com/',
    'pip-licenses': 'https://github.com/raimon49/pip-licenses',
    'pip-audit': 'https://github.com/pypa/pip-audit',
    hadolint: 'https://github.com/hadolint/hadolint',
};
/**
 * A run's category (`automationDetails.id`): one per action and tool, since code scanning rejects two runs of
 * one tool with one category, and per project below the workspace root, so that the projects of a monorepo,
 * each checked by its own job, keep their alerts apart (an upload replaces the alerts of its category).
 */
function sarifCategory(action, tool, project) {
    if (!project || project === '.')
        return `${action}/${tool}/`;
    return `${action}/${tool}/${project.replace(/[^A-Za-z0-9._/-]/g, '_')}/`;
}
/** An absolute http(s) URI or nothing: the schema's `format: uri` rejects anything else. */
function absoluteUri(uri) {
    if (!uri)
        return undefined;
    try {
        const u = new URL(uri);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    }
    catch {
        return undefined;
    }
}
/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function region(f) {
    if (!f.line || f.line < 1)
        return undefined;
    const r = { startLine: f.line };
    if (f.column && f.column >= 1)
        r.startColumn = f.column;
    if (f.endLine && f.endLine >= f.line)
        r.endLine = f.endLine;
    if (f.endColumn && f.endColumn >= 1 && r.startColumn)
        r.endColumn = f.endColumn;
    return r;
}
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
function toolOrder(findings, runs) {
    const names = runs.map((r) => r.tool);
    const extra = [...new Set(findings.map((f) => f.tool))].filter((t) => !names.includes(t)).sort();
    return [...new Set([...names, ...extra])];
}
function buildRun(action, tool, run, findings, accepted, project) {
    const rules = [];
    const ruleIndex = new Map();
    for (const id of [...new Set(findings.map((f) => f.rule))].sort()) {
        const helpUri = absoluteUri(findings.find((f) => f.rule === id && absoluteUri(f.helpUri))?.helpUri);
        ruleIndex.set(id, rules.length);
        rules.push({
            id,
            name: id,
            shortDescription: { text: `${tool} ${id}` },
            ...(helpUri ? { helpUri } : {}),
        });
    }
    const results = findings.map((f) => {
        const result = {
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule) ?? -1,
            level: LEVEL[f.severity],
            message: { text: f.message || f.rule },
            partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        };
        if (f.file) {
            const reg = region(f);
            result.locations = [
                {
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
                        ...(reg ? { region: reg } : {}),
                    },
                },
            ];
        }
        if (accepted)
            result.baselineState = accepted.has(f.fingerprint) ? 'unchanged' : 'new';
        const props = {};
        if (f.alsoReportedBy?.length)
            props.alsoReportedBy = f.alsoReportedBy;
        // Each tool's own rule id, wording, lines and data (a diff) when several tools reported the problem.
        if (f.reports?.length)
            props.reports = f.reports;
        if (f.data && Object.keys(f.data).length > 0)
            props.data = f.data;
        if (Object.keys(props).length > 0)
            result.properties = props;
        return result;
    });
    const informationUri = absoluteUri(run?.informationUri ?? KNOWN_TOOLS[tool]);
    return {
        tool: {
            driver: {
                name: tool,
                ...(run?.version ? { version: run.version } : {}),
                ...(informationUri ? { informationUri } : {}),
                rules,
            },
        },
        automationDetails: { id: sarifCategory(action, tool, project) },
        results,
    };
}
/**
 * A SARIF 2.1.0 log with one run per tool (including tools that found nothing, so code scanning
 * closes alerts that were fixed), results most severe first, relative locations under `%SRCROOT%`
 * and our fingerprint in `partialFingerprints`. With a baseline, results carry `baselineState`.
 */
function buildSarif(report, opts = {}) {
    const cap = opts.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN;
    const accepted = opts.baseline ? new Set(opts.baseline.fingerprints) : undefined;
    const toolRuns = report.toolRuns ?? [];
    const sorted = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(report.findings);
    const omitted = {};
    const tools = toolOrder(sorted, toolRuns);
    // Past the run limit the whole upload is rejected; dropping whole tools (counted) keeps the rest.
    for (const tool of tools.slice(SARIF_MAX_RUNS))
        omitted[tool] = sorted.filter((f) => f.tool === tool).length;
    const runs = tools.slice(0, SARIF_MAX_RUNS).map((tool) => {
        const mine = sorted.filter((f) => f.tool === tool);
        if (mine.length > cap)
            omitted[tool] = mine.length - cap;
        const run = buildRun(report.action, tool, toolRuns.find((r) => r.tool === tool), mine.slice(0, cap), accepted, opts.project);
        if (omitted[tool])
            run.properties = { omittedResults: omitted[tool] };
        return run;
    });
    return { log: { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs }, omitted };
}
/** Writes the log as JSON, creating parent directories. */
async function writeSarif(file, log) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, `${JSON.stringify(log, null, 2)}\n`);
}


/***/ })

};
