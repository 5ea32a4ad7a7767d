export const id = 455;
export const ids = [455];
export const modules = {

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W4: () => (/* binding */ newestSatisfying),
/* harmony export */   Yb: () => (/* binding */ isExactVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions)
/* harmony export */ });
/* unused harmony export satisfies */
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

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   Rg: () => (/* binding */ newestVersion),
/* harmony export */   a0: () => (/* binding */ ChecksumMismatchError),
/* harmony export */   j_: () => (/* binding */ verifyChecksum),
/* harmony export */   kq: () => (/* binding */ expectedChecksum)
/* harmony export */ });
/* unused harmony exports normalizeChecksum, lookupChecksum, sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4506);




const HEX64 = /^[0-9a-f]{64}$/;
/** Accepts a 64-digit hex SHA-256, optionally prefixed `sha256:`, in any case; returns it lower-case. */
function normalizeChecksum(value, input = 'checksum') {
    const v = value
        .trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!HEX64.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, 'expected a SHA-256 digest: 64 hexadecimal digits');
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
    return [...versions].sort((a, b) => (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(b, a));
}
function newestVersion(table) {
    const v = sortVersions(Object.keys(table))[0];
    if (!v)
        throw new Error('The checksum table is empty');
    return v;
}


/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WheelDigestMismatchError: () => (/* binding */ WheelDigestMismatchError),
  expectedTags: () => (/* binding */ expectedTags),
  extractWheelScripts: () => (/* binding */ extractWheelScripts),
  parseWheelName: () => (/* binding */ parseWheelName),
  provisionFromPyPI: () => (/* binding */ provisionFromPyPI),
  selectWheel: () => (/* binding */ selectWheel),
  tagRank: () => (/* binding */ tagRank),
  uvFromPyPI: () => (/* binding */ uvFromPyPI)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/provision/archive-entries.ts
var archive_entries = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
// EXTERNAL MODULE: ./src/provision/platform.ts
var provision_platform = __webpack_require__(6468);
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

/** The index to use and where it was named: the explicit value, else the first env variable set, else PyPI. */
function resolveIndexUrl(explicit, env) {
    let from = 'index-url';
    let value = explicit?.trim();
    if (!value) {
        const name = INDEX_ENV_VARS.find((n) => (env[n] ?? '').trim() !== '');
        if (!name)
            return { url: PYPI_SIMPLE, from: 'the default' };
        from = name;
        value = (env[name] ?? '').trim();
    }
    let u;
    try {
        u = new URL(value);
    }
    catch {
        u = undefined;
    }
    if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) {
        throw new errors/* InputError */.dz(from, (0,provision_url/* redactUrl */.B)(value), 'expected an http:// or https:// URL of a simple index');
    }
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
    const [{ HttpClient }, { backoffSchedule, DEFAULT_FETCH, DownloadError, isRetryableStatus }] = await Promise.all([__webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942)), Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 5551))]);
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

// EXTERNAL MODULE: ./src/provision/tool-cache.ts
var tool_cache = __webpack_require__(7642);
;// CONCATENATED MODULE: ./src/provision/pypi-wheel.ts









/**
 * A tool from its wheel on a Python package index, for when its release host cannot be reached: some
 * projects (uv, ruff) ship their release binaries as a wheel's `<name>-<version>.data/scripts/` members.
 */
const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
const HEX64 = /^[0-9a-f]{64}$/;
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
    const versions = (0,checksum/* sortVersions */.M7)([...new Set(mine.map((c) => c.wheel.version))]);
    const seen = versions.length > 0
        ? `wheels of versions ${versions.slice(0, 10).join(', ')}${versions.length > 10 ? ', ...' : ''}`
        : `no ${project} wheels`;
    throw new Error(`${what}; it lists ${files.length} file${files.length === 1 ? '' : 's'} with ${seen}`);
}
/** A wheel whose bytes do not have the digest the index lists. */
class WheelDigestMismatchError extends checksum/* ChecksumMismatchError */.a0 {
    constructor(wheel, expected, actual, index) {
        super(wheel, expected, actual, 'table');
        this.message = `Checksum mismatch for ${wheel}: the index ${index} lists SHA-256 ${expected}, the download has ${actual}. The download was discarded.`;
    }
}
/** Writes the wheel's `*.data/scripts/<exe>` members, and nothing else, into `dest` as executables. */
async function extractWheelScripts(wheelFile, wheelName, exes, dest) {
    const { readZipMembers, zipMemberData } = await Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 3828));
    const buf = await promises_.readFile(wheelFile);
    const members = readZipMembers(buf);
    (0,archive_entries/* checkEntries */.bX)(wheelName, members);
    const wheel = parseWheelName(wheelName);
    if (!wheel)
        throw new Error(`${wheelName} is not a wheel file name (<name>-<version>-<tags>.whl)`);
    // The spec names the folder after the file name's own (escaped) name and version.
    const scripts = `${wheel.name}-${wheel.version}.data/scripts/`.toLowerCase();
    for (const exe of exes) {
        const m = members.find((e) => e.path.toLowerCase() === `${scripts}${exe.toLowerCase()}`);
        if (m?.type !== 'file') {
            const found = members.filter((e) => /^[^/]+\.data\/scripts\/[^/]+$/.test(e.path)).map((e) => e.path);
            throw new Error(`The wheel ${wheelName} has no file ${wheel.name}-${wheel.version}.data/scripts/${exe} (its scripts: ${found.join(', ') || 'none'})`);
        }
        const target = external_node_path_.join(dest, exe);
        await promises_.writeFile(target, zipMemberData(buf, m), { mode: 0o755 });
        await promises_.chmod(target, 0o755);
    }
}
function provisioned(name, version, dir, platform, source) {
    return { name, version, dir, source, bin: (b) => external_node_path_.join(dir, (0,provision_platform/* exeName */.uu)(b, platform)) };
}
async function holdsFiles(dir, names) {
    const stats = await Promise.all(names.map((n) => promises_.stat(external_node_path_.join(dir, n)).catch(() => undefined)));
    return stats.every((st) => st?.isFile());
}
/**
 * Gets a tool from its wheel: reads the project page of the simple index, picks the wheel for the exact
 * version and platform, verifies its SHA-256 against the index's digest (none listed: refused), extracts
 * only the named scripts and caches them where the release download would (`<cache>/<name>/<version>/<arch>/`).
 */
async function provisionFromPyPI(opts) {
    const rt = opts.runtime;
    const version = (0,tool_cache/* cacheVersion */.DS)(opts.version);
    if (!VERSION_RE.test(version))
        throw new errors/* InputError */.dz('version', opts.version, 'expected an exact version such as 1.2.3');
    const platform = opts.platform ?? (0,provision_platform/* currentPlatform */.jN)();
    const arch = (0,provision_platform/* toolCacheArch */.Tm)(platform);
    const name = opts.project;
    const exes = opts.binaries.map((b) => (0,provision_platform/* exeName */.uu)(b, platform));
    const cached = await (0,tool_cache/* findInToolCache */.lj)(rt.toolCacheDir, name, version, arch);
    if (cached && (await holdsFiles(cached, exes))) {
        rt.info(`Using ${name} ${version} from the tool cache at ${cached}`);
        return provisioned(name, version, cached, platform, 'tool-cache');
    }
    const index = resolveIndexUrl(opts.indexUrl, rt.env);
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
    if (!HEX64.test(expected)) {
        const other = Object.keys(file.hashes);
        throw new Error(`The index ${shownIndex} lists ${file.filename} without a SHA-256 digest${other.length ? ` (only ${other.join(', ')})` : ''}; an unverifiable binary is never run`);
    }
    if (file.yanked)
        rt.warning(`${file.filename} is yanked on ${shownIndex}; using it because version ${version} was asked for exactly`);
    await promises_.mkdir(rt.tempDir, { recursive: true });
    const work = await promises_.mkdtemp(external_node_path_.join(rt.tempDir, `pypi-${name}-`));
    let staging;
    try {
        const wheelFile = external_node_path_.join(work, 'download.whl');
        const shownUrl = (0,provision_url/* redactUrl */.B)(file.url);
        rt.info(`Downloading ${file.filename} from ${shownUrl}`);
        // Loaded only now: the HTTP client is much of a bundle's start-up cost (as in provision.ts).
        const { downloadFile } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 5551));
        const dl = await downloadFile(file.url, wheelFile, { ...opts.fetchOptions, onRetry });
        if (dl.sha256 !== expected)
            throw new WheelDigestMismatchError(file.filename, expected, dl.sha256, shownIndex);
        rt.info(`Verified SHA-256 ${dl.sha256} of ${file.filename} (${dl.bytes} bytes) against the digest on ${shownIndex}`);
        staging = await (0,tool_cache/* makeStagingDir */.Py)(rt.toolCacheDir, name, version, arch);
        await extractWheelScripts(wheelFile, file.filename, exes, staging);
        const dir = await (0,tool_cache/* placeInToolCache */.Tp)(staging, rt.toolCacheDir, name, version, arch);
        rt.info(`Cached ${name} ${version} (${exes.join(', ')} from ${file.filename}) in ${dir}`);
        return {
            ...provisioned(name, version, dir, platform, 'download'),
            sha256: dl.sha256,
            downloadMs: dl.durationMs,
            bytes: dl.bytes,
            url: shownUrl,
        };
    }
    finally {
        await promises_.rm(work, { recursive: true, force: true });
        if (staging)
            await promises_.rm(staging, { recursive: true, force: true });
    }
}
/**
 * The fallback for `provisionTool(uvSpec, { fallback: uvFromPyPI() })`: uv from its PyPI wheel (or the
 * index given or named by the environment) when its GitHub release cannot be reached.
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
    });
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ cacheVersion),
/* harmony export */   Py: () => (/* binding */ makeStagingDir),
/* harmony export */   Tp: () => (/* binding */ placeInToolCache),
/* harmony export */   lj: () => (/* binding */ findInToolCache)
/* harmony export */ });
/* unused harmony exports toolCacheDir, toolCacheMarker */
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
/**
 * Moves a finished folder into the cache place, replacing an incomplete earlier attempt, then writes the
 * marker. If another process completed the same tool meanwhile, its copy is kept and `src` removed.
 */
async function placeInToolCache(src, root, name, version, arch) {
    const dir = toolCacheDir(root, name, version, arch);
    const marker = toolCacheMarker(root, name, version, arch);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir), { recursive: true });
    if (await findInToolCache(root, name, version, arch)) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(src, { recursive: true, force: true });
        return dir;
    }
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(marker, { force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(dir, { recursive: true, force: true });
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(src, dir);
    }
    catch (err) {
        const code = err.code;
        if ((code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') &&
            (await findInToolCache(root, name, version, arch))) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(src, { recursive: true, force: true });
            return dir;
        }
        if (code !== 'EXDEV')
            throw err;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp(src, dir, { recursive: true, verbatimSymlinks: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(src, { recursive: true, force: true });
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
