export const id = 543;
export const ids = [543];
export const modules = {

/***/ 3962:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/cache.ts





/** GitHub rejects keys longer than this (and commas in keys). */
const MAX_KEY_LENGTH = 512;
/** Makes one key segment URL- and key-safe: no commas, slashes or spaces, bounded length. */
function keySegment(value) {
    const safe = value.replace(/[^A-Za-z0-9._+=-]+/g, '_').replace(/^_+|_+$/g, '');
    return safe.length > 64 ? `${safe.slice(0, 40)}_${shortHash(value)}` : safe || '_';
}
function shortHash(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 12);
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
        for await (const f of external_node_fs_.promises.glob(pattern, {
            cwd,
            exclude: (p) => p.includes('node_modules') || p.includes('.venv'),
        })) {
            files.add(f.split(external_node_path_.sep).join('/'));
        }
    }
    if (files.size === 0)
        return '';
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const f of [...files].sort()) {
        const st = await external_node_fs_.promises.stat(external_node_path_.join(cwd, f));
        if (!st.isFile())
            continue;
        h.update(`${f}\0`);
        h.update(await external_node_fs_.promises.readFile(external_node_path_.join(cwd, f)));
        h.update('\0');
    }
    return h.digest('hex');
}
// Events where a cache written by the job could be read by more privileged runs of other refs: untrusted
// code can run with write access to the default branch's cache scope.
const POISONING_EVENTS = new Set(['pull_request_target', 'workflow_run', 'release', 'issue_comment']);
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
    const started = external_node_perf_hooks_.performance.now();
    const done = (r) => ({
        ...r,
        key,
        durationMs: Math.round(external_node_perf_hooks_.performance.now() - started),
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
        const why = (0,errors/* errorMessage */.gJ)(err);
        rt.warning(`Cache restore of ${key} failed, continuing without it: ${why}`);
        return done({ hit: 'miss', sizeBytes: 0, unavailable: why });
    }
}
async function saveCache(rt, paths, key, opts = {}) {
    const started = external_node_perf_hooks_.performance.now();
    const done = (saved, sizeBytes, skipped) => ({
        saved,
        key,
        sizeBytes,
        durationMs: Math.round(external_node_perf_hooks_.performance.now() - started),
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
        if (external_node_fs_.existsSync(p))
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
        const why = (0,errors/* errorMessage */.gJ)(err);
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
            st = await external_node_fs_.promises.lstat(p);
        }
        catch {
            return;
        }
        if (st.isFile())
            total += st.size;
        else if (st.isDirectory()) {
            const entries = await external_node_fs_.promises.readdir(p);
            await Promise.all(entries.map((e) => walk(external_node_path_.join(p, e))));
        }
    };
    await Promise.all(paths.map(walk));
    return total;
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
// EXTERNAL MODULE: ./src/provision/provision.ts
var provision = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/provision/pypi-wheel.ts + 1 modules
var pypi_wheel = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/provision/tools/uv.ts + 1 modules
var tools_uv = __webpack_require__(5588);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/caches.ts


/** The runner's names for OS and architecture (as in RUNNER_OS / RUNNER_ARCH). */
function runnerOs(platform = process.platform) {
    return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}
/** The project's directory for a key: its path in the workspace, or a hash of its absolute path outside it. */
function projectKeyPart(workspace, projectDir) {
    const rel = external_node_path_.relative(workspace, projectDir).split(external_node_path_.sep).join('/');
    if (rel === '')
        return 'root';
    if (rel.startsWith('../') || external_node_path_.isAbsolute(rel) || rel.length > 24)
        return shortHash(external_node_path_.resolve(projectDir));
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
    const os = runnerOs(i.platform);
    const arch = i.arch ?? process.arch;
    const project = projectKeyPart(i.workspace, i.projectDir);
    const lockHash = (await hashFiles(i.dependencyGlobs, i.projectDir)) || 'nolock';
    const py = pythonKeyPart(i.pythonRequest);
    const plans = [];
    if (i.enabled.uvCache) {
        const k = buildCacheKey({
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
        const where = shortHash(`${i.dirs.venv}\0${i.syncArgs.join(' ')}`);
        const k = buildCacheKey({
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
        const k = buildCacheKey({ kind: 'python', os, arch, parts: [py, `uv${i.uvVersion}`], suffix: i.suffix });
        plans.push({ name: 'python', paths: [i.dirs.pythonInstall], ...k });
    }
    return plans;
}

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
        workingDirectory: external_node_path_.resolve(rt.workspace, wd),
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
        githubToken: r.string('github-token'),
    };
}

// EXTERNAL MODULE: ./src/actions/setup-uv-cached/paths.ts
var paths = __webpack_require__(7416);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/setup-uv-cached/summary.ts



const HIT_LABEL = { exact: '✅ hit', partial: '🟡 partial (restore key)', miss: '❌ miss' };
function uvSource(uv) {
    if (uv.source === 'download')
        return `downloaded, SHA-256 verified (${(0,markdown/* code */.aY)(`${uv.sha256?.slice(0, 12)}…`)})`;
    return uv.source === 'path' ? 'found on PATH' : 'tool-cache (no download)';
}
/** The job summary: verdict line first, then versions, caches and the sync. */
function renderSummary(s) {
    const rel = external_node_path_.relative(s.workspace, s.projectDir) || '.';
    const out = [];
    const installed = s.sync?.installed ?? 0;
    const total = s.sync ? (0,paths/* countInstalled */.Gh)(s.venv) : 0;
    const head = `✅ **setup-uv-cached**: uv ${s.uv.version}, Python ${s.python.version}`;
    out.push(s.sync
        ? `${head}; \`${rel}\` synced in ${s.sync.durationMs} ms (${installed} installed, ${Math.max(0, total - installed)} reused).`
        : `${head}.`, '');
    out.push((0,markdown/* table */.tp)(['', 'version', 'from'], [
        ['uv', s.uv.version, `${(0,markdown/* escapeCell */.kq)(s.uvFrom)}; ${uvSource(s.uv)}`],
        ['Python', s.python.version, `${(0,markdown/* escapeCell */.kq)(s.python.from ?? 'uv default')}; ${(0,markdown/* code */.aY)(s.python.path)}`],
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
        out.push(`uv sync: ${(0,markdown/* formatDuration */.a3)(st.durationMs)}; resolved ${st.resolved ?? '?'}, installed ${st.installed}, uninstalled ${st.uninstalled}, downloaded or built ${st.prepared}; ${st.createdVenv ? 'new' : 'existing'} environment at \`${where}\`.`);
    }
    return `${out.join('\n')}\n`;
}

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
    const table = tools_uv.uvSpec.checksums;
    const uvVersion = resolveUvVersion(i, Object.keys(table), (0,checksum/* newestVersion */.Rg)(table));
    const python = resolvePythonRequest(i.pythonVersion, i.workingDirectory);
    const caching = cachingEnabled(i, rt);
    // Environment for every uv call from here on, and for later steps when running on the runner.
    const setEnv = (name, value) => {
        env[name] = value;
        if (rt.kind === 'github')
            rt.exportVariable(name, value);
    };
    const dirs = (0,paths/* runnerDirs */.xV)(env, rt.tempDir, rt.toolCacheDir);
    if (caching) {
        setEnv('UV_CACHE_DIR', dirs.uvCache);
        if (i.cachePython)
            setEnv('UV_PYTHON_INSTALL_DIR', dirs.pythonInstall);
    }
    if (python)
        setEnv('UV_PYTHON', python.value);
    const venv = (0,paths/* projectVenv */.HE)(i.workingDirectory, env);
    const plans = caching
        ? await planCaches({
            workspace: rt.workspace,
            projectDir: i.workingDirectory,
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
        (0,provision.provisionTool)(tools_uv.uvSpec, {
            version: uvVersion.value,
            runtime: rt,
            mirror: i.mirror,
            checksum: i.checksum,
            // GitHub unreachable (proxies, air-gapped runners): the same binaries from PyPI's uv wheel, verified
            // against the index's digest. Never used after a checksum mismatch.
            fallback: (0,pypi_wheel.uvFromPyPI)(),
        }),
        ...plans.map((p) => restoreCache(rt, p.paths, p.key, p.restoreKeys)),
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
        rt.addPath((0,paths/* venvBinDir */.Sg)(venv));
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
        workspace: rt.workspace,
    }));
}
/** The interpreter of the synced venv, else the one uv would use for this project. */
async function findPython(uv, i, env, venv) {
    const inVenv = (0,paths/* venvPython */.qb)(venv);
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
        const r = await saveCache(rt, paths, c.key);
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

/***/ 7416:
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
/** The environment `uv sync` uses: UV_PROJECT_ENVIRONMENT (relative to the project) or `.venv`. */
function projectVenv(projectDir, env, os = process.platform) {
    const p = lib(os);
    const custom = env.UV_PROJECT_ENVIRONMENT;
    return custom ? p.resolve(projectDir, custom) : p.join(projectDir, '.venv');
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

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kc: () => (/* binding */ displayCommand),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* unused harmony export killTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2000;
/** Renders argv for a log line; never used to run anything. */
function displayCommand(file, args) {
    return [file, ...args]
        .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
class Capture {
    max;
    chunks = [];
    size = 0;
    truncated = false;
    constructor(max) {
        this.max = max;
    }
    push(b) {
        if (this.size >= this.max) {
            this.truncated = true;
            return;
        }
        const room = this.max - this.size;
        const kept = b.length > room ? b.subarray(0, room) : b;
        if (kept.length < b.length)
            this.truncated = true;
        this.chunks.push(kept);
        this.size += kept.length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/**
 * Runs one program with an argv array (never through a shell). The child leads its own process group on
 * POSIX so that a timeout ends it and everything it started.
 */
function execTool(file, args, opts = {}) {
    const command = displayCommand(file, args);
    const ok = opts.okExitCodes ?? [0];
    const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const out = new Capture(max);
    const err = new Capture(max);
    let tail = '';
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
                cwd: opts.cwd,
                env: opts.env ?? process.env,
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                windowsHide: true,
            });
        }
        catch (e) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, null, '', `could not be started: ${e.message}`));
            return;
        }
        let timedOut = false;
        let timer;
        let killTimer;
        if (opts.timeoutMs && opts.timeoutMs > 0) {
            timer = setTimeout(() => {
                timedOut = true;
                killTree(child.pid, 'SIGTERM');
                killTimer = setTimeout(() => killTree(child.pid, 'SIGKILL'), KILL_GRACE_MS);
            }, opts.timeoutMs);
        }
        const partial = { stdout: '', stderr: '' };
        const onData = (stream, cap) => (b) => {
            cap.push(b);
            const s = b.toString('utf8');
            tail = (tail + s).slice(-TAIL_BYTES);
            opts.onOutput?.(s, stream);
            if (opts.onLine) {
                const lines = (partial[stream] + s).split(/\r?\n/);
                partial[stream] = lines.pop() ?? '';
                for (const line of lines)
                    opts.onLine(line, stream);
            }
        };
        const flushLines = () => {
            for (const stream of ['stdout', 'stderr']) {
                if (partial[stream])
                    opts.onLine?.(partial[stream], stream);
                partial[stream] = '';
            }
        };
        child.stdout?.on('data', onData('stdout', out));
        child.stderr?.on('data', onData('stderr', err));
        child.stdin?.on('error', () => {
            /* the tool may exit before reading its input */
        });
        child.stdin?.end(opts.input ?? '');
        child.on('error', (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const why = e.code === 'ENOENT' ? 'was not found (is it installed and on PATH?)' : `failed: ${e.message}`;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, null, tail, why));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            flushLines();
            const result = {
                command,
                exitCode: code,
                signal,
                stdout: out.text(),
                stderr: err.text(),
                truncated: out.truncated || err.truncated,
                timedOut,
                durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() - started),
                tail: lastLines(tail, 30),
            };
            if (timedOut) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, code, result.tail, `timed out after ${opts.timeoutMs} ms and was stopped`));
            }
            else if (code === null || !ok.includes(code)) {
                const why = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
                reject(Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4(command, code, result.tail, why), { result }));
            }
            else {
                resolve(result);
            }
        });
    });
}
/** Ends a process and its group (POSIX) or its tree (Windows). Safe to call on a process that is gone. */
function killTree(pid, signal) {
    if (!pid)
        return;
    try {
        if (process.platform === 'win32') {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
        }
        else {
            process.kill(-pid, signal);
        }
    }
    catch {
        try {
            process.kill(pid, signal);
        }
        catch {
            /* already gone */
        }
    }
}
function lastLines(text, n) {
    const lines = text.split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines.slice(-n).join('\n');
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
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2642);
/* harmony import */ var _checksum_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6408);
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** Small helpers for GitHub-flavoured Markdown that stays valid whatever text the tools put in it. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Text for one table cell: HTML is escaped (a message quoting `<script>` stays text), Markdown
 * punctuation is backslash-escaped, `|` cannot end the cell and a newline becomes `<br>`.
 */
function escapeCell(text) {
    return escapeHtml(text)
        .replace(/\r\n?/g, '\n')
        .replace(/([\\`*_~[\]|#!])/g, '\\$1')
        .replace(/\n/g, '<br>');
}
/** Text for a line outside a table (a headline): as a cell, but newlines become spaces. */
function escapeInline(text) {
    return escapeCell(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
/**
 * Monospace text that is safe in a table cell. A code span cannot hold a `|` inside a table, so this
 * is `<code>` around escaped text; Markdown still applies inside it, hence the escaping of `__init__`.
 */
function code(text) {
    return `<code>${escapeInline(text)}</code>`;
}
/** A table; `cells` must already be escaped (escapeCell / code). */
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A collapsible block. Blank lines around the body let GitHub render Markdown inside the HTML. */
/** A fenced code block that no backtick run inside the text can close early. */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}
/** Cuts text to at most `max` characters (not splitting a surrogate pair), marking the cut with `…`. */
function clip(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const m = Math.floor(ms / 60_000);
    return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** Bytes in binary units: `812 B`, `3.4 MiB`, `1.2 GiB`. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}


/***/ })

};
