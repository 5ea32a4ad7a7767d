export const id = 41;
export const ids = [41];
export const modules = {

/***/ 7041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provisionAnyUv: () => (/* binding */ provisionAnyUv)
/* harmony export */ });
/* harmony import */ var _provision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4912);
/* harmony import */ var _pypi_wheel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _tools_uv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5588);



/**
 * A uv for actions that only use it to start a Python tool (lint, deptry): with `tool-source: path`, any uv on
 * PATH (outside the workspace and the project's environment on the runner); otherwise the newest verified
 * release, from the tool cache entry we verified or downloaded and checked (PyPI's wheel if GitHub is down).
 */
async function provisionAnyUv(rt, toolSource) {
    const uv = await (0,_provision_js__WEBPACK_IMPORTED_MODULE_0__/* .provisionTool */ .Uy)(_tools_uv_js__WEBPACK_IMPORTED_MODULE_2__/* .uvSpec */ .bD, {
        version: _tools_uv_js__WEBPACK_IMPORTED_MODULE_2__/* .UV_DEFAULT_VERSION */ .pf,
        runtime: rt,
        toolSource,
        accept: () => true,
        fallback: (0,_pypi_wheel_js__WEBPACK_IMPORTED_MODULE_1__/* .uvFromPyPI */ .Q4)(),
    });
    rt.debug(`uv for the tools: ${(0,_provision_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTool */ .WH)(uv, 'uv')}`);
    return uv;
}


/***/ })

};
