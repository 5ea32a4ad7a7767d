export const id = 391;
export const ids = [391];
export const modules = {

/***/ 8391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/actions/license-gate/aliases.ts
var aliases = __webpack_require__(7329);
// EXTERNAL MODULE: ./src/actions/license-gate/spdx.ts + 1 modules
var spdx = __webpack_require__(7982);
;// CONCATENATED MODULE: ./src/actions/license-gate/classifiers.ts

/** The part after "License :: " (and "OSI Approved :: "), as in trove-classifiers 2026.9. */
const CLASSIFIERS = {
    'Aladdin Free Public License (AFPL)': 'Aladdin',
    'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0',
    'CeCILL-B Free Software License Agreement (CECILL-B)': 'CECILL-B',
    'CeCILL-C Free Software License Agreement (CECILL-C)': 'CECILL-C',
    'Eiffel Forum License (EFL)': ['other', 'Eiffel Forum License'],
    'Free For Educational Use': ['other', 'Free For Educational Use'],
    'Free For Home Use': ['other', 'Free For Home Use'],
    'Free To Use But Restricted': ['other', 'Free To Use But Restricted'],
    'Free for non-commercial use': ['other', 'Free for non-commercial use'],
    'Freely Distributable': ['other', 'Freely Distributable'],
    Freeware: ['other', 'Freeware'],
    'GUST Font License 1.0': ['other', 'GUST Font License 1.0'],
    'GUST Font License 2006-09-30': ['other', 'GUST Font License 2006-09-30'],
    'Netscape Public License (NPL)': ['other', 'Netscape Public License'],
    'Nokia Open Source License (NOKOS)': 'Nokia',
    'Academic Free License (AFL)': ['afl', 'Academic Free License'],
    'Apache Software License': ['apache', 'Apache Software License'],
    'Apple Public Source License': ['other', 'Apple Public Source License'],
    'Artistic License': ['other', 'Artistic License'],
    'Attribution Assurance License': 'AAL',
    'BSD License': ['bsd', 'BSD License'],
    'Blue Oak Model License (BlueOak-1.0.0)': 'BlueOak-1.0.0',
    'Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
    'CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)': 'CECILL-2.1',
    'CMU License (MIT-CMU)': 'MIT-CMU',
    'Common Development and Distribution License 1.0 (CDDL-1.0)': 'CDDL-1.0',
    'Common Public License': 'CPL-1.0',
    'Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
    'Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
    'Educational Community License, Version 2.0 (ECL-2.0)': 'ECL-2.0',
    'Eiffel Forum License': ['other', 'Eiffel Forum License'],
    'European Union Public Licence 1.0 (EUPL 1.0)': 'EUPL-1.0',
    'European Union Public Licence 1.1 (EUPL 1.1)': 'EUPL-1.1',
    'European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
    'GNU Affero General Public License v3': ['agpl', 'AGPLv3'],
    'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
    'GNU Free Documentation License (FDL)': ['other', 'GNU Free Documentation License'],
    'GNU General Public License (GPL)': ['gpl', 'GPL'],
    'GNU General Public License v2 (GPLv2)': ['gpl', 'GPLv2'],
    'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'GNU General Public License v3 (GPLv3)': ['gpl', 'GPLv3'],
    'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'GNU Lesser General Public License v2 (LGPLv2)': ['lgpl', 'LGPLv2'],
    'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'GNU Lesser General Public License v3 (LGPLv3)': ['lgpl', 'LGPLv3'],
    'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'GNU Library or Lesser General Public License (LGPL)': ['lgpl', 'LGPL'],
    'Historical Permission Notice and Disclaimer (HPND)': 'HPND',
    'IBM Public License': 'IPL-1.0',
    'ISC License (ISCL)': 'ISC',
    'MIT License': 'MIT',
    'MIT No Attribution License (MIT-0)': 'MIT-0',
    'MirOS License (MirOS)': 'MirOS',
    'Motosoto License': 'Motosoto',
    'Mozilla Public License 1.0 (MPL)': 'MPL-1.0',
    'Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
    'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'Mulan Permissive Software License v2 (MulanPSL-2.0)': 'MulanPSL-2.0',
    'NASA Open Source Agreement v1.3 (NASA-1.3)': 'NASA-1.3',
    'Nethack General Public License': 'NGPL',
    'Nokia Open Source License': 'Nokia',
    'Open Group Test Suite License': 'OGTSL',
    'Open Software License 3.0 (OSL-3.0)': 'OSL-3.0',
    'PostgreSQL License': 'PostgreSQL',
    'Python License (CNRI Python License)': 'CNRI-Python',
    'Python Software Foundation License': ['python', 'Python Software Foundation License'],
    'Qt Public License (QPL)': 'QPL-1.0',
    'Ricoh Source Code Public License': 'RSCPL',
    'SIL Open Font License 1.1 (OFL-1.1)': 'OFL-1.1',
    'Sleepycat License': 'Sleepycat',
    'Sun Public License': ['other', 'Sun Public License'],
    'The Unlicense (Unlicense)': 'Unlicense',
    'Universal Permissive License (UPL)': 'UPL-1.0',
    'University of Illinois/NCSA Open Source License': 'NCSA',
    'Vovida Software License 1.0': 'VSL-1.0',
    'W3C License': 'W3C',
    'Zero-Clause BSD (0BSD)': '0BSD',
    'Zope Public License': ['other', 'Zope Public License'],
    'zlib/libpng License': 'Zlib',
    'Other/Proprietary License': ['proprietary', 'Other/Proprietary License'],
    'Public Domain': ['public', 'Public Domain'],
    'Repoze Public License': ['other', 'Repoze Public License'],
};
/** Classifiers that are about licences but name none. */
const SAYS_NOTHING = new Set(['OSI Approved', 'DFSG approved']);
/**
 * The licence a Trove classifier names; undefined for a classifier that is not about a licence or names
 * none ("License :: OSI Approved"). A licence classifier newer than this table gives its parenthesised
 * SPDX id when it has one, else the family `other` under its own name.
 */
function classifierLicense(classifier) {
    const parts = classifier.split('::').map((p) => p.trim());
    if (parts[0] !== 'License' || parts.length < 2)
        return undefined;
    const name = parts.slice(parts[1] === 'OSI Approved' && parts.length > 2 ? 2 : 1).join(' :: ');
    if (SAYS_NOTHING.has(name))
        return undefined;
    const target = CLASSIFIERS[name];
    if (typeof target === 'string')
        return (0,spdx/* spdxLeaf */.wM)(target);
    if (target)
        return (0,spdx/* familyLeaf */.RK)(target[0], target[1]);
    const inParens = /\(([^)]+)\)\s*$/.exec(name)?.[1];
    const id = inParens ? (0,spdx/* canonicalLicenseId */.hU)(inParens) : undefined;
    return id ? (0,spdx/* spdxLeaf */.wM)(id) : (0,spdx/* familyLeaf */.RK)('other', name);
}
/**
 * The licence the classifiers give together. Several licence classifiers are read as alternatives (OR), as
 * licensecheck and pip-licenses read them: that is how dual-licensed projects list their licences.
 */
function classifiersLicense(classifiers) {
    const used = [];
    const found = [];
    for (const c of classifiers) {
        const leaf = classifierLicense(c);
        if (!leaf)
            continue;
        used.push(c);
        found.push(leaf);
    }
    const expression = (0,spdx/* combine */.kg)('or', found);
    return expression ? { expression, classifiers: used } : undefined;
}

// EXTERNAL MODULE: ./src/actions/license-gate/license-text.ts
var license_text = __webpack_require__(6352);
;// CONCATENATED MODULE: ./src/actions/license-gate/license-files.ts




/**
 * Licence files of an installed distribution: `*.dist-info/licenses/**` (PEP 639) and, from wheels built
 * before PEP 639, `LICENSE*`, `LICENCE*` and `COPYING*` at the dist-info root. NOTICE, AUTHORS and
 * CONTRIBUTORS files are not licences and are skipped.
 */
const ROOT_LICENSE = /^(licen[cs]e|copying)/i;
const NOT_A_LICENSE = /^(notice|authors?|contributors?)\b/i;
const MAX_FILES = 64;
const MAX_DEPTH = 4;
const MAX_BYTES = 256 * 1024;
async function walk(dir, rel, depth, out) {
    let entries;
    try {
        entries = await promises_.readdir(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (out.length >= MAX_FILES)
            return;
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory() && depth < MAX_DEPTH)
            await walk(external_node_path_.join(dir, e.name), r, depth + 1, out);
        else if (e.isFile() && !NOT_A_LICENSE.test(e.name))
            out.push(r);
    }
}
/**
 * The licence files of a dist-info directory, as paths relative to it (`licenses/LICENSE`, `COPYING`),
 * sorted. `licenseFileHeaders` are the METADATA `License-File` values, which may name root files with
 * other names.
 */
async function findLicenseFiles(distInfo, licenseFileHeaders = []) {
    const found = [];
    await walk(external_node_path_.join(distInfo, 'licenses'), 'licenses', 0, found);
    let rootEntries = [];
    try {
        rootEntries = await promises_.readdir(distInfo, { withFileTypes: true });
    }
    catch {
        /* no dist-info: no files */
    }
    const rootFiles = new Set(rootEntries.filter((e) => e.isFile()).map((e) => e.name));
    for (const name of rootFiles)
        if (ROOT_LICENSE.test(name))
            found.push(name);
    for (const h of licenseFileHeaders) {
        const rel = h.replace(/\\/g, '/');
        if (rel.includes('..') || external_node_path_.isAbsolute(rel) || NOT_A_LICENSE.test(external_node_path_.posix.basename(rel)))
            continue;
        if (found.includes(`licenses/${rel}`))
            continue;
        if (!rel.includes('/') && rootFiles.has(rel))
            found.push(rel);
    }
    return [...new Set(found)].sort();
}
async function readHead(file) {
    const handle = await promises_.open(file, 'r');
    try {
        const buf = Buffer.alloc(MAX_BYTES);
        const { bytesRead } = await handle.read(buf, 0, MAX_BYTES, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Reads and recognises the licence files. The licences of several files all apply (AND: a project and
 * what it bundles), unless one file says they are alternatives, as packaging's and sniffio's LICENSE do.
 */
async function readLicenseFiles(distInfo, licenseFileHeaders = []) {
    const rels = await findLicenseFiles(distInfo, licenseFileHeaders);
    const files = await Promise.all(rels.map(async (file) => {
        const text = await readHead(external_node_path_.join(distInfo, file));
        return { file, licenses: (0,license_text/* recognizeLicenseText */.Dz)(text), either: (0,license_text/* saysEitherLicense */.xl)(text) };
    }));
    const perFile = files
        .map((f) => (0,spdx/* combine */.kg)('and', f.licenses))
        .filter((e) => e !== undefined);
    const expression = (0,spdx/* combine */.kg)(files.some((f) => f.either) ? 'or' : 'and', perFile);
    return expression ? { expression, files } : { files };
}
/** One evidence line per file: `licenses/LICENSE.BSD: BSD-2-Clause text`. */
function describeLicenseFiles(files) {
    return files.map((f) => {
        if (f.licenses.length === 0)
            return `${f.file}: ${f.either ? 'says the other files are alternatives' : 'no licence recognised'}`;
        const what = (0,spdx/* formatExpression */.KY)((0,spdx/* combine */.kg)('and', f.licenses));
        return `${f.file}: ${what} text`;
    });
}

;// CONCATENATED MODULE: ./src/actions/license-gate/metadata.ts






/**
 * Core metadata (`*.dist-info/METADATA`): RFC 822-style headers, a header continued on lines that start
 * with white space, then a blank line and the description, which is not read.
 */
class CoreMetadata {
    fields = new Map();
    add(name, value) {
        const key = name.toLowerCase();
        const list = this.fields.get(key);
        if (list)
            list.push(value);
        else
            this.fields.set(key, [value]);
    }
    /** The first value of a header (names are case-insensitive). */
    get(name) {
        return this.fields.get(name.toLowerCase())?.[0];
    }
    getAll(name) {
        return this.fields.get(name.toLowerCase()) ?? [];
    }
}
function parseMetadata(text) {
    const md = new CoreMetadata();
    let name;
    let value = '';
    const flush = () => {
        if (name !== undefined)
            md.add(name, value.trimEnd());
        name = undefined;
    };
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line)) {
            // A continuation: setuptools indents it by 8 spaces, some tools by 7 spaces and "|".
            if (name !== undefined)
                value += `\n${line.replace(/^ {7}\||^[ \t]{1,8}/, '')}`;
            continue;
        }
        flush();
        const m = /^([A-Za-z0-9][A-Za-z0-9_-]*):[ \t]?(.*)$/.exec(line);
        if (m) {
            name = m[1];
            value = m[2];
        }
    }
    flush();
    return md;
}
async function readMetadata(distInfo) {
    return parseMetadata(await promises_.readFile(external_node_path_.join(distInfo, 'METADATA'), 'utf8'));
}
function shortValue(value) {
    const first = value.split('\n', 1)[0].trim();
    const cut = first.length > 80 ? `${first.slice(0, 80)}…` : first;
    return value.length > cut.length
        ? `${JSON.stringify(cut)} … (${value.length} characters)`
        : JSON.stringify(cut);
}
function resolved(source, expression, evidence, fieldReading) {
    const r = {
        source,
        expression,
        text: (0,spdx/* formatExpression */.KY)(expression),
        families: (0,spdx/* familiesOf */.m6)(expression),
        evidence,
    };
    if (fieldReading)
        r.fieldReading = fieldReading;
    return r;
}
/**
 * The licence of an installed distribution, from the first source that names one: `License-Expression`
 * (PEP 639), the `License` field, Trove classifiers, then licence files. Nothing here runs Python or
 * touches the network.
 */
async function resolveLicense(distInfo, md) {
    const evidence = [];
    const exprText = md.get('License-Expression')?.trim();
    if (exprText) {
        try {
            const expression = (0,spdx/* parseSpdx */.NB)(exprText);
            evidence.push(`License-Expression: ${exprText}`);
            const unlisted = (0,spdx/* leaves */.FQ)(expression).filter((l) => l.id && !(0,spdx/* canonicalLicenseId */.hU)(l.id) && !(0,spdx/* isLicenseRef */.PR)(l.id));
            if (unlisted.length) {
                evidence.push(`not on the SPDX licence list: ${unlisted.map((l) => l.id).join(', ')}`);
            }
            return resolved('expression', expression, evidence);
        }
        catch (err) {
            if (!(err instanceof spdx/* SpdxParseError */.vz))
                throw err;
            evidence.push(`License-Expression: ${JSON.stringify(exprText)} is not valid SPDX (${err.detail})`);
        }
    }
    const field = md.get('License')?.trim();
    if (field) {
        const reading = (0,aliases/* resolveLicenseField */.OV)(field);
        if (reading) {
            const note = reading.how === 'text' ? ' (licence text)' : '';
            evidence.push(`License: ${shortValue(field)}${note}`);
            return resolved('field', reading.expression, evidence, reading.how);
        }
        evidence.push(`License: ${shortValue(field)} (not recognised)`);
    }
    const fromClassifiers = classifiersLicense(md.getAll('Classifier'));
    if (fromClassifiers) {
        for (const c of fromClassifiers.classifiers)
            evidence.push(`Classifier: ${c}`);
        return resolved('classifier', fromClassifiers.expression, evidence);
    }
    const files = await readLicenseFiles(distInfo, md.getAll('License-File'));
    evidence.push(...describeLicenseFiles(files.files));
    if (files.expression)
        return resolved('file', files.expression, evidence);
    if (!exprText && !field)
        evidence.push('no License-Expression and no License field');
    evidence.push('no licence classifier');
    if (files.files.length === 0)
        evidence.push('no licence file in the dist-info directory');
    return { text: 'unknown', families: ['unknown'], evidence };
}

// EXTERNAL MODULE: ./src/actions/license-gate/policy.ts
var license_gate_policy = __webpack_require__(5819);
;// CONCATENATED MODULE: ./src/actions/license-gate/environment.ts





const isDir = (p) => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
/**
 * `Lib/site-packages` on Windows, `lib/python3.X/site-packages` (or `lib/pypy3.X/...`, `python3.13t` for
 * free-threaded builds) elsewhere.
 */
function sitePackagesOf(root) {
    const found = [];
    const win = external_node_path_.join(root, 'Lib', 'site-packages');
    if (isDir(win))
        found.push(win);
    const lib = external_node_path_.join(root, 'lib');
    if (isDir(lib)) {
        for (const name of external_node_fs_.readdirSync(lib).sort()) {
            const sp = external_node_path_.join(lib, name, 'site-packages');
            if (/^(python|pypy)\d/.test(name) && isDir(sp) && !found.includes(sp))
                found.push(sp);
        }
    }
    return found;
}
function findEnvironment(opts) {
    const explicit = opts.venv?.trim();
    let root;
    let foundBy;
    if (explicit) {
        root = external_node_path_.resolve(opts.workingDirectory, explicit);
        foundBy = 'input';
        if (!isDir(root))
            throw new errors/* InputError */.dz('venv', explicit, `a directory holding a virtual environment; ${root} does not exist`);
    }
    else if (opts.env.VIRTUAL_ENV && isDir(opts.env.VIRTUAL_ENV)) {
        root = external_node_path_.resolve(opts.env.VIRTUAL_ENV);
        foundBy = 'VIRTUAL_ENV';
    }
    else {
        root = external_node_path_.resolve(opts.workingDirectory, '.venv');
        foundBy = '.venv';
        if (!isDir(root)) {
            throw new Error(`No Python environment to read: the venv input is empty, VIRTUAL_ENV is not set, and ${root} does not exist. ` +
                'Run uv sync first (setup-uv-cached does), or set venv.');
        }
    }
    const sitePackages = sitePackagesOf(root);
    if (sitePackages.length === 0) {
        const msg = `${root} has neither lib/python3.X/site-packages nor Lib/site-packages`;
        if (foundBy === 'input')
            throw new errors/* InputError */.dz('venv', explicit, `a virtual environment; ${msg}`);
        throw new Error(`${msg}; is it a virtual environment?`);
    }
    return { root, foundBy, sitePackages };
}
/** Every `*.dist-info` with a METADATA file in the site-packages directories, sorted by name. */
async function listDistributions(sitePackages) {
    const dirs = sitePackages.flatMap((sp) => external_node_fs_.readdirSync(sp, { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name.endsWith('.dist-info'))
        .map((e) => external_node_path_.join(sp, e.name)));
    const dists = await Promise.all(dirs.map(async (distInfo) => {
        let metadata;
        try {
            metadata = await readMetadata(distInfo);
        }
        catch {
            return undefined; // an interrupted install leaves a dist-info without METADATA
        }
        const fromDir = /^(.+?)-([^-]+)\.dist-info$/.exec(external_node_path_.basename(distInfo));
        const name = metadata.get('Name') ?? fromDir?.[1] ?? external_node_path_.basename(distInfo);
        const version = metadata.get('Version') ?? fromDir?.[2] ?? '';
        return { name, key: (0,license_gate_policy/* normalizePackageName */.NX)(name), version, distInfo, metadata };
    }));
    return dists
        .filter((d) => d !== undefined)
        .sort((a, b) => a.key.localeCompare(b.key));
}

// EXTERNAL MODULE: ./src/actions/license-gate/lock-graph.ts
var lock_graph = __webpack_require__(3383);
;// CONCATENATED MODULE: ./src/actions/license-gate/check.ts







const ORDER = { fail: 0, unknown: 1, pass: 2, ignored: 3 };
function sortReports(reports) {
    return reports.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.key.localeCompare(b.key));
}
function countReports(reports) {
    const n = (v) => reports.filter((r) => r.verdict === v).length;
    return {
        packages: reports.length,
        incompatible: reports.filter((r) => r.incompatible).length,
        failed: n('fail'),
        unknown: n('unknown'),
        ignored: n('ignored'),
        passed: n('pass'),
    };
}
async function judge(dist, policy, req, counted) {
    const license = await resolveLicense(dist.distInfo, dist.metadata);
    const j = (0,license_gate_policy/* judgePackage */.EP)(policy, dist.name, license);
    const report = {
        name: dist.name,
        key: dist.key,
        version: dist.version,
        distInfo: dist.distInfo,
        license,
        verdict: j.verdict,
        reason: j.reason,
        incompatible: j.incompatible,
        scope: req?.scope ?? 'unlocked',
        chain: req?.chain ?? [],
        requiredBy: req?.requiredBy ?? [],
        counted,
    };
    if (req)
        report.origin = req.origin;
    return report;
}
async function checkLicenses(opts) {
    const started = external_node_perf_hooks_.performance.now();
    const environment = findEnvironment({
        venv: opts.venv,
        workingDirectory: opts.workingDirectory,
        env: opts.env,
    });
    const lockFile = external_node_path_.join(opts.workingDirectory, 'uv.lock');
    const graph = external_node_fs_.existsSync(lockFile) ? await (0,lock_graph/* readLockGraph */.uF)(lockFile) : undefined;
    const groups = (0,lock_graph/* parseGroups */.Oo)(opts.groups ?? '', graph);
    const classes = graph ? (0,lock_graph/* classifyPackages */.A6)(graph, groups) : undefined;
    const dists = await listDistributions(environment.sitePackages);
    const projects = new Set(graph?.projects ?? []);
    const packages = [];
    const notInLock = [];
    const excluded = [];
    for (const dist of dists) {
        if (projects.has(dist.key))
            continue; // the project itself, installed editable
        const req = classes?.get(dist.key);
        if (!classes)
            packages.push(judge(dist, opts.policy, undefined, true));
        else if (!req)
            notInLock.push(judge(dist, opts.policy, undefined, groups.all));
        else if (req.selected)
            packages.push(judge(dist, opts.policy, req, true));
        else
            excluded.push({
                name: dist.name,
                version: dist.version,
                scope: 'dev',
                groups: req.groups,
                chain: req.chain,
            });
    }
    const installed = new Set(dists.map((d) => d.key));
    const notInstalled = classes
        ? [...classes]
            .filter(([name, r]) => r.selected && !installed.has(name))
            .map(([name]) => name)
            .sort()
        : [];
    const counted = sortReports(await Promise.all(packages));
    const extra = sortReports(await Promise.all(notInLock));
    const all = groups.all ? sortReports([...counted, ...extra]) : counted;
    const result = {
        environment,
        projects: [...projects],
        groups,
        packages: all,
        excluded,
        notInLock: extra,
        notInstalled,
        counts: countReports(all),
        durationMs: external_node_perf_hooks_.performance.now() - started,
    };
    if (graph)
        result.lockFile = lockFile;
    return result;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/inputs.ts



function loadInputs(r, rt) {
    return {
        // The policy readers validate every word and glob, naming the input on error.
        policy: (0,license_gate_policy/* buildPolicy */.vh)({
            onlyLicenses: r.string('only-licenses', license_gate_policy/* DEFAULT_ONLY_LICENSES */.il),
            failLicenses: r.string('fail-licenses', license_gate_policy/* DEFAULT_FAIL_LICENSES */.Gi),
            ignorePackages: r.string('ignore-packages', ''),
            failPackages: r.string('fail-packages', ''),
        }),
        groups: r.string('groups', ''),
        venv: r.string('venv'),
        workingDirectory: external_node_path_.resolve(rt.workspace, r.string('working-directory', '.')),
        showOnlyFailing: r.bool('show-only-failing', false),
        zero: r.bool('zero', true),
        report: (0,inputs/* loadReportInputs */.c)(r),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/pyproject-lines.ts + 1 modules
var pyproject_lines = __webpack_require__(4013);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/license-gate/report.ts






const VERDICT_LABEL = {
    fail: '❌ fail',
    unknown: '❓ unknown',
    pass: '✅ pass',
    ignored: '➖ ignored',
};
const SOURCE_LABEL = {
    expression: 'License-Expression',
    field: 'License field',
    classifier: 'classifier',
    file: 'licence file',
};
function chainText(p) {
    if (p.chain.length > 1)
        return p.chain.join(' → ');
    if (p.scope === 'unlocked')
        return 'not in uv.lock';
    return 'direct dependency';
}
function row(p) {
    const source = p.license.source ? (SOURCE_LABEL[p.license.source] ?? p.license.source) : 'none found';
    return [
        (0,markdown/* code */.aY)(p.name),
        (0,markdown/* escapeCell */.kq)(p.version),
        (0,markdown/* escapeCell */.kq)(p.license.text),
        (0,markdown/* escapeCell */.kq)(source),
        (0,markdown/* escapeCell */.kq)(p.license.families.join(', ')),
        VERDICT_LABEL[p.verdict],
        (0,markdown/* escapeCell */.kq)(p.reason),
        (0,markdown/* escapeCell */.kq)(chainText(p)),
    ];
}
const HEADERS = ['package', 'version', 'licence', 'from', 'family', 'verdict', 'why', 'required by'];
/**
 * One finding per incompatible package, on the pyproject.toml line that declares the direct dependency
 * bringing it in (the place to act), or on pyproject.toml itself when that line cannot be found.
 */
function licenseFindings(result, projectDir, workspace, zero) {
    const pyproject = external_node_path_.join(projectDir, 'pyproject.toml');
    const lines = external_node_fs_.existsSync(pyproject)
        ? (0,pyproject_lines/* findDependencyLines */.Wn)(external_node_fs_.readFileSync(pyproject, 'utf8'))
        : new Map();
    const rel = external_node_path_.relative(workspace, pyproject).split(external_node_path_.sep).join('/');
    return result.packages
        .filter((p) => p.incompatible)
        .map((p) => {
        const direct = p.chain[0] ?? p.name;
        const where = lines.get((0,license_gate_policy/* normalizePackageName */.NX)(direct));
        const via = p.chain.length > 1 ? ` (required by ${p.chain.join(' → ')})` : '';
        const finding = {
            tool: 'license-gate',
            rule: p.verdict === 'unknown' ? 'unknown-license' : 'incompatible-license',
            severity: zero ? 'error' : 'warning',
            message: `${p.name} ${p.version}: ${p.license.text}${via}. ${p.reason}`,
            // The licence, not the version: a version bump under the same licence stays accepted in a baseline.
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`license-gate\0${p.key}\0${p.license.text}`).digest('hex'),
            data: { package: p.name, version: p.version, license: p.license.text, verdict: p.verdict },
        };
        if (external_node_fs_.existsSync(pyproject))
            finding.file = rel;
        if (where)
            finding.line = where.line;
        return finding;
    });
}
function buildReport(result, findings, opts) {
    const c = result.counts;
    const failing = result.packages.filter((p) => p.incompatible);
    const rest = result.packages.filter((p) => !p.incompatible);
    const verdict = c.incompatible === 0 ? 'pass' : opts.zero ? 'fail' : 'warn';
    const headline = c.incompatible === 0
        ? `all ${c.packages} packages have licences the policy allows`
        : `${c.incompatible} of ${c.packages} packages are incompatible (${c.failed} failing, ${c.unknown} unknown)`;
    const sections = [];
    if (failing.length)
        sections.push({ title: 'Incompatible packages', markdown: (0,markdown/* table */.tp)(HEADERS, failing.map(row)) });
    if (!opts.showOnlyFailing && rest.length) {
        sections.push({
            title: `All other packages (${rest.length})`,
            markdown: (0,markdown/* table */.tp)(HEADERS, rest.map(row)),
            collapsed: true,
        });
    }
    const notes = [];
    const groups = result.groups.all
        ? 'all groups'
        : result.groups.groups.length
            ? `runtime + ${result.groups.groups.join(', ')}`
            : 'runtime dependencies';
    notes.push(`Environment ${(0,markdown/* code */.aY)(result.environment.root)} (found by ${result.environment.foundBy}); counted: ${groups}${result.lockFile ? ', per uv.lock' : ' (no uv.lock: every installed package)'}; ${Math.round(result.durationMs)} ms.`);
    if (result.excluded.length)
        notes.push(`${result.excluded.length} dev-only packages not counted (use \`groups: all\` to include them).`);
    if (result.notInLock.length && !result.groups.all) {
        notes.push(`Installed but not in uv.lock (judged, not counted): ${result.notInLock.map((p) => `${(0,markdown/* code */.aY)(p.name)} (${VERDICT_LABEL[p.verdict]})`).join(', ')}.`);
    }
    if (result.notInstalled.length)
        notes.push(`In uv.lock but not installed: ${result.notInstalled.map(markdown/* code */.aY).join(', ')}.`);
    sections.push({ title: 'Scope', markdown: notes.map((n) => `- ${n}`).join('\n') });
    if (failing.length) {
        sections.push({
            title: 'How to fix',
            markdown: (0,markdown/* details */.zH)('Options', [
                '- Replace or drop the dependency that brings the package in (the annotation marks its line in pyproject.toml).',
                '- If its licence is acceptable for how you ship, add the family to `only-licenses`, or the package to `ignore-packages` with a reason: `name  # reason`.',
                "- For an unknown licence, check the project's repository and list it in `ignore-packages` with what you found.",
            ].join('\n')),
        });
    }
    return {
        action: 'license-gate',
        title: 'Licences',
        verdict,
        headline,
        findings,
        sections,
        toolRuns: [
            {
                tool: 'license-gate',
                findings: findings.length,
                durationMs: Math.round(result.durationMs),
                exitCode: 0,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/definition.ts




async function main(i, rt) {
    const result = await checkLicenses({
        workingDirectory: i.workingDirectory,
        venv: i.venv,
        env: rt.env,
        policy: i.policy,
        groups: i.groups,
    });
    const findings = licenseFindings(result, i.workingDirectory, rt.workspace, i.zero);
    const report = buildReport(result, findings, { zero: i.zero, showOnlyFailing: i.showOnlyFailing });
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, i.report, { commentKey: 'licenses' });
    rt.setOutput('packages', result.counts.packages);
    rt.setOutput('incompatible', result.counts.incompatible);
    rt.setOutput('unknown', result.counts.unknown);
    const blocking = published.newFindings.length;
    if (i.zero && blocking > 0) {
        const names = published.newFindings.map((f) => f.data?.package).join(', ');
        throw new Error(`license-gate: ${blocking} incompatible package${blocking === 1 ? '' : 's'}: ${names}`);
    }
}
const definition = {
    name: 'license-gate',
    command: 'licenses',
    description: 'Check the licences of the installed dependencies against an allow/deny policy, offline',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ah: () => (/* binding */ findDependencyDeclarations),
  Wn: () => (/* binding */ findDependencyLines),
  xV: () => (/* binding */ requirementName)
});

// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/core/toml-scan.ts
/**
 * A TOML scanner that reports WHERE things are: table headers, keys and the strings of arrays, each with its
 * full key path and its 1-based line and column. smol-toml (and every TOML parser we could use) gives values
 * but no positions, and a line-by-line search is fooled by multi-line arrays, comments, quoted and dotted
 * keys, and strings that hold `]`, `#` or `=`. This walks the TOML grammar instead; it does not build values
 * and does not check everything a full parser checks (duplicate keys, date formats).
 */
class TomlSyntaxError extends Error {
}
const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\',
};
class Scanner {
    text;
    pos = 0;
    events = [];
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
    }
    where(pos) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: pos - this.lineStarts[lo] + 1 };
    }
    fail(what) {
        const { line, column } = this.where(this.pos);
        throw new TomlSyntaxError(`${what} at line ${line}, column ${column}`);
    }
    peek(n = 0) {
        return this.text[this.pos + n];
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    /** Spaces, comments and newlines: what may separate array elements or statements. */
    skipBlank() {
        for (;;) {
            this.skipSpaces();
            const c = this.peek();
            if (c === '#')
                while (this.pos < this.text.length && this.peek() !== '\n')
                    this.pos++;
            else if (c === '\n' || c === '\r')
                this.pos++;
            else
                return;
        }
    }
    endOfLine() {
        this.skipSpaces();
        if (this.peek() === '#')
            while (this.pos < this.text.length && this.peek() !== '\n')
                this.pos++;
        if (this.peek() === '\r')
            this.pos++;
        if (this.pos < this.text.length && this.peek() !== '\n')
            this.fail('expected the end of the line');
    }
    document() {
        let table = [];
        for (;;) {
            this.skipBlank();
            if (this.pos >= this.text.length)
                return;
            if (this.peek() === '[') {
                const array = this.peek(1) === '[';
                this.pos += array ? 2 : 1;
                this.skipSpaces();
                const start = this.pos;
                table = this.key();
                if (!this.text.startsWith(array ? ']]' : ']', this.pos))
                    this.fail('expected the end of a table header');
                this.pos += array ? 2 : 1;
                this.events.push({ kind: 'table', path: table, ...this.where(start) });
            }
            else {
                this.keyValue(table);
            }
            this.endOfLine();
        }
    }
    keyValue(base) {
        const start = this.pos;
        const path = [...base, ...this.key()];
        if (this.peek() !== '=')
            this.fail('expected = after a key');
        this.pos++;
        this.skipSpaces();
        this.events.push({ kind: 'key', path, ...this.where(start) });
        this.value(path, 0);
    }
    /** A dotted key: bare and quoted parts, spaces allowed around the dots. */
    key() {
        const parts = [];
        for (;;) {
            this.skipSpaces();
            const c = this.peek();
            if (c === '"' || c === "'") {
                if (this.text.startsWith(c.repeat(3), this.pos))
                    this.fail('a key cannot be a multi-line string');
                parts.push(this.string());
            }
            else {
                const from = this.pos;
                while (this.pos < this.text.length && BARE_KEY.test(this.peek()))
                    this.pos++;
                if (from === this.pos)
                    this.fail('expected a key');
                parts.push(this.text.slice(from, this.pos));
            }
            this.skipSpaces();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    /** Any value; `depth` counts the arrays around it. Strings directly inside the outermost array are reported. */
    value(path, depth) {
        const c = this.peek();
        const start = this.pos;
        if (c === '"' || c === "'") {
            const value = this.string();
            if (depth === 1)
                this.events.push({ kind: 'array-string', path, value, ...this.where(start) });
        }
        else if (c === '[') {
            this.array(path, depth + 1);
        }
        else if (c === '{') {
            this.inlineTable(path);
        }
        else {
            // Numbers, booleans, dates: up to the next delimiter; a date and a time may be separated by a space.
            const scalar = () => {
                while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.peek()))
                    this.pos++;
            };
            scalar();
            if (start === this.pos)
                this.fail('expected a value');
            if (/^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, this.pos)) &&
                /^ \d{2}:/.test(this.text.slice(this.pos, this.pos + 4))) {
                this.pos++;
                scalar();
            }
        }
    }
    array(path, depth) {
        this.pos++; // [
        for (;;) {
            this.skipBlank();
            if (this.peek() === ']')
                break;
            if (this.pos >= this.text.length)
                this.fail('unterminated array');
            // Nested arrays and inline tables are not the array's own strings.
            this.value(path, depth);
            this.skipBlank();
            if (this.peek() === ',')
                this.pos++;
            else if (this.peek() !== ']')
                this.fail('expected , or ] in an array');
        }
        this.pos++; // ]
    }
    inlineTable(path) {
        this.pos++; // {
        this.skipBlank();
        if (this.peek() === '}') {
            this.pos++;
            return;
        }
        for (;;) {
            this.skipBlank();
            this.keyValue(path);
            this.skipBlank();
            if (this.peek() === '}')
                break;
            if (this.peek() !== ',')
                this.fail('expected , or } in an inline table');
            this.pos++;
            this.skipBlank();
            if (this.peek() === '}')
                break; // a trailing comma (TOML 1.1)
        }
        this.pos++; // }
    }
    /** A basic or literal string, single- or multi-line; returns its value. */
    string() {
        const quote = this.peek();
        const multi = this.text.startsWith(quote.repeat(3), this.pos);
        const delim = multi ? quote.repeat(3) : quote;
        this.pos += delim.length;
        if (multi && this.peek() === '\n')
            this.pos++;
        else if (multi && this.text.startsWith('\r\n', this.pos))
            this.pos += 2;
        let out = '';
        for (;;) {
            if (this.pos >= this.text.length)
                this.fail('unterminated string');
            if (this.text.startsWith(delim, this.pos)) {
                this.pos += delim.length;
                // `""""` ends a multi-line string with a quote in it: up to two extra quotes belong to the value.
                for (let extra = 0; multi && extra < 2 && this.peek() === quote; extra++, this.pos++)
                    out += quote;
                return out;
            }
            const c = this.peek();
            if (!multi && c === '\n')
                this.fail('newline in a single-line string');
            if (quote === '"' && c === '\\') {
                out += this.escape(multi);
                continue;
            }
            out += c;
            this.pos++;
        }
    }
    escape(multi) {
        const next = this.peek(1) ?? '';
        if (multi && /[ \t\r\n]/.test(next)) {
            // A line-ending backslash: the newline and the white space after it are dropped.
            this.pos++;
            while (/[ \t\r\n]/.test(this.peek() ?? ''))
                this.pos++;
            return '';
        }
        if (next === 'u' || next === 'U') {
            const len = next === 'u' ? 4 : 8;
            const hex = this.text.slice(this.pos + 2, this.pos + 2 + len);
            if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len)
                this.fail('bad unicode escape');
            this.pos += 2 + len;
            return String.fromCodePoint(Number.parseInt(hex, 16));
        }
        const v = ESCAPES[next];
        if (v === undefined)
            this.fail(`unknown escape \\${next}`);
        this.pos += 2;
        return v;
    }
}
/** Every table header, key and array string of a TOML document, in document order. */
function scanToml(text) {
    const s = new Scanner(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
    try {
        s.document();
        return { events: s.events };
    }
    catch (err) {
        if (err instanceof TomlSyntaxError)
            return { events: s.events, error: err.message };
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/core/pyproject-lines.ts


const normalise = python_names/* normalizePackageName */.N;
const eq = (path, ...want) => path.length === want.length && want.every((w, i) => path[i] === w);
/** The array sections: a PEP 508 string in the array at `path` declares a dependency. */
function arraySection(path) {
    const [a, b, c, d] = path;
    if (eq(path, 'project', 'dependencies'))
        return { section: 'dependencies', table: '[project].dependencies' };
    if (path.length === 3 && a === 'project' && b === 'optional-dependencies')
        return { section: `optional-dependencies.${c}`, table: `[project.optional-dependencies].${c}` };
    if (path.length === 2 && a === 'dependency-groups')
        return { section: `dependency-groups.${b}`, table: `[dependency-groups].${b}` };
    if (eq(path, 'tool', 'uv', 'dev-dependencies'))
        return { section: 'tool.uv.dev-dependencies', table: '[tool.uv].dev-dependencies' };
    if (path.length === 4 && a === 'tool' && b === 'pdm' && c === 'dev-dependencies')
        return { section: `tool.pdm.dev-dependencies.${d}`, table: `[tool.pdm.dev-dependencies].${d}` };
    return undefined;
}
/** Poetry's tables, where each key is a dependency: the section and the table's path length. */
function poetryTable(path) {
    const [a, b, c, d, e] = path;
    if (a !== 'tool' || b !== 'poetry')
        return undefined;
    if (c === 'dependencies' || c === 'dev-dependencies')
        return { section: `tool.poetry.${c}`, depth: 3 };
    if (c === 'group' && d !== undefined && e === 'dependencies')
        return { section: `tool.poetry.group.${d}.dependencies`, depth: 5 };
    return undefined;
}
/** The distribution name at the start of a PEP 508 requirement (`Requests[socks]>=2 ; ...` → `Requests`). */
function requirementName(spec) {
    return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec)?.[1];
}
/**
 * Every dependency declaration in a pyproject.toml, in file order. A name may appear more than once (two
 * markers, or in dependencies and a group). Invalid TOML gives the declarations before the error.
 */
function findDependencyDeclarations(pyproject) {
    const out = [];
    const poetrySeen = new Set();
    for (const ev of scanToml(pyproject).events) {
        if (ev.kind === 'array-string') {
            const where = arraySection(ev.path);
            const name = where && requirementName(ev.value);
            if (where && name)
                out.push({ name, key: normalise(name), line: ev.line, column: ev.column, ...where });
            continue;
        }
        // Poetry: `name = ...`, `name.version = ...`, `[tool.poetry.dependencies.name]` all declare `name`; the
        // first of them is the declaration, the keys inside its inline table or sub-table are not.
        for (let depth = 3; depth <= 5; depth += 2) {
            const table = poetryTable(ev.path.slice(0, depth));
            const name = ev.path[depth];
            if (!table || table.depth !== depth || name === undefined || name === 'python')
                continue;
            const id = `${table.section}\n${name}`;
            if (poetrySeen.has(id))
                continue;
            poetrySeen.add(id);
            out.push({
                name,
                key: normalise(name),
                line: ev.line,
                column: ev.column,
                section: table.section,
                table: `[${table.section}]`,
            });
        }
    }
    return out;
}
/** The first line declaring each dependency, by PEP 503 normalised name. */
function findDependencyLines(pyproject) {
    const out = new Map();
    for (const d of findDependencyDeclarations(pyproject)) {
        if (!out.has(d.key))
            out.set(d.key, { line: d.line, section: d.section });
    }
    return out;
}


/***/ })

};
