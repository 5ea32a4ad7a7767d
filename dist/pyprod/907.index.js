export const id = 907;
export const ids = [907];
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

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   Rg: () => (/* binding */ newestVersion),
/* harmony export */   a0: () => (/* binding */ ChecksumMismatchError),
/* harmony export */   kq: () => (/* binding */ expectedChecksum)
/* harmony export */ });
/* unused harmony exports normalizeChecksum, lookupChecksum, verifyChecksum, sha256File */
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

/***/ 4912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uy: () => (/* binding */ provisionTool),
/* harmony export */   WH: () => (/* binding */ describeTool),
/* harmony export */   dq: () => (/* binding */ provisioned)
/* harmony export */ });
/* unused harmony exports baseUrl, assetUrl, defaultToolSource, releaseUnreachable */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2642);
/* harmony import */ var _checksum_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6408);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6468);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7642);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1917);







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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('mirror', mirror, 'expected an http:// or https:// URL');
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
        bin: (name) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(name, platform)),
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
    for (const c of await (0,_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .pathCandidates */ .IB)(main, opts.runtime, platform)) {
        try {
            const r = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execTool */ .wc)(c.real, probe.args, {
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
            opts.runtime.debug(`${c.file} could not report its version: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
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
    const version = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheVersion */ .DS)(opts.version);
    if (!VERSION_RE.test(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', opts.version, 'expected an exact version such as 1.2.3');
    }
    const platform = opts.platform ?? (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .currentPlatform */ .jN)();
    const arch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .toolCacheArch */ .Tm)(platform);
    const toolSource = opts.toolSource ?? defaultToolSource(rt);
    const pins = pinnedBy(opts);
    const asset = spec.asset(version, platform);
    // A pin fixes the bytes: only a copy with that very digest will do (a PATH copy has none to compare).
    const pinned = pins.length > 0 ? (0,_checksum_js__WEBPACK_IMPORTED_MODULE_3__/* .expectedChecksum */ .kq)(spec.name, spec.checksums, version, asset, opts.checksum) : undefined;
    if (toolSource === 'path' && pinned) {
        rt.info(`${pins.map((p) => `'${p}'`).join(' and ')} given: ${spec.name} is not taken from PATH`);
    }
    else if (toolSource === 'path') {
        const onPath = await findOnPath(spec, opts, platform, version);
        if (onPath) {
            const how = rt.kind === 'github'
                ? `found on PATH as ${onPath.file} (${_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_SOURCE_INPUT */ .Uy}: path), not verified by pyprod`
                : `found on PATH as ${onPath.file}, not verified by pyprod`;
            const t = provisioned(spec, onPath.found, node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(onPath.real), 'path', platform, how);
            rt.info(`Using ${describeTool(t, spec.binaries[0])}`);
            return t;
        }
        rt.info(`No ${spec.name}${opts.accept ? '' : ` ${version}`} on PATH${rt.kind === 'github' ? ' outside the workspace' : ''}; using a verified copy`);
    }
    const files = spec.binaries.map((b) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(b, platform));
    const cached = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .findVerifiedInToolCache */ .zW)(rt.toolCacheDir, spec.name, version, arch, files);
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
    const expected = pinned ?? (0,_checksum_js__WEBPACK_IMPORTED_MODULE_3__/* .expectedChecksum */ .kq)(spec.name, spec.checksums, version, asset, opts.checksum);
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
            mismatch: (actual) => new _checksum_js__WEBPACK_IMPORTED_MODULE_3__/* .ChecksumMismatchError */ .a0(asset, expected.sha256, actual, expected.from),
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
            throw new Error(`${err.message}; the fallback failed too: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(fb)}`, { cause: fb });
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
            return root ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(staging, root) : staging;
        },
    });
    const t = provisioned(spec, version, dir, 'download', platform, verification);
    rt.info(`Cached ${spec.name} ${version} in ${dir}; using ${t.bin(spec.binaries[0] ?? spec.name)}`);
    return { ...t, sha256: dl.sha256, downloadMs: dl.durationMs, bytes: dl.bytes, url: dl.url };
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
