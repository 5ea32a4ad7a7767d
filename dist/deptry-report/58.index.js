export const id = 58;
export const ids = [58,828];
export const modules = {

/***/ 4058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   archiveKind: () => (/* binding */ archiveKind),
/* harmony export */   extractArchive: () => (/* binding */ extractArchive),
/* harmony export */   listTar: () => (/* binding */ listTar)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8697);
/* harmony import */ var _archive_entries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1859);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);





/** The archive kind from the asset's file name. */
function archiveKind(fileName) {
    if (/\.(tar\.gz|tgz)$/i.test(fileName))
        return 'tar.gz';
    if (/\.zip$/i.test(fileName))
        return 'zip';
    throw new Error(`Cannot extract ${fileName}: only .tar.gz, .tgz and .zip archives are supported`);
}
const TAR_TYPES = {
    File: 'file',
    OldFile: 'file',
    ContiguousFile: 'file',
    Directory: 'directory',
    SymbolicLink: 'symlink',
    Link: 'hardlink',
    CharacterDevice: 'device',
    BlockDevice: 'device',
    FIFO: 'fifo',
};
/** Feeds `data` to a tar stream (lister or unpacker) and waits for it to finish or fail. */
function feed(stream, data, done) {
    return new Promise((resolve, reject) => {
        stream.once(done, () => resolve());
        stream.once('error', reject);
        stream.end(data);
    });
}
/** Lists a gzipped tar's members (long names and PAX headers applied) without writing anything. */
async function listTar(data) {
    const entries = [];
    const lister = tar__WEBPACK_IMPORTED_MODULE_2__.t({
        strict: true,
        onReadEntry(e) {
            const entry = { path: e.path, type: TAR_TYPES[e.type] ?? 'other', mode: e.mode };
            if (e.linkpath)
                entry.linkTarget = e.linkpath;
            entries.push(entry);
        },
    });
    await feed(lister, data, 'end');
    return entries;
}
async function extractTar(data, dest, name) {
    (0,_archive_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEntries */ .bX)(name, await listTar(data));
    await feed(tar__WEBPACK_IMPORTED_MODULE_2__.x({ cwd: dest, strict: true, preserveOwner: false, noChmod: false }), data, 'close');
}
async function extractZip(buf, dest, name) {
    const members = (0,_zip_js__WEBPACK_IMPORTED_MODULE_4__.readZipMembers)(buf);
    (0,_archive_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEntries */ .bX)(name, members);
    for (const m of members) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dest, ...m.path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.'));
        if (m.type === 'directory') {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(target, { recursive: true });
            continue;
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        if (m.type === 'symlink') {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.symlink(m.linkTarget ?? '', target);
        }
        else if (m.type === 'hardlink') {
            throw new Error(`${name}: zip archives cannot hold hard links (${m.path})`);
        }
        else {
            // Zips made on Windows carry no Unix mode; their files are not executable anyway.
            const mode = m.mode ? m.mode & 0o777 : 0o644;
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(target, (0,_zip_js__WEBPACK_IMPORTED_MODULE_4__.zipMemberData)(buf, m), { mode });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod(target, mode);
        }
    }
}
/**
 * Extracts an archive held in memory (the very bytes whose digest was checked) into `dest`, which must exist.
 * Every member is checked first, and the whole extraction is refused, naming the member, if any has an
 * absolute path, a drive letter, a '..' segment, is a link whose target leaves `dest`, lies below a link, or
 * is a device or FIFO.
 */
async function extractArchive(data, dest, assetName) {
    const kind = archiveKind(assetName);
    if (kind === 'zip')
        await extractZip(data, dest, assetName);
    else
        await extractTar(data, dest, assetName);
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readZipMembers: () => (/* binding */ readZipMembers),
/* harmony export */   zipMemberData: () => (/* binding */ zipMemberData)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1306);


const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function bad(why) {
    return new Error(`Not a readable zip archive: ${why}`);
}
function findEocd(buf) {
    const min = Math.max(0, buf.length - 22 - 0xffff);
    for (let i = buf.length - 22; i >= min; i--)
        if (buf.readUInt32LE(i) === EOCD)
            return i;
    throw bad('no end of central directory record');
}
function typeFromMode(mode) {
    switch (mode & 0o170000) {
        case 0o120000:
            return 'symlink';
        case 0o040000:
            return 'directory';
        case 0o100000:
        case 0:
            return 'file';
        case 0o020000:
        case 0o060000:
            return 'device';
        case 0o010000:
            return 'fifo';
        default:
            return 'other';
    }
}
/** Reads the central directory (zip64 included): names, kinds, Unix modes and where each member's data is. */
function readZipMembers(buf) {
    const eocd = findEocd(buf);
    let count = buf.readUInt16LE(eocd + 10);
    let offset = buf.readUInt32LE(eocd + 16);
    if ((count === 0xffff || offset === 0xffffffff) &&
        eocd >= 20 &&
        buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
        const z = Number(buf.readBigUInt64LE(eocd - 20 + 8));
        if (buf.readUInt32LE(z) !== EOCD64)
            throw bad('broken zip64 end record');
        count = Number(buf.readBigUInt64LE(z + 32));
        offset = Number(buf.readBigUInt64LE(z + 48));
    }
    const members = [];
    let p = offset;
    for (let n = 0; n < count; n++) {
        if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
            throw bad(`central directory entry ${n} is damaged`);
        const madeByUnix = buf.readUInt8(p + 5) === 3;
        const utf8 = (buf.readUInt16LE(p + 8) & 0x800) !== 0;
        const nameLen = buf.readUInt16LE(p + 28);
        const extraLen = buf.readUInt16LE(p + 30);
        const commentLen = buf.readUInt16LE(p + 32);
        const path = buf.subarray(p + 46, p + 46 + nameLen).toString(utf8 ? 'utf8' : 'latin1');
        const mode = madeByUnix ? buf.readUInt32LE(p + 38) >>> 16 : 0;
        let size = buf.readUInt32LE(p + 24);
        let compressedSize = buf.readUInt32LE(p + 20);
        let localOffset = buf.readUInt32LE(p + 42);
        // Zip64: the fields that overflowed are in extra field 0x0001, in this order.
        for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
            const id = buf.readUInt16LE(e);
            const len = buf.readUInt16LE(e + 2);
            if (id === 1) {
                let q = e + 4;
                const next = () => {
                    const v = Number(buf.readBigUInt64LE(q));
                    q += 8;
                    return v;
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressedSize === 0xffffffff)
                    compressedSize = next();
                if (localOffset === 0xffffffff)
                    localOffset = next();
            }
            e += 4 + len;
        }
        const isDir = path.endsWith('/') || path.endsWith('\\');
        const type = isDir ? 'directory' : typeFromMode(mode);
        const member = {
            path,
            type,
            mode: mode & 0o7777,
            method: buf.readUInt16LE(p + 10),
            crc: buf.readUInt32LE(p + 16),
            compressedSize,
            size,
            localOffset,
        };
        if (type === 'symlink')
            member.linkTarget = zipMemberData(buf, member).toString('utf8');
        members.push(member);
        p += 46 + nameLen + extraLen + commentLen;
    }
    return members;
}
/** A member's bytes: stored or deflated, checked against its size and CRC-32. */
function zipMemberData(buf, m) {
    const h = m.localOffset;
    if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL)
        throw bad(`local header of ${m.path} is damaged`);
    const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
    const raw = buf.subarray(start, start + m.compressedSize);
    if (raw.length !== m.compressedSize)
        throw bad(`${m.path} is truncated`);
    let data;
    if (m.method === 0)
        data = raw;
    else if (m.method === 8)
        data = Buffer.from((0,fflate__WEBPACK_IMPORTED_MODULE_1__/* .inflateSync */ .HM)(raw, { out: new Uint8Array(m.size) }));
    else
        throw bad(`${m.path} uses compression method ${m.method}; only stored and deflate are supported`);
    if (data.length !== m.size || (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(data) !== m.crc)
        throw bad(`${m.path} fails its size or CRC-32 check`);
    return data;
}


/***/ })

};
