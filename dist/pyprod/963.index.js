export const id = 963;
export const ids = [963];
export const modules = {

/***/ 8963:
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
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/publish.ts
var publish = __webpack_require__(4617);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/baseline.ts


function scenarioOf(v) {
    if (!v || typeof v !== 'object')
        return undefined;
    const s = v;
    if (typeof s.key !== 'string' || typeof s.rps !== 'number' || s.role === 'compare')
        return undefined;
    const p95 = s.latencyMs?.p95;
    return { key: s.key, rps: s.rps, ...(typeof p95 === 'number' ? { p95 } : {}) };
}
/**
 * Reads the JSON result of an earlier run (this action's `json-file`): the scenarios of its `command`
 * service. A bare `meta.benchmark` object is accepted too.
 */
async function loadBenchmarkBaseline(file) {
    let text;
    try {
        text = await promises_.readFile(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz('baseline', file, `the file cannot be read (${e.code ?? e})`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz('baseline', file, 'expected the JSON result of an earlier load-benchmark run (json-file)');
    }
    const d = doc;
    const data = (d?.meta?.benchmark ?? d);
    const scenarios = Array.isArray(data?.scenarios) ? data.scenarios.map(scenarioOf) : [];
    const ok = scenarios.filter((s) => s !== undefined);
    if (ok.length === 0) {
        throw new errors/* InputError */.dz('baseline', file, 'it holds no load-benchmark scenarios; expected the json-file written by an earlier load-benchmark run');
    }
    return ok;
}
const pct = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;
/**
 * Compares this run's `command` scenarios with the baseline's, by path and query. A scenario regresses
 * when its req/s dropped, or its p95 latency rose, by more than `maxRegression` (a fraction).
 */
function compareWithBaseline(current, baseline, maxRegression) {
    const rows = [];
    const missing = [];
    for (const s of current.filter((c) => c.role === 'command')) {
        const b = baseline.find((x) => x.key === s.key);
        if (!b) {
            missing.push(s.key);
            continue;
        }
        const rpsRatio = b.rps > 0 ? s.rps / b.rps : s.rps > 0 ? Number.POSITIVE_INFINITY : 1;
        const p95 = s.latencyMs?.p95;
        const p95Ratio = b.p95 !== undefined && b.p95 > 0 && p95 !== undefined ? p95 / b.p95 : undefined;
        const reasons = [];
        if (rpsRatio < 1 - maxRegression)
            reasons.push(`req/s ${pct(rpsRatio)}`);
        if (p95Ratio !== undefined && p95Ratio > 1 + maxRegression)
            reasons.push(`p95 ${pct(p95Ratio)}`);
        rows.push({
            key: s.key,
            url: s.url,
            baseRps: b.rps,
            rps: s.rps,
            rpsRatio,
            ...(b.p95 !== undefined ? { baseP95: b.p95 } : {}),
            ...(p95 !== undefined ? { p95 } : {}),
            ...(p95Ratio !== undefined ? { p95Ratio } : {}),
            regressed: reasons.length > 0,
            reasons,
        });
    }
    return { rows, missing, regressed: rows.some((r) => r.regressed) };
}
function formatChange(ratio) {
    if (ratio === undefined || !Number.isFinite(ratio))
        return '—';
    return pct(ratio);
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/h2load-install.ts
/**
 * Where load-benchmark's h2load comes from: the one on PATH, else (on the runner, on Linux with apt-get) the
 * Debian/Ubuntu package nghttp2-client installed by the step itself, with `sudo -n` when not root. This is
 * what the action's former composite step did in bash; it runs in the bundle so that the action needs no
 * `node` or `bash` of the image.
 */




const H2LOAD_PACKAGE = 'nghttp2-client';
/** The first executable `name` in the directories of env.PATH, or undefined. */
function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const p = external_node_path_.join(dir, name);
        try {
            external_node_fs_.accessSync(p, external_node_fs_.constants.X_OK);
            if (external_node_fs_.statSync(p).isFile())
                return p;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
/** The first line of `h2load --version` (e.g. `h2load nghttp2/1.52.0`), for the log. */
async function versionLine(h2load, env) {
    const r = await (0,exec/* execTool */.wc)(h2load, ['--version'], { env, timeoutMs: 10_000 });
    return r.stdout.split(/\r?\n/)[0]?.trim() ?? '';
}
/**
 * `apt-get update` then `apt-get install nghttp2-client`, non-interactive: as root directly (sudo undefined),
 * otherwise through `sudo -n` (never a password prompt) with DEBIAN_FRONTEND passed by `env`, since sudo
 * resets the environment.
 */
function aptInstallArgv(aptGet, sudo) {
    const runs = [
        ['update', '-q'],
        ['install', '-y', '-q', '--no-install-recommends', H2LOAD_PACKAGE],
    ];
    return runs.map((args) => {
        const apt = ['DEBIAN_FRONTEND=noninteractive', aptGet, ...args];
        return sudo ? { file: sudo, args: ['-n', 'env', ...apt] } : { file: 'env', args: apt };
    });
}
function missingError(platform, why) {
    const how = platform === 'darwin'
        ? '`brew install nghttp2`'
        : platform === 'win32'
            ? 'nghttp2 (h2load.exe) on PATH; load-benchmark is supported and tested on Linux'
            : `\`apt-get install ${H2LOAD_PACKAGE}\``;
    return new Error(`h2load was not found on PATH and ${why}: install nghttp2's h2load first (${how}).`);
}
/**
 * The h2load to run. On the runner a missing h2load is installed with apt-get (as the step's own work, with a
 * progress line); in the terminal the user is told how to install it, since `pyprod bench` never runs sudo.
 */
async function ensureH2load(rt, o) {
    const found = onPath('h2load', rt.env);
    if (found) {
        rt.info(`h2load: ${found} (${await versionLine(found, rt.env)})`);
        return found;
    }
    if (rt.kind !== 'github')
        throw missingError(o.platform, 'pyprod bench does not install packages');
    const aptGet = o.platform === 'linux' ? onPath('apt-get', rt.env) : undefined;
    if (!aptGet)
        throw missingError(o.platform, 'apt-get is not available');
    const sudo = o.isRoot ? undefined : onPath('sudo', rt.env);
    if (!o.isRoot && !sudo)
        throw missingError(o.platform, 'the step is not root and sudo is not available');
    await rt.group(`Installing ${H2LOAD_PACKAGE} (h2load) with apt-get`, async () => {
        for (const { file, args } of aptInstallArgv(aptGet, sudo)) {
            try {
                await (0,exec/* execTool */.wc)(file, args, { env: rt.env, timeoutMs: 600_000, onLine: (l) => rt.info(l) });
            }
            catch (e) {
                throw new Error(`h2load is not installed and installing ${H2LOAD_PACKAGE} failed: ${(0,errors/* errorMessage */.gJ)(e)}`);
            }
        }
    });
    const installed = onPath('h2load', rt.env);
    if (!installed) {
        throw new Error(`apt-get installed ${H2LOAD_PACKAGE}, but h2load is still not on PATH`);
    }
    rt.info(`h2load: ${installed} (${await versionLine(installed, rt.env)})`);
    return installed;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/child-env.ts
var child_env = __webpack_require__(8111);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/h2load-args.ts
/** h2load's <DURATION>: whole seconds as `10s`, anything else in milliseconds. */
function h2loadDuration(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.round(ms)}ms`;
}
/**
 * Clients and threads h2load accepts: it refuses more clients than requests (`-n` < `-c`) and more threads
 * than clients, so both are capped rather than failing the run.
 */
function effectiveClients(shape) {
    return shape.durationMs !== undefined ? shape.concurrency : Math.min(shape.concurrency, shape.requests);
}
function common(shape, clients) {
    const args = shape.http1 ? ['--h1'] : [];
    args.push('-c', String(clients));
    if (shape.threads !== undefined)
        args.push('-t', String(Math.min(shape.threads, clients)));
    return args;
}
/** The measured run: `h2load [--h1] -c C [-t T] (-n N | -D D) [--log-file=F] URL`. */
function h2loadArgs(url, shape, logFile) {
    const args = common(shape, effectiveClients(shape));
    if (shape.durationMs !== undefined)
        args.push('-D', h2loadDuration(shape.durationMs));
    else
        args.push('-n', String(shape.requests));
    if (logFile)
        args.push(`--log-file=${logFile}`);
    args.push(url);
    return args;
}
/** The warm-up run before it: the same protocol and clients, `warmup` requests, nothing recorded. */
function warmupArgs(url, shape, warmup) {
    const args = common(shape, Math.min(shape.concurrency, warmup));
    args.push('-n', String(warmup), url);
    return args;
}

;// CONCATENATED MODULE: ./src/actions/load-benchmark/h2load-log.ts
/**
 * h2load's `--log-file`: one tab-separated row per request, "start time (µs since the epoch), HTTP status
 * (-1 for a failed stream), µs until the end of the response" (h2load(1); more columns may follow). Every
 * version since 1.2x writes it (1.52 and 1.70 alike: see the captured fixtures), so the latency percentiles
 * come from here when h2load prints none (1.52). Percentiles here are nearest-rank; h2load 1.70's own p95
 * and p99 take the (floor(p·n)+1)-th smallest sample (one rank higher when p·n is whole) and its median
 * averages the middle two.
 */
/** The nearest-rank percentile (the smallest value with at least p% of the values at or below it). */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return Number.NaN;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
function parseH2loadLog(text) {
    const durations = [];
    const statusCodes = {};
    let failedStreams = 0;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end);
        start = end + 1;
        const [t, s, d] = line.split('\t');
        if (t === undefined || s === undefined || d === undefined)
            continue;
        const startUs = Number(t);
        const status = Number(s);
        const us = Number(d);
        if (!Number.isFinite(startUs) || !Number.isInteger(status) || !Number.isFinite(us))
            continue;
        first = Math.min(first, startUs);
        last = Math.max(last, startUs + us);
        if (status < 0) {
            failedStreams++;
            continue;
        }
        statusCodes[String(status)] = (statusCodes[String(status)] ?? 0) + 1;
        durations.push(us / 1000);
    }
    const sorted = Float64Array.from(durations).sort();
    const sum = durations.reduce((a, b) => a + b, 0);
    return {
        responses: durations.length,
        failedStreams,
        statusCodes,
        latency: sorted.length === 0
            ? undefined
            : {
                min: sorted[0],
                mean: sum / sorted.length,
                p50: percentile(sorted, 50),
                p90: percentile(sorted, 90),
                p95: percentile(sorted, 95),
                p99: percentile(sorted, 99),
                max: sorted[sorted.length - 1],
            },
        spanMs: Number.isFinite(first) ? (last - first) / 1000 : 0,
    };
}

;// CONCATENATED MODULE: ./src/actions/load-benchmark/h2load-output.ts
/**
 * Reads h2load's report: the text it prints and the JSON of `--output-file`. Tested on real output of
 * h2load 1.52 (Debian 12; Ubuntu 22.04/24.04's are of the same family) and 1.70 (built from Debian sid's
 * source), captured into test/fixtures/load-benchmark/. The statistics table is read by its header row:
 * 1.52 prints `min max mean sd +/- sd` on rows labelled `time for request:`, 1.70 prints
 * `min max median p95 p99 mean sd +/- sd` on rows labelled `request     :`.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/** `17.69ms`, `169us`, `1.12s` → milliseconds. */
function parseH2loadDuration(text) {
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(text.trim());
    if (!m)
        return undefined;
    return Number(m[1]) * UNIT_MS[m[2]];
}
/** `h2load nghttp2/1.52.0` → `1.52.0`. */
function parseH2loadVersion(text) {
    return /nghttp2\/(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1];
}
const COLUMN_ALIASES = {
    min: 'min',
    max: 'max',
    mean: 'mean',
    sd: 'sd',
    median: 'p50',
    p50: 'p50',
    '50%': 'p50',
    p90: 'p90',
    '90%': 'p90',
    p95: 'p95',
    '95%': 'p95',
    p99: 'p99',
    '99%': 'p99',
};
/** The header row's column names ("min  max  mean  sd  +/- sd"), split on runs of two or more spaces. */
function headerColumns(lines) {
    const header = lines.find((l) => /^\s+min\s+max\s/.test(l) || /^\s+(min|max|mean|median)(\s{2,}\S+){3,}/.test(l));
    const cols = header?.trim().split(/\s{2,}/) ?? [];
    return cols.length > 0 ? cols : ['min', 'max', 'mean', 'sd', '+/- sd'];
}
/** The row labelled `time for <name>:` (1.52) or `<name>` padded to 12 columns and `:` (1.70). */
function timingRow(lines, name, columns) {
    const label = new RegExp(`^(?:time for )?${name}\\s*:(.*)$`);
    const rest = lines.map((l) => label.exec(l)?.[1]).find((r) => r !== undefined);
    if (rest === undefined)
        return {};
    const values = rest.trim().split(/\s+/);
    const row = {};
    columns.forEach((name, i) => {
        const key = COLUMN_ALIASES[name.toLowerCase().replace(/\s+/g, '')];
        const v = values[i] === undefined ? undefined : parseH2loadDuration(values[i]);
        if (key && v !== undefined)
            row[key] = v;
    });
    return row;
}
function numbers(line, re) {
    const m = line ? re.exec(line) : null;
    return m ? m.slice(1).map(Number) : undefined;
}
/** Parses h2load's report; throws when the run printed none (it failed to start, or was killed first). */
function parseH2loadOutput(text) {
    const lines = text.split(/\r?\n/);
    const finished = /^finished in (\S+), (\d+(?:\.\d+)?) req\/s/.exec(lines.find((l) => l.startsWith('finished in ')) ?? '');
    const counts = numbers(lines.find((l) => l.startsWith('requests: ')), /^requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout/);
    const status = numbers(lines.find((l) => l.startsWith('status codes: ')), /^status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx/);
    const elapsedMs = finished ? parseH2loadDuration(finished[1]) : undefined;
    if (!finished || elapsedMs === undefined || !counts || !status) {
        throw new Error('h2load printed no report (no "finished in", "requests:" or "status codes:" line)');
    }
    const [total, started, done, succeeded, failed, errored, timeout] = counts;
    const columns = headerColumns(lines);
    return {
        elapsedMs,
        rps: Number(finished[2]),
        requests: { total, started, done, succeeded, failed, errored, timeout },
        status: { '2xx': status[0] ?? 0, '3xx': status[1] ?? 0, '4xx': status[2] ?? 0, '5xx': status[3] ?? 0 },
        request: timingRow(lines, 'request', columns),
        connect: timingRow(lines, 'connect', columns),
    };
}
/**
 * `--output-file=<PATH>` of h2load 1.70 (absent from 1.52): `{"version":"v1", "measurements": {...}}` with
 * the same counts as the text report and every statistic in seconds at full precision (plus the raw
 * samples, ignored here). Throws, naming what is missing, on anything else.
 */
function parseH2loadJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`h2load's --output-file is not JSON: ${e.message}`);
    }
    const root = doc;
    if (root?.version !== 'v1' || typeof root.measurements !== 'object' || root.measurements === null) {
        throw new Error('h2load\'s --output-file is not the "v1" format (no "version":"v1" with "measurements")');
    }
    const m = root.measurements;
    const num = (o, key, where) => {
        const v = o?.[key];
        if (typeof v !== 'number' || !Number.isFinite(v)) {
            throw new Error(`h2load's --output-file has no number at measurements.${where}${key}`);
        }
        return v;
    };
    const counts = (keys, group) => keys.map((k) => num(m[group], k, `${group}.`));
    const [total, started, done, succeeded, failed, errored, timeout] = counts(['total', 'started', 'done', 'succeeded', 'failed', 'errored', 'timeout'], 'requests');
    const [s2, s3, s4, s5] = counts(['2xx', '3xx', '4xx', '5xx'], 'status_codes');
    const perf = m.performance;
    const stat = (name) => {
        const where = `performance.${name}.`;
        const ms = (key) => num(perf?.[name], key, where) * 1000;
        return {
            min: ms('min'),
            max: ms('max'),
            mean: ms('mean'),
            sd: ms('sd'),
            p50: ms('median'),
            p95: ms('p95'),
            p99: ms('p99'),
        };
    };
    return {
        elapsedMs: num(m, 'duration', '') * 1000,
        rps: num(m, 'request_per_second', ''),
        requests: { total, started, done, succeeded, failed, errored, timeout },
        status: { '2xx': s2, '3xx': s3, '4xx': s4, '5xx': s5 },
        request: stat('request'),
        connect: stat('connect'),
    };
}

// EXTERNAL MODULE: ./src/core/process-groups.ts
var process_groups = __webpack_require__(307);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/process-group.ts
// The process-group helpers live in the core (every tool the actions start is tracked there).


;// CONCATENATED MODULE: ./src/actions/load-benchmark/results.ts
/** Above this share of failed requests a scenario fails the step. */
const MAX_ERROR_RATE = 0.01;
/** Above this share, the scenario's req/s is reported as 0: mostly failing is never "fast". */
const UNHEALTHY_ERROR_RATE = 0.5;
/** Combines h2load's report and its per-request log into one scenario's figures. */
function scenarioFigures(m) {
    const { report, log } = m;
    const ok = Math.max(0, report.requests.succeeded - report.status['3xx']);
    const errors = Math.max(0, report.requests.failed + report.status['3xx']);
    const attempted = Math.max(report.requests.total, ok + errors, 1);
    const errorRate = errors / attempted;
    const seconds = (m.durationMs ?? report.elapsedMs) / 1000;
    const rps = errorRate > UNHEALTHY_ERROR_RATE || seconds <= 0 ? 0 : ok / seconds;
    const r = report.request;
    // h2load 1.70 prints its own median/p95/p99 (over the completed requests, any status). With no
    // completed request its row is all zeros (max 0): that is no latency at all, never "0 ms".
    const fromH2load = r.p50 !== undefined && r.p95 !== undefined && r.p99 !== undefined && r.max !== undefined && r.max > 0;
    const l = log.latency;
    let latencyMs;
    if (fromH2load) {
        latencyMs = {
            mean: r.mean ?? l?.mean ?? Number.NaN,
            p50: r.p50,
            p95: r.p95,
            p99: r.p99,
            min: r.min ?? l?.min ?? Number.NaN,
            max: r.max ?? l?.max ?? Number.NaN,
        };
    }
    else if (l) {
        latencyMs = {
            mean: r.mean ?? l.mean,
            p50: l.p50,
            p95: l.p95,
            p99: l.p99,
            min: r.min ?? l.min,
            max: r.max ?? l.max,
        };
    }
    return {
        rps,
        h2loadRps: report.rps,
        elapsedMs: report.elapsedMs,
        requests: report.requests,
        status: report.status,
        statusCodes: log.statusCodes,
        errors,
        errorRate,
        latencyMs,
        percentilesFrom: fromH2load ? 'h2load' : 'log-file',
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/urls.ts


const ALLOWED = 'an http:// or https:// URL on the loopback interface (127.0.0.1, another 127.x.y.z, [::1] or localhost)';
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost')
        return true;
    if ((0,external_node_net_.isIP)(h) === 4)
        return h.startsWith('127.');
    if ((0,external_node_net_.isIP)(h) === 6)
        return h === '::1';
    return false;
}
/**
 * Checks one URL the action will load: http(s), on a loopback address, no credentials. The load never
 * leaves the machine, so the action cannot be turned into a load generator against someone else's host.
 */
function loopbackUrl(value, input) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(input, value, `expected ${ALLOWED}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.dz(input, value, `expected ${ALLOWED}`);
    if (!isLoopbackHost(url.hostname)) {
        throw new errors/* InputError */.dz(input, value, `the load is only sent to loopback addresses: expected ${ALLOWED}`);
    }
    if (url.username || url.password)
        throw new errors/* InputError */.dz(input, value, 'credentials in the URL are not allowed');
    return url;
}
function endpointOf(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return { host, port };
}
/** The part that names a scenario across runs and machines: path and query (the port may differ). */
function scenarioKey(url) {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
}

;// CONCATENATED MODULE: ./src/actions/load-benchmark/h2load-run.ts













/**
 * A hard limit on each h2load run: h2load can hang after a timing-based run over HTTP/1.1, and a service
 * that stops answering must not hold the job for hours. The run is killed (its whole process group) then.
 */
function hardTimeoutMs(shape) {
    if (shape.durationMs !== undefined)
        return shape.durationMs + 30_000;
    return Math.min(600_000, Math.max(60_000, shape.requests * 10));
}
/** The threads h2load runs with: -t, capped at the clients as the argv builder does. */
function threadsOf(shape, clients) {
    return Math.min(shape.threads ?? 1, clients);
}
async function h2loadVersion(h2load, env) {
    const r = await (0,exec/* execTool */.wc)(h2load, ['--version'], { env, timeoutMs: 10_000 });
    return parseH2loadVersion(r.stdout) ?? 'unknown';
}
/**
 * h2load 1.52 can hang after a timing-based run over HTTP/1.1, when the server closes connections (gunicorn's
 * sync workers do): it prints "Stopped all clients for thread #N" and never its report. Its per-request
 * log is complete by then, so it is stopped this long after every thread said so.
 */
const AFTER_RUN_GRACE_MS = 3000;
const MAX_OUTPUT = 4 * 1024 * 1024;
/**
 * Runs h2load in its own process group (killed with this process too), under the hard time limit; a run
 * cut short still yields what it printed. Any other failure (bad arguments) throws with its output.
 */
function runBounded(h2load, args, opts) {
    const command = (0,exec/* displayCommand */.kc)('h2load', args);
    const t0 = external_node_perf_hooks_.performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(h2load, args, {
            env: (0,child_env/* childEnv */.g)(opts.env),
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const pid = child.pid;
        if (pid !== undefined)
            (0,process_groups/* trackGroup */.Tq)(pid);
        let stdout = '';
        let tail = '';
        let partial = '';
        let stoppedThreads = 0;
        let timedOut = false;
        let stoppedAfterRun = false;
        let afterRun;
        const kill = () => pid !== undefined && (0,process_groups/* signalGroup */.i8)(pid, 'SIGKILL');
        const hard = setTimeout(() => {
            timedOut = true;
            kill();
        }, opts.timeoutMs);
        const onText = (text, isStdout) => {
            if (isStdout && stdout.length < MAX_OUTPUT)
                stdout += text;
            tail = (tail + text).slice(-4096);
            const lines = (partial + text).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines) {
                opts.onLine?.(line);
                if (/^Stopped all clients for thread #\d+/.test(line) &&
                    ++stoppedThreads >= opts.threads &&
                    !afterRun) {
                    afterRun = setTimeout(() => {
                        stoppedAfterRun = true;
                        kill();
                    }, AFTER_RUN_GRACE_MS);
                }
            }
        };
        child.stdout?.setEncoding('utf8').on('data', (t) => onText(t, true));
        child.stderr?.setEncoding('utf8').on('data', (t) => onText(t, false));
        child.once('error', (e) => {
            clearTimeout(hard);
            clearTimeout(afterRun);
            if (pid !== undefined)
                (0,process_groups/* untrackGroup */.eY)(pid);
            const why = e.code === 'ENOENT' ? 'was not found' : `could not be started: ${e.message}`;
            reject(new errors/* ToolError */.v4(command, null, '', why));
        });
        child.once('close', (code, signal) => {
            clearTimeout(hard);
            clearTimeout(afterRun);
            if (pid !== undefined)
                (0,process_groups/* untrackGroup */.eY)(pid);
            if (partial)
                opts.onLine?.(partial);
            const durationMs = Math.round(external_node_perf_hooks_.performance.now() - t0);
            if (timedOut || stoppedAfterRun) {
                resolve({ stdout, durationMs, timedOut, stoppedAfterRun });
            }
            else if (code !== 0) {
                reject(new errors/* ToolError */.v4(command, code, (0,exec/* lastLines */.w$)(tail, 30), code === null ? `was killed by ${signal}` : `exited with code ${code}`));
            }
            else {
                resolve({ stdout, durationMs, timedOut: false, stoppedAfterRun: false });
            }
        });
    });
}
/** The warm-up run (its figures are dropped), then the measured run with its per-request log. */
async function runScenario(s) {
    let warmupMs = 0;
    let warmupCommand;
    if (s.warmup > 0) {
        const args = warmupArgs(s.url, s.shape, s.warmup);
        warmupCommand = (0,exec/* displayCommand */.kc)('h2load', args);
        const w = await runBounded(s.h2load, args, {
            timeoutMs: hardTimeoutMs({ requests: s.warmup }),
            env: s.env,
            threads: threadsOf(s.shape, Math.min(s.shape.concurrency, s.warmup)),
        });
        warmupMs = w.durationMs;
        if (w.timedOut)
            throw new Error(`The warm-up \`${warmupCommand}\` did not finish within its time limit.`);
    }
    const logFile = external_node_path_.join(s.workDir, `h2load-${process.pid}-${Date.now()}.log.tsv`);
    const args = h2loadArgs(s.url, s.shape, logFile);
    const command = (0,exec/* displayCommand */.kc)('h2load', args);
    const limit = s.timeoutMs ?? hardTimeoutMs(s.shape);
    const run = await runBounded(s.h2load, args, {
        timeoutMs: limit,
        env: s.env,
        threads: threadsOf(s.shape, effectiveClients(s.shape)),
        ...(s.onLine ? { onLine: s.onLine } : {}),
    });
    let log = parseH2loadLog('');
    try {
        log = parseH2loadLog(external_node_fs_.readFileSync(logFile, 'utf8'));
    }
    catch {
        /* no request got as far as the log */
    }
    finally {
        external_node_fs_.rmSync(logFile, { force: true });
    }
    let report;
    try {
        report = parseH2loadOutput(run.stdout);
    }
    catch (e) {
        if (!(run.timedOut || run.stoppedAfterRun) || log.responses === 0) {
            const why = run.timedOut
                ? `was stopped after ${limit} ms and`
                : run.stoppedAfterRun
                    ? 'hung after the run and'
                    : 'finished but';
            throw new Error(`\`${command}\` ${why} printed no report: ${e.message}`);
        }
        report = reportFromLog(log, s.shape.durationMs ?? log.spanMs);
    }
    return {
        role: s.role,
        url: s.url,
        key: scenarioKey(s.url),
        ...scenarioFigures({
            report,
            log,
            ...(s.shape.durationMs !== undefined ? { durationMs: s.shape.durationMs } : {}),
        }),
        command,
        ...(warmupCommand ? { warmupCommand } : {}),
        h2loadMs: run.durationMs,
        warmupMs,
        timedOut: run.timedOut,
        ...(run.stoppedAfterRun ? { stoppedAfterRun: true } : {}),
    };
}
/** When h2load was killed before printing its report, the per-request log still says what happened. */
function reportFromLog(log, elapsedMs) {
    const byClass = (c) => Object.entries(log.statusCodes)
        .filter(([code]) => code.startsWith(c))
        .reduce((n, [, v]) => n + v, 0);
    const ok = byClass('2') + byClass('3');
    const done = log.responses + log.failedStreams;
    return {
        elapsedMs,
        rps: elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0,
        requests: {
            total: done,
            started: done,
            done,
            succeeded: ok,
            failed: done - ok,
            errored: log.failedStreams,
            timeout: 0,
        },
        status: { '2xx': byClass('2'), '3xx': byClass('3'), '4xx': byClass('4'), '5xx': byClass('5') },
        request: {},
        connect: {},
    };
}

// EXTERNAL MODULE: ./src/core/command-line.ts
var command_line = __webpack_require__(4925);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/inputs.ts



/** Limits that keep a run bounded in count and time, whatever the inputs say. */
const LIMITS = {
    requests: 1_000_000,
    concurrency: 1_000,
    threads: 64,
    warmup: 100_000,
    urls: 20,
    durationMs: 10 * 60_000,
    readyTimeoutMs: 10 * 60_000,
};
const DEFAULTS = {
    readyTimeoutMs: 30_000,
    requests: 1000,
    concurrency: 40,
    warmup: 100,
    maxRegression: 0.1,
};
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `NAME=value` lines; the value is kept as written (no expansion, no quotes removed). */
function parseEnvLines(lines, input = 'env') {
    const env = {};
    for (const line of lines) {
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!ENV_NAME.test(name)) {
            throw new errors/* InputError */.dz(input, line, 'expected one NAME=value per line (NAME: letters, digits, _)');
        }
        env[name] = line.slice(eq + 1);
    }
    return env;
}
function loadInputs(r, rt) {
    const commandLine = r.required('command');
    const compareCommandLine = r.string('compare-command');
    const urls = r.lines('url').map((u) => loopbackUrl(u, 'url').href);
    if (urls.length === 0)
        throw new errors/* InputError */.dz('url', '', 'at least one URL is required (one per line)');
    if (urls.length > LIMITS.urls)
        throw new errors/* InputError */.dz('url', `${urls.length} URLs`, `at most ${LIMITS.urls} URLs are allowed`);
    const readyRaw = r.string('ready-url');
    const readyTimeoutMs = r.duration('ready-timeout', DEFAULTS.readyTimeoutMs);
    if (readyTimeoutMs <= 0 || readyTimeoutMs > LIMITS.readyTimeoutMs) {
        throw new errors/* InputError */.dz('ready-timeout', r.raw('ready-timeout') ?? '', 'expected a duration from 1ms to 10m');
    }
    const durationMs = r.duration('duration');
    if (durationMs !== undefined && (durationMs < 1000 || durationMs > LIMITS.durationMs)) {
        throw new errors/* InputError */.dz('duration', r.raw('duration') ?? '', 'expected a duration from 1s to 10m');
    }
    const threadsRaw = r.raw('threads');
    const maxRegression = r.percent('max-regression', DEFAULTS.maxRegression);
    if (maxRegression >= 1) {
        throw new errors/* InputError */.dz('max-regression', r.raw('max-regression') ?? '', 'expected a percentage below 100%');
    }
    // Not a directory, named as the input (a missing baseline is reported by loadBenchmarkBaseline).
    const baseline = r.path('baseline', rt.workspace, 'output-file');
    const jsonFile = r.path('json-file', rt.workspace, 'output-file');
    return {
        command: (0,command_line/* splitCommandLine */.a)(commandLine, 'command'),
        commandLine,
        ...(compareCommandLine
            ? { compareCommand: (0,command_line/* splitCommandLine */.a)(compareCommandLine, 'compare-command'), compareCommandLine }
            : {}),
        workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
        env: parseEnvLines(r.lines('env')),
        urls,
        readyUrl: readyRaw ? loopbackUrl(readyRaw, 'ready-url').href : urls[0],
        readyTimeoutMs,
        requests: r.int('requests', DEFAULTS.requests, { min: 1, max: LIMITS.requests }),
        concurrency: r.int('concurrency', DEFAULTS.concurrency, { min: 1, max: LIMITS.concurrency }),
        ...(durationMs !== undefined ? { durationMs } : {}),
        warmup: r.int('warmup', DEFAULTS.warmup, { min: 0, max: LIMITS.warmup }),
        ...(threadsRaw ? { threads: r.int('threads', 1, { min: 1, max: LIMITS.threads }) } : {}),
        http1: r.bool('http1', true),
        ...(baseline ? { baseline } : {}),
        maxRegression,
        ...(jsonFile ? { jsonFile } : {}),
        prComment: r.bool('pr-comment', false),
        // Read only when a comment is asked for (the token is otherwise never held).
        githubToken: r.bool('pr-comment', false) ? r.string('github-token') : undefined,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/summary.ts


function formatRps(n) {
    return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1);
}
function formatMs(n) {
    if (n === undefined || !Number.isFinite(n))
        return '—';
    return n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`;
}
const ROLE_LABEL = { command: 'command', compare: 'compare-command' };
function statusCell(s) {
    const codes = Object.entries(s.statusCodes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([c, n]) => `${c}: ${n}`);
    const errored = s.requests.errored > 0 ? [`no response: ${s.requests.errored}`] : [];
    return (0,markdown/* escapeCell */.kq)([...codes, ...errored].join(', ') || '—');
}
function errorsCell(s) {
    if (s.errors === 0)
        return '0';
    return `**${s.errors}** (${(s.errorRate * 100).toFixed(1)}%)`;
}
/** One row per scenario: req/s, latency percentiles, errors and the status codes seen. */
function resultsTable(results) {
    const rows = results.map((s) => [
        ROLE_LABEL[s.role],
        (0,markdown/* code */.aY)(s.key),
        `**${formatRps(s.rps)}**${s.timedOut || s.stoppedAfterRun ? ' ⏱️' : ''}`,
        formatMs(s.latencyMs?.p50),
        formatMs(s.latencyMs?.p95),
        formatMs(s.latencyMs?.p99),
        formatMs(s.latencyMs?.mean),
        errorsCell(s),
        statusCell(s),
    ]);
    const notes = [];
    if (results.some((s) => s.stoppedAfterRun)) {
        notes.push('⏱️ h2load hung after its timing-based run (a known h2load 1.52 behaviour over HTTP/1.1) and was stopped; ' +
            'the figures come from its per-request log.');
    }
    if (results.some((s) => s.timedOut)) {
        notes.push('⏱️ h2load did not finish within its hard time limit and was stopped; the figures come from what it logged.');
    }
    const head = (0,markdown/* table */.tp)(['Service', 'URL', 'req/s', 'p50', 'p95', 'p99', 'mean', 'errors', 'status codes'], rows);
    return [head, ...notes].join('\n\n');
}
const ratio = (a, b) => a === undefined || b === undefined || !(b > 0) ? '—' : `${(a / b).toFixed(2)}×`;
/** command against compare-command, scenario by scenario: how many times the req/s and the p95. */
function comparisonTable(results) {
    const compare = results.filter((r) => r.role === 'compare');
    if (compare.length === 0)
        return undefined;
    const rows = results
        .filter((r) => r.role === 'command')
        .map((a) => {
        const b = compare.find((c) => c.key === a.key);
        return [
            (0,markdown/* code */.aY)(a.key),
            formatRps(a.rps),
            b ? formatRps(b.rps) : '—',
            ratio(a.rps, b?.rps),
            formatMs(a.latencyMs?.p95),
            formatMs(b?.latencyMs?.p95),
            ratio(a.latencyMs?.p95, b?.latencyMs?.p95),
        ];
    });
    return (0,markdown/* table */.tp)([
        'URL',
        'command req/s',
        'compare-command req/s',
        'req/s ratio',
        'command p95',
        'compare-command p95',
        'p95 ratio',
    ], rows);
}
function baselineTable(c, maxRegression) {
    const rows = c.rows.map((r) => [
        (0,markdown/* code */.aY)(r.key),
        formatRps(r.baseRps),
        formatRps(r.rps),
        formatChange(r.rpsRatio),
        formatMs(r.baseP95),
        formatMs(r.p95),
        formatChange(r.p95Ratio),
        r.regressed ? `❌ ${(0,markdown/* escapeCell */.kq)(r.reasons.join(', '))}` : '✅',
    ]);
    const lines = [
        (0,markdown/* table */.tp)(['URL', 'baseline req/s', 'req/s', 'change', 'baseline p95', 'p95', 'change', 'verdict'], rows),
        `A drop in req/s or a rise in p95 of more than ${(maxRegression * 100).toFixed(0)}% fails the step (max-regression).`,
    ];
    if (c.missing.length > 0) {
        lines.push(`Not in the baseline (not compared): ${c.missing.map((k) => (0,markdown/* code */.aY)(k)).join(', ')}.`);
    }
    return lines.join('\n\n');
}
/** A Mermaid bar chart of req/s per service and scenario (GitHub renders `xychart-beta`). */
function rpsChart(results) {
    // Mermaid has no escaping for a quoted label: keep printable ASCII but quotes and backslashes, and cut it.
    const label = (s) => `${(0,markdown/* clip */.$Q)(s.key.replace(/[^\x20-\x7E]|["\\`]/g, ''), 80)} · ${ROLE_LABEL[s.role]}`;
    const labels = results.map((s) => `"${label(s)}"`).join(', ');
    const values = results.map((s) => (s.rps >= 100 ? Math.round(s.rps) : Number(s.rps.toFixed(1)))).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Requests per second (2xx only)"',
        `    x-axis [${labels}]`,
        '    y-axis "req/s"',
        `    bar [${values}]`,
        '```',
    ].join('\n');
}
/** The service commands and the exact h2load commands, to run the same benchmark by hand. */
function reproduceBlock(results, info) {
    const parts = [];
    for (const c of info.commands) {
        const mine = results.filter((r) => r.role === c.role);
        parts.push(`# ${ROLE_LABEL[c.role]}: start it in ${info.workingDirectory}, wait for ${info.readyUrl} to answer 2xx`);
        parts.push(c.line);
        for (const r of mine) {
            if (r.warmupCommand)
                parts.push(`${r.warmupCommand}  # warm-up, not measured`);
            parts.push(r.command);
        }
    }
    return `h2load ${(0,markdown/* escapeCell */.kq)(info.h2loadVersion)}, requests to loopback only.\n\n${(0,markdown/* fenced */.OF)(parts.join('\n'), 'sh')}`;
}
function benchmarkSections(results, baseline, maxRegression, info) {
    const sections = [{ title: 'Results', markdown: resultsTable(results) }];
    const comparison = comparisonTable(results);
    if (comparison)
        sections.push({ title: 'command vs compare-command', markdown: comparison });
    if (baseline)
        sections.push({ title: 'Against the baseline', markdown: baselineTable(baseline, maxRegression) });
    sections.push({ title: 'req/s', markdown: rpsChart(results) });
    sections.push({ title: 'Reproduce', markdown: reproduceBlock(results, info), collapsed: true });
    return sections;
}

;// CONCATENATED MODULE: ./src/actions/load-benchmark/report.ts




const ACTION = 'load-benchmark';
function finding(rule, severity, s, message) {
    const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(`${rule}\0${s.role}\0${s.key}`).digest('hex').slice(0, 32);
    return { tool: 'h2load', rule, severity, message, fingerprint, data: { url: s.url, role: s.role } };
}
function statusText(s) {
    const codes = Object.entries(s.statusCodes)
        .filter(([c]) => !c.startsWith('2'))
        .map(([c, n]) => `${n}× ${c}`);
    if (s.requests.errored > 0)
        codes.push(`${s.requests.errored} without a response`);
    return codes.join(', ');
}
/** Problems worth a line of their own: failed requests above the threshold, regressions, cut-short runs. */
function benchmarkFindings(results, baseline) {
    const out = [];
    for (const s of results) {
        const who = s.role === 'compare' ? 'compare-command' : 'command';
        if (s.errorRate > MAX_ERROR_RATE) {
            out.push(finding('failed-requests', 'error', s, `${who} ${s.key}: ${s.errors} of ${Math.max(s.requests.total, s.errors)} requests failed ` +
                `(${(s.errorRate * 100).toFixed(1)}%, more than ${MAX_ERROR_RATE * 100}% allowed): ${statusText(s)}`));
        }
        if (s.timedOut) {
            out.push(finding('h2load-timeout', 'warning', s, `${who} ${s.key}: h2load was stopped by the hard time limit; figures are from what it recorded`));
        }
    }
    for (const r of baseline?.rows ?? []) {
        const s = results.find((x) => x.role === 'command' && x.key === r.key);
        if (r.regressed && s) {
            out.push(finding('regression', 'error', s, `${r.key} regressed against the baseline: ${r.reasons.join(', ')}`));
        }
    }
    return out;
}
function headline(results, baseline) {
    const first = results.find((r) => r.role === 'command');
    if (!first)
        return 'no scenario ran';
    const parts = [
        `${first.key}: ${formatRps(first.rps)} req/s, p95 ${formatMs(first.latencyMs?.p95)}, ${first.errors} errors`,
    ];
    const other = results.find((r) => r.role === 'compare' && r.key === first.key);
    if (other && other.rps > 0)
        parts.push(`${(first.rps / other.rps).toFixed(2)}× compare-command`);
    const b = baseline?.rows.find((r) => r.key === first.key);
    if (b && Number.isFinite(b.rpsRatio))
        parts.push(`${((b.rpsRatio - 1) * 100).toFixed(1)}% req/s vs baseline`);
    const more = results.filter((r) => r.role === 'command').length - 1;
    if (more > 0)
        parts.push(`and ${more} more URL${more === 1 ? '' : 's'}`);
    return parts.join('; ');
}
function buildBenchmarkReport(data, sections, baseline) {
    const findings = benchmarkFindings(data.scenarios, baseline);
    const verdict = findings.some((f) => f.severity === 'error')
        ? 'fail'
        : findings.length > 0
            ? 'warn'
            : 'pass';
    return {
        action: ACTION,
        title: 'Load benchmark',
        verdict,
        headline: headline(data.scenarios, baseline),
        findings,
        sections,
        toolRuns: [
            {
                tool: 'h2load',
                version: data.h2loadVersion,
                findings: findings.length,
                durationMs: data.scenarios.reduce((n, s) => n + s.h2loadMs + s.warmupMs, 0),
                exitCode: 0,
                informationUri: 'https://nghttp2.org/documentation/h2load-howto.html',
            },
        ],
    };
}
/** A report for a run that never got to load anything (the service did not come up). */
function failedStartReport(message, logTail) {
    const sections = [];
    if (logTail)
        sections.push({
            title: 'Service output (last lines)',
            markdown: (0,markdown/* fenced */.OF)(logTail, 'text'),
        });
    return {
        action: ACTION,
        title: 'Load benchmark',
        verdict: 'fail',
        headline: message.split('\n')[0] ?? message,
        findings: [],
        sections,
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/actions/load-benchmark/ring-buffer.ts
/**
 * The last lines of a process's output, bounded in lines and in line length, so a chatty service cannot
 * fill memory while it is loaded. Chunks of stdout and stderr are split into lines as they arrive; a line
 * still being written is kept apart until its newline comes (or `lines()` is asked for).
 */
class LineRing {
    maxLines;
    maxLineChars;
    ring = [];
    next = 0;
    count = 0;
    partial = {};
    /** Lines written so far, including those that fell out of the ring. */
    total = 0;
    constructor(maxLines = 200, maxLineChars = 2000) {
        this.maxLines = maxLines;
        this.maxLineChars = maxLineChars;
    }
    /** Adds a chunk of text from one stream; returns the lines it completed. */
    write(chunk, stream = 'out') {
        const parts = ((this.partial[stream] ?? '') + chunk).split(/\r?\n/);
        this.partial[stream] = (parts.pop() ?? '').slice(-this.maxLineChars * 2);
        return parts.map((line) => this.push(line));
    }
    push(line) {
        const clipped = line.length > this.maxLineChars ? `${line.slice(0, this.maxLineChars)}…` : line;
        this.ring[this.next] = clipped;
        this.next = (this.next + 1) % this.maxLines;
        this.count = Math.min(this.count + 1, this.maxLines);
        this.total++;
        return clipped;
    }
    /** The last `n` lines (all kept lines by default), oldest first, unfinished lines last. */
    lines(n = this.maxLines) {
        const kept = [];
        for (let i = this.count; i > 0; i--) {
            kept.push(this.ring[(this.next - i + this.maxLines) % this.maxLines]);
        }
        const pending = Object.values(this.partial).filter((p) => p.length > 0);
        return [...kept, ...pending].slice(-n);
    }
    /** The last `n` lines as one block of text. */
    tail(n = 30) {
        return this.lines(n).join('\n');
    }
    /** Whether any kept line matches. */
    some(re) {
        return this.lines().some((l) => re.test(l));
    }
}

;// CONCATENATED MODULE: ./src/actions/load-benchmark/service.ts









/** The service could not be brought up; the message carries its last log lines, the summary more of them. */
class ServiceError extends Error {
    kind;
    logTail;
    constructor(kind, message, 
    /** The last lines of its output (up to SUMMARY_TAIL_LINES), for the report. */
    logTail) {
        const short = logTail.split('\n').slice(-MESSAGE_TAIL_LINES).join('\n');
        super(logTail ? `${message}\nLast lines of its output:\n${short}` : message);
        this.kind = kind;
        this.logTail = logTail;
        this.name = 'ServiceError';
    }
}
// gunicorn: "Connection in use: ('127.0.0.1', 8000)" then "[Errno 98] Address already in use";
// uvicorn and most Python servers: "[Errno 98] ..."; Node: EADDRINUSE.
const ADDRESS_IN_USE = /Address already in use|EADDRINUSE|Connection in use/i;
const MESSAGE_TAIL_LINES = 40;
const SUMMARY_TAIL_LINES = 80;
const STOP_GRACE_MS = 5000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Waits for `p` or `ms`, whichever comes first, leaving no timer behind (a pending one keeps Node alive). */
async function within(p, ms) {
    let timer;
    await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
}
/** Whether something already accepts connections on host:port. */
function portAnswers(ep, timeoutMs = 500) {
    return new Promise((resolve) => {
        const socket = external_node_net_.connect({ host: ep.host, port: ep.port });
        const done = (v) => {
            socket.destroy();
            resolve(v);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
    });
}
/** One GET of the ready URL: its status, or why there was none. */
function probe(url, timeoutMs) {
    return new Promise((resolve) => {
        const lib = url.startsWith('https:') ? external_node_https_ : external_node_http_;
        // Loopback only (checked with the inputs): a test certificate must not stop the wait.
        const req = lib.get(url, { agent: false, timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
            res.resume();
            res.once('end', () => resolve({ status: res.statusCode }));
            res.once('error', (e) => resolve({ error: e.message }));
        });
        req.once('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.once('error', (e) => resolve({ error: e.code ?? e.message }));
    });
}
/** The service's environment: ours plus its own, without what is meant for the action alone. */
function serviceEnv(base, extra) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        // Inputs (the GitHub token among them), saved state and the runner's tokens stay with the action.
        if (/^(INPUT_|STATE_)/.test(k) || /^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_TOKEN$/.test(k))
            continue;
        env[k] = v;
    }
    return { ...env, ...extra };
}
/**
 * Starts the service in its own process group with its output captured, and waits until the ready URL
 * answers 2xx. Fails, with the service's last log lines and the group stopped, when a port it needs is
 * taken, when it exits first, or when the timeout passes.
 */
async function startService(o) {
    const command = (0,exec/* displayCommand */.kc)(o.argv[0], o.argv.slice(1));
    for (const ep of o.endpoints) {
        if (await portAnswers(ep)) {
            throw new ServiceError('port-in-use', `Port ${ep.port} on ${ep.host} is already in use by another process, before \`${command}\` was started: ` +
                'stop that process or use another port.', '');
        }
    }
    const log = new LineRing();
    const started = external_node_perf_hooks_.performance.now();
    const child = (0,external_node_child_process_.spawn)(o.argv[0], o.argv.slice(1), {
        cwd: o.cwd,
        env: (0,child_env/* childEnv */.g)(o.env),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    let exit;
    let spawnError;
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            exit = { code, signal };
            resolve();
        });
        child.once('error', (e) => {
            spawnError = e;
            resolve();
        });
    });
    // Both pipes at their end: everything the service wrote before it exited has been read.
    const drained = Promise.all([child.stdout, child.stderr].map((s) => (s ? new Promise((r) => s.once('close', r)) : undefined)));
    for (const [stream, name] of [
        [child.stdout, 'out'],
        [child.stderr, 'err'],
    ]) {
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk) => {
            const lines = log.write(chunk, name);
            if (o.onLine)
                for (const l of lines)
                    o.onLine(l);
        });
    }
    const pid = child.pid;
    if (pid !== undefined)
        (0,process_groups/* trackGroup */.Tq)(pid);
    const exitDescription = () => exit ? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`) : 'is running';
    const stop = async () => {
        const t0 = external_node_perf_hooks_.performance.now();
        if (pid === undefined)
            return { graceful: true, leftover: [], durationMs: 0 };
        // Without /proc, the leader stands for its group.
        const groupRuns = () => ((0,process_groups/* runningInGroup */.gK)(pid)?.length ?? ((0,process_groups/* isRunning */.W_)(pid) ? 1 : 0)) > 0;
        let graceful = true;
        if ((0,process_groups/* signalGroup */.i8)(pid, 'SIGTERM')) {
            // The leader (gunicorn's master) reaps its workers on SIGTERM; wait for the whole group to end.
            const grace = o.stopGraceMs ?? STOP_GRACE_MS;
            const deadline = external_node_perf_hooks_.performance.now() + grace;
            await within(exited, grace);
            while (groupRuns() && external_node_perf_hooks_.performance.now() < deadline)
                await sleep(20);
            if (groupRuns()) {
                graceful = false;
                (0,process_groups/* signalGroup */.i8)(pid, 'SIGKILL');
                for (let i = 0; i < 50 && groupRuns(); i++)
                    await sleep(20);
            }
        }
        await within(exited, 1000);
        (0,process_groups/* untrackGroup */.eY)(pid);
        return { graceful, leftover: (0,process_groups/* runningInGroup */.gK)(pid) ?? [], durationMs: Math.round(external_node_perf_hooks_.performance.now() - t0) };
    };
    const fail = async (kind, message) => {
        await stop();
        throw new ServiceError(kind, message, log.tail(SUMMARY_TAIL_LINES));
    };
    let last = { error: 'not tried yet' };
    const deadline = started + o.readyTimeoutMs;
    for (;;) {
        if (spawnError) {
            const why = spawnError.code === 'ENOENT'
                ? `\`${o.argv[0]}\` was not found (is it installed, on PATH or relative to working-directory ${o.cwd}?)`
                : `\`${command}\` could not be started: ${spawnError.message}`;
            if (pid !== undefined)
                (0,process_groups/* untrackGroup */.eY)(pid);
            throw new ServiceError('not-found', why, '');
        }
        // Its last words explain an early exit: read them before judging (a worker may hold the pipes open).
        if (exit)
            await within(drained, 500);
        if (log.some(ADDRESS_IN_USE)) {
            await fail('port-in-use', `\`${command}\` could not listen: the address is already in use by another process.`);
        }
        if (exit) {
            await fail('exited', `\`${command}\` ${exitDescription()} before ${o.readyUrl} answered 2xx.`);
        }
        const remaining = deadline - external_node_perf_hooks_.performance.now();
        if (remaining <= 0) {
            const got = last.status !== undefined ? `HTTP ${last.status}` : last.error;
            await fail('not-ready', `\`${command}\` did not become ready: ${o.readyUrl} gave no 2xx answer within ${o.readyTimeoutMs} ms (last: ${got}).`);
        }
        last = await probe(o.readyUrl, Math.max(50, Math.min(2000, remaining)));
        if (last.status !== undefined && last.status >= 200 && last.status < 300)
            break;
        await within(exited, Math.min(100, Math.max(0, deadline - external_node_perf_hooks_.performance.now())));
    }
    return {
        pid: pid,
        command,
        log,
        readyMs: Math.round(external_node_perf_hooks_.performance.now() - started),
        alive: () => exit === undefined,
        exitDescription,
        stop,
    };
}

;// CONCATENATED MODULE: ./src/actions/load-benchmark/definition.ts













async function definition_publish(report, rt, i, benchmark) {
    await (0,publish/* publishReport */.S)(report, rt, {
        prComment: i.prComment,
        token: i.githubToken,
        commentKey: 'load-benchmark',
    });
    if (i.jsonFile) {
        const json = (0,json_report/* buildJsonReport */.XY)(report, {
            meta: benchmark ? { benchmark } : {},
            project: (0,json_report/* projectOf */.v8)(rt.workspace, i.workingDirectory),
            run: (0,json_report/* runOf */.ng)(rt.env),
        });
        await (0,json_report/* writeJsonReport */.a_)(i.jsonFile, json);
        rt.setOutput('json-file', i.jsonFile);
    }
}
const round2 = (n) => (n === undefined || !Number.isFinite(n) ? '' : n.toFixed(2));
/** Starts one service, loads every URL against it, and stops it whatever happens. */
async function benchmarkService(svc, c) {
    const { i, rt } = c;
    const label = svc.role === 'compare' ? 'compare-command' : 'command';
    let echo = true;
    let service;
    try {
        service = await rt.group(`Start ${label}: ${svc.line}`, () => startService({
            argv: svc.argv,
            cwd: i.workingDirectory,
            env: c.env,
            readyUrl: i.readyUrl,
            readyTimeoutMs: i.readyTimeoutMs,
            endpoints: c.endpoints,
            // The service's own log until it is ready; under load only its last lines are kept.
            onLine: (l) => echo && rt.info(l),
        }));
    }
    catch (e) {
        if (e instanceof ServiceError)
            await definition_publish(failedStartReport(`${label}: ${e.message}`, e.logTail), rt, i);
        throw e;
    }
    echo = false;
    c.timings.serviceStartMs += service.readyMs;
    rt.info(`${label} answered ${i.readyUrl} with 2xx after ${service.readyMs} ms.`);
    const results = [];
    try {
        for (const url of i.urls) {
            const r = await rt.group(`h2load ${scenarioKey(url)} (${label})`, () => runScenario({
                h2load: c.h2load,
                url,
                role: svc.role,
                shape: c.shape,
                warmup: i.warmup,
                workDir: c.workDir,
                // h2load needs nothing of the action's inputs either.
                env: serviceEnv(rt.env, {}),
                onLine: (l) => rt.info(l),
            }));
            c.timings.h2loadMs += r.h2loadMs + r.warmupMs;
            if (!service.alive()) {
                const tail = service.log.tail(SUMMARY_TAIL_LINES);
                const message = `${label} \`${service.command}\` ${service.exitDescription()} while it was loaded with ${r.key}.`;
                await definition_publish(failedStartReport(message, tail), rt, i);
                throw new ServiceError('exited', message, tail);
            }
            results.push(r);
        }
    }
    finally {
        const stopped = await service.stop();
        c.timings.serviceStopMs += stopped.durationMs;
        if (stopped.leftover.length > 0) {
            rt.warning(`${label}: processes ${stopped.leftover.join(', ')} of its group were still running after SIGKILL.`);
        }
        else {
            const how = stopped.graceful ? '' : ' (SIGKILL after the grace period)';
            rt.info(`${label} stopped${how} in ${stopped.durationMs} ms.`);
        }
    }
    return results;
}
async function main(i, rt) {
    const t0 = external_node_perf_hooks_.performance.now();
    if (!external_node_fs_.existsSync(i.workingDirectory)) {
        throw new Error(`Input 'working-directory' names ${i.workingDirectory}, which does not exist`);
    }
    const h2load = await ensureH2load(rt, {
        platform: process.platform,
        isRoot: process.getuid?.() === 0,
    });
    const version = await h2loadVersion(h2load, rt.env);
    // Read before anything runs: a bad baseline should fail in a second, not after the load.
    const baseline = i.baseline ? await loadBenchmarkBaseline(i.baseline) : undefined;
    const shape = {
        requests: i.requests,
        concurrency: i.concurrency,
        http1: i.http1,
        ...(i.durationMs !== undefined ? { durationMs: i.durationMs } : {}),
        ...(i.threads !== undefined ? { threads: i.threads } : {}),
    };
    const endpoints = [
        ...new Map([i.readyUrl, ...i.urls].map((u) => endpointOf(new URL(u))).map((e) => [`${e.host}:${e.port}`, e])).values(),
    ];
    const services = [
        { role: 'command', argv: i.command, line: i.commandLine },
    ];
    if (i.compareCommand && i.compareCommandLine) {
        services.push({ role: 'compare', argv: i.compareCommand, line: i.compareCommandLine });
    }
    external_node_fs_.mkdirSync(rt.tempDir, { recursive: true });
    const workDir = external_node_fs_.mkdtempSync(external_node_path_.join(rt.tempDir, 'load-benchmark-'));
    const env = serviceEnv(rt.env, i.env);
    const results = [];
    const timings = { totalMs: 0, serviceStartMs: 0, serviceStopMs: 0, h2loadMs: 0 };
    const ctx = { i, rt, h2load, shape, endpoints, env, workDir, timings };
    try {
        for (const svc of services)
            results.push(...(await benchmarkService(svc, ctx)));
    }
    finally {
        external_node_fs_.rmSync(workDir, { recursive: true, force: true });
    }
    const comparison = baseline ? compareWithBaseline(results, baseline, i.maxRegression) : undefined;
    timings.totalMs = Math.round(external_node_perf_hooks_.performance.now() - t0);
    const data = {
        format: 'pyprod-load-benchmark/1',
        h2loadVersion: version,
        shape: { ...shape, warmup: i.warmup },
        scenarios: results,
        timings,
    };
    const sections = benchmarkSections(results, comparison, i.maxRegression, {
        workingDirectory: external_node_path_.relative(rt.workspace, i.workingDirectory) || '.',
        commands: services.map((s) => ({ role: s.role, line: s.line })),
        readyUrl: i.readyUrl,
        h2loadVersion: version,
    });
    const report = buildBenchmarkReport(data, sections, comparison);
    await definition_publish(report, rt, i, data);
    const first = results.find((r) => r.role === 'command');
    rt.setOutput('rps', round2(first?.rps));
    rt.setOutput('p50-ms', round2(first?.latencyMs?.p50));
    rt.setOutput('p95-ms', round2(first?.latencyMs?.p95));
    rt.setOutput('p99-ms', round2(first?.latencyMs?.p99));
    rt.setOutput('errors', results.filter((r) => r.role === 'command').reduce((n, r) => n + r.errors, 0));
    rt.setOutput('regression', comparison?.regressed ?? false);
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
        throw new Error(`load-benchmark failed: ${errors.map((f) => f.message).join('; ')}`);
    }
}
const definition = {
    name: 'load-benchmark',
    command: 'bench',
    description: 'Start a service, load it with h2load on loopback, report req/s and latency, compare',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 4925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ splitCommandLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Words a shell would treat as operators; we never run a shell, so they cannot mean what the user wants. */
const SHELL_OPERATORS = new Set(['|', '||', '&', '&&', ';', ';;', '>', '>>', '<', '<<', '2>', '2>&1', '&>']);
/**
 * Splits a command line into argv the way a POSIX shell splits simple commands, without running one:
 * words are separated by white space; 'single quotes' keep everything literally; "double quotes" keep
 * everything except that a backslash escapes `"`, `\`, `$` and `` ` ``; outside quotes a backslash escapes
 * the next character. Nothing is expanded (`$HOME`, `~`, globs stay as written), and a bare shell
 * operator (`&&`, `|`, `>`, ...) is refused, since it would reach the program as a plain argument.
 */
function splitCommandLine(line, input = 'command') {
    const words = [];
    let word = '';
    let inWord = false;
    // Whether the current word had any quoted part: an operator in quotes is a literal argument.
    let quoted = false;
    let i = 0;
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, line, why);
    };
    const endWord = () => {
        if (!inWord)
            return;
        if (!quoted && SHELL_OPERATORS.has(word)) {
            fail(`the command is run directly, not by a shell, so \`${word}\` would be passed as an argument; ` +
                'put pipelines or redirections in a script and run that');
        }
        words.push(word);
        word = '';
        inWord = false;
        quoted = false;
    };
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            endWord();
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                fail('a single quote is not closed');
            word += line.slice(i + 1, end);
            inWord = true;
            quoted = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            inWord = true;
            quoted = true;
            for (;;) {
                if (i >= line.length)
                    fail('a double quote is not closed');
                const d = line[i];
                if (d === '"')
                    break;
                if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                    word += line[i + 1];
                    i += 2;
                }
                else {
                    word += d;
                    i++;
                }
            }
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                fail('the command ends with a lone backslash');
            const next = line[i + 1];
            // Backslash-newline continues the line, as in a shell.
            if (next !== '\n') {
                word += next;
                inWord = true;
                quoted = true;
            }
            i += 2;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    endWord();
    if (words.length === 0)
        fail('a command is required');
    return words;
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
