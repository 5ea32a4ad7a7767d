export const id = 714;
export const ids = [714];
export const modules = {

/***/ 9714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/cache.ts
var cache = __webpack_require__(3629);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/core/venv-paths.ts
var venv_paths = __webpack_require__(443);
// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
// EXTERNAL MODULE: ./src/provision/provision.ts
var provision = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/provision/pypi-wheel.ts + 1 modules
var pypi_wheel = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/provision/tools/uv.ts + 1 modules
var tools_uv = __webpack_require__(5588);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/caches.ts


/** The project's directory for a key: its path in the workspace, or a hash of its absolute path outside it. */
function projectKeyPart(workspace, projectDir) {
    const rel = external_node_path_.relative(workspace, projectDir).split(external_node_path_.sep).join('/');
    if (rel === '')
        return 'root';
    if (rel.startsWith('../') || external_node_path_.isAbsolute(rel) || rel.length > 24)
        return (0,cache/* shortHash */.BC)(external_node_path_.resolve(projectDir));
    return rel;
}
const OPERATORS = [
    [/>=/g, 'ge'],
    [/<=/g, 'le'],
    [/~=/g, 'compat'],
    [/!=/g, 'ne'],
    [/==/g, ''],
    [/>/g, 'gt'],
    [/</g, 'lt'],
];
/** A Python request for a key: `3.12` stays, `>=3.10,<3.13` becomes `ge3.10_lt3.13`. */
function pythonKeyPart(request) {
    if (!request)
        return 'default-python';
    return OPERATORS.reduce((s, [re, word]) => s.replace(re, word), request.replace(/\s+/g, ''));
}
/**
 * One key per cache. Every part that makes two caches incompatible is in the key (OS, arch, Python,
 * the project's directory, for the venv the sync arguments), so a matrix never shares a key; the
 * lockfile hash comes last so a changed lockfile restores the newest cache of the same cell.
 */
async function planCaches(i) {
    const os = (0,cache/* runnerOs */.tg)(i.platform);
    const arch = i.arch ?? process.arch;
    const project = projectKeyPart(i.workspace, i.projectDir);
    const lockHash = (await (0,cache/* hashFiles */.yQ)(i.dependencyGlobs, i.lockRoot ?? i.projectDir)) || 'nolock';
    const py = pythonKeyPart(i.pythonRequest);
    const plans = [];
    if (i.enabled.uvCache) {
        const k = (0,cache/* buildCacheKey */.S1)({
            kind: 'uv-cache',
            os,
            arch,
            parts: [py, project],
            hash: lockHash.slice(0, 32),
            suffix: i.suffix,
        });
        plans.push({ name: 'uv-cache', paths: [i.dirs.uvCache], ...k });
    }
    if (i.enabled.venv) {
        // The venv holds absolute paths (script shebangs, pyvenv.cfg), so its location is part of the key.
        const where = (0,cache/* shortHash */.BC)(`${i.dirs.venv}\0${i.syncArgs.join(' ')}`);
        const k = (0,cache/* buildCacheKey */.S1)({
            kind: 'venv',
            os,
            arch,
            parts: [py, project, where],
            hash: lockHash.slice(0, 32),
            suffix: i.suffix,
        });
        plans.push({ name: 'venv', paths: [i.dirs.venv], ...k });
    }
    if (i.enabled.python) {
        const k = (0,cache/* buildCacheKey */.S1)({ kind: 'python', os, arch, parts: [py, `uv${i.uvVersion}`], suffix: i.suffix });
        plans.push({ name: 'python', paths: [i.dirs.pythonInstall], ...k });
    }
    return plans;
}

// EXTERNAL MODULE: ./src/provision/trust.ts
var trust = __webpack_require__(1917);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/inputs.ts

const DEFAULT_SYNC_ARGS = '--locked --all-groups';
const DEFAULT_DEPENDENCY_GLOB = [
    '**/uv.lock',
    '**/pyproject.toml',
    '**/requirements*.txt',
    '**/*.py.lock',
];
/** Splits sync-args on white space; quotes are not interpreted (arguments are never passed through a shell). */
function splitArgs(value) {
    return value.split(/\s+/).filter(Boolean);
}
function loadInputs(r, rt) {
    const wd = r.string('working-directory', '.');
    return {
        version: r.string('version'),
        versionFile: r.string('version-file'),
        pythonVersion: r.string('python-version'),
        workingDirectory: r.path('working-directory', rt.workspace, 'directory', wd),
        sync: r.bool('sync', true),
        syncArgs: splitArgs(r.string('sync-args', DEFAULT_SYNC_ARGS)),
        activateEnvironment: r.bool('activate-environment', true),
        enableCache: r.choice('enable-cache', ['auto', 'true', 'false'], 'auto'),
        cacheDependencyGlob: r.lines('cache-dependency-glob', DEFAULT_DEPENDENCY_GLOB),
        cacheSuffix: r.string('cache-suffix'),
        cacheVenv: r.bool('cache-venv', true),
        cachePython: r.bool('cache-python', true),
        pruneCache: r.bool('prune-cache', true),
        mirror: r.url('mirror'),
        checksum: r.sha256('checksum'),
        toolSource: (0,trust/* readToolSource */.UK)(r, rt),
        githubToken: r.string('github-token'),
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/summary.ts




const HIT_LABEL = { exact: '✅ hit', partial: '🟡 partial (restore key)', miss: '❌ miss' };
/** Which binary runs and the check actually made (from provisioning, never embellished here). */
function uvSource(uv) {
    return `${(0,markdown/* code */.aY)(uv.bin('uv'))}: ${(0,markdown/* escapeCell */.kq)(uv.verification)}`;
}
/** The job summary: verdict line first, then versions, caches and the sync. */
function renderSummary(s) {
    const rel = external_node_path_.relative(s.workspace, s.projectDir) || '.';
    // `packages/backend` (member of the uv workspace at .): the member synced and the root whose lock it uses.
    const named = s.project && (0,uv_project/* describeUvProject */.yu)(s.project, s.workspace);
    const what = named?.role ? `${(0,markdown/* code */.aY)(named.dir)} (${(0,markdown/* escapeInline */.VV)(named.role)})` : (0,markdown/* code */.aY)(rel);
    const out = [];
    const installed = s.sync?.installed ?? 0;
    const total = s.sync ? (0,venv_paths/* countInstalled */.Gh)(s.venv) : 0;
    const head = `✅ **setup-uv-cached**: uv ${(0,markdown/* escapeInline */.VV)(s.uv.version)}, Python ${(0,markdown/* escapeInline */.VV)(s.python.version)}`;
    out.push(s.sync
        ? `${head}; ${what} synced in ${s.sync.durationMs} ms (${installed} installed, ${Math.max(0, total - installed)} reused).`
        : `${head}.`, '');
    out.push((0,markdown/* table */.tp)(['', 'version', 'from'], [
        ['uv', (0,markdown/* escapeCell */.kq)(s.uv.version), `${(0,markdown/* escapeCell */.kq)(s.uvFrom)}; ${uvSource(s.uv)}`],
        [
            'Python',
            (0,markdown/* escapeCell */.kq)(s.python.version),
            `${(0,markdown/* escapeCell */.kq)(s.python.from ?? 'uv default')}; ${(0,markdown/* code */.aY)(s.python.path)}`,
        ],
    ]), '');
    if (!s.caching) {
        out.push('Caching is off (enable-cache, a self-hosted runner, or the local CLI).', '');
    }
    else {
        const rows = s.caches.map((c) => {
            const r = c.restore;
            const result = r?.unavailable ? '⚠️ unavailable' : r ? HIT_LABEL[r.hit] : '—';
            return [
                c.name,
                result,
                r?.sizeBytes ? (0,markdown/* formatBytes */.z3)(r.sizeBytes) : '—',
                r ? (0,markdown/* formatDuration */.a3)(r.durationMs) : '—',
                (0,markdown/* code */.aY)(c.key),
            ];
        });
        out.push((0,markdown/* table */.tp)(['cache', 'result', 'size', 'restore time', 'key'], rows), '');
    }
    if (s.sync) {
        const st = s.sync;
        const where = external_node_path_.relative(s.workspace, s.venv) || s.venv;
        out.push(`uv sync: ${(0,markdown/* formatDuration */.a3)(st.durationMs)}; resolved ${st.resolved ?? '?'}, installed ${st.installed}, uninstalled ${st.uninstalled}, downloaded or built ${st.prepared}; ${st.createdVenv ? 'new' : 'existing'} environment at ${(0,markdown/* code */.aY)(where)}.`);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/sync.ts



/** Reads the counts uv prints on stderr: `Resolved 8 packages in 1ms`, `Installed 3 packages in 10ms`, ... */
function parseSyncOutput(stderr) {
    const count = (verb) => {
        const m = new RegExp(`^${verb} (\\d+) packages? in`, 'm').exec(stderr);
        return m ? Number(m[1]) : undefined;
    };
    return {
        resolved: count('Resolved'),
        prepared: count('Prepared') ?? 0,
        installed: count('Installed') ?? 0,
        uninstalled: count('Uninstalled') ?? 0,
        audited: count('Audited') ?? count('Checked'),
        createdVenv: /^Creating virtual environment/m.test(stderr),
    };
}
const STALE_LOCK = /lockfile at `([^`]+)` needs to be updated, but `--locked` was provided/;
/** `uv sync` in the project; a stale lockfile gives an error that says which file and what to do. */
async function uvSync(uv, args, projectDir, env, onLine) {
    try {
        const r = await (0,exec/* execTool */.wc)(uv, ['sync', ...args], { cwd: projectDir, env, onLine });
        return { ...parseSyncOutput(r.stderr), durationMs: r.durationMs };
    }
    catch (err) {
        if (err instanceof errors/* ToolError */.v4) {
            const m = STALE_LOCK.exec(err.tail);
            if (m) {
                const lock = external_node_path_.join(projectDir, m[1]);
                throw new errors/* ToolError */.v4(err.command, err.exitCode, err.tail, `exited with code ${err.exitCode}: ${lock} is out of date with pyproject.toml. Run \`uv lock\` and commit ${m[1]}`);
            }
        }
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/python-version-file.ts
var python_version_file = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __webpack_require__(4506);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/versions.ts






function readToml(file) {
    if (!external_node_fs_.existsSync(file))
        return undefined;
    try {
        return (0,dist/* parse */.qg)(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new Error(`${file} is not valid TOML: ${err.message}`);
    }
}
function get(obj, ...keys) {
    let cur = obj;
    for (const k of keys)
        cur = cur && typeof cur === 'object' ? cur[k] : undefined;
    return cur;
}
/** The uv version a file asks for: uv.toml / pyproject.toml `required-version`, `.tool-versions`, requirements. */
function uvVersionFromFile(file) {
    const base = external_node_path_.basename(file);
    if (!external_node_fs_.existsSync(file))
        return undefined;
    if (base === 'uv.toml')
        return get(readToml(file), 'required-version');
    if (base === 'pyproject.toml')
        return get(readToml(file), 'tool', 'uv', 'required-version');
    const text = external_node_fs_.readFileSync(file, 'utf8');
    if (base === '.tool-versions') {
        const m = /^\s*uv\s+(\S+)/m.exec(text);
        return m?.[1];
    }
    const m = /^\s*uv\s*(==|>=|~=)\s*([^\s;#]+)/m.exec(text);
    return m ? (m[1] === '==' ? m[2] : `${m[1]}${m[2]}`) : undefined;
}
/**
 * The uv version to install: the `version` input, else `version-file`, else the project's own files, else
 * the newest version in our checksum table. A specifier picks the newest known version satisfying it.
 */
function resolveUvVersion(opts, known, newest) {
    const pick = (spec, from, input) => {
        const s = spec.trim().replace(/^v/, '');
        if (s === 'latest')
            return { value: newest, from };
        if ((0,versions/* isExactVersion */.Yb)(s))
            return { value: s, from };
        const v = (0,versions/* newestSatisfying */.W4)(known, s);
        if (!v)
            throw new errors/* InputError */.dz(input, spec, `no uv version in pyprod-actions' checksum table satisfies it (known: ${known.slice(-5).join(', ')}, ...); give an exact version with a checksum input`);
        return { value: v, from };
    };
    if (opts.version)
        return pick(opts.version, 'input', 'version');
    if (opts.versionFile) {
        const file = external_node_path_.resolve(opts.workingDirectory, opts.versionFile);
        if (!external_node_fs_.existsSync(file))
            throw new errors/* InputError */.dz('version-file', opts.versionFile, `the file does not exist (looked at ${file})`);
        const v = uvVersionFromFile(file);
        if (!v)
            throw new errors/* InputError */.dz('version-file', opts.versionFile, 'the file names no uv version (required-version, a `uv` line in .tool-versions, or uv==X)');
        return pick(v, external_node_path_.basename(file), 'version-file');
    }
    for (const name of ['uv.toml', 'pyproject.toml', '.tool-versions']) {
        const v = uvVersionFromFile(external_node_path_.join(opts.workingDirectory, name));
        if (v)
            return pick(v, name, 'version');
    }
    return { value: newest, from: 'default (newest verified)' };
}
/** The Python request for uv: the input, else `.python-version`, else `requires-python`; undefined lets uv pick. */
function resolvePythonRequest(input, workingDirectory) {
    if (input)
        return { value: input, from: 'input' };
    const pinned = (0,python_version_file/* readPythonVersionFile */.T)(workingDirectory);
    if (pinned)
        return { value: pinned, from: '.python-version' };
    const req = get(readToml(external_node_path_.join(workingDirectory, 'pyproject.toml')), 'project', 'requires-python');
    if (typeof req === 'string' && req.trim())
        return { value: req.trim(), from: 'requires-python' };
    return undefined;
}

;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/definition.ts















const STATE = 'setup-uv-cached';
function cachingEnabled(i, rt) {
    if (i.enableCache === 'false' || rt.kind === 'local')
        return false;
    if (i.enableCache === 'true')
        return true;
    // auto: self-hosted runners keep their disks, so uv's own cache stays warm without the service.
    return rt.env.RUNNER_ENVIRONMENT !== 'self-hosted';
}
async function main(i, rt) {
    if (!external_node_fs_.existsSync(i.workingDirectory)) {
        throw new Error(`Input 'working-directory' names ${i.workingDirectory}, which does not exist`);
    }
    const env = rt.env;
    const table = tools_uv/* uvSpec */.bD.checksums;
    const uvVersion = resolveUvVersion(i, Object.keys(table), (0,checksum/* newestVersion */.Rg)(table));
    const python = resolvePythonRequest(i.pythonVersion, i.workingDirectory);
    const caching = cachingEnabled(i, rt);
    // Environment for every uv call from here on, and for later steps when running on the runner.
    const setEnv = (name, value) => {
        env[name] = value;
        if (rt.kind === 'github')
            rt.exportVariable(name, value);
    };
    const dirs = (0,venv_paths/* runnerDirs */.xV)(env, rt.runnerTempDir, rt.toolCacheDir);
    if (caching) {
        setEnv('UV_CACHE_DIR', dirs.uvCache);
        if (i.cachePython)
            setEnv('UV_PYTHON_INSTALL_DIR', dirs.pythonInstall);
    }
    if (python)
        setEnv('UV_PYTHON', python.value);
    // The environment `uv sync` fills: in a uv workspace the root's (or UV_PROJECT_ENVIRONMENT's), not the member's.
    const project = (0,uv_project/* locateUvProjectLeniently */.hJ)(i.workingDirectory, env, { ceiling: rt.workspace });
    const venv = project?.environment ?? (0,venv_paths/* projectVenv */.HE)(i.workingDirectory, env);
    const plans = caching
        ? await planCaches({
            workspace: rt.workspace,
            projectDir: project?.projectDir ?? i.workingDirectory,
            lockRoot: project?.root ?? i.workingDirectory,
            dependencyGlobs: i.cacheDependencyGlob,
            pythonRequest: python?.value ?? '',
            uvVersion: uvVersion.value,
            syncArgs: i.syncArgs,
            suffix: i.cacheSuffix,
            dirs: { uvCache: dirs.uvCache, venv, pythonInstall: dirs.pythonInstall },
            enabled: { uvCache: true, venv: i.cacheVenv && i.sync, python: i.cachePython },
        })
        : [];
    // uv and the three caches are independent: fetch them at the same time.
    const [uv, ...restored] = await Promise.all([
        (0,provision/* provisionTool */.Uy)(tools_uv/* uvSpec */.bD, {
            version: uvVersion.value,
            runtime: rt,
            mirror: i.mirror,
            checksum: i.checksum,
            toolSource: i.toolSource,
            // GitHub unreachable (proxies, air-gapped runners): the same binaries from PyPI's uv wheel, checked
            // against the https index's digest. Never used after a checksum mismatch, nor with mirror or checksum.
            fallback: (0,pypi_wheel/* uvFromPyPI */.Q4)(),
        }),
        ...plans.map((p) => (0,cache/* restoreCache */.P3)(rt, p.paths, p.key, p.restoreKeys)),
    ]);
    const caches = plans.map((p, n) => ({ ...p, restore: restored[n] }));
    const uvBin = uv.bin('uv');
    rt.addPath(uv.dir);
    let stats;
    if (i.sync) {
        stats = await rt.group(`uv sync ${i.syncArgs.join(' ')}`, () => uvSync(uvBin, i.syncArgs, i.workingDirectory, env, (line) => rt.info(line)));
    }
    const pythonPath = await findPython(uvBin, i, env, venv);
    const pythonVersion = (await (0,exec/* execTool */.wc)(pythonPath, ['-c', 'import platform; print(platform.python_version())'], { env })).stdout.trim();
    if (i.sync && i.activateEnvironment && external_node_fs_.existsSync(venv)) {
        setEnv('VIRTUAL_ENV', venv);
        rt.addPath((0,venv_paths/* venvBinDir */.Sg)(venv));
    }
    const hit = (name) => caches.find((c) => c.name === name)?.restore?.hit === 'exact';
    rt.setOutput('uv-version', uv.version);
    rt.setOutput('uv-path', uvBin);
    rt.setOutput('python-version', pythonVersion);
    rt.setOutput('python-path', pythonPath);
    rt.setOutput('venv', i.sync ? venv : '');
    rt.setOutput('cache-hit', hit('uv-cache'));
    rt.setOutput('venv-cache-hit', hit('venv'));
    rt.setOutput('python-cache-hit', hit('python'));
    rt.setOutput('cache-key', caches.find((c) => c.name === 'uv-cache')?.key ?? '');
    const state = { uv: uvBin, uvCacheDir: dirs.uvCache, caches, prune: i.pruneCache };
    rt.saveState(STATE, JSON.stringify(state));
    await rt.appendSummary(renderSummary({
        uv,
        uvFrom: uvVersion.from,
        python: { version: pythonVersion, path: pythonPath, from: python?.from },
        caches,
        caching,
        sync: stats,
        venv,
        projectDir: i.workingDirectory,
        ...(project ? { project } : {}),
        workspace: rt.workspace,
    }));
}
/** The interpreter of the synced venv, else the one uv would use for this project. */
async function findPython(uv, i, env, venv) {
    const inVenv = (0,venv_paths/* venvPython */.qb)(venv);
    if (i.sync && external_node_fs_.existsSync(inVenv))
        return inVenv;
    const r = await (0,exec/* execTool */.wc)(uv, ['python', 'find'], { cwd: i.workingDirectory, env });
    return r.stdout.trim();
}
/** Post: prune uv's cache, then save each cache whose exact key was not restored. */
async function post(_i, rt) {
    const raw = rt.getState(STATE);
    if (!raw)
        return; // main did not get as far as the caches
    const state = JSON.parse(raw);
    for (const c of state.caches) {
        if (c.restore?.hit === 'exact') {
            rt.info(`Cache ${c.name}: exact hit on ${c.key}, nothing to save.`);
            continue;
        }
        if (c.restore?.unavailable) {
            rt.info(`Cache ${c.name}: not saved, the cache service was unavailable at restore.`);
            continue;
        }
        if (c.name === 'uv-cache' && state.prune && external_node_fs_.existsSync(state.uvCacheDir)) {
            // --ci keeps what is expensive to build (wheels built from source) and drops what is quick to download again.
            await (0,exec/* execTool */.wc)(state.uv, ['cache', 'prune', '--ci'], { env: rt.env }).catch((e) => rt.warning(`uv cache prune --ci failed, saving the cache unpruned: ${e.message}`));
        }
        const paths = c.paths.filter((p) => external_node_fs_.existsSync(p) && external_node_fs_.readdirSync(p).length > 0);
        if (paths.length === 0) {
            rt.info(`Cache ${c.name}: ${c.paths.map((p) => external_node_path_.basename(p)).join(', ')} is empty or absent, nothing to save.`);
            continue;
        }
        const r = await (0,cache/* saveCache */.Io)(rt, paths, c.key);
        rt.info(r.saved
            ? `Cache ${c.name}: saved ${c.key} (${r.sizeBytes} bytes, ${r.durationMs} ms).`
            : `Cache ${c.name}: ${r.skipped}.`);
    }
}
const definition = {
    name: 'setup-uv-cached',
    command: 'setup-uv',
    description: 'Install uv and Python, sync the project, cache uv, the venv and Python',
    loadInputs: loadInputs,
    main,
    post,
};


/***/ }),

/***/ 3629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   P3: () => (/* binding */ restoreCache),
/* harmony export */   S1: () => (/* binding */ buildCacheKey),
/* harmony export */   WI: () => (/* binding */ serviceMissing),
/* harmony export */   mE: () => (/* binding */ cachePoisoningRisk),
/* harmony export */   tc: () => (/* binding */ keySegment),
/* harmony export */   tg: () => (/* binding */ runnerOs),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony export sizeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





/** GitHub rejects keys longer than this (and commas in keys). */
const MAX_KEY_LENGTH = 512;
/** Makes one key segment URL- and key-safe: no commas, slashes or spaces, bounded length. */
function keySegment(value) {
    const safe = value.replace(/[^A-Za-z0-9._+=-]+/g, '_').replace(/^_+|_+$/g, '');
    return safe.length > 64 ? `${safe.slice(0, 40)}_${shortHash(value)}` : safe || '_';
}
function shortHash(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex').slice(0, 12);
}
/**
 * `pyprod-<kind>-<os>-<arch>-<parts...>[-<suffix>]-<hash>`. The restore key is the same without the hash, so
 * a changed lockfile still restores the newest cache of the same matrix cell.
 */
function buildCacheKey(k) {
    const head = ['pyprod', k.kind, k.os, k.arch, ...(k.parts ?? []), ...(k.suffix ? [k.suffix] : [])].map(keySegment);
    const prefix = `${head.join('-')}-`;
    const key = k.hash ? `${prefix}${k.hash}` : prefix.slice(0, -1);
    if (key.length > MAX_KEY_LENGTH)
        throw new Error(`cache key longer than ${MAX_KEY_LENGTH} characters: ${key}`);
    return { key, restoreKeys: k.hash ? [prefix] : [] };
}
/**
 * SHA-256 over the given files' paths and contents, in sorted order; '' when none exists. Patterns are
 * fs.glob patterns relative to `cwd`.
 */
async function hashFiles(patterns, cwd) {
    const files = new Set();
    for (const pattern of patterns) {
        for await (const f of node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.glob(pattern, {
            cwd,
            exclude: (p) => p.includes('node_modules') || p.includes('.venv'),
        })) {
            files.add(f.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
        }
    }
    if (files.size === 0)
        return '';
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort()) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(cwd, f));
        if (!st.isFile())
            continue;
        h.update(`${f}\0`);
        h.update(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(cwd, f)));
        h.update('\0');
    }
    return h.digest('hex');
}
// Events where a cache written by the job could be read by more privileged runs of other refs: untrusted
// code can run with write access to the default branch's cache scope.
const POISONING_EVENTS = new Set(['pull_request_target', 'workflow_run', 'release', 'issue_comment']);
/** The runner's names for OS and architecture (as in RUNNER_OS / RUNNER_ARCH), for cache keys. */
function runnerOs(platform = process.platform) {
    return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}
/** Why saving a cache is unsafe for this event, or undefined when it is safe. */
function cachePoisoningRisk(env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (POISONING_EVENTS.has(event))
        return `the ${event} event can run untrusted code with the base branch's cache scope`;
    if (event === 'push' && (env.GITHUB_REF ?? '').startsWith('refs/tags/')) {
        return 'a tag push shares the cache scope of every branch';
    }
    return undefined;
}
/** Why there is no cache service to talk to (not on a GitHub runner), or undefined when there is one. */
function serviceMissing(env) {
    const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!url)
        return 'no cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset: not on a GitHub runner?)';
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return 'no cache service token (ACTIONS_RUNTIME_TOKEN unset)';
    return undefined;
}
/**
 * Restores through @actions/cache (loaded on first use: it is the heaviest part of a bundle). A missing or
 * failing cache service is a warning and a miss; the job goes on.
 */
async function restoreCache(rt, paths, key, restoreKeys = []) {
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now();
    const done = (r) => ({
        ...r,
        key,
        durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now() - started),
    });
    const missing = serviceMissing(rt.env);
    if (missing) {
        if (rt.kind === 'github')
            rt.warning(`Cache not restored: ${missing}.`);
        return done({ hit: 'miss', sizeBytes: 0, unavailable: missing });
    }
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(181)]).then(__webpack_require__.bind(__webpack_require__, 7181));
        const matched = await cache.restoreCache(paths, key, restoreKeys, {}, false);
        if (!matched) {
            rt.info(`Cache miss: ${key}`);
            return done({ hit: 'miss', sizeBytes: 0 });
        }
        // Keys match case-insensitively on the cache service, and some servers answer in their own case.
        const hit = matched.toLowerCase() === key.toLowerCase() ? 'exact' : 'partial';
        rt.info(hit === 'exact'
            ? `Cache hit: ${matched}`
            : `Cache restored from an older key: ${matched} (wanted ${key})`);
        return done({ hit, matchedKey: matched, sizeBytes: await sizeOf(paths) });
    }
    catch (err) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
        rt.warning(`Cache restore of ${key} failed, continuing without it: ${why}`);
        return done({ hit: 'miss', sizeBytes: 0, unavailable: why });
    }
}
async function saveCache(rt, paths, key, opts = {}) {
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now();
    const done = (saved, sizeBytes, skipped) => ({
        saved,
        key,
        sizeBytes,
        durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now() - started),
        ...(skipped ? { skipped } : {}),
    });
    const risk = cachePoisoningRisk(rt.env);
    if (risk && !opts.force) {
        rt.info(`Cache ${key} not saved: ${risk} (cache poisoning). Set the save to forced to override.`);
        return done(false, 0, `not saved: ${risk}`);
    }
    const missing = serviceMissing(rt.env);
    if (missing)
        return done(false, 0, missing);
    const existing = [];
    for (const p of paths)
        if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(p))
            existing.push(p);
    if (existing.length === 0)
        return done(false, 0, 'nothing to save: the paths do not exist');
    const size = await sizeOf(existing);
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(181)]).then(__webpack_require__.bind(__webpack_require__, 7181));
        const id = await cache.saveCache(existing, key);
        // -1: the service refused the key, most often because another job of a matrix saved it first.
        if (id === -1)
            return done(false, size, 'the cache service did not take it (another job may have saved this key)');
        return done(true, size);
    }
    catch (err) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
        rt.warning(`Cache save of ${key} failed, continuing: ${why}`);
        return done(false, size, why);
    }
}
/** Total bytes of regular files under the given paths (symlinks not followed). */
async function sizeOf(paths) {
    let total = 0;
    const walk = async (p) => {
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(p);
        }
        catch {
            return;
        }
        if (st.isFile())
            total += st.size;
        else if (st.isDirectory()) {
            const entries = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(p);
            await Promise.all(entries.map((e) => walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(p, e))));
        }
    };
    await Promise.all(paths.map(walk));
    return total;
}


/***/ }),

/***/ 9764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ normalizePackageName)
/* harmony export */ });
/** PEP 503 normalised distribution name: lower case, runs of '-', '_' and '.' become one '-'. */
function normalizePackageName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}


/***/ }),

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readPythonVersionFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The Python a project's `.python-version` asks for: its first line that is neither blank nor a `#` comment
 * (uv's and pyenv's reading), or undefined when there is no such file or line.
 */
function readPythonVersionFile(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.python-version');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        return undefined;
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l && !l.startsWith('#'));
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ workspaceGlobMatches),
/* harmony export */   RQ: () => (/* binding */ locateUvProject),
/* harmony export */   hJ: () => (/* binding */ locateUvProjectLeniently),
/* harmony export */   yu: () => (/* binding */ describeUvProject)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9764);
/* harmony import */ var _venv_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(443);





const asTable = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
function readPyproject(file) {
    try {
        return asTable((0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'))) ?? {};
    }
    catch (err) {
        throw new Error(`${file} is not valid TOML: ${err instanceof Error ? err.message : String(err)}`);
    }
}
const isFile = (p) => node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const uvTable = (doc) => asTable(asTable(doc.tool)?.uv);
/** `[tool.uv.workspace]` with its globs, when declared. */
function workspaceTable(doc) {
    const ws = asTable(uvTable(doc)?.workspace);
    return ws ? { members: strings(ws.members), exclude: strings(ws.exclude) } : undefined;
}
/** One path component of a glob as tokens: `*`, `?`, a class (`[a-z]`, `[!a]`, as the glob crate reads it) or a character. */
function tokenize(glob, component) {
    const out = [];
    for (let i = 0; i < component.length; i++) {
        const c = component[i];
        if (c === '*') {
            if (out.at(-1) !== '*')
                out.push('*'); // `**` inside a component is refused before this
        }
        else if (c === '[') {
            // A `]` right after `[` or `[!` is a member of the class, not its end.
            const negate = component[i + 1] === '!';
            const from = i + (negate ? 2 : 1);
            const end = component.indexOf(']', from + 1);
            if (end < 0)
                throw new Error(`invalid glob "${glob}": unclosed [`);
            const body = [...component.slice(from, end)];
            const cls = { chars: '', ranges: [], negate };
            for (let k = 0; k < body.length; k++) {
                const lo = body[k];
                if (body[k + 1] === '-' && k + 2 < body.length) {
                    cls.ranges.push([lo, body[k + 2]]);
                    k += 2;
                }
                else
                    cls.chars += lo;
            }
            out.push(cls);
            i = end;
        }
        else
            out.push(c);
    }
    return out;
}
function matchOne(t, ch) {
    if (t === '?')
        return true;
    if (typeof t === 'string')
        return t === ch;
    const inside = t.chars.includes(ch) || t.ranges.some(([lo, hi]) => lo <= ch && ch <= hi);
    return inside !== t.negate;
}
/**
 * Wildcard matching without regular expressions: greedy with a return to the last `*`, O(pattern × name) at
 * worst, so a hostile pyproject.toml cannot make a pattern that backtracks for ever.
 */
function matchComponent(tokens, name) {
    const text = [...name];
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        const tok = tokens[p];
        if (tok === '*') {
            star = p++;
            resume = t;
        }
        else if (tok !== undefined && matchOne(tok, text[t])) {
            p++;
            t++;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (tokens[p] === '*')
        p++;
    return p === tokens.length;
}
/**
 * Whether `glob` (relative to `root`, or absolute) matches directory `dir`, component by component: `*`, `?`
 * and classes stay inside one component, `**` spans any number of them, as uv's expansion with the glob crate.
 * A leading dot needs no literal dot (the crate's default).
 */
function workspaceGlobMatches(glob, root, dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(glob) ? glob : `${root}/${glob}`;
    const pattern = abs.split(/[\\/]/).filter((c) => c !== '' && c !== '.');
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    // The root's own components are literal, whatever characters they hold.
    const rootParts = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let start = 0;
    if (!node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(glob)) {
        if (rootParts.some((p, n) => target[n] !== p))
            return false;
        start = rootParts.length;
    }
    const pats = pattern.slice(start).map((c) => {
        if (c === '**')
            return c;
        if (c.includes('**'))
            throw new Error(`invalid glob "${glob}": ** must be a whole path component`);
        return tokenize(glob, c);
    });
    // Memoised on (pattern, path) positions: any number of `**` stays polynomial.
    const seen = new Map();
    const match = (p, t) => {
        if (p === pats.length)
            return t === target.length;
        const id = p * (target.length + 1) + t;
        const known = seen.get(id);
        if (known !== undefined)
            return known;
        const pat = pats[p];
        let ok = false;
        if (pat === '**') {
            for (let k = t; k <= target.length && !ok; k++)
                ok = match(p + 1, k);
        }
        else {
            // `..` names a directory outside the root, which uv's comparison with the project path never matches.
            const part = target[t];
            ok = part !== undefined && part !== '..' && matchComponent(pat, part) && match(p + 1, t + 1);
        }
        seen.set(id, ok);
        return ok;
    };
    return match(0, start);
}
/** The workspace at `root` (its pyproject.toml is `file`) includes `dir`: a members glob matches, no exclude does. */
function includes(file, root, ws, dir) {
    const test = (key, glob) => {
        try {
            return workspaceGlobMatches(glob, root, dir);
        }
        catch (err) {
            throw new Error(`${file}: [tool.uv.workspace] ${key}: ${err instanceof Error ? err.message : err}`);
        }
    };
    return ws.members.some((g) => test('members', g)) && !ws.exclude.some((g) => test('exclude', g));
}
/** `d` and its parents, nearest first, stopping at the ceiling (when `d` is inside it) or the filesystem root. */
function* upwards(d, ceiling) {
    const top = ceiling ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ceiling) : undefined;
    const rel = top ? node_path__WEBPACK_IMPORTED_MODULE_1__.relative(top, d) : '..';
    const bounded = top !== undefined && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel);
    for (;;) {
        yield d;
        if ((bounded && d === top) || node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d)
            return;
        d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d);
    }
}
/**
 * The uv project of `directory`; undefined where uv finds none: no pyproject.toml at or above it, one that is
 * neither a project nor a workspace root, or `[tool.uv] managed = false`. A pyproject.toml that is not valid
 * TOML throws with its path (uv refuses it too).
 */
function locateUvProject(directory, env, opts = {}) {
    const start = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(directory);
    let projectDir;
    for (const d of upwards(start, opts.ceiling)) {
        if (isFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'pyproject.toml'))) {
            projectDir = d;
            break;
        }
    }
    if (!projectDir)
        return undefined;
    const pyproject = node_path__WEBPACK_IMPORTED_MODULE_1__.join(projectDir, 'pyproject.toml');
    const doc = readPyproject(pyproject);
    if (uvTable(doc)?.managed === false)
        return undefined;
    const name = asTable(doc.project)?.name;
    const hasProject = asTable(doc.project) !== undefined;
    let root = projectDir;
    let workspace = workspaceTable(doc) !== undefined;
    if (!workspace) {
        if (!hasProject)
            return undefined;
        for (const d of upwards(projectDir, opts.ceiling)) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'pyproject.toml');
            if (d === projectDir || !isFile(file))
                continue;
            // The first pyproject.toml above decides, whatever it holds.
            const ws = workspaceTable(readPyproject(file));
            if (ws && includes(file, d, ws, projectDir)) {
                root = d;
                workspace = true;
            }
            break;
        }
    }
    const lockFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'uv.lock');
    const custom = env.UV_PROJECT_ENVIRONMENT;
    const project = {
        directory: start,
        projectDir,
        pyproject,
        root,
        workspace,
        member: root !== projectDir,
        lockFile,
        lockExists: isFile(lockFile),
        environment: (0,_venv_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .projectVenv */ .HE)(root, env),
        environmentFrom: custom ? 'UV_PROJECT_ENVIRONMENT' : 'default',
    };
    if (typeof name === 'string')
        project.name = (0,_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePackageName */ .N)(name);
    return project;
}
/**
 * locateUvProject for a caller whose tool reports a broken pyproject.toml in its own words (uv sync, deptry,
 * the linters): undefined instead of an error, and the tool's message is the one the user gets.
 */
function locateUvProjectLeniently(directory, env, opts = {}) {
    try {
        return locateUvProject(directory, env, opts);
    }
    catch {
        return undefined;
    }
}
/**
 * How a summary names the project: its directory relative to `relativeTo` and, in a workspace, its part in it
 * (`member of the uv workspace at .`, `root of a uv workspace`).
 */
function describeUvProject(p, relativeTo) {
    const rel = (d) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(relativeTo, d).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
    const dir = rel(p.projectDir);
    if (p.member)
        return { dir, role: `member of the uv workspace at ${rel(p.root)}` };
    if (p.workspace)
        return { dir, role: 'root of a uv workspace' };
    return { dir };
}


/***/ }),

/***/ 443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ countInstalled),
/* harmony export */   HE: () => (/* binding */ projectVenv),
/* harmony export */   Sg: () => (/* binding */ venvBinDir),
/* harmony export */   qb: () => (/* binding */ venvPython),
/* harmony export */   xV: () => (/* binding */ runnerDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function lib(os) {
    return os === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32 : node_path__WEBPACK_IMPORTED_MODULE_1__.posix;
}
/** Where a virtual environment keeps its executables: `bin` on POSIX, `Scripts` on Windows. */
function venvBinDir(venv, os = process.platform) {
    return lib(os).join(venv, os === 'win32' ? 'Scripts' : 'bin');
}
function venvPython(venv, os = process.platform) {
    return lib(os).join(venvBinDir(venv, os), os === 'win32' ? 'python.exe' : 'python');
}
/**
 * The environment `uv sync` uses: UV_PROJECT_ENVIRONMENT (relative to the workspace root) or `.venv` there.
 * `root` is the uv workspace root (uv-project.ts finds it), which for a lone project is its own directory.
 */
function projectVenv(root, env, os = process.platform) {
    const p = lib(os);
    const custom = env.UV_PROJECT_ENVIRONMENT;
    return custom ? p.resolve(root, custom) : p.join(root, '.venv');
}
/**
 * Cache locations on a runner: uv's cache under RUNNER_TEMP (wiped with the job, so the cache service is
 * what carries it), and uv-managed Pythons under the tool cache (kept on self-hosted runners).
 * UV_CACHE_DIR / UV_PYTHON_INSTALL_DIR set by the user win.
 */
function runnerDirs(env, tempDir, toolCacheDir, os = process.platform) {
    const p = lib(os);
    return {
        uvCache: env.UV_CACHE_DIR || p.join(tempDir, 'setup-uv-cache'),
        pythonInstall: env.UV_PYTHON_INSTALL_DIR || p.join(toolCacheDir, 'uv-python'),
    };
}
/** Counts installed distributions (`*.dist-info`) in a venv's site-packages; 0 when there is none. */
function countInstalled(venv, os = process.platform) {
    const dirs = [];
    if (os === 'win32')
        dirs.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(venv, 'Lib', 'site-packages'));
    else {
        const libDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(venv, 'lib');
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(libDir)) {
            for (const d of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(libDir))
                if (d.startsWith('python'))
                    dirs.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(libDir, d, 'site-packages'));
        }
    }
    let n = 0;
    for (const d of dirs) {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(d))
            continue;
        for (const e of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(d))
            if (e.endsWith('.dist-info'))
                n++;
    }
    return n;
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ toolCacheArch),
/* harmony export */   aI: () => (/* binding */ archiveExt),
/* harmony export */   jN: () => (/* binding */ currentPlatform),
/* harmony export */   qD: () => (/* binding */ rustTarget),
/* harmony export */   uu: () => (/* binding */ exeName)
/* harmony export */ });
const OSES = ['linux', 'darwin', 'win32'];
const ARCHES = ['x64', 'arm64'];
/** Maps node's process.platform / process.arch to a supported platform, or says which are supported. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    if (!OSES.includes(platform)) {
        throw new Error(`Unsupported operating system '${platform}': tools are provisioned for ${OSES.join(', ')}`);
    }
    if (!ARCHES.includes(arch)) {
        throw new Error(`Unsupported CPU architecture '${arch}': tools are provisioned for ${ARCHES.join(', ')}`);
    }
    return { os: platform, arch: arch };
}
/** The file name of an executable: `.exe` is added on Windows. */
function exeName(name, platform) {
    return platform.os === 'win32' ? `${name}.exe` : name;
}
/** The Rust target triple that Rust projects (uv, ruff, ...) name their release assets after. */
function rustTarget(platform) {
    const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
    switch (platform.os) {
        case 'linux':
            return `${cpu}-unknown-linux-gnu`;
        case 'darwin':
            return `${cpu}-apple-darwin`;
        case 'win32':
            return `${cpu}-pc-windows-msvc`;
    }
}
/** The usual archive kind of a platform's release assets. */
function archiveExt(platform) {
    return platform.os === 'win32' ? '.zip' : '.tar.gz';
}
/** The arch folder name in the tool cache; @actions/tool-cache uses node's os.arch() names. */
function toolCacheArch(platform) {
    return platform.arch;
}


/***/ }),

/***/ 1917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ pathCandidates),
/* harmony export */   UK: () => (/* binding */ readToolSource),
/* harmony export */   Uy: () => (/* binding */ TOOL_SOURCE_INPUT),
/* harmony export */   _3: () => (/* binding */ TOOL_SOURCES)
/* harmony export */ });
/* unused harmony exports untrustedRoots, isInside */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);



/**
 * Where a tool may come from. The pull request's author controls the workspace (and so the project's venv,
 * which `uv sync` fills with the scripts its pyproject.toml declares), so on the runner a tool comes only
 * from a verified source unless the workflow asks for PATH with the one input every action shares.
 */
/** The input every action that runs a downloaded tool reads. */
const TOOL_SOURCE_INPUT = 'tool-source';
const TOOL_SOURCES = ['verified', 'path'];
/** `tool-source`: given, or `verified` on the runner and `path` in the terminal (the CLI, the pre-commit hook). */
function readToolSource(r, rt) {
    return r.choice(TOOL_SOURCE_INPUT, TOOL_SOURCES, rt.kind === 'github' ? 'verified' : 'path');
}
async function real(p) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath(p).catch(() => undefined);
}
/**
 * Folders no tool is ever taken from on the runner: the workspace and the project's environment (wherever
 * VIRTUAL_ENV or UV_PROJECT_ENVIRONMENT put it), symlinks resolved.
 */
async function untrustedRoots(rt) {
    const names = [rt.env.GITHUB_WORKSPACE, rt.workspace, rt.env.VIRTUAL_ENV, rt.env.UV_PROJECT_ENVIRONMENT];
    const dirs = names.filter((d) => d !== undefined && d.trim() !== '' && node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(d));
    const out = new Set();
    for (const d of dirs) {
        out.add(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(d));
        const r = await real(d);
        if (r)
            out.add(r);
    }
    return [...out];
}
function isInside(file, roots) {
    return roots.some((root) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, file);
        return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
    });
}
async function isExecutableFile(file) {
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file).catch(() => undefined);
    if (!st?.isFile())
        return false;
    if (process.platform === 'win32')
        return true;
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/**
 * The copies of `name` on PATH, in PATH order. On the runner an entry inside the workspace or the project's
 * environment is skipped (by its real path, so a symlink out of the workspace into it is skipped too), with a
 * debug line; in the terminal every copy is offered and the caller prints which one ran.
 */
async function pathCandidates(name, rt, platform) {
    const roots = rt.kind === 'github' ? await untrustedRoots(rt) : [];
    const out = [];
    const seen = new Set();
    for (const dir of (rt.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir === '' || !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(dir))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .exeName */ .uu)(name, platform));
        if (!(await isExecutableFile(file)))
            continue;
        const realFile = (await real(file)) ?? file;
        if (seen.has(realFile))
            continue;
        seen.add(realFile);
        if (isInside(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file), roots) || isInside(realFile, roots)) {
            rt.debug(`${file} is inside the workspace or the project's environment; never run from there`);
            continue;
        }
        out.push({ file, real: realFile });
    }
    return out;
}


/***/ })

};
