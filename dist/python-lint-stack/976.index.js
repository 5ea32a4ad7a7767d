export const id = 976;
export const ids = [976];
export const modules = {

/***/ 1976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provisionAnyUv: () => (/* binding */ provisionAnyUv)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/exec.ts + 3 modules
var exec = __webpack_require__(6395);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/versions.ts
// Version comparison and PEP 440 specifiers for the release versions tools use (1.2.3, 0.9.10, 3.12):
// numeric release segments only, with pre-release suffixes ordered before the release.
function parts(v) {
    const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(v.trim());
    if (!m)
        return { nums: [], pre: v };
    return { nums: m[1].split('.').map(Number), pre: (m[2] ?? '').replace(/^[-.]/, '') };
}
/** Negative when a < b, 0 when equal (1.2 == 1.2.0), positive when a > b. */
function compareVersions(a, b) {
    const pa = parts(a);
    const pb = parts(b);
    const n = Math.max(pa.nums.length, pb.nums.length);
    for (let i = 0; i < n; i++) {
        const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
        if (d !== 0)
            return d;
    }
    if (pa.pre === pb.pre)
        return 0;
    if (!pa.pre)
        return 1;
    if (!pb.pre)
        return -1;
    return pa.pre < pb.pre ? -1 : 1;
}
/** True when `version` satisfies a PEP 440 specifier set such as `>=0.5.0,<0.10` or `==0.9.*` or `~=3.11`. */
function satisfies(version, specifier) {
    const clauses = specifier
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    return clauses.every((c) => {
        const m = /^(===|==|!=|~=|>=|<=|>|<)?\s*(.+)$/.exec(c);
        if (!m)
            return false;
        const op = m[1] ?? '==';
        const target = m[2].trim();
        if (target.endsWith('.*')) {
            const prefix = target.slice(0, -2);
            const match = version === prefix || version.startsWith(`${prefix}.`);
            return op === '!=' ? !match : match;
        }
        const d = compareVersions(version, target);
        switch (op) {
            case '==':
            case '===':
                return d === 0;
            case '!=':
                return d !== 0;
            case '>=':
                return d >= 0;
            case '<=':
                return d <= 0;
            case '>':
                return d > 0;
            case '<':
                return d < 0;
            case '~=': {
                // ~=X.Y.Z means >=X.Y.Z and ==X.Y.*
                const nums = parts(target).nums;
                const prefix = nums.slice(0, Math.max(1, nums.length - 1)).join('.');
                return d >= 0 && (version === prefix || version.startsWith(`${prefix}.`));
            }
            default:
                return false;
        }
    });
}
/** The newest of `versions` that satisfies `specifier`, or undefined. */
function newestSatisfying(versions, specifier) {
    return [...versions]
        .sort(compareVersions)
        .reverse()
        .find((v) => satisfies(v, specifier));
}
/** True for a plain version (`0.9.5`), false for a specifier (`>=0.9`). */
function isExactVersion(v) {
    return /^v?\d+(\.\d+)*$/.test(v.trim());
}

;// CONCATENATED MODULE: ./src/provision/checksum.ts




const HEX64 = /^[0-9a-f]{64}$/;
/** Accepts a 64-digit hex SHA-256, optionally prefixed `sha256:`, in any case; returns it lower-case. */
function normalizeChecksum(value, input = 'checksum') {
    const v = value
        .trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!HEX64.test(v))
        throw new errors/* InputError */.dz(input, value, 'expected a SHA-256 digest: 64 hexadecimal digits');
    return v;
}
/** The committed digest of one asset, or undefined when the table does not know the version or asset. */
function lookupChecksum(table, version, asset) {
    const assets = Object.hasOwn(table, version) ? table[version] : undefined;
    return assets && Object.hasOwn(assets, asset) ? assets[asset] : undefined;
}
/**
 * The digest an asset must have. The user's checksum wins over the table (it is how a version newer than
 * this release, or a privately rebuilt asset, is allowed); without either, provisioning fails.
 */
function expectedChecksum(tool, table, version, asset, userChecksum) {
    if (userChecksum !== undefined && userChecksum.trim() !== '') {
        return { sha256: normalizeChecksum(userChecksum), from: 'input' };
    }
    const known = lookupChecksum(table, version, asset);
    if (known)
        return { sha256: known, from: 'table' };
    const versions = Object.keys(table);
    const why = Object.hasOwn(table, version)
        ? `version ${version} is known but not its asset ${asset}`
        : `version ${version} is not in the table (known: ${sortVersions(versions).slice(0, 5).join(', ')}${versions.length > 5 ? ', ...' : ''})`;
    throw new Error(`No known checksum for ${tool} ${version} asset ${asset}: ${why}. ` +
        `Pass the asset's expected SHA-256 with the 'checksum' input (64 hex digits, as in the release's .sha256 file), or choose a known version.`);
}
class ChecksumMismatchError extends Error {
    asset;
    expected;
    actual;
    constructor(asset, expected, actual, from) {
        super(`Checksum mismatch for ${asset}: expected SHA-256 ${expected} (${from === 'input' ? "from the 'checksum' input" : 'from the committed checksum table'}), got ${actual}. The download was discarded.`);
        this.asset = asset;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ChecksumMismatchError';
    }
}
function verifyChecksum(asset, actual, expected) {
    if (actual.toLowerCase() !== expected.sha256) {
        throw new ChecksumMismatchError(asset, expected.sha256, actual.toLowerCase(), expected.from);
    }
}
async function sha256File(file) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Newest first. */
function sortVersions(versions) {
    return [...versions].sort((a, b) => compareVersions(b, a));
}
function newestVersion(table) {
    const v = sortVersions(Object.keys(table))[0];
    if (!v)
        throw new Error('The checksum table is empty');
    return v;
}

// EXTERNAL MODULE: ./src/provision/platform.ts
var provision_platform = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/provision/tool-cache.ts
var tool_cache = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/provision/trust.ts
var trust = __webpack_require__(1917);
;// CONCATENATED MODULE: ./src/provision/provision.ts







const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
/** The base URL to download from: the mirror when given (checked), else the spec's upstream one. */
function baseUrl(spec, mirror) {
    if (mirror === undefined || mirror.trim() === '')
        return spec.defaultBaseUrl.replace(/\/+$/, '');
    let u;
    try {
        u = new URL(mirror.trim());
    }
    catch {
        throw new errors/* InputError */.dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new errors/* InputError */.dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    return mirror.trim().replace(/\/+$/, '');
}
function assetUrl(spec, version, platform, mirror) {
    return `${baseUrl(spec, mirror)}/${spec.releasePath(version, platform)}`;
}
function provisioned(spec, version, dir, source, platform, verification) {
    return {
        name: spec.name,
        version,
        dir,
        source,
        verification,
        bin: (name) => external_node_path_.join(dir, (0,provision_platform/* exeName */.uu)(name, platform)),
    };
}
/** One line for the log and the summary: which binary runs, its version, and how it was checked. */
function describeTool(tool, binary = tool.name) {
    return `${tool.name} ${tool.version} at ${tool.bin(binary)} (${tool.verification})`;
}
/** The default `tool-source`: verified on the runner, PATH in the terminal. */
function defaultToolSource(rt) {
    return rt.kind === 'github' ? 'verified' : 'path';
}
/** The first copy of the spec's main binary on PATH whose reported version is accepted (trust rule applied). */
async function findOnPath(spec, opts, platform, version) {
    const probe = spec.versionProbe;
    const main = spec.binaries[0];
    if (!probe || !main)
        return undefined;
    const accept = opts.accept ?? ((v) => v === version);
    for (const c of await (0,trust/* pathCandidates */.IB)(main, opts.runtime, platform)) {
        try {
            const r = await (0,exec/* execTool */.wc)(c.real, probe.args, {
                env: opts.runtime.env,
                timeoutMs: 15_000,
                maxOutputBytes: 64 * 1024,
            });
            const found = probe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
            if (found && accept(found))
                return { ...c, found };
            opts.runtime.debug(`${c.file} reports version ${found ?? '(none)'}; not accepted`);
        }
        catch (err) {
            opts.runtime.debug(`${c.file} could not report its version: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return undefined;
}
/** A download failure that says the release host is unreachable or refuses us (not that the asset is bad). */
function releaseUnreachable(status) {
    return (status === undefined ||
        status >= 500 ||
        status === 429 ||
        status === 408 ||
        status === 403 ||
        status === 404);
}
/** The inputs that pin the source: with either given, no other source is ever tried. */
function pinnedBy(opts) {
    return [...(opts.mirror?.trim() ? ['mirror'] : []), ...(opts.checksum?.trim() ? ['checksum'] : [])];
}
/**
 * Gets a tool from a source it can trust, in order: PATH (only with `tool-source: path`; on the runner never
 * from inside the workspace or the project's environment), the runner's tool cache (only an entry this code
 * verified and placed, unchanged since), then the release archive from upstream or the mirror, checked against
 * the committed table or the `checksum` input, extracted from the very bytes that were checked. When the
 * release host cannot be reached and nothing pins the source, `opts.fallback` (PyPI's wheel, a Go build) runs.
 */
async function provisionTool(spec, opts) {
    const rt = opts.runtime;
    const version = (0,tool_cache/* cacheVersion */.DS)(opts.version);
    if (!VERSION_RE.test(version)) {
        throw new errors/* InputError */.dz('version', opts.version, 'expected an exact version such as 1.2.3');
    }
    const platform = opts.platform ?? (0,provision_platform/* currentPlatform */.jN)();
    const arch = (0,provision_platform/* toolCacheArch */.Tm)(platform);
    const toolSource = opts.toolSource ?? defaultToolSource(rt);
    const pins = pinnedBy(opts);
    const asset = spec.asset(version, platform);
    // A pin fixes the bytes: only a copy with that very digest will do (a PATH copy has none to compare).
    const pinned = pins.length > 0 ? expectedChecksum(spec.name, spec.checksums, version, asset, opts.checksum) : undefined;
    if (toolSource === 'path' && pinned) {
        rt.info(`${pins.map((p) => `'${p}'`).join(' and ')} given: ${spec.name} is not taken from PATH`);
    }
    else if (toolSource === 'path') {
        const onPath = await findOnPath(spec, opts, platform, version);
        if (onPath) {
            const how = rt.kind === 'github'
                ? `found on PATH as ${onPath.file} (${trust/* TOOL_SOURCE_INPUT */.Uy}: path), not verified by pyprod`
                : `found on PATH as ${onPath.file}, not verified by pyprod`;
            const t = provisioned(spec, onPath.found, external_node_path_.dirname(onPath.real), 'path', platform, how);
            rt.info(`Using ${describeTool(t, spec.binaries[0])}`);
            return t;
        }
        rt.info(`No ${spec.name}${opts.accept ? '' : ` ${version}`} on PATH${rt.kind === 'github' ? ' outside the workspace' : ''}; using a verified copy`);
    }
    const files = spec.binaries.map((b) => (0,provision_platform/* exeName */.uu)(b, platform));
    const cached = await (0,tool_cache/* findVerifiedInToolCache */.zW)(rt.toolCacheDir, spec.name, version, arch, files);
    if ('dir' in cached && pinned && cached.record.sha256 !== pinned.sha256) {
        rt.info(`The tool cache entry ${cached.dir} was verified against another digest; fetching the pinned one`);
    }
    else if ('dir' in cached) {
        const t = provisioned(spec, version, cached.dir, 'tool-cache', platform, `tool cache entry placed by pyprod after: ${cached.record.verification}`);
        rt.info(`Using ${describeTool(t, spec.binaries[0])}`);
        return t;
    }
    if ('why' in cached && cached.why !== 'not in the tool cache')
        rt.info(`${cached.why}; fetching ${spec.name} ${version} again`);
    // Fail on an unknown checksum before making any request.
    const expected = pinned ?? expectedChecksum(spec.name, spec.checksums, version, asset, opts.checksum);
    const url = assetUrl(spec, version, platform, opts.mirror);
    const [{ DownloadError, redactUrl }, { extractArchive }, { fetchVerified, placeVerified }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 5551)), Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(697), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 4058)), __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 6009))]);
    const shown = redactUrl(url);
    const against = expected.from === 'input' ? "the 'checksum' input" : 'the committed checksum table';
    rt.info(`Downloading ${spec.name} ${version} from ${shown}`);
    let dl;
    try {
        dl = await fetchVerified(url, {
            sha256: expected.sha256,
            against,
            mismatch: (actual) => new ChecksumMismatchError(asset, expected.sha256, actual, expected.from),
        }, rt, opts.fetchOptions);
    }
    catch (err) {
        // Only an unreachable release falls back; what was downloaded is never second-guessed.
        if (!(err instanceof DownloadError) || !releaseUnreachable(err.status))
            throw err;
        if (!opts.fallback)
            throw err;
        if (pins.length > 0) {
            // A pin is a pin: the fallback would fetch other bytes, checked by someone else.
            err.message +=
                `. No other source is tried because ${pins.map((p) => `'${p}'`).join(' and ')} ${pins.length > 1 ? 'are' : 'is'} given: ` +
                    `fix the ${opts.mirror?.trim() ? "'mirror' URL" : 'download'} or remove the pin`;
            throw err;
        }
        rt.warning(`${err.message}; trying the fallback source`);
        const { fallback, fetchOptions } = opts;
        return await fallback({ spec, version, platform, runtime: rt, fetchOptions, cause: err }).catch((fb) => {
            throw new Error(`${err.message}; the fallback failed too: ${(0,errors/* errorMessage */.gJ)(fb)}`, { cause: fb });
        });
    }
    const verification = `SHA-256 ${dl.sha256} of ${asset} matches ${against}`;
    rt.info(`Verified SHA-256 ${dl.sha256} of ${asset} (${dl.bytes} bytes from ${dl.url}) against ${against}`);
    const root = spec.archiveRoot(version, platform);
    const dir = await placeVerified({
        rt,
        name: spec.name,
        version,
        arch,
        platform,
        binaries: spec.binaries,
        provenance: { source: dl.url, verification, sha256: dl.sha256 },
        what: `The archive ${asset}${root ? ` (folder ${root}/)` : ''}`,
        async fill(staging) {
            await extractArchive(dl.data, staging, asset);
            return root ? external_node_path_.join(staging, root) : staging;
        },
    });
    const t = provisioned(spec, version, dir, 'download', platform, verification);
    rt.info(`Cached ${spec.name} ${version} in ${dir}; using ${t.bin(spec.binaries[0] ?? spec.name)}`);
    return { ...t, sha256: dl.sha256, downloadMs: dl.durationMs, bytes: dl.bytes, url: dl.url };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/provision/archive-entries.ts
var archive_entries = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
// EXTERNAL MODULE: ./src/provision/url.ts
var provision_url = __webpack_require__(3606);
;// CONCATENATED MODULE: ./src/provision/simple-index.ts



/**
 * The Python package index's "simple" API: PEP 503 HTML pages and their PEP 691 JSON form, as pip and uv
 * read them from pypi.org or a corporate mirror. The HTTP client is loaded only when a page is fetched.
 */
const PYPI_SIMPLE = 'https://pypi.org/simple';
/** The environment variables naming an index, strongest first (uv's own, then pip's). */
const INDEX_ENV_VARS = ['UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'PIP_INDEX_URL'];
/** JSON first; HTML for servers that only speak PEP 503 (the q-values are pip's). */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);
/**
 * Whether a URL may be read for a wheel: https only, since the index's digest is the wheel's only check and a
 * plain-http page could list any digest. `allowHttpLoopback` lets tests serve http on 127.0.0.1; no input or
 * environment variable sets it.
 */
function checkIndexScheme(url, what, allowHttpLoopback = false) {
    const u = new URL(url);
    if (u.protocol === 'https:')
        return;
    if (u.protocol === 'http:' && allowHttpLoopback && LOOPBACK.has(u.hostname))
        return;
    throw new errors/* InputError */.dz(what, (0,provision_url/* redactUrl */.B)(url), "expected an https:// URL of a simple index (the index's digest is the wheel's only check, so it must come over TLS)");
}
/**
 * The index to use and where it was named: the explicit value, else the first env variable set, else PyPI.
 * Only https (see checkIndexScheme).
 */
function resolveIndexUrl(explicit, env, allowHttpLoopback = false) {
    let from = 'index-url';
    let value = explicit?.trim();
    if (!value) {
        const name = INDEX_ENV_VARS.find((n) => (env[n] ?? '').trim() !== '');
        if (!name)
            return { url: PYPI_SIMPLE, from: 'the default' };
        from = name;
        value = (env[name] ?? '').trim();
    }
    if (!URL.canParse(value)) {
        throw new errors/* InputError */.dz(from, (0,provision_url/* redactUrl */.B)(value), 'expected an https:// URL of a simple index');
    }
    checkIndexScheme(value, from, allowHttpLoopback);
    return { url: value.replace(/\/+$/, ''), from };
}
/** The project page's URL, with the trailing slash PEP 503 asks for. */
function projectPageUrl(indexUrl, project) {
    return `${indexUrl.replace(/\/+$/, '')}/${(0,python_names/* normalizePackageName */.N)(project)}/`;
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
        if (e[0] === '#') {
            const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
            return Number.isFinite(code) ? String.fromCodePoint(code) : m;
        }
        return ENTITIES[e.toLowerCase()] ?? m;
    });
}
function fileFromUrl(href, pageUrl, hashes, yanked) {
    const u = new URL(href, pageUrl);
    // The fragment carries the digest (HTML form); it is not part of what is downloaded.
    for (const [k, v] of new URLSearchParams(u.hash.slice(1)))
        hashes[k.toLowerCase()] ??= v.toLowerCase();
    u.hash = '';
    const filename = decodeURIComponent(u.pathname.split('/').pop() ?? '');
    return { filename, url: u.toString(), hashes, yanked };
}
/** The anchors of a PEP 503 HTML page; the digest comes from the `#<hash>=<hex>` fragment. */
function parseHtmlPage(html, pageUrl) {
    const files = [];
    for (const m of html.matchAll(/<a\s([^>]*)>/gi)) {
        const attrs = new Map();
        for (const a of (m[1] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
            attrs.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
        }
        const href = attrs.get('href');
        if (!href)
            continue;
        files.push(fileFromUrl(href, pageUrl, {}, attrs.has('data-yanked')));
    }
    return files;
}
/** The `files` of a PEP 691 JSON page. */
function parseJsonPage(text, pageUrl) {
    let page;
    try {
        page = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`The index page ${(0,provision_url/* redactUrl */.B)(pageUrl)} is not valid JSON: ${err.message}`);
    }
    if (!Array.isArray(page.files)) {
        throw new Error(`The index page ${(0,provision_url/* redactUrl */.B)(pageUrl)} has no "files" list (PEP 691)`);
    }
    return page.files.flatMap((f) => {
        if (typeof f.url !== 'string' || f.url === '')
            return [];
        const hashes = {};
        if (f.hashes && typeof f.hashes === 'object') {
            for (const [k, v] of Object.entries(f.hashes))
                if (typeof v === 'string')
                    hashes[k.toLowerCase()] = v.toLowerCase();
        }
        const file = fileFromUrl(f.url, pageUrl, hashes, f.yanked !== undefined && f.yanked !== false);
        if (typeof f.filename === 'string' && f.filename !== '')
            file.filename = f.filename;
        return [file];
    });
}
/** Parses a page by its content type: PEP 691 JSON, else HTML. */
function parseIndexPage(body, contentType, pageUrl) {
    const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === 'application/vnd.pypi.simple.v1+json' || type === 'application/vnd.pypi.simple.latest+json') {
        return parseJsonPage(body, pageUrl);
    }
    return parseHtmlPage(body, pageUrl);
}
/**
 * The request URL without its credentials, and the Basic authorization they make (http-client ignores them in
 * the URL). Sent as a header, not a handler, so http-client drops it on a redirect to another host.
 */
function splitCredentials(url) {
    const u = new URL(url);
    if (!u.username && !u.password)
        return { url };
    const pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    u.username = '';
    u.password = '';
    return { url: u.toString(), authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}
async function getOnce(client, url, authorization) {
    const headers = { accept: SIMPLE_ACCEPT };
    if (authorization)
        headers.authorization = authorization;
    try {
        const res = await client.get(url, headers);
        const body = await res.readBody();
        const status = res.message.statusCode ?? 0;
        const contentType = String(res.message.headers['content-type'] ?? '');
        const reason = `HTTP ${status}${res.message.statusMessage ? ` ${res.message.statusMessage}` : ''}`;
        return { status, body, contentType, reason };
    }
    catch (err) {
        // Connection errors and timeouts: no status, always worth another try.
        return { status: undefined, body: '', contentType: '', reason: err.message ?? String(err) };
    }
}
/**
 * Reads a project page with retries on 5xx, 429 and network errors; throws DownloadError (with the URL
 * shown without credentials) when it cannot be had.
 */
async function fetchProjectPage(pageUrl, opts = {}) {
    const [{ HttpClient }, { backoffSchedule, DEFAULT_FETCH, DownloadError, isRetryableStatus }] = await Promise.all([__webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942)), Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 5551))]);
    const attempts = Math.max(1, opts.attempts ?? DEFAULT_FETCH.attempts);
    const delays = backoffSchedule(attempts, opts.baseDelayMs ?? DEFAULT_FETCH.baseDelayMs, opts.maxDelayMs);
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const shown = (0,provision_url/* redactUrl */.B)(pageUrl);
    const { url, authorization } = splitCredentials(pageUrl);
    const client = new HttpClient('pyprod-actions', [], {
        socketTimeout: opts.timeoutMs ?? DEFAULT_FETCH.timeoutMs,
        allowRedirects: true,
        maxRedirects: 10,
    });
    try {
        for (let attempt = 1;; attempt++) {
            const r = await getOnce(client, url, authorization);
            if (r.status === 200)
                return parseIndexPage(r.body, r.contentType, pageUrl);
            if (r.status !== undefined && !isRetryableStatus(r.status)) {
                throw new DownloadError(shown, r.status, attempt, `${r.reason} (HTTP ${r.status} is not retried)`);
            }
            if (attempt >= attempts)
                throw new DownloadError(shown, r.status, attempt, r.reason);
            const wait = delays[attempt - 1] ?? 0;
            opts.onRetry?.(`Reading ${shown} failed (${r.reason}); try ${attempt + 1} of ${attempts} in ${wait} ms`);
            await sleep(wait);
        }
    }
    finally {
        client.dispose();
    }
}

;// CONCATENATED MODULE: ./src/provision/pypi-wheel.ts










/**
 * A tool from its wheel on a Python package index, for when its release host cannot be reached: some
 * projects (uv, ruff) ship their release binaries as a wheel's `<name>-<version>.data/scripts/` members.
 */
const pypi_wheel_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
const pypi_wheel_HEX64 = /^[0-9a-f]{64}$/;
function parseWheelName(filename) {
    if (!filename.endsWith('.whl'))
        return undefined;
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return undefined;
    const [name, version] = parts;
    const plat = parts[parts.length - 1];
    if (!name || !version || !plat)
        return undefined;
    return { name, version, platformTags: plat.split('.') };
}
const LEGACY_MANYLINUX = {
    manylinux1: [2, 5],
    manylinux2010: [2, 12],
    manylinux2014: [2, 17],
};
/**
 * How well one platform tag fits (lower is better, compared in order), or undefined if it does not run there.
 * Linux: manylinux before musllinux, then the oldest libc (runs on the most systems). macOS: the exact
 * architecture before universal2, then the oldest macOS.
 */
function tagRank(tag, platform) {
    if (platform.os === 'win32')
        return tag === (platform.arch === 'x64' ? 'win_amd64' : 'win_arm64') ? [0] : undefined;
    if (platform.os === 'darwin') {
        const m = /^macosx_(\d+)_(\d+)_(\w+)$/.exec(tag);
        const want = platform.arch === 'x64' ? 'x86_64' : 'arm64';
        if (!m || (m[3] !== want && m[3] !== 'universal2'))
            return undefined;
        return [m[3] === want ? 0 : 1, Number(m[1]), Number(m[2])];
    }
    const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
    const m = /^(manylinux|musllinux)_(\d+)_(\d+)_(\w+)$/.exec(tag);
    if (m)
        return m[4] === cpu ? [m[1] === 'manylinux' ? 0 : 1, Number(m[2]), Number(m[3])] : undefined;
    const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(\w+)$/.exec(tag);
    const glibc = legacy ? LEGACY_MANYLINUX[legacy[1] ?? ''] : undefined;
    return glibc && legacy?.[2] === cpu ? [0, ...glibc] : undefined;
}
/** The platform tags a wheel needs for this platform, for messages. */
function expectedTags(platform) {
    if (platform.os === 'win32')
        return platform.arch === 'x64' ? 'win_amd64' : 'win_arm64';
    if (platform.os === 'darwin')
        return `macosx_*_${platform.arch === 'x64' ? 'x86_64' : 'arm64'} or macosx_*_universal2`;
    const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
    return `manylinux*_${cpu} (or musllinux_*_${cpu})`;
}
function compareRanks(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
const sameVersion = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * The best wheel of `project` at exactly `version` for the platform (not yanked before yanked), or an
 * error that lists what the index offers.
 */
function selectWheel(files, project, version, platform, where = 'the index') {
    const mine = files.flatMap((file) => {
        const wheel = parseWheelName(file.filename);
        return wheel && (0,python_names/* normalizePackageName */.N)(wheel.name) === (0,python_names/* normalizePackageName */.N)(project) ? [{ file, wheel }] : [];
    });
    const atVersion = mine.filter((c) => sameVersion(c.wheel.version, version));
    const ranked = atVersion.flatMap((c) => {
        const ranks = c.wheel.platformTags.flatMap((t) => {
            const r = tagRank(t, platform);
            return r ? [r] : [];
        });
        const best = ranks.length > 0 ? ranks.sort(compareRanks)[0] : undefined;
        // Ties go to the wheel with fewer platform tags: a single-architecture wheel is the smaller download.
        return best ? [{ ...c, rank: [c.file.yanked ? 1 : 0, ...best, c.wheel.platformTags.length] }] : [];
    });
    ranked.sort((a, b) => compareRanks(a.rank, b.rank) || a.file.filename.localeCompare(b.file.filename));
    const chosen = ranked[0];
    if (chosen)
        return chosen;
    const what = `No ${project} ${version} wheel for ${platform.os} ${platform.arch} on ${where} (wanted platform tag ${expectedTags(platform)})`;
    if (atVersion.length > 0) {
        throw new Error(`${what}; it lists for ${version}: ${atVersion.map((c) => c.file.filename).join(', ')}`);
    }
    const versions = sortVersions([...new Set(mine.map((c) => c.wheel.version))]);
    const seen = versions.length > 0
        ? `wheels of versions ${versions.slice(0, 10).join(', ')}${versions.length > 10 ? ', ...' : ''}`
        : `no ${project} wheels`;
    throw new Error(`${what}; it lists ${files.length} file${files.length === 1 ? '' : 's'} with ${seen}`);
}
/** A wheel whose bytes do not have the digest the index lists. */
class WheelDigestMismatchError extends ChecksumMismatchError {
    constructor(wheel, expected, actual, index) {
        super(wheel, expected, actual, 'table');
        this.message = `Checksum mismatch for ${wheel}: the index ${index} lists SHA-256 ${expected}, the download has ${actual}. The download was discarded.`;
    }
}
/** Writes the wheel's `*.data/scripts/<exe>` members, and nothing else, into `dest` as executables. */
async function extractWheelScripts(wheel, wheelName, exes, dest) {
    const { readZipMembers, zipMemberData } = await Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 3828));
    const buf = typeof wheel === 'string' ? await promises_.readFile(wheel) : wheel;
    const members = readZipMembers(buf);
    (0,archive_entries/* checkEntries */.bX)(wheelName, members);
    const name = parseWheelName(wheelName);
    if (!name)
        throw new Error(`${wheelName} is not a wheel file name (<name>-<version>-<tags>.whl)`);
    // The spec names the folder after the file name's own (escaped) name and version.
    const scripts = `${name.name}-${name.version}.data/scripts/`.toLowerCase();
    for (const exe of exes) {
        const m = members.find((e) => e.path.toLowerCase() === `${scripts}${exe.toLowerCase()}`);
        if (m?.type !== 'file') {
            const found = members.filter((e) => /^[^/]+\.data\/scripts\/[^/]+$/.test(e.path)).map((e) => e.path);
            throw new Error(`The wheel ${wheelName} has no file ${name.name}-${name.version}.data/scripts/${exe} (its scripts: ${found.join(', ') || 'none'})`);
        }
        const target = external_node_path_.join(dest, exe);
        await promises_.writeFile(target, zipMemberData(buf, m), { mode: 0o755 });
        await promises_.chmod(target, 0o755);
    }
}
/**
 * Gets a tool from its wheel: reads the project page of the simple index (https only), picks the wheel for the
 * exact version and platform, verifies its SHA-256 against the index's digest (none listed: refused), extracts
 * only the named scripts from the bytes checked, and caches them where the release download would
 * (`<cache>/<name>/<version>/<arch>/`), with our record saying the check was the index's digest.
 */
async function provisionFromPyPI(opts) {
    const rt = opts.runtime;
    const version = (0,tool_cache/* cacheVersion */.DS)(opts.version);
    if (!pypi_wheel_VERSION_RE.test(version))
        throw new errors/* InputError */.dz('version', opts.version, 'expected an exact version such as 1.2.3');
    const platform = opts.platform ?? (0,provision_platform/* currentPlatform */.jN)();
    const arch = (0,provision_platform/* toolCacheArch */.Tm)(platform);
    const name = opts.project;
    const spec = { name };
    const exes = opts.binaries.map((b) => (0,provision_platform/* exeName */.uu)(b, platform));
    const cached = await (0,tool_cache/* findVerifiedInToolCache */.zW)(rt.toolCacheDir, name, version, arch, exes);
    if ('dir' in cached) {
        const how = `tool cache entry placed by pyprod after: ${cached.record.verification}`;
        const t = provisioned(spec, version, cached.dir, 'tool-cache', platform, how);
        rt.info(`Using ${describeTool(t, opts.binaries[0])}`);
        return t;
    }
    const index = resolveIndexUrl(opts.indexUrl, rt.env, opts.allowHttpLoopback);
    const password = URL.canParse(index.url) ? new URL(index.url).password : '';
    if (password) {
        rt.setSecret(password);
        rt.setSecret(decodeURIComponent(password));
    }
    const shownIndex = (0,provision_url/* redactUrl */.B)(index.url);
    const onRetry = (m) => rt.warning(m);
    rt.info(`Looking up ${name} ${version} on the package index ${shownIndex} (${index.from})`);
    const files = await fetchProjectPage(projectPageUrl(index.url, name), { ...opts.fetchOptions, onRetry });
    const { file } = selectWheel(files, name, version, platform, shownIndex);
    const expected = file.hashes.sha256 ?? '';
    if (!pypi_wheel_HEX64.test(expected)) {
        const other = Object.keys(file.hashes);
        throw new Error(`The index ${shownIndex} lists ${file.filename} without a SHA-256 digest${other.length ? ` (only ${other.join(', ')})` : ''}; an unverifiable binary is never run`);
    }
    checkIndexScheme(file.url, `the file URL ${file.filename} on ${index.from}`, opts.allowHttpLoopback);
    if (file.yanked)
        rt.warning(`${file.filename} is yanked on ${shownIndex}; using it because version ${version} was asked for exactly`);
    rt.info(`Downloading ${file.filename} from ${(0,provision_url/* redactUrl */.B)(file.url)}`);
    const { fetchVerified, placeVerified } = await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 6009));
    const dl = await fetchVerified(file.url, {
        sha256: expected,
        against: `the digest ${shownIndex} lists`,
        mismatch: (actual) => new WheelDigestMismatchError(file.filename, expected, actual, shownIndex),
    }, rt, opts.fetchOptions);
    // Never "verified" without saying by what: here only the index vouches for the bytes.
    const verification = `sha256 ${dl.sha256} of ${file.filename} from ${shownIndex} (the index's digest, not a pinned checksum)`;
    rt.info(`Checked: ${verification} (${dl.bytes} bytes)`);
    const dir = await placeVerified({
        rt,
        name,
        version,
        arch,
        platform,
        binaries: opts.binaries,
        provenance: { source: dl.url, verification, sha256: dl.sha256 },
        what: `The wheel ${file.filename}`,
        async fill(staging) {
            await extractWheelScripts(dl.data, file.filename, exes, staging);
            return staging;
        },
    });
    rt.info(`Cached ${name} ${version} (${exes.join(', ')} from ${file.filename}) in ${dir}`);
    return {
        ...provisioned(spec, version, dir, 'download', platform, verification),
        sha256: dl.sha256,
        downloadMs: dl.durationMs,
        bytes: dl.bytes,
        url: dl.url,
    };
}
/**
 * The fallback for `provisionTool(uvSpec, { fallback: uvFromPyPI() })`: uv from its PyPI wheel (or the
 * https index named by the environment) when its GitHub release cannot be reached.
 */
function uvFromPyPI(opts = {}) {
    return (ctx) => provisionFromPyPI({
        project: 'uv',
        version: ctx.version,
        runtime: ctx.runtime,
        platform: ctx.platform,
        indexUrl: opts.indexUrl,
        fetchOptions: opts.fetchOptions ?? ctx.fetchOptions,
        binaries: ctx.spec.binaries,
        allowHttpLoopback: opts.allowHttpLoopback,
    });
}

;// CONCATENATED MODULE: ./src/provision/checksums/uv.json
const uv_namespaceObject = /*#__PURE__*/JSON.parse('{"0.12.16":{"uv-aarch64-apple-darwin.tar.gz":"b6e03fae61704b1aa622f12b792a69483e837b83068e44f4fd34f8a07a8f74a3","uv-aarch64-pc-windows-msvc.zip":"9977129f89c4036edfcb200d2484755571e51fa74517f02e478c1d7bcc353b2e","uv-aarch64-unknown-linux-gnu.tar.gz":"36d913ee9c647481d64f1a0a0485f85ff2feaee605c341fc22e73398f9212c26","uv-x86_64-apple-darwin.tar.gz":"a42bcc9ce97eb8b364d7f162233a9c6b8c0ee25388e551d362809795127e0c31","uv-x86_64-pc-windows-msvc.zip":"f730454bf09019754e5e5abd71a8aa18683cb739cba0d9c720bac2e7c901160f","uv-x86_64-unknown-linux-gnu.tar.gz":"8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c"},"0.12.15":{"uv-aarch64-apple-darwin.tar.gz":"dc304b9ed1b24174572290fba60ac3f6fe63c73a671f0439e62a91375841964d","uv-aarch64-pc-windows-msvc.zip":"a37c8e96cb1260488c8510b64c848533a3a82a2fdf9e905de7c2700ceebf6437","uv-aarch64-unknown-linux-gnu.tar.gz":"0e9a3499b0587d449c9ff684c0160da607826e4af1cee220bc87f378702d3e08","uv-x86_64-apple-darwin.tar.gz":"e9ca61775532368fe518ab03e7a354c7ecab8ccb3c7d941c775fcc4a362b801b","uv-x86_64-pc-windows-msvc.zip":"477bd99a84e34891f2bd4c9152ddeb74e971accccbc59c0f0301f11f08a32d46","uv-x86_64-unknown-linux-gnu.tar.gz":"f97935763c04be3e692460a7aaeaaab8fc3b78fcf8b389da820b38ae7423a638"},"0.12.14":{"uv-aarch64-apple-darwin.tar.gz":"dfed5683c5873d65eff8476eb93526059b81e5646a68305b5c94a26b29990894","uv-aarch64-pc-windows-msvc.zip":"46b930bdbb338099c7d9da711b751240eb97876eda6a553a2c28323967232041","uv-aarch64-unknown-linux-gnu.tar.gz":"7fb91bd5d10529c60723eaec3caf44726f89280e5aeed78af8fc63fcad004c9b","uv-x86_64-apple-darwin.tar.gz":"e11a70264ceca38e929ecaeed953c323e517af7b960ebf9722d5918e8c7f0375","uv-x86_64-pc-windows-msvc.zip":"02cecb254f37f3396da625680796d3990164a590fb5611d46f719ad83e7b9a89","uv-x86_64-unknown-linux-gnu.tar.gz":"18ef5c3888ae59828cb13f38d57e9389b8173ecc719eff163bfafc74b38f5936"},"0.12.13":{"uv-aarch64-apple-darwin.tar.gz":"7e6ddb9316acc00f2296c82ff4d99977870ee34b2f0ddcae9444d714db9364ed","uv-aarch64-pc-windows-msvc.zip":"1efb2654b06e7063d4ac1fc9d49a9bda9a6704d82f035b589a2751a592f14151","uv-aarch64-unknown-linux-gnu.tar.gz":"2eaa5d94f5db7b3a1a092156b9420459e42ab0217d917fe74a876309cef9b5e9","uv-x86_64-apple-darwin.tar.gz":"5e287ef61cb6a9b61b3a83fef124fd143e400468a7dac794230147a810e17119","uv-x86_64-pc-windows-msvc.zip":"a86c9dc7bad9b03f388583b7187c05fe9951c2e0d392217e8fd43d97787f6ec2","uv-x86_64-unknown-linux-gnu.tar.gz":"745765a3b6e360ad76743599ae5c42e9278c7edf8bbff9fc76d05bf2623a04dd"},"0.12.12":{"uv-aarch64-apple-darwin.tar.gz":"46740540b63fdee9a6cb2e19baf3f1f475b850c440a33e63455087a6871263f1","uv-aarch64-pc-windows-msvc.zip":"36559da51ecee83b2b1d80aa1a0ede2f80e2d9e5761fffcbb9e9366a7f3d022a","uv-aarch64-unknown-linux-gnu.tar.gz":"fe08db50cc1b56cd1da7801065ed1103d27ed3f9571cd122386cfc7faf1b8df5","uv-x86_64-apple-darwin.tar.gz":"0dc8cd6c961582b0d140b5398f96b23502885277fb3464241456a2435e460dfa","uv-x86_64-pc-windows-msvc.zip":"3d54912924c36e862c14f427d04f2ed70a99e8001d1c30caa101f6d5711626d5","uv-x86_64-unknown-linux-gnu.tar.gz":"ab9b309d4586403f024e100abaceb396616e178a553e2500c36087d180f09509"},"0.12.11":{"uv-aarch64-apple-darwin.tar.gz":"e01b69ee15e81918d5e8fc9cf39b3db7f59c5576e5e306cd9b7aeb2c7b7321c3","uv-aarch64-pc-windows-msvc.zip":"7a70f46305d28a95f913ef2888254a9f9c183a406daeeb8937134afc9ed434d2","uv-aarch64-unknown-linux-gnu.tar.gz":"e9933d907fb9cd27d606d819bbded419f2844c0e2efc98225ecfa409288eb28d","uv-x86_64-apple-darwin.tar.gz":"96d773bf5fda4f9b08c4444847f9183d1c14bc8a28ff9c0490e261a8fc6e5309","uv-x86_64-pc-windows-msvc.zip":"e94225dea91e051472847bd6d146d7d66c4f54ffcd1f106678866a99580845f9","uv-x86_64-unknown-linux-gnu.tar.gz":"4ae93e0f148a18434cc094072547cec88912fc4a72b984183c7d0d0e9586cb5e"},"0.12.10":{"uv-aarch64-apple-darwin.tar.gz":"51c6170e8e3a01cef9f33b94f582b7b81ac65046f55d40afb35f9cff5a68c179","uv-aarch64-pc-windows-msvc.zip":"ee985c51c0c9c1f82267a5d80f959b34a7ff888c109182bd3b2b35c4661bbcde","uv-aarch64-unknown-linux-gnu.tar.gz":"9ff6b9d4665edcdd3a88dcc73cd1eb641754deb927f14e8c62ebfde6bf4f5f5e","uv-x86_64-apple-darwin.tar.gz":"5296d5aa2b9143360405eea866f8ef4d5dc8986b164eb0dc35e8f876a9304d30","uv-x86_64-pc-windows-msvc.zip":"f65744f94072152b1f86ba2aace4d01f1124d9a8ecb235805039e3718c36cac2","uv-x86_64-unknown-linux-gnu.tar.gz":"173d95a0c32d18c896c46ba6fafbf3cf9c14ab74b033f81b76c883ef492a976b"},"0.12.9":{"uv-aarch64-apple-darwin.tar.gz":"301f72afaf54060f92da7016cb0115bd077f43a9c8e39c1d8170a0bac80fd398","uv-aarch64-pc-windows-msvc.zip":"d3360363a3cb671f2c854f4ef48cf4a57fe8664f8ec6a248076d68b797a8acc0","uv-aarch64-unknown-linux-gnu.tar.gz":"c36fe17937ff6bd16dc42fc13854b5465999fcab2efe0af559381e945e3c6001","uv-x86_64-apple-darwin.tar.gz":"e1ca175824f1056589ce9908f7631879ebc3c36535b5e63dc06510beb370b4c1","uv-x86_64-pc-windows-msvc.zip":"ddbfcee1ac615a0499f6aa97b5ec8ebdf3ee4a7714a48055ec2ba0030e3cf810","uv-x86_64-unknown-linux-gnu.tar.gz":"ec7a99cd05e0cd7f80243f135ce1361c76835cb0ee60055d14d20eba8eba1460"},"0.12.8":{"uv-aarch64-apple-darwin.tar.gz":"8ce083658dbff20143607ca7af8e0c1d64b6fd7bf03a5cdcb62bf3d47d991b5f","uv-aarch64-pc-windows-msvc.zip":"84b821c551802c200a32e25f9d1d960ef15e248f54f6a1bd9e1eb62934669da8","uv-aarch64-unknown-linux-gnu.tar.gz":"ba8661f4fd207c8e94814191598e619b355ac10d5014e851e21eb800f9ef2b00","uv-x86_64-apple-darwin.tar.gz":"bfcd4407de99e0a2c1904df0902fa1795653d4edd145358e6561527e746a4f16","uv-x86_64-pc-windows-msvc.zip":"e07acf3f8a29fe41f9e04b799c3325cb0e0893836bb222bf102829b45c679ad6","uv-x86_64-unknown-linux-gnu.tar.gz":"2e2b37e9811e17675a9e70bed5e1a58fc8c0388be63d751d72cc735188c149ff"},"0.12.7":{"uv-aarch64-apple-darwin.tar.gz":"127ebdda7ad953cdf198e964b570ea5771b85467ea93eb7cb6d6f8e6f55408f3","uv-aarch64-pc-windows-msvc.zip":"1611d0f4be72b0a354ad9a6ae954093dd4c91e93e36b8b490326a05a039ffe14","uv-aarch64-unknown-linux-gnu.tar.gz":"66393193038dd7eb108abd7a218d9cec04ac70ab98242b0720fa94de19223b7c","uv-x86_64-apple-darwin.tar.gz":"06b8ae1da8c2661c5434507a66f8c2b0b835933bf955b5958a9ac357a37d1959","uv-x86_64-pc-windows-msvc.zip":"bf1518af459a3915511a11fdc6e2f43ef9a2afa138b9d498eeb9642fe9d85218","uv-x86_64-unknown-linux-gnu.tar.gz":"788f18abea7c5f55d6216e4f5613fd89d4d59b631efeec117b2b07fe72f1da21"},"0.12.6":{"uv-aarch64-apple-darwin.tar.gz":"14b459d51ea2e71eeba28c45a268c922bdf8607fc6455e3f40b4e082895d160d","uv-aarch64-pc-windows-msvc.zip":"6dda514fbbe3152d980758e0f6347116060114d7d24932fc0ea5d8063f8b253a","uv-aarch64-unknown-linux-gnu.tar.gz":"d58030acd26159499ac82f32da12d1b3c12a3a1bfc414232d9082070c03e128d","uv-x86_64-apple-darwin.tar.gz":"2a26ea71bbeff1c7e12c2cc40245c96a041deff276bc921e7038e304d5d3e04c","uv-x86_64-pc-windows-msvc.zip":"df7cb9f243eae1621400d4fcf5b1b3d90f20e264ece91b64deb3b0078abca6ef","uv-x86_64-unknown-linux-gnu.tar.gz":"8681d8921e7d520fb368991dcf5f9c1905b80f5bf2a265a0ed085c8d8e342477"},"0.12.5":{"uv-aarch64-apple-darwin.tar.gz":"5bb0e5fe008a773c3dbcb97ff79cd89e1241464fe9d2f986d52ad8f1b037bd62","uv-aarch64-pc-windows-msvc.zip":"724279317fee6e5fa8ad1908e4eba2bbe764ef1ece5b3f4597927b62b1fe562a","uv-aarch64-unknown-linux-gnu.tar.gz":"9bf43b4d1a07665bf64d4c4e710930b382321a785e0eb10aac07f46471f86a31","uv-x86_64-apple-darwin.tar.gz":"b3b2137477cf96c9686ebfb71524614cec780c673fd73e59bce099aef02e70e8","uv-x86_64-pc-windows-msvc.zip":"4c4d49d8738847d9b71ba319e49a5688c93eac0fe6204b1df24e98528dddf39a","uv-x86_64-unknown-linux-gnu.tar.gz":"68a509da24b06b4223a1c0175fb5eb5bc79342b76cbeff0cfe51ac3f5b17b6b2"},"0.12.4":{"uv-aarch64-apple-darwin.tar.gz":"99a913b606194867b43086404412c1afe079547fee72ecfb6af7e7b0dd54b0c6","uv-aarch64-pc-windows-msvc.zip":"3290abffee78c30e3113f5113e26684fd057287e89124a588dcdcdd6ceec0fea","uv-aarch64-unknown-linux-gnu.tar.gz":"49d881b3403187e1f1789720881e77e4251ad4259d86c4844862657d2a35d13f","uv-x86_64-apple-darwin.tar.gz":"e603f1eb634ca97a2a125539b983891f53235e901511ed10c32c08c86e253ecd","uv-x86_64-pc-windows-msvc.zip":"4f3b7d63cd81fca0da5a655d973d20affca89ce6e5f9a29fd0183cc4204a7639","uv-x86_64-unknown-linux-gnu.tar.gz":"c8c60f47e6f88d18dbf6f33d7279fb1fbf7ae76631768152cf5578c3d65729b4"},"0.12.3":{"uv-aarch64-apple-darwin.tar.gz":"546f7f8a6c70ff13a3a9d2bc958db3427298cebf3e0cb756f9177133b7068843","uv-aarch64-pc-windows-msvc.zip":"4343217d668727b8a8eb5cad92389a1d2eeead93c89940d1b955ba1bb15462eb","uv-aarch64-unknown-linux-gnu.tar.gz":"bb66cb52e7b1823aed1183630d8d8e5c958840d584a4c55ec10a4cfc168dcca2","uv-x86_64-apple-darwin.tar.gz":"4c9f52262a14da336e4a42ed24992d12d0c956acde87619e4611d321dffa602b","uv-x86_64-pc-windows-msvc.zip":"b23350c79e8ad0192b8124af13a0f17e8d4e4549524785e1aef389ae5a06990e","uv-x86_64-unknown-linux-gnu.tar.gz":"600cf9a742aca00d292673b16b5acffaa7b8c269a364ad0c2e79498dcb1fe101"},"0.12.2":{"uv-aarch64-apple-darwin.tar.gz":"fa909fea3bc06f460db79017030a221fdbc43ec4478f089cb554d8335c090817","uv-aarch64-pc-windows-msvc.zip":"dccc2bb7724c015f2a82467dee5bf4b2353a3fcdbfdfb30e0f93cdf5db2dd1df","uv-aarch64-unknown-linux-gnu.tar.gz":"19b7f1f66895261fbaa07f8ea91da0f86337ad4e47efa594e87641c1718ffc52","uv-x86_64-apple-darwin.tar.gz":"a6e6506a9109801222d65d17461abf4ed13bdecc5d2b13af0495418a82972c6b","uv-x86_64-pc-windows-msvc.zip":"01442d8ce5c7124151a73e697c836d252c6da853c18c73206d3cc4c2378a91d2","uv-x86_64-unknown-linux-gnu.tar.gz":"d66e96b5f1ca3b99806eee283a8125d33a0bd669e6e6d9bc4ab7ffda63c41bf4"}}');
;// CONCATENATED MODULE: ./src/provision/tools/uv.ts



/**
 * uv's GitHub releases, as astral-sh/setup-uv reads them: `uv-<rust target>.tar.gz` holding a folder of the
 * same name with `uv` and `uvx`; on Windows `uv-<rust target>.zip` with `uv.exe` and `uvx.exe` at its root.
 * The digests in checksums/uv.json are upstream's, taken from setup-uv's known-checksums table.
 */
const UV_CHECKSUMS = uv_namespaceObject;
/** The newest uv version whose digests are committed; the default when no version is asked for. */
const UV_DEFAULT_VERSION = newestVersion(UV_CHECKSUMS);
function uvAssetBase(platform) {
    return `uv-${(0,provision_platform/* rustTarget */.qD)(platform)}`;
}
const uvSpec = {
    name: 'uv',
    defaultBaseUrl: 'https://github.com/astral-sh/uv/releases/download',
    asset: (_version, platform) => `${uvAssetBase(platform)}${(0,provision_platform/* archiveExt */.aI)(platform)}`,
    releasePath: (version, platform) => `${version}/${uvAssetBase(platform)}${(0,provision_platform/* archiveExt */.aI)(platform)}`,
    archiveRoot: (_version, platform) => (platform.os === 'win32' ? '' : uvAssetBase(platform)),
    binaries: ['uv', 'uvx'],
    checksums: UV_CHECKSUMS,
    // `uv --version` prints e.g. "uv 0.12.16 (x86_64-unknown-linux-gnu)" or "uv 0.9.5 (d5f39331a 2025-10-21)".
    versionProbe: { args: ['--version'], pattern: /^uv (\d+\.\d+\.\d+\S*)/m },
};

;// CONCATENATED MODULE: ./src/provision/any-uv.ts



/**
 * A uv for actions that only use it to start a Python tool (lint, deptry): with `tool-source: path`, any uv on
 * PATH (outside the workspace and the project's environment on the runner); otherwise the newest verified
 * release, from the tool cache entry we verified or downloaded and checked (PyPI's wheel if GitHub is down).
 */
async function provisionAnyUv(rt, toolSource) {
    const uv = await provisionTool(uvSpec, {
        version: UV_DEFAULT_VERSION,
        runtime: rt,
        toolSource,
        accept: () => true,
        fallback: uvFromPyPI(),
    });
    rt.debug(`uv for the tools: ${describeTool(uv, 'uv')}`);
    return uv;
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ checkEntries)
/* harmony export */ });
/* unused harmony exports UnsafeArchiveError, unsafeReason */
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path_posix__WEBPACK_IMPORTED_MODULE_0__);

class UnsafeArchiveError extends Error {
    archive;
    entry;
    reason;
    constructor(archive, entry, reason) {
        super(`Refusing to extract ${archive}: entry ${JSON.stringify(entry)} ${reason}; nothing was extracted.`);
        this.archive = archive;
        this.entry = entry;
        this.reason = reason;
        this.name = 'UnsafeArchiveError';
    }
}
const segments = (p) => p.split(/[\\/]+/);
const isAbsolute = (p) => /^[\\/]/.test(p);
const hasDrive = (p) => /^[a-zA-Z]:/.test(p);
/** Where a relative path lands from the archive root, or undefined if it climbs out of it. */
function resolveInside(fromDir, target) {
    const joined = node_path_posix__WEBPACK_IMPORTED_MODULE_0__.normalize(node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join(fromDir, target.replace(/\\/g, '/')));
    return joined === '..' || joined.startsWith('../') ? undefined : joined.replace(/\/+$/, '');
}
/** Why a member may not be extracted, or undefined when it is safe. `symlinks` holds earlier symlink paths. */
function unsafeReason(entry, symlinks = new Set()) {
    const p = entry.path;
    if (p === '' || p.includes('\0'))
        return 'has an empty or NUL-containing name';
    if (isAbsolute(p))
        return 'has an absolute path';
    if (hasDrive(p))
        return 'has a drive letter';
    if (segments(p).includes('..'))
        return "has a '..' path segment";
    if (entry.type === 'device')
        return 'is a device file';
    if (entry.type === 'fifo')
        return 'is a FIFO';
    if (entry.type === 'other')
        return 'is of an unsupported kind (not a file, directory or link)';
    const clean = segments(p)
        .filter((s) => s !== '' && s !== '.')
        .join('/');
    // A member below an earlier symlink would be written wherever that link points.
    const parts = clean.split('/');
    for (let i = 1; i < parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        if (symlinks.has(prefix))
            return `lies below the symlink ${JSON.stringify(prefix)}`;
    }
    if (entry.type === 'symlink' || entry.type === 'hardlink') {
        const t = entry.linkTarget ?? '';
        if (t === '')
            return `is a ${entry.type} without a target`;
        if (isAbsolute(t) || hasDrive(t))
            return `is a ${entry.type} to the absolute path ${JSON.stringify(t)}`;
        // Symlink targets are relative to the link's folder; hard link targets to the archive root.
        const from = entry.type === 'symlink' ? node_path_posix__WEBPACK_IMPORTED_MODULE_0__.dirname(clean) : '.';
        if (resolveInside(from, t) === undefined)
            return `is a ${entry.type} whose target ${JSON.stringify(t)} escapes the destination`;
    }
    return undefined;
}
/** Throws UnsafeArchiveError on the first unsafe member; checks every member before anything is written. */
function checkEntries(archive, entries) {
    const symlinks = new Set();
    const seen = new Set();
    for (const e of entries) {
        const reason = unsafeReason(e, symlinks);
        if (reason)
            throw new UnsafeArchiveError(archive, e.path, reason);
        const key = segments(e.path)
            .filter((s) => s !== '' && s !== '.')
            .join('/');
        if (e.type === 'symlink')
            symlinks.add(key);
        if (e.type !== 'directory' && seen.has(key))
            throw new UnsafeArchiveError(archive, e.path, 'appears twice');
        seen.add(key);
    }
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ cacheVersion),
/* harmony export */   Py: () => (/* binding */ makeStagingDir),
/* harmony export */   Tp: () => (/* binding */ placeInToolCache),
/* harmony export */   zW: () => (/* binding */ findVerifiedInToolCache)
/* harmony export */ });
/* unused harmony exports toolCacheDir, toolCacheMarker, findInToolCache, verifiedMarker */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The runner's tool cache, laid out as @actions/tool-cache does it so that other actions find our tools
 * and we find theirs: `<root>/<name>/<version>/<arch>/` plus the marker file `<root>/<name>/<version>/<arch>.complete`,
 * written last, so a half-written tool is never used.
 *
 * The runner's tool cache is shared with other actions (and, on a self-hosted runner, with earlier jobs), so an
 * entry is trusted only with our own record beside it, `<arch>.pyprod-verified.json`: where the tool came
 * from, the check made, and the SHA-256 of each file we placed. Reuse re-hashes those files against it.
 */
/** A version as the tool cache spells it: no leading 'v' or '='. */
function cacheVersion(version) {
    return version.trim().replace(/^[v=]+/, '');
}
function toolCacheDir(root, name, version, arch) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, name, cacheVersion(version), arch);
}
function toolCacheMarker(root, name, version, arch) {
    return `${toolCacheDir(root, name, version, arch)}.complete`;
}
async function exists(p) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access(p);
        return true;
    }
    catch {
        return false;
    }
}
/** The tool's folder when it is cached complete, else undefined. */
async function findInToolCache(root, name, version, arch) {
    const dir = toolCacheDir(root, name, version, arch);
    if (!(await exists(toolCacheMarker(root, name, version, arch))))
        return undefined;
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(dir).catch(() => undefined);
    return st?.isDirectory() ? dir : undefined;
}
/**
 * A fresh empty folder beside the tool's cache place (same file system, so the final move is a rename).
 * Its name starts with '.' and it has no marker, so no tool-cache lookup ever takes it for a tool.
 */
async function makeStagingDir(root, name, version, arch) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(toolCacheDir(root, name, version, arch));
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(parent, { recursive: true });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(parent, `.${arch}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(dir);
    return dir;
}
function verifiedMarker(root, name, version, arch) {
    return `${toolCacheDir(root, name, version, arch)}.pyprod-verified.json`;
}
async function sha256Of(file) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(file))
        .digest('hex');
}
async function hashFiles(dir, files) {
    const out = {};
    for (const f of files)
        out[f] = await sha256Of(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, f));
    return out;
}
/**
 * The complete entry with our record, its executables unchanged since we placed them; otherwise why not
 * (no entry, no record of ours, or a file that changed), for a log line.
 */
async function findVerifiedInToolCache(root, name, version, arch, files) {
    const dir = await findInToolCache(root, name, version, arch);
    if (!dir)
        return { why: 'not in the tool cache' };
    let record;
    try {
        record = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(verifiedMarker(root, name, version, arch), 'utf8'));
    }
    catch {
        return { why: `the tool cache entry ${dir} has no verification record of ours; not trusted` };
    }
    if (record.format !== 1 || typeof record.files !== 'object' || record.files === null)
        return { why: `the tool cache entry ${dir} has an unreadable verification record; not trusted` };
    for (const f of files) {
        const want = record.files[f];
        const got = await sha256Of(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, f)).catch(() => undefined);
        if (!want || got !== want)
            return { why: `${node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, f)} is not the file that was verified (SHA-256 differs); not trusted` };
    }
    return { dir, record };
}
/**
 * Moves a finished folder into the cache place, replacing an incomplete earlier attempt, then writes the
 * marker. If another process completed the same tool meanwhile, its copy is kept and `src` removed.
 */
async function placeInToolCache(src, root, name, version, arch, verified) {
    const dir = toolCacheDir(root, name, version, arch);
    const marker = toolCacheMarker(root, name, version, arch);
    const ours = verifiedMarker(root, name, version, arch);
    const files = verified?.files ?? [];
    // Hashed before the move: the record describes the files as verified, not as found later.
    const hashes = await hashFiles(src, files);
    // Already there: kept only if it is the same verified content (an entry from other bytes is replaced).
    const done = async () => {
        if (!verified)
            return Boolean(await findInToolCache(root, name, version, arch));
        const found = await findVerifiedInToolCache(root, name, version, arch, files);
        return 'dir' in found && found.record.sha256 === verified.provenance.sha256;
    };
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir), { recursive: true });
    if (await done()) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(src, { recursive: true, force: true });
        return dir;
    }
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(marker, { force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(ours, { force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(dir, { recursive: true, force: true });
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(src, dir);
    }
    catch (err) {
        const code = err.code;
        if ((code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') && (await done())) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(src, { recursive: true, force: true });
            return dir;
        }
        if (code !== 'EXDEV')
            throw err;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp(src, dir, { recursive: true, verbatimSymlinks: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(src, { recursive: true, force: true });
    }
    if (verified) {
        const record = {
            format: 1,
            tool: name,
            version: cacheVersion(version),
            ...verified.provenance,
            files: hashes,
            placedAt: new Date().toISOString(),
        };
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(ours, `${JSON.stringify(record, null, 2)}\n`);
    }
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(marker, '');
    return dir;
}


/***/ }),

/***/ 3606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl)
/* harmony export */ });
/**
 * A URL fit for a log line or an error: user name and password removed, also from a string that is not a
 * valid URL. Kept apart from download.ts so that reading it does not load the HTTP client.
 */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (!u.username && !u.password)
            return url;
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
    }
}


/***/ })

};
