export const id = 588;
export const ids = [588];
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

/***/ 5588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UV_CHECKSUMS: () => (/* binding */ UV_CHECKSUMS),
  UV_DEFAULT_VERSION: () => (/* binding */ UV_DEFAULT_VERSION),
  uvAssetBase: () => (/* binding */ uvAssetBase),
  uvSpec: () => (/* binding */ uvSpec)
});

// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/provision/checksums/uv.json
const uv_namespaceObject = /*#__PURE__*/JSON.parse('{"0.12.16":{"uv-aarch64-apple-darwin.tar.gz":"b6e03fae61704b1aa622f12b792a69483e837b83068e44f4fd34f8a07a8f74a3","uv-aarch64-pc-windows-msvc.zip":"9977129f89c4036edfcb200d2484755571e51fa74517f02e478c1d7bcc353b2e","uv-aarch64-unknown-linux-gnu.tar.gz":"36d913ee9c647481d64f1a0a0485f85ff2feaee605c341fc22e73398f9212c26","uv-x86_64-apple-darwin.tar.gz":"a42bcc9ce97eb8b364d7f162233a9c6b8c0ee25388e551d362809795127e0c31","uv-x86_64-pc-windows-msvc.zip":"f730454bf09019754e5e5abd71a8aa18683cb739cba0d9c720bac2e7c901160f","uv-x86_64-unknown-linux-gnu.tar.gz":"8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c"},"0.12.15":{"uv-aarch64-apple-darwin.tar.gz":"dc304b9ed1b24174572290fba60ac3f6fe63c73a671f0439e62a91375841964d","uv-aarch64-pc-windows-msvc.zip":"a37c8e96cb1260488c8510b64c848533a3a82a2fdf9e905de7c2700ceebf6437","uv-aarch64-unknown-linux-gnu.tar.gz":"0e9a3499b0587d449c9ff684c0160da607826e4af1cee220bc87f378702d3e08","uv-x86_64-apple-darwin.tar.gz":"e9ca61775532368fe518ab03e7a354c7ecab8ccb3c7d941c775fcc4a362b801b","uv-x86_64-pc-windows-msvc.zip":"477bd99a84e34891f2bd4c9152ddeb74e971accccbc59c0f0301f11f08a32d46","uv-x86_64-unknown-linux-gnu.tar.gz":"f97935763c04be3e692460a7aaeaaab8fc3b78fcf8b389da820b38ae7423a638"},"0.12.14":{"uv-aarch64-apple-darwin.tar.gz":"dfed5683c5873d65eff8476eb93526059b81e5646a68305b5c94a26b29990894","uv-aarch64-pc-windows-msvc.zip":"46b930bdbb338099c7d9da711b751240eb97876eda6a553a2c28323967232041","uv-aarch64-unknown-linux-gnu.tar.gz":"7fb91bd5d10529c60723eaec3caf44726f89280e5aeed78af8fc63fcad004c9b","uv-x86_64-apple-darwin.tar.gz":"e11a70264ceca38e929ecaeed953c323e517af7b960ebf9722d5918e8c7f0375","uv-x86_64-pc-windows-msvc.zip":"02cecb254f37f3396da625680796d3990164a590fb5611d46f719ad83e7b9a89","uv-x86_64-unknown-linux-gnu.tar.gz":"18ef5c3888ae59828cb13f38d57e9389b8173ecc719eff163bfafc74b38f5936"},"0.12.13":{"uv-aarch64-apple-darwin.tar.gz":"7e6ddb9316acc00f2296c82ff4d99977870ee34b2f0ddcae9444d714db9364ed","uv-aarch64-pc-windows-msvc.zip":"1efb2654b06e7063d4ac1fc9d49a9bda9a6704d82f035b589a2751a592f14151","uv-aarch64-unknown-linux-gnu.tar.gz":"2eaa5d94f5db7b3a1a092156b9420459e42ab0217d917fe74a876309cef9b5e9","uv-x86_64-apple-darwin.tar.gz":"5e287ef61cb6a9b61b3a83fef124fd143e400468a7dac794230147a810e17119","uv-x86_64-pc-windows-msvc.zip":"a86c9dc7bad9b03f388583b7187c05fe9951c2e0d392217e8fd43d97787f6ec2","uv-x86_64-unknown-linux-gnu.tar.gz":"745765a3b6e360ad76743599ae5c42e9278c7edf8bbff9fc76d05bf2623a04dd"},"0.12.12":{"uv-aarch64-apple-darwin.tar.gz":"46740540b63fdee9a6cb2e19baf3f1f475b850c440a33e63455087a6871263f1","uv-aarch64-pc-windows-msvc.zip":"36559da51ecee83b2b1d80aa1a0ede2f80e2d9e5761fffcbb9e9366a7f3d022a","uv-aarch64-unknown-linux-gnu.tar.gz":"fe08db50cc1b56cd1da7801065ed1103d27ed3f9571cd122386cfc7faf1b8df5","uv-x86_64-apple-darwin.tar.gz":"0dc8cd6c961582b0d140b5398f96b23502885277fb3464241456a2435e460dfa","uv-x86_64-pc-windows-msvc.zip":"3d54912924c36e862c14f427d04f2ed70a99e8001d1c30caa101f6d5711626d5","uv-x86_64-unknown-linux-gnu.tar.gz":"ab9b309d4586403f024e100abaceb396616e178a553e2500c36087d180f09509"},"0.12.11":{"uv-aarch64-apple-darwin.tar.gz":"e01b69ee15e81918d5e8fc9cf39b3db7f59c5576e5e306cd9b7aeb2c7b7321c3","uv-aarch64-pc-windows-msvc.zip":"7a70f46305d28a95f913ef2888254a9f9c183a406daeeb8937134afc9ed434d2","uv-aarch64-unknown-linux-gnu.tar.gz":"e9933d907fb9cd27d606d819bbded419f2844c0e2efc98225ecfa409288eb28d","uv-x86_64-apple-darwin.tar.gz":"96d773bf5fda4f9b08c4444847f9183d1c14bc8a28ff9c0490e261a8fc6e5309","uv-x86_64-pc-windows-msvc.zip":"e94225dea91e051472847bd6d146d7d66c4f54ffcd1f106678866a99580845f9","uv-x86_64-unknown-linux-gnu.tar.gz":"4ae93e0f148a18434cc094072547cec88912fc4a72b984183c7d0d0e9586cb5e"},"0.12.10":{"uv-aarch64-apple-darwin.tar.gz":"51c6170e8e3a01cef9f33b94f582b7b81ac65046f55d40afb35f9cff5a68c179","uv-aarch64-pc-windows-msvc.zip":"ee985c51c0c9c1f82267a5d80f959b34a7ff888c109182bd3b2b35c4661bbcde","uv-aarch64-unknown-linux-gnu.tar.gz":"9ff6b9d4665edcdd3a88dcc73cd1eb641754deb927f14e8c62ebfde6bf4f5f5e","uv-x86_64-apple-darwin.tar.gz":"5296d5aa2b9143360405eea866f8ef4d5dc8986b164eb0dc35e8f876a9304d30","uv-x86_64-pc-windows-msvc.zip":"f65744f94072152b1f86ba2aace4d01f1124d9a8ecb235805039e3718c36cac2","uv-x86_64-unknown-linux-gnu.tar.gz":"173d95a0c32d18c896c46ba6fafbf3cf9c14ab74b033f81b76c883ef492a976b"},"0.12.9":{"uv-aarch64-apple-darwin.tar.gz":"301f72afaf54060f92da7016cb0115bd077f43a9c8e39c1d8170a0bac80fd398","uv-aarch64-pc-windows-msvc.zip":"d3360363a3cb671f2c854f4ef48cf4a57fe8664f8ec6a248076d68b797a8acc0","uv-aarch64-unknown-linux-gnu.tar.gz":"c36fe17937ff6bd16dc42fc13854b5465999fcab2efe0af559381e945e3c6001","uv-x86_64-apple-darwin.tar.gz":"e1ca175824f1056589ce9908f7631879ebc3c36535b5e63dc06510beb370b4c1","uv-x86_64-pc-windows-msvc.zip":"ddbfcee1ac615a0499f6aa97b5ec8ebdf3ee4a7714a48055ec2ba0030e3cf810","uv-x86_64-unknown-linux-gnu.tar.gz":"ec7a99cd05e0cd7f80243f135ce1361c76835cb0ee60055d14d20eba8eba1460"},"0.12.8":{"uv-aarch64-apple-darwin.tar.gz":"8ce083658dbff20143607ca7af8e0c1d64b6fd7bf03a5cdcb62bf3d47d991b5f","uv-aarch64-pc-windows-msvc.zip":"84b821c551802c200a32e25f9d1d960ef15e248f54f6a1bd9e1eb62934669da8","uv-aarch64-unknown-linux-gnu.tar.gz":"ba8661f4fd207c8e94814191598e619b355ac10d5014e851e21eb800f9ef2b00","uv-x86_64-apple-darwin.tar.gz":"bfcd4407de99e0a2c1904df0902fa1795653d4edd145358e6561527e746a4f16","uv-x86_64-pc-windows-msvc.zip":"e07acf3f8a29fe41f9e04b799c3325cb0e0893836bb222bf102829b45c679ad6","uv-x86_64-unknown-linux-gnu.tar.gz":"2e2b37e9811e17675a9e70bed5e1a58fc8c0388be63d751d72cc735188c149ff"},"0.12.7":{"uv-aarch64-apple-darwin.tar.gz":"127ebdda7ad953cdf198e964b570ea5771b85467ea93eb7cb6d6f8e6f55408f3","uv-aarch64-pc-windows-msvc.zip":"1611d0f4be72b0a354ad9a6ae954093dd4c91e93e36b8b490326a05a039ffe14","uv-aarch64-unknown-linux-gnu.tar.gz":"66393193038dd7eb108abd7a218d9cec04ac70ab98242b0720fa94de19223b7c","uv-x86_64-apple-darwin.tar.gz":"06b8ae1da8c2661c5434507a66f8c2b0b835933bf955b5958a9ac357a37d1959","uv-x86_64-pc-windows-msvc.zip":"bf1518af459a3915511a11fdc6e2f43ef9a2afa138b9d498eeb9642fe9d85218","uv-x86_64-unknown-linux-gnu.tar.gz":"788f18abea7c5f55d6216e4f5613fd89d4d59b631efeec117b2b07fe72f1da21"},"0.12.6":{"uv-aarch64-apple-darwin.tar.gz":"14b459d51ea2e71eeba28c45a268c922bdf8607fc6455e3f40b4e082895d160d","uv-aarch64-pc-windows-msvc.zip":"6dda514fbbe3152d980758e0f6347116060114d7d24932fc0ea5d8063f8b253a","uv-aarch64-unknown-linux-gnu.tar.gz":"d58030acd26159499ac82f32da12d1b3c12a3a1bfc414232d9082070c03e128d","uv-x86_64-apple-darwin.tar.gz":"2a26ea71bbeff1c7e12c2cc40245c96a041deff276bc921e7038e304d5d3e04c","uv-x86_64-pc-windows-msvc.zip":"df7cb9f243eae1621400d4fcf5b1b3d90f20e264ece91b64deb3b0078abca6ef","uv-x86_64-unknown-linux-gnu.tar.gz":"8681d8921e7d520fb368991dcf5f9c1905b80f5bf2a265a0ed085c8d8e342477"},"0.12.5":{"uv-aarch64-apple-darwin.tar.gz":"5bb0e5fe008a773c3dbcb97ff79cd89e1241464fe9d2f986d52ad8f1b037bd62","uv-aarch64-pc-windows-msvc.zip":"724279317fee6e5fa8ad1908e4eba2bbe764ef1ece5b3f4597927b62b1fe562a","uv-aarch64-unknown-linux-gnu.tar.gz":"9bf43b4d1a07665bf64d4c4e710930b382321a785e0eb10aac07f46471f86a31","uv-x86_64-apple-darwin.tar.gz":"b3b2137477cf96c9686ebfb71524614cec780c673fd73e59bce099aef02e70e8","uv-x86_64-pc-windows-msvc.zip":"4c4d49d8738847d9b71ba319e49a5688c93eac0fe6204b1df24e98528dddf39a","uv-x86_64-unknown-linux-gnu.tar.gz":"68a509da24b06b4223a1c0175fb5eb5bc79342b76cbeff0cfe51ac3f5b17b6b2"},"0.12.4":{"uv-aarch64-apple-darwin.tar.gz":"99a913b606194867b43086404412c1afe079547fee72ecfb6af7e7b0dd54b0c6","uv-aarch64-pc-windows-msvc.zip":"3290abffee78c30e3113f5113e26684fd057287e89124a588dcdcdd6ceec0fea","uv-aarch64-unknown-linux-gnu.tar.gz":"49d881b3403187e1f1789720881e77e4251ad4259d86c4844862657d2a35d13f","uv-x86_64-apple-darwin.tar.gz":"e603f1eb634ca97a2a125539b983891f53235e901511ed10c32c08c86e253ecd","uv-x86_64-pc-windows-msvc.zip":"4f3b7d63cd81fca0da5a655d973d20affca89ce6e5f9a29fd0183cc4204a7639","uv-x86_64-unknown-linux-gnu.tar.gz":"c8c60f47e6f88d18dbf6f33d7279fb1fbf7ae76631768152cf5578c3d65729b4"},"0.12.3":{"uv-aarch64-apple-darwin.tar.gz":"546f7f8a6c70ff13a3a9d2bc958db3427298cebf3e0cb756f9177133b7068843","uv-aarch64-pc-windows-msvc.zip":"4343217d668727b8a8eb5cad92389a1d2eeead93c89940d1b955ba1bb15462eb","uv-aarch64-unknown-linux-gnu.tar.gz":"bb66cb52e7b1823aed1183630d8d8e5c958840d584a4c55ec10a4cfc168dcca2","uv-x86_64-apple-darwin.tar.gz":"4c9f52262a14da336e4a42ed24992d12d0c956acde87619e4611d321dffa602b","uv-x86_64-pc-windows-msvc.zip":"b23350c79e8ad0192b8124af13a0f17e8d4e4549524785e1aef389ae5a06990e","uv-x86_64-unknown-linux-gnu.tar.gz":"600cf9a742aca00d292673b16b5acffaa7b8c269a364ad0c2e79498dcb1fe101"},"0.12.2":{"uv-aarch64-apple-darwin.tar.gz":"fa909fea3bc06f460db79017030a221fdbc43ec4478f089cb554d8335c090817","uv-aarch64-pc-windows-msvc.zip":"dccc2bb7724c015f2a82467dee5bf4b2353a3fcdbfdfb30e0f93cdf5db2dd1df","uv-aarch64-unknown-linux-gnu.tar.gz":"19b7f1f66895261fbaa07f8ea91da0f86337ad4e47efa594e87641c1718ffc52","uv-x86_64-apple-darwin.tar.gz":"a6e6506a9109801222d65d17461abf4ed13bdecc5d2b13af0495418a82972c6b","uv-x86_64-pc-windows-msvc.zip":"01442d8ce5c7124151a73e697c836d252c6da853c18c73206d3cc4c2378a91d2","uv-x86_64-unknown-linux-gnu.tar.gz":"d66e96b5f1ca3b99806eee283a8125d33a0bd669e6e6d9bc4ab7ffda63c41bf4"}}');
// EXTERNAL MODULE: ./src/provision/platform.ts
var provision_platform = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/provision/tools/uv.ts



/**
 * uv's GitHub releases, as astral-sh/setup-uv reads them: `uv-<rust target>.tar.gz` holding a folder of the
 * same name with `uv` and `uvx`; on Windows `uv-<rust target>.zip` with `uv.exe` and `uvx.exe` at its root.
 * The digests in checksums/uv.json are upstream's, taken from setup-uv's known-checksums table.
 */
const UV_CHECKSUMS = uv_namespaceObject;
/** The newest uv version whose digests are committed; the default when no version is asked for. */
const UV_DEFAULT_VERSION = (0,checksum/* newestVersion */.Rg)(UV_CHECKSUMS);
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


/***/ })

};
