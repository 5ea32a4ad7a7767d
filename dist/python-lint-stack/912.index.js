export const id = 912;
export const ids = [912];
export const modules = {

/***/ 5085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a0: () => (/* binding */ ChecksumMismatchError),
  kq: () => (/* binding */ expectedChecksum),
  Rg: () => (/* binding */ newestVersion),
  M7: () => (/* binding */ sortVersions),
  j_: () => (/* binding */ verifyChecksum)
});

// UNUSED EXPORTS: lookupChecksum, normalizeChecksum, sha256File

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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


/***/ }),

/***/ 4912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assetUrl: () => (/* binding */ assetUrl),
/* harmony export */   baseUrl: () => (/* binding */ baseUrl),
/* harmony export */   provisionTool: () => (/* binding */ provisionTool),
/* harmony export */   releaseUnreachable: () => (/* binding */ releaseUnreachable)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5462);
/* harmony import */ var _checksum_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5085);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6468);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7642);







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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('mirror', mirror, 'expected an http:// or https:// URL');
    }
    return mirror.trim().replace(/\/+$/, '');
}
function assetUrl(spec, version, platform, mirror) {
    return `${baseUrl(spec, mirror)}/${spec.releasePath(version, platform)}`;
}
function tool(spec, version, dir, source, platform) {
    return { name: spec.name, version, dir, source, bin: (name) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(name, platform)) };
}
async function isExecutable(file) {
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file).catch(() => undefined);
    if (!st?.isFile())
        return false;
    if (process.platform === 'win32')
        return true;
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/** The first copy of the spec's main binary on PATH whose reported version is accepted. */
async function findOnPath(spec, opts, platform, version) {
    const probe = spec.versionProbe;
    const main = spec.binaries[0];
    if (!probe || !main || opts.usePath === false)
        return undefined;
    const accept = opts.accept ?? ((v) => v === version);
    const dirs = (opts.runtime.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter((d) => d !== '');
    for (const dir of dirs) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(main, platform));
        if (!(await isExecutable(file)))
            continue;
        try {
            const r = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execTool */ .wc)(file, probe.args, {
                env: opts.runtime.env,
                timeoutMs: 15_000,
                maxOutputBytes: 64 * 1024,
            });
            const found = probe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
            if (found && accept(found))
                return { dir, found };
            opts.runtime.debug(`${file} reports version ${found ?? '(none)'}; not accepted`);
        }
        catch (err) {
            opts.runtime.debug(`${file} could not report its version: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
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
async function checkBinaries(spec, dir, platform, what) {
    for (const b of spec.binaries) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(b, platform));
        if (!(await isExecutable(file)))
            throw new Error(`${what} does not contain the executable ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .exeName */ .uu)(b, platform)}`);
    }
}
/**
 * Gets a tool, trying in order: a copy on PATH at an accepted version, the runner's tool cache, then the
 * release archive from upstream or the mirror, checksum-verified and safely extracted into the tool cache.
 */
async function provisionTool(spec, opts) {
    const rt = opts.runtime;
    const version = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheVersion */ .DS)(opts.version);
    if (!VERSION_RE.test(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('version', opts.version, 'expected an exact version such as 1.2.3');
    }
    const platform = opts.platform ?? (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .currentPlatform */ .jN)();
    const arch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .toolCacheArch */ .Tm)(platform);
    const onPath = await findOnPath(spec, opts, platform, version);
    if (onPath) {
        rt.info(`Using ${spec.name} ${onPath.found} found on PATH at ${onPath.dir}`);
        return tool(spec, onPath.found, onPath.dir, 'path', platform);
    }
    const cached = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .findInToolCache */ .lj)(rt.toolCacheDir, spec.name, version, arch);
    if (cached) {
        try {
            await checkBinaries(spec, cached, platform, `The tool cache entry ${cached}`);
            rt.info(`Using ${spec.name} ${version} from the tool cache at ${cached}`);
            return tool(spec, version, cached, 'tool-cache', platform);
        }
        catch (err) {
            rt.warning(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}; downloading ${spec.name} ${version} again`);
        }
    }
    // Fail on an unknown checksum before making any request.
    const asset = spec.asset(version, platform);
    const expected = (0,_checksum_js__WEBPACK_IMPORTED_MODULE_4__/* .expectedChecksum */ .kq)(spec.name, spec.checksums, version, asset, opts.checksum);
    const url = assetUrl(spec, version, platform, opts.mirror);
    // Loaded only when downloading: the HTTP client and archive readers are most of a bundle's start-up cost.
    const [{ downloadFile, redactUrl, DownloadError }, { extractArchive }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 5551)),
        Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(697), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 4058)),
    ]);
    const shown = redactUrl(url);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(rt.tempDir, { recursive: true });
    const work = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1__.join(rt.tempDir, `provision-${spec.name}-`));
    let staging;
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(work, asset);
        rt.info(`Downloading ${spec.name} ${version} from ${shown}`);
        let dl;
        try {
            dl = await downloadFile(url, file, { ...opts.fetchOptions, onRetry: (m) => rt.warning(m) });
        }
        catch (err) {
            // Only an unreachable release falls back; what was downloaded is never second-guessed.
            if (!opts.fallback || !(err instanceof DownloadError) || !releaseUnreachable(err.status))
                throw err;
            rt.warning(`${err.message}; trying the fallback source`);
            const { fallback, fetchOptions } = opts;
            return await fallback({ spec, version, platform, runtime: rt, fetchOptions, cause: err }).catch((fb) => {
                throw new Error(`${err.message}; the fallback failed too: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(fb)}`, { cause: fb });
            });
        }
        (0,_checksum_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyChecksum */ .j_)(asset, dl.sha256, expected);
        const from = expected.from === 'input' ? "the 'checksum' input" : 'the committed checksum table';
        rt.info(`Verified SHA-256 ${dl.sha256} of ${asset} (${dl.bytes} bytes) against ${from}`);
        staging = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .makeStagingDir */ .Py)(rt.toolCacheDir, spec.name, version, arch);
        await extractArchive(file, staging, asset);
        const root = spec.archiveRoot(version, platform);
        const content = root ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(staging, root) : staging;
        await checkBinaries(spec, content, platform, `The archive ${asset}${root ? ` (folder ${root}/)` : ''}`);
        const dir = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .placeInToolCache */ .Tp)(content, rt.toolCacheDir, spec.name, version, arch);
        rt.info(`Cached ${spec.name} ${version} in ${dir}`);
        return {
            ...tool(spec, version, dir, 'download', platform),
            sha256: dl.sha256,
            downloadMs: dl.durationMs,
            bytes: dl.bytes,
            url: shown,
        };
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(work, { recursive: true, force: true });
        if (staging)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(staging, { recursive: true, force: true });
    }
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


/***/ })

};
