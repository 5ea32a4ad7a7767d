export const id = 551;
export const ids = [551];
export const modules = {

/***/ 5551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_FETCH: () => (/* binding */ DEFAULT_FETCH),
/* harmony export */   DownloadError: () => (/* binding */ DownloadError),
/* harmony export */   backoffSchedule: () => (/* binding */ backoffSchedule),
/* harmony export */   describeNetworkError: () => (/* binding */ describeNetworkError),
/* harmony export */   downloadFile: () => (/* binding */ downloadFile),
/* harmony export */   isRetryableStatus: () => (/* binding */ isRetryableStatus),
/* harmony export */   redactUrl: () => (/* reexport safe */ _url_js__WEBPACK_IMPORTED_MODULE_7__.B)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4942);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3606);









const DEFAULT_FETCH = {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    timeoutMs: 60_000,
};
/** The waits between tries: base, 2×base, 4×base, ... each capped at maxMs (one fewer than the tries). */
function backoffSchedule(attempts, baseMs, maxMs = DEFAULT_FETCH.maxDelayMs) {
    return Array.from({ length: Math.max(0, attempts - 1) }, (_, i) => Math.min(maxMs, baseMs * 2 ** i));
}
/** Server errors, rate limiting and request timeouts may pass; any other 4xx will not. */
function isRetryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
const RETRYABLE_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** One try's failure, with whether another try may help. */
class AttemptError extends Error {
    retryable;
    status;
    constructor(message, retryable, status) {
        super(message);
        this.retryable = retryable;
        this.status = status;
    }
}
/** The failure of a download after all its tries. */
class DownloadError extends Error {
    url;
    status;
    attempts;
    constructor(url, status, attempts, reason) {
        super(`Download of ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`);
        this.url = url;
        this.status = status;
        this.attempts = attempts;
        this.name = 'DownloadError';
    }
}
/** A connection-level failure (refused, reset, timed out, ...): its message, and whether another try may help. */
function describeNetworkError(err) {
    const e = err;
    const code = e?.code ?? '';
    const msg = e?.message ?? String(err);
    // @actions/http-client reports its socket timeout as a plain Error('Request timeout: <path>').
    const retryable = RETRYABLE_CODES.has(code) || /timeout|socket hang up|aborted|terminated/i.test(msg);
    return { message: code && !msg.includes(code) ? `${code}: ${msg}` : msg, retryable };
}
function classify(err) {
    if (err instanceof AttemptError)
        return err;
    const { message, retryable } = describeNetworkError(err);
    return new AttemptError(message, retryable);
}
async function tryOnce(client, url, dest, timeoutMs) {
    const res = await client.get(url);
    const msg = res.message;
    const status = msg.statusCode ?? 0;
    if (status !== 200) {
        msg.resume();
        const text = `HTTP ${status}${msg.statusMessage ? ` ${msg.statusMessage}` : ''}`;
        throw new AttemptError(text, isRetryableStatus(status), status);
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let lastData = Date.now();
    const idle = setTimeout(() => {
        msg.destroy(new AttemptError(`no data received for ${timeoutMs} ms`, true));
    }, timeoutMs);
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            bytes += chunk.length;
            lastData = Date.now();
            idle.refresh();
            done(null, chunk);
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(msg, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest));
    }
    catch (err) {
        // The client's socket timeout (the same length) can fire first and surface as "aborted": a stall is
        // still reported as one.
        if (!(err instanceof AttemptError) && Date.now() - lastData >= timeoutMs) {
            throw new AttemptError(`no data received for ${timeoutMs} ms`, true);
        }
        throw err;
    }
    finally {
        clearTimeout(idle);
    }
    const declared = Number(msg.headers['content-length']);
    if (Number.isFinite(declared) && msg.headers['content-length'] !== undefined && declared !== bytes) {
        throw new AttemptError(`the response ended after ${bytes} of ${declared} bytes`, true);
    }
    return { bytes, sha256: hash.digest('hex') };
}
/**
 * Streams `url` into the file `dest`, hashing it on the way, with retries and exponential backoff on 5xx,
 * 429, timeouts and connection errors. Honours https_proxy / no_proxy through @actions/http-client.
 */
async function downloadFile(url, dest, opts = {}) {
    const attempts = Math.max(1, opts.attempts ?? DEFAULT_FETCH.attempts);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH.timeoutMs;
    const delays = backoffSchedule(attempts, opts.baseDelayMs ?? DEFAULT_FETCH.baseDelayMs, opts.maxDelayMs);
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const shown = (0,_url_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .B)(url);
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_6__.HttpClient('pyprod-actions', [], {
        socketTimeout: timeoutMs,
        allowRedirects: true,
        maxRedirects: 10,
    });
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now();
    try {
        for (let attempt = 1;; attempt++) {
            try {
                const r = await tryOnce(client, url, dest, timeoutMs);
                return { ...r, attempts: attempt, durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now() - started) };
            }
            catch (err) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true });
                const e = classify(err);
                if (!e.retryable) {
                    const note = e.status !== undefined ? ` (HTTP ${e.status} is not retried)` : '';
                    throw new DownloadError(shown, e.status, attempt, `${e.message}${note}`);
                }
                if (attempt >= attempts)
                    throw new DownloadError(shown, e.status, attempt, e.message);
                const wait = delays[attempt - 1] ?? 0;
                opts.onRetry?.(`Download of ${shown} failed (${e.message}); try ${attempt + 1} of ${attempts} in ${wait} ms`);
                await sleep(wait);
            }
        }
    }
    finally {
        client.dispose();
    }
}


/***/ })

};
