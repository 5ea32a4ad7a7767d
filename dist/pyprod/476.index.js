export const id = 476;
export const ids = [476];
export const modules = {

/***/ 7476:
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
// EXTERNAL MODULE: ./src/actions/setup-uv-cached/caches.ts
var setup_uv_cached_caches = __webpack_require__(4481);
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
        ? await (0,setup_uv_cached_caches/* planCaches */.dC)({
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


/***/ })

};
