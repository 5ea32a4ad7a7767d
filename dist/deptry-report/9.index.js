export const id = 9;
export const ids = [9];
export const modules = {

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchVerified: () => (/* binding */ fetchVerified),
/* harmony export */   placeVerified: () => (/* binding */ placeVerified),
/* harmony export */   privateWorkDir: () => (/* binding */ privateWorkDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6468);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7642);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3606);






/**
 * The one way a downloaded tool is installed, for release archives and wheels alike:
 * download → verify → place. The bytes are downloaded into a private directory of this run (0700, made with
 * mkdtemp), read into memory, hashed there, and it is that same buffer that is extracted, so nothing can
 * swap the file between the check and its use.
 */
/** A private scratch directory of this run under the runtime's temp dir (created when missing). */
async function privateWorkDir(rt, prefix) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(rt.tempDir, { recursive: true, mode: 0o700 });
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(rt.tempDir, `${prefix}-`));
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod(dir, 0o700);
    return dir;
}
/** Downloads `url` and checks the bytes in memory against `expected`; throws its mismatch error otherwise. */
async function fetchVerified(url, expected, rt, fetchOptions = {}) {
    // Loaded only when downloading: the HTTP client is much of a bundle's start-up cost.
    const { downloadFile } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 5551));
    const work = await privateWorkDir(rt, 'download');
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(work, 'asset');
        const dl = await downloadFile(url, file, { ...fetchOptions, onRetry: (m) => rt.warning(m) });
        const data = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(file);
        const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
        if (sha256 !== expected.sha256.toLowerCase())
            throw expected.mismatch(sha256);
        return { data, sha256, bytes: data.length, durationMs: dl.durationMs, url: (0,_url_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(url) };
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(work, { recursive: true, force: true });
    }
}
/** Fills a staging folder, checks the executables are there, and moves it into the tool cache with our record. */
async function placeVerified(o) {
    const staging = await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .makeStagingDir */ .Py)(o.rt.toolCacheDir, o.name, o.version, o.arch);
    try {
        const content = await o.fill(staging);
        const files = o.binaries.map((b) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .exeName */ .uu)(b, o.platform));
        for (const f of files) {
            const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(content, f)).catch(() => undefined);
            const runnable = o.platform.os === 'win32' || ((st?.mode ?? 0) & 0o111) !== 0;
            if (!st?.isFile() || !runnable)
                throw new Error(`${o.what} does not contain the executable ${f}`);
        }
        return await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .placeInToolCache */ .Tp)(content, o.rt.toolCacheDir, o.name, o.version, o.arch, {
            provenance: o.provenance,
            files,
        });
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(staging, { recursive: true, force: true });
    }
}


/***/ })

};
