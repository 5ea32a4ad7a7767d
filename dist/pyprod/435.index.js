export const id = 435;
export const ids = [435];
export const modules = {

/***/ 1435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countIgnoreEntries: () => (/* binding */ countIgnoreEntries),
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(7667);
// EXTERNAL MODULE: ./src/findings/baseline.ts
var findings_baseline = __webpack_require__(6635);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/provision/platform.ts
var provision_platform = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/provision/provision.ts
var provision_provision = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/provision/trust.ts
var trust = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/provision/url.ts
var url = __webpack_require__(3606);
;// CONCATENATED MODULE: ./src/provision/go-build.ts








const gitleaksGoBuild = {
    name: 'gitleaks',
    module: 'github.com/zricethezav/gitleaks/v8',
    ldflagsX: (v) => [`github.com/zricethezav/gitleaks/v8/version.Version=${v}`],
    versionProbe: { args: ['version'], pattern: /^v?(\d+\.\d+\.\d+\S*)\s*$/m },
};
const SUMDB = 'sum.golang.org';
/** A pattern matching no module: set where an empty value would let `go env -w` settings through. */
const NO_MODULE = 'none.invalid';
/**
 * The environment `go install` runs with: the checksum database on for every module. Go falls back to its
 * config file (`go env -w`) for a variable that is empty, so the exemption lists are set to a pattern that
 * matches nothing rather than cleared; GOFLAGS (which could carry -insecure or -mod=mod) is replaced.
 */
function goBuildEnv(base, effective, gobin) {
    const notes = [];
    const env = { ...base };
    for (const k of ['GONOSUMDB', 'GONOSUMCHECK', 'GONOVERIFY', 'GOPRIVATE', 'GONOPROXY', 'GOINSECURE']) {
        if ((effective[k] ?? base[k] ?? '').trim() !== '')
            notes.push(`${k}=${effective[k] ?? base[k]} ignored`);
        env[k] = NO_MODULE;
    }
    const sumdb = (effective.GOSUMDB ?? base.GOSUMDB ?? '').trim();
    // "sum.golang.org" or "sum.golang.org+<key> <proxy URL>": the same database, maybe through a proxy.
    const keepSumdb = sumdb === SUMDB || sumdb.startsWith(`${SUMDB}+`) || sumdb.startsWith(`${SUMDB} `);
    if (sumdb !== '' && !keepSumdb)
        notes.push(`GOSUMDB=${sumdb} replaced by ${SUMDB}`);
    env.GOSUMDB = keepSumdb ? sumdb : SUMDB;
    const flags = (effective.GOFLAGS ?? base.GOFLAGS ?? '').trim();
    if (flags !== '')
        notes.push(`GOFLAGS=${flags} ignored`);
    env.GOFLAGS = '-trimpath';
    env.GOWORK = 'off';
    env.GOBIN = gobin;
    env.CGO_ENABLED = '0';
    return { env, notes };
}
function goInstallArgs(spec, version) {
    const x = spec.ldflagsX(version).map((f) => `-X=${f}`);
    return ['install', '-trimpath', `-ldflags=${x.join(' ')}`, `${spec.module}@v${version}`];
}
/** GOPROXY for a log line: each URL without credentials. */
function shownProxy(value) {
    return value.trim() === '' ? 'default' : value.replace(/[^,|]+/g, (u) => (0,url/* redactUrl */.B)(u.trim()));
}
/** What to do when no source worked, naming the inputs that fix it. */
function noSourceHelp(name) {
    return (`set 'mirror' to a server holding the ${name} release assets (with 'checksum' if they are rebuilt), ` +
        `install Go (outside the workspace) so that ${name} can be built from the Go module proxy, ` +
        `or set '${trust/* TOOL_SOURCE_INPUT */.Uy}: path' with ${name} installed outside the workspace`);
}
/** A `go` on PATH outside the workspace and the project's environment, or undefined. */
async function findTrustedGo(rt, platform) {
    // The workspace is never trusted for the compiler, in the terminal too.
    const candidates = await (0,trust/* pathCandidates */.IB)('go', { ...rt, kind: 'github' }, platform);
    return candidates[0]?.real;
}
/**
 * Builds `spec` at `version` with `go install` into a staging folder, checks the version it reports, and places
 * it in the tool cache with a record saying how it was verified.
 */
async function buildWithGo(spec, version, rt, platform = (0,provision_platform/* currentPlatform */.jN)()) {
    const host = (0,provision_platform/* currentPlatform */.jN)();
    if (platform.os !== host.os || platform.arch !== host.arch) {
        throw new Error(`a Go build makes ${spec.name} only for this machine (${host.os} ${host.arch})`);
    }
    const go = await findTrustedGo(rt, platform);
    if (!go)
        throw new Error(`no trusted 'go' on PATH to build ${spec.name} from the Go module proxy`);
    const keys = [
        'GOPROXY',
        'GOSUMDB',
        'GONOSUMDB',
        'GOPRIVATE',
        'GONOPROXY',
        'GOINSECURE',
        'GOFLAGS',
        'GOVERSION',
    ];
    // GOFLAGS is replaced for the build anyway, and a bad one (-insecure) would make `go env` itself fail.
    const probe = await (0,exec/* execTool */.wc)(go, ['env', '-json', ...keys], {
        env: { ...rt.env, GOFLAGS: '-trimpath' },
        timeoutMs: 60_000,
    });
    const effective = JSON.parse(probe.stdout);
    delete effective.GOFLAGS;
    const { placeVerified, privateWorkDir } = await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 6009));
    const work = await privateWorkDir(rt, 'go-build');
    try {
        const args = goInstallArgs(spec, version);
        const sumdb = (goBuildEnv(rt.env, effective, work).env.GOSUMDB ?? SUMDB).split(/\s/)[0];
        const proxy = shownProxy(effective.GOPROXY ?? '');
        const verification = `built from the Go module proxy, verified by Go's checksum database (GOSUMDB=${sumdb})`;
        const dir = await placeVerified({
            rt,
            name: spec.name,
            version,
            arch: (0,provision_platform/* toolCacheArch */.Tm)(platform),
            platform,
            binaries: [spec.name],
            provenance: { source: `go install ${spec.module}@v${version} (GOPROXY=${proxy})`, verification },
            what: `The Go build of ${spec.name}`,
            async fill(staging) {
                const { env, notes } = goBuildEnv(rt.env, effective, staging);
                for (const n of notes)
                    rt.info(`Go build of ${spec.name}: ${n} (the checksum database stays on)`);
                rt.info(`Building ${spec.name} ${version} from the Go module proxy (${proxy}) with ${go} (${effective.GOVERSION ?? 'go'}); ` +
                    `Go's checksum database verifies the module. The first build takes a minute or two.`);
                await (0,exec/* execTool */.wc)(go, args, { cwd: work, env, timeoutMs: 20 * 60_000, maxOutputBytes: 1024 * 1024 });
                const bin = external_node_path_.join(staging, (0,provision_platform/* exeName */.uu)(spec.name, platform));
                const r = await (0,exec/* execTool */.wc)(bin, spec.versionProbe.args, { env: rt.env, timeoutMs: 15_000 });
                const got = spec.versionProbe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
                if (got !== version) {
                    throw new Error(`the Go build of ${spec.name} reports version ${got ?? '(none)'}, not ${version}`);
                }
                return staging;
            },
        });
        const t = (0,provision_provision/* provisioned */.dq)(spec, version, dir, 'go-build', platform, verification);
        rt.info(`Built and cached ${spec.name} ${version} in ${dir}: ${verification}`);
        return t;
    }
    finally {
        await promises_.rm(work, { recursive: true, force: true });
    }
}
/** The fallback for gitleaks: a Go build when GitHub's release cannot be reached; else an error naming the fixes. */
function gitleaksFromGo() {
    return async (ctx) => {
        try {
            return await buildWithGo(gitleaksGoBuild, ctx.version, ctx.runtime, ctx.platform);
        }
        catch (err) {
            throw new Error(`${(0,errors/* errorMessage */.gJ)(err)}. To get ${ctx.spec.name}: ${noSourceHelp(ctx.spec.name)}`, {
                cause: err,
            });
        }
    };
}

// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/provision/checksums/gitleaks.json
const gitleaks_namespaceObject = /*#__PURE__*/JSON.parse('{"8.30.1":{"gitleaks_8.30.1_darwin_arm64.tar.gz":"b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5","gitleaks_8.30.1_darwin_x64.tar.gz":"dfe101a4db2255fc85120ac7f3d25e4342c3c20cf749f2c20a18081af1952709","gitleaks_8.30.1_linux_arm64.tar.gz":"e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080","gitleaks_8.30.1_linux_x64.tar.gz":"551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb","gitleaks_8.30.1_windows_arm64.zip":"b95f5e4f5c425cedca7ee203d9afd29597e692c4924a12ed42f970537c72cc0f","gitleaks_8.30.1_windows_x64.zip":"d29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e"},"8.30.0":{"gitleaks_8.30.0_darwin_arm64.tar.gz":"b251ab2bcd4cd8ba9e56ff37698c033ebf38582b477d21ebd86586d927cf87e7","gitleaks_8.30.0_darwin_x64.tar.gz":"ca221d012d247080c2f6f61f4b7a83bffa2453806b0c195c795bbe9a8c775ed5","gitleaks_8.30.0_linux_arm64.tar.gz":"b4cbbb6ddf7d1b2a603088cd03a4e3f7ce48ee7fd449b51f7de6ee2906f5fa2f","gitleaks_8.30.0_linux_x64.tar.gz":"79a3ab579b53f71efd634f3aaf7e04a0fa0cf206b7ed434638d1547a2470a66e","gitleaks_8.30.0_windows_x64.zip":"54fe94f644b832dd08e8c3a5915efb3bfa862386d59fb27ca0792cb687a83573"},"8.29.1":{"gitleaks_8.29.1_darwin_arm64.tar.gz":"69836c841d7e648fb30ff4846f8c3587855c5754ed02b8510caaf6008f65d177","gitleaks_8.29.1_darwin_x64.tar.gz":"2cd739c684bf3f543f4f37774075c276e40a72bb16c4c5bb9dfd27bf4a4465a7","gitleaks_8.29.1_linux_arm64.tar.gz":"691f826ce7c1c564c9c02d0f9025e8e70803e3816707a4be6224408a06a81eaa","gitleaks_8.29.1_linux_x64.tar.gz":"e4eb209d04e20339d77122a3bdf9cd41351255cfb27ebcb75e85325e04f88924","gitleaks_8.29.1_windows_x64.zip":"e4b7d556f0cddbe23d10d8fac2ab0f29f68f019091c6599ffbeaa8a4fb71ac78"},"8.21.3":{"gitleaks_8.21.3_darwin_arm64.tar.gz":"d36255d533d6b286d0e4d8ddb30647400b62589b266d476fc746be3d35dd4910","gitleaks_8.21.3_darwin_x64.tar.gz":"46cd2e5ec38e1139d7ccf65f0402f17e484a57ef0e865b79e7408f40114c8d89","gitleaks_8.21.3_linux_x64.tar.gz":"38e048cf3db314e81da47c0beabe5ee28989243a953a06778143184f7a12a50d"}}');
;// CONCATENATED MODULE: ./src/provision/tools/gitleaks.ts



/**
 * gitleaks' GitHub releases (goreleaser): `gitleaks_<version>_<os>_<arch>.tar.gz` (`.zip` on Windows) with
 * the `gitleaks` binary at the archive root; os is linux, darwin or windows and arch x64 or arm64 (goreleaser
 * renames amd64 to x64). Each release also has `gitleaks_<version>_checksums.txt`.
 *
 * The digests in checksums/gitleaks.json are upstream's, as published in those checksums files and pinned by
 * public projects (install scripts, Dockerfiles, hermit's gitleaks.hcl). An asset whose digest we could not
 * confirm is left out; for it the `checksum` input is required.
 */
const GITLEAKS_CHECKSUMS = gitleaks_namespaceObject;
/** The version the action installs by default (the `version` input's default in action.yml). */
const GITLEAKS_DEFAULT_VERSION = '8.30.1';
/** The newest version in the table; a unit test keeps it equal to GITLEAKS_DEFAULT_VERSION. */
const GITLEAKS_NEWEST_KNOWN = (0,checksum/* newestVersion */.Rg)(GITLEAKS_CHECKSUMS);
const OS_NAME = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
function gitleaksAsset(version, platform) {
    return `gitleaks_${version}_${OS_NAME[platform.os]}_${platform.arch}${(0,provision_platform/* archiveExt */.aI)(platform)}`;
}
const gitleaksSpec = {
    name: 'gitleaks',
    defaultBaseUrl: 'https://github.com/gitleaks/gitleaks/releases/download',
    asset: gitleaksAsset,
    releasePath: (version, platform) => `v${version}/${gitleaksAsset(version, platform)}`,
    archiveRoot: () => '',
    binaries: ['gitleaks'],
    checksums: GITLEAKS_CHECKSUMS,
    // `gitleaks version` prints the bare version ("8.30.1"); a build without the version ldflag prints
    // "version is set by build process", which matches nothing and so is never taken for a pinned version.
    versionProbe: { args: ['version'], pattern: /^v?(\d+\.\d+\.\d+\S*)\s*$/m },
};

// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/core/git.ts
var git = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/actions/secret-scan/base-config.ts



/**
 * A pull request controls the files it changes, the scanner's own configuration among them: a `.gitleaks.toml`
 * whose allowlist covers the new secret, or a `.gitleaksignore` line naming it, would pass the very scan it
 * configures (the positive control cannot see a narrow allowlist). So on pull request events a configuration
 * file the range changes is replaced by the range base's version: the change is still scanned as code, and
 * takes effect once a maintainer merges it.
 */
const UNTRUSTED_CONFIG_EVENTS = new Set(['pull_request', 'pull_request_target']);
async function changedInRange(gitRoot, base, head, rel) {
    const r = await (0,git/* git */.$Y)(gitRoot, ['diff', '--quiet', '--no-ext-diff', base, head, '--', rel], {
        okExitCodes: [0, 1],
    });
    return r.exitCode === 1;
}
async function blobAt(gitRoot, commit, rel) {
    const spec = `${commit}:${rel}`;
    const exists = await (0,git/* git */.$Y)(gitRoot, ['cat-file', '-e', spec], { okExitCodes: [0, 1, 128] });
    if (exists.exitCode !== 0)
        return undefined;
    return (await (0,git/* git */.$Y)(gitRoot, ['cat-file', 'blob', spec], { maxOutputBytes: 16 * 1024 * 1024 })).stdout;
}
/**
 * The configuration a pull request's scan must use: undefined when the range `base..head` changes none of
 * `files` (the scan runs as usual); else the base's versions of the changed ones, in a private folder.
 */
async function baseConfig(opts) {
    const { gitRoot, base, head } = opts;
    const replaced = [];
    const seen = new Set();
    let dir;
    const privateDir = async () => {
        dir ??= await promises_.mkdtemp(external_node_path_.join(opts.tempDir, 'base-config-'));
        return dir;
    };
    for (const f of opts.files) {
        const rel = external_node_path_.relative(gitRoot, f.file).split(external_node_path_.sep).join('/');
        if (!rel || rel.startsWith('..') || external_node_path_.isAbsolute(rel) || seen.has(rel))
            continue;
        seen.add(rel);
        if (!(await changedInRange(gitRoot, base, head, rel)))
            continue;
        const blob = await blobAt(gitRoot, base, rel);
        let used;
        if (blob !== undefined) {
            used = external_node_path_.join(await privateDir(), `${f.role}-${(0,git/* shortSha */.Fu)(base)}`);
            await promises_.writeFile(used, blob, { mode: 0o600 });
        }
        replaced.push({ role: f.role, changed: rel, used });
    }
    if (replaced.length === 0)
        return undefined;
    const pick = (role, current) => {
        const r = replaced.find((x) => x.role === role);
        return r ? r.used : current;
    };
    const work = await privateDir();
    const source = external_node_path_.join(work, 'scan-root');
    await promises_.mkdir(source, { mode: 0o700 });
    let ignoreFile = pick('gitleaksignore', opts.ignoreFile);
    if (!ignoreFile) {
        ignoreFile = external_node_path_.join(work, 'no-gitleaksignore');
        await promises_.writeFile(ignoreFile, '', { mode: 0o600 });
    }
    const gitDir = await (0,git/* gitText */.q_)(gitRoot, ['rev-parse', '--absolute-git-dir']);
    return {
        base,
        replaced,
        config: pick('config', opts.config),
        ignoreFile,
        source,
        env: { ...opts.env, GIT_DIR: gitDir },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/actions/secret-scan/gitleaks-run.ts





/**
 * Runs `gitleaks git` or `gitleaks dir` with a redacted JSON report and decides, from the exit code, the log
 * and the report together, whether the scan really happened. gitleaks exits 0 and logs "no leaks found" when
 * `git log` fails (a bad range, not a repository): only its ERR lines tell, so a run with any ERR or FTL
 * line is an error, never a clean result.
 */
/** Exit code asked for when leaks are found: distinct from 1 (fatal error) and 2 (a Go panic). */
const LEAKS_EXIT_CODE = 42;
/** gitleaks' own git-log defaults besides `--all` (see sources/git.go): deleted files are not scanned. */
const LOG_DEFAULTS = ['--full-history', '--diff-filter=tuxdb'];
const MERGE_OPTS = {
    remerge: ['--diff-merges=remerge'],
    'first-parent': ['--diff-merges=first-parent'],
    octopus: ['--diff-merges=first-parent', '--min-parents=3'],
};
/** The argv of one scan. */
function gitleaksArgv(a) {
    const argv = a.target.mode === 'staged' ? ['git', '--pre-commit', '--staged'] : [a.target.mode];
    if (a.target.mode === 'git') {
        for (const rev of a.target.revArgs) {
            // Shas, `^sha` or HEAD only: gitleaks splits --log-opts on white space, and nothing may be an option.
            if (!/^\^?[0-9A-Za-z_./-]+$/.test(rev) || rev.startsWith('-')) {
                throw new Error(`Refusing to pass ${JSON.stringify(rev)} to gitleaks --log-opts`);
            }
        }
        // `--` ends the revisions, so a file named like a sha cannot make them ambiguous.
        const merges = MERGE_OPTS[a.target.merges ?? 'first-parent'];
        argv.push(`--log-opts=${[...LOG_DEFAULTS, ...merges, ...a.target.revArgs, '--'].join(' ')}`);
    }
    argv.push('--report-format=json', `--report-path=${a.reportPath}`, 
    // Secrets never reach the report or the log, so nothing downstream can print one.
    '--redact', `--exit-code=${LEAKS_EXIT_CODE}`, '--no-banner', '--no-color', '--log-level=info');
    if (a.config)
        argv.push(`--config=${a.config}`);
    if (a.ignoreFile)
        argv.push(`--gitleaks-ignore-path=${a.ignoreFile}`);
    argv.push(a.source ?? '.');
    return argv;
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what we strip
const ANSI = /\x1b\[[0-9;]*m/g;
const LINE = /^\S+\s+(TRC|DBG|INF|WRN|ERR|FTL)\s+(.*)$/;
/** Reads gitleaks' log (stderr): the counts it reports and its errors. Other lines are ignored. */
function parseGitleaksLog(text) {
    const log = { errors: [] };
    for (const raw of text.split(/\r?\n/)) {
        const m = LINE.exec(raw.replace(ANSI, '').trim());
        if (!m)
            continue;
        const [, level, msg = ''] = m;
        if (level === 'ERR' || level === 'FTL') {
            log.errors.push(msg);
            continue;
        }
        const commits = /^(\d+) commits? scanned/.exec(msg);
        if (commits)
            log.commitsScanned = Number(commits[1]);
        const bytes = /^scanned ~(\d+) bytes/.exec(msg);
        if (bytes)
            log.bytesScanned = Number(bytes[1]);
        const leaks = /^leaks found: (\d+)/.exec(msg);
        if (leaks)
            log.leaksReported = Number(leaks[1]);
        if (/^no leaks found/.test(msg))
            log.leaksReported = 0;
    }
    return log;
}
/** gitleaks could not scan; its message holds the exit code and gitleaks' own error lines. */
class GitleaksError extends Error {
    command;
    exitCode;
    constructor(command, exitCode, why, errors) {
        const lines = errors.slice(0, 20).map((e) => `  ${(0,markdown/* clip */.$Q)(e, 300)}`);
        super(`gitleaks did not complete the scan (${why}; exit code ${exitCode ?? 'none'}): ${command}` +
            (lines.length ? `\n${lines.join('\n')}` : ''));
        this.command = command;
        this.exitCode = exitCode;
        this.name = 'GitleaksError';
    }
}
/**
 * Runs gitleaks in `cwd`. Its output is never echoed: stdout is empty without --verbose, and only the
 * parsed counts and ERR/FTL lines of stderr are used. Throws GitleaksError unless the scan completed or
 * found leaks before an error (then the result is marked `incomplete`).
 */
async function runGitleaks(bin, args, opts) {
    await promises_.mkdir(opts.tempDir, { recursive: true });
    const dir = await promises_.mkdtemp(external_node_path_.join(opts.tempDir, 'gitleaks-'));
    const reportPath = external_node_path_.join(dir, 'report.json');
    const argv = gitleaksArgv({ ...args, reportPath });
    const command = (0,exec/* displayCommand */.kc)('gitleaks', argv);
    try {
        let r;
        try {
            r = await (0,exec/* execTool */.wc)(bin, argv, {
                cwd: opts.cwd,
                env: opts.env,
                timeoutMs: opts.timeoutMs,
                // Any exit code is judged below, together with the log and the report.
                okExitCodes: Array.from({ length: 256 }, (_, i) => i),
                maxOutputBytes: 4 * 1024 * 1024,
            });
        }
        catch (e) {
            // Not started, killed or timed out: say so without echoing the output tail ToolError carries.
            if (!(e instanceof errors/* ToolError */.v4))
                throw e;
            throw new GitleaksError(command, e.exitCode, e.reason, parseGitleaksLog(e.tail).errors);
        }
        const log = parseGitleaksLog(r.stderr);
        const code = r.exitCode ?? -1;
        const fail = (why) => new GitleaksError(command, r.exitCode, why, log.errors);
        if (code !== 0 && code !== LEAKS_EXIT_CODE)
            throw fail('it exited with an error');
        let entries;
        try {
            entries = JSON.parse(await promises_.readFile(reportPath, 'utf8'));
        }
        catch (e) {
            throw fail(`its JSON report could not be read: ${e.message}`);
        }
        if (!Array.isArray(entries))
            throw fail('its JSON report is not an array');
        if ((code === LEAKS_EXIT_CODE) !== entries.length > 0) {
            throw fail(`its exit code and its report (${entries.length} findings) disagree`);
        }
        const result = { command, exitCode: code, durationMs: r.durationMs, log, entries };
        if (log.errors.length > 0) {
            // Findings it did report stand (the caller shows them and fails); with none, nothing is known.
            if (entries.length === 0)
                throw fail('it logged errors, so its result cannot be trusted');
            result.incomplete = log.errors;
        }
        return result;
    }
    finally {
        // The report is redacted, but nothing of a scan is left lying around.
        await promises_.rm(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/canary.ts




/**
 * The positive control: before a scan is believed, the same gitleaks binary with the same configuration
 * scans a file of fake credentials it must detect. A scanner that finds nothing there (a broken release, an
 * allowlist that swallows everything, a config that replaced the default rules) would also find nothing in
 * the repository, and a clean result would be a lie.
 *
 * The values are random on every run (so no fingerprint in a .gitleaksignore or baseline can match them),
 * random enough for gitleaks' entropy checks, and free of its placeholder stopwords. The prefixes are
 * assembled from parts so that this source and the bundle hold no literal a scanner would flag.
 */
const CANARY_KINDS = ['aws-access-key', 'github-token', 'private-key', 'slack-token'];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
/** Random characters from `alphabet` (crypto-random: the values are unguessable, nothing to memorise). */
function pick(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++)
        s += alphabet[(0,external_node_crypto_.randomInt)(alphabet.length)];
    return s;
}
const join = (...parts) => parts.join('');
/** Shannon entropy in bits per character, as gitleaks computes it for a rule's `entropy` threshold. */
function shannonEntropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values())
        h -= (n / s.length) * Math.log2(n / s.length);
    return h;
}
/**
 * Random values fall below a rule's entropy threshold now and then (`AKIASA2JUUJA6JJJUUJT`: 2.75 bits, under
 * aws-access-token's 3; 2 of 3,000 samples), and a control that fails at random would fail scans at random.
 * So a value is drawn again until it clears the highest threshold of gitleaks' default rules with a margin.
 */
const MIN_ENTROPY = 3.5;
/**
 * And gitleaks' allowlists drop a value that its global regex `(?i)^true|false|null$` matches (as written, it
 * matches any value that starts with "true", holds "false" or ends with "null": `AKIAX2JW77ERND6PNULL` was
 * missed) or, for AWS keys, that ends with EXAMPLE.
 */
const ALLOWLISTED = [/^true|false|null$/i, /EXAMPLE$/];
/** Whether gitleaks' default rules would report `v` (entropy and allowlists; the shape is the maker's). */
function detectable(v) {
    return shannonEntropy(v) >= MIN_ENTROPY && !ALLOWLISTED.some((re) => re.test(v));
}
function highEntropy(make) {
    for (;;) {
        const v = make();
        if (detectable(v))
            return v;
    }
}
/**
 * The lines of one kind, shaped for gitleaks' default rule of that kind (see config/gitleaks.toml). Values
 * stand bare, one per line with no name such as `token =`, so that only the rule for that kind can find
 * them (generic-api-key, which looks at assignments, would otherwise stand in for a dropped rule).
 */
const MAKERS = {
    // aws-access-token: (AKIA|ASIA|...)[A-Z2-7]{16}
    'aws-access-key': () => [highEntropy(() => `${join('AK', 'IA')}${pick(`${UPPER}234567`, 16)}`)],
    // github-pat: ghp_[0-9a-zA-Z]{36}
    'github-token': () => [highEntropy(() => `${join('gh', 'p_')}${pick(ALNUM, 36)}`)],
    // private-key: -----BEGIN ... PRIVATE KEY----- then 64+ characters, then KEY-----
    'private-key': () => {
        const marker = (edge) => `-----${edge} RSA ${join('PRIV', 'ATE')} KEY-----`;
        const body = Array.from({ length: 4 }, () => pick(`${ALNUM}+/`, 64));
        return [marker('BEGIN'), ...body, marker('END')];
    },
    // slack-bot-token: xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*
    'slack-token': () => [
        highEntropy(() => `${join('xo', 'xb-')}${pick(DIGITS, 12)}-${pick(DIGITS, 12)}-${pick(ALNUM, 24)}`),
    ],
};
/** A fresh canary holding one credential of each kind asked for, each on its own lines. */
function makeCanary(kinds) {
    const out = [];
    const lines = {};
    for (const kind of kinds) {
        const block = MAKERS[kind]();
        lines[kind] = { from: out.length + 1, to: out.length + block.length };
        out.push(...block, '');
    }
    return { text: `${out.join('\n')}\n`, lines };
}
/** The kinds with no finding on their lines (findings are told apart by line, whatever the rule's id). */
function missedKinds(canary, entries) {
    const hit = new Set();
    for (const e of entries) {
        const line = e.StartLine;
        if (typeof line !== 'number')
            continue;
        for (const [kind, span] of Object.entries(canary.lines)) {
            if (line >= span.from && line <= span.to)
                hit.add(kind);
        }
    }
    return Object.keys(canary.lines).filter((k) => !hit.has(k));
}
/**
 * Scans a fresh canary in a private folder under `tempDir` with `gitleaks dir`, from `cwd` (the scan's own
 * folder, so that relative paths in the config resolve as they do for the scan), and deletes it. The
 * values exist only in that file: gitleaks runs with --redact and its report is read for line numbers only.
 */
async function runCanary(bin, kinds, opts) {
    if (kinds.length === 0)
        return { checked: [], missed: [], durationMs: 0 };
    await promises_.mkdir(opts.tempDir, { recursive: true });
    const dir = await promises_.mkdtemp(external_node_path_.join(opts.tempDir, 'canary-'));
    try {
        const canary = makeCanary(kinds);
        await promises_.writeFile(external_node_path_.join(dir, 'samples.txt'), canary.text, { mode: 0o600 });
        const r = await runGitleaks(bin, { target: { mode: 'dir' }, config: opts.config, source: dir }, { cwd: opts.cwd, env: opts.env, tempDir: opts.tempDir, timeoutMs: 60_000 });
        return { checked: [...kinds], missed: missedKinds(canary, r.entries), durationMs: r.durationMs };
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true });
    }
}
/** The step's error when the control failed: what was missed, with which gitleaks and which rules. */
function canaryFailure(missed, version, rules) {
    return (`the scanner found nothing in a sample it must detect (${missed.join(', ')}): the result of this scan ` +
        `cannot be trusted. gitleaks ${version} with ${rules} did not report these fake credentials, generated ` +
        'for this run in a private temporary folder. Check the configuration (an allowlist that matches ' +
        'everything, [[rules]] without [extend] useDefault = true) or pin another `version`; a configuration ' +
        'that deliberately drops a rule lists the kinds it still detects in `canary-kinds`.');
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/git-scan.ts


async function scanCommits(bin, revArgs, args, opts) {
    const [major, minor] = await (0,git/* gitVersion */.r9)(opts.cwd);
    const merges = major > 2 || (major === 2 && minor >= 36) ? 'remerge' : 'first-parent';
    const main = await runGitleaks(bin, { ...args, target: { mode: 'git', revArgs, merges } }, opts);
    if (merges === 'remerge')
        await fixRemergePaths(opts.cwd, main.entries);
    const octopus = merges === 'remerge' ? await (0,git/* octopusCount */.$B)(opts.cwd, revArgs) : 0;
    if (octopus === 0)
        return { ...main, merges, octopus };
    const more = await runGitleaks(bin, { ...args, target: { mode: 'git', revArgs, merges: 'octopus' } }, opts);
    const entries = [...main.entries, ...more.entries];
    return {
        command: main.command,
        exitCode: entries.length > 0 ? more.exitCode || main.exitCode : 0,
        durationMs: main.durationMs + more.durationMs,
        entries,
        log: {
            commitsScanned: main.log.commitsScanned,
            bytesScanned: (main.log.bytesScanned ?? 0) + (more.log.bytesScanned ?? 0),
            leaksReported: (main.log.leaksReported ?? 0) + (more.log.leaksReported ?? 0),
            errors: [...main.log.errors, ...more.log.errors],
        },
        ...(main.incomplete || more.incomplete
            ? { incomplete: [...(main.incomplete ?? []), ...(more.incomplete ?? [])] }
            : {}),
        merges,
        octopus,
    };
}
const exists = async (cwd, commit, file) => (await (0,git/* git */.$Y)(cwd, ['cat-file', '-e', `${commit}:${file}`], { okExitCodes: [0, 128] })).exitCode === 0;
/**
 * gitleaks' diff parser stops at the `remerge CONFLICT (...)` line git puts in a conflicted merge's header
 * and then reports the file as `b/<path>`. Where the merge holds `<path>` and no `b/<path>`, the path is
 * put right; the fingerprint stays as gitleaks wrote it, since that is what its .gitleaksignore matches.
 */
async function fixRemergePaths(cwd, entries) {
    for (const e of entries) {
        const { File: file, Commit: commit } = e;
        if (typeof file !== 'string' || typeof commit !== 'string' || !file.startsWith('b/'))
            continue;
        if (!/^[0-9a-f]{40,64}$/.test(commit) || (await exists(cwd, commit, file)))
            continue;
        if (await exists(cwd, commit, file.slice(2)))
            e.File = file.slice(2);
    }
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/gitleaks-report.ts

const REDACTED = '«redacted»';
/**
 * A hint that never holds a secret: the name the value was assigned to (`password = «redacted»`) when the
 * redacted match starts with one, else just «redacted». Names with digits are not trusted as names (a secret
 * in key position would have digits), so they fall back too.
 */
function redactedHint(match) {
    if (!match?.includes('REDACTED'))
        return REDACTED;
    const m = /^\s*["'`]?([A-Za-z_][A-Za-z_.-]{0,39})["'`]?\s*(:=|=>|=|:)/.exec(match);
    return m ? `${m[1]} ${m[2]} ${REDACTED}` : REDACTED;
}
function oneLine(text, max) {
    return (0,markdown/* clip */.$Q)(text.replace(/[\r\n\t]+/g, ' ').trim(), max);
}
const isObj = (v) => typeof v === 'object' && v !== null;
const num = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? v : undefined);
const str = (v) => (typeof v === 'string' && v.length > 0 ? v : undefined);
function entry(raw, index) {
    if (!isObj(raw) || typeof raw.RuleID !== 'string' || typeof raw.File !== 'string') {
        throw new Error(`gitleaks report entry ${index} has no RuleID or File; is this a gitleaks 8 JSON report?`);
    }
    return raw;
}
function parseGitleaksReport(entries, opts) {
    return entries.map((raw, i) => {
        const e = entry(raw, i);
        const line = num(e.StartLine);
        const commit = str(e.Commit);
        const author = str(e.Author) && oneLine(e.Author, 80);
        const date = str(e.Date)?.slice(0, 10);
        const hint = redactedHint(e.Match);
        const fingerprint = str(e.Fingerprint) ?? [commit, e.File, e.RuleID, line ?? 0].filter((p) => p !== undefined).join(':');
        const where = commit ? ` committed in ${commit.slice(0, 7)}${author ? ` by ${author}` : ''}` : '';
        const finding = {
            tool: 'gitleaks',
            rule: e.RuleID,
            severity: 'error',
            message: `Possible secret${where}${date ? ` on ${date}` : ''}: ${hint}`,
            file: opts.toRepoPath(e.File),
            fingerprint,
            data: { path: e.File, hint },
        };
        if (line)
            finding.line = line;
        const endLine = num(e.EndLine);
        if (endLine && line && endLine >= line)
            finding.endLine = endLine;
        const col = num(e.StartColumn);
        if (col)
            finding.column = col;
        const endCol = num(e.EndColumn);
        if (endCol && col)
            finding.endColumn = endCol;
        if (commit)
            finding.data.commit = commit;
        if (author)
            finding.data.author = author;
        if (date)
            finding.data.date = date;
        return finding;
    });
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/inputs.ts






const SCAN_SCOPES = ['auto', 'commits', 'history', 'files', 'staged'];
const DEFAULT_GITLEAKSIGNORE = '.gitleaksignore';
function loadInputs(r, rt) {
    const workingDirectory = r.path('working-directory', rt.workspace, 'directory', '.');
    const ignore = r.string('gitleaksignore');
    return {
        ...(0,inputs/* loadReportInputs */.c)(r),
        version: r.string('version', GITLEAKS_DEFAULT_VERSION).replace(/^v/, ''),
        mirror: r.url('mirror'),
        checksum: r.sha256('checksum'),
        toolSource: (0,trust/* readToolSource */.UK)(r, rt),
        scope: r.choice('scope', SCAN_SCOPES, 'auto'),
        // Both files belong to the scanned repository, so they are relative to the working directory.
        config: r.path('config', workingDirectory, 'file'),
        gitleaksignore: ignore
            ? r.path('gitleaksignore', workingDirectory, ignore === DEFAULT_GITLEAKSIGNORE ? 'output-file' : 'file')
            : external_node_path_.resolve(workingDirectory, DEFAULT_GITLEAKSIGNORE),
        gitleaksignoreGiven: ignore !== undefined && ignore !== DEFAULT_GITLEAKSIGNORE,
        failOnFindings: r.bool('fail-on-findings', true),
        canaryKinds: canaryKinds(r.list('canary-kinds', ['all'], { spaces: true })),
        workingDirectory,
    };
}
/** `all` (the default), `none`, or a list of CANARY_KINDS. */
function canaryKinds(items) {
    const allowed = `'all', 'none' or a list of ${CANARY_KINDS.join(', ')}`;
    if (items.length === 1 && items[0] === 'all')
        return [...CANARY_KINDS];
    if (items.length === 1 && items[0] === 'none')
        return [];
    const bad = items.filter((k) => !CANARY_KINDS.includes(k));
    if (items.length === 0 || bad.length > 0)
        throw new errors/* InputError */.dz('canary-kinds', items.join(','), allowed);
    return CANARY_KINDS.filter((k) => items.includes(k));
}

// EXTERNAL MODULE: ./src/core/event-scope.ts
var event_scope = __webpack_require__(5618);
;// CONCATENATED MODULE: ./src/actions/secret-scan/scan-plan.ts





/**
 * The work tree's top folder, or undefined when `dir` is not in a git work tree (or git is missing). The
 * folder holding `.git` (a directory, or a file for worktrees and submodules) is found without starting
 * git, which saves a process on every run; with GIT_DIR set, git is asked.
 */
async function gitTopLevel(dir, env = process.env) {
    if (!env.GIT_DIR) {
        for (let d = external_node_path_.resolve(dir);; d = external_node_path_.dirname(d)) {
            if (external_node_fs_.existsSync(external_node_path_.join(d, '.git')))
                return d;
            if (external_node_path_.dirname(d) === d)
                return undefined;
        }
    }
    try {
        const r = await (0,git/* git */.$Y)(dir, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] });
        return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
    }
    catch (e) {
        if (e instanceof errors/* ToolError */.v4 && e.exitCode === null)
            return undefined; // git is not installed
        throw e;
    }
}
/** Every commit reachable from HEAD (`scope: history`), with a shallow clone unshallowed first. */
async function historyScope(cwd, event, rt) {
    const head = await (0,git/* resolveCommit */.WL)(cwd, 'HEAD');
    if (!head)
        throw new Error(`scope 'history': HEAD does not name a commit in ${cwd} (empty repository?).`);
    const scope = {
        kind: 'all',
        reason: 'full-history',
        event,
        head,
        excluded: [],
        revArgs: [head],
        commits: 0,
        description: '',
    };
    await (0,event_scope/* ensureHistory */.J0)(scope, cwd, rt);
    scope.commits = await (0,git/* revCount */.pQ)(cwd, scope.revArgs);
    scope.description = `full history of ${(0,git/* shortSha */.Fu)(head)} (${scope.commits} commits), as scope 'history' asks`;
    return scope;
}
/**
 * Picks what to scan. `auto` scans the event's commits in a git repository and the files elsewhere;
 * `commits` the event's commits (push, pull request, merge group ranges; the whole history for scheduled
 * and manual runs); `history` everything reachable from HEAD; `files` the working directory's files.
 */
async function planScan(scope, cwd, rt, event) {
    if (scope === 'files')
        return { mode: 'dir', why: "scope 'files'" };
    const gitRoot = await gitTopLevel(cwd, rt.env);
    if (!gitRoot) {
        if (scope === 'auto')
            return { mode: 'dir', why: `${cwd} is not in a git repository` };
        throw new Error(`scope '${scope}' scans commits, but ${cwd} is not in a git repository (or git is not installed); ` +
            'check out the repository first, or set scope: files to scan the files on disk');
    }
    if (scope === 'staged')
        return { mode: 'staged', gitRoot };
    if (scope === 'history')
        return { mode: 'git', scope: await historyScope(cwd, event.name, rt), gitRoot };
    const resolved = await (0,event_scope/* resolveScope */.HV)({ eventName: event.name, payload: event.payload, cwd, runtime: rt });
    return { mode: 'git', scope: resolved, gitRoot };
}
/** The `range` output: `base..head`, `head ^x ^y`, the head sha for a whole history, '' for none. */
function rangeOutput(plan) {
    if (plan.mode !== 'git' || plan.scope.kind === 'none')
        return '';
    return plan.scope.kind === 'all' ? plan.scope.head : (plan.scope.range ?? plan.scope.revArgs.join(' '));
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/summary.ts


/** Rows in the findings table; the JSON report and SARIF hold the rest. */
const MAX_ROWS = 200;
/** `https://github.com/o/r/blob/<commit>/<path>#L<line>`, or undefined without a commit or repository. */
function blobUrl(env, f) {
    const repo = env.GITHUB_REPOSITORY;
    const commit = f.data.commit;
    if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !commit || !/^[0-9a-f]{40,64}$/.test(commit))
        return undefined;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+$/.test(server))
        return undefined;
    const file = f.data.path.split('/').map(encodeURIComponent).join('/');
    // link() percent-encodes what encodeURIComponent leaves: `(`, `)` and the like.
    return `${server}/${repo}/blob/${commit}/${file}${f.line ? `#L${f.line}` : ''}`;
}
function locationCell(env, f) {
    const text = (0,markdown/* code */.aY)(`${f.data.path}${f.line ? `:${f.line}` : ''}`);
    const url = blobUrl(env, f);
    return (0,markdown/* link */.nf)(text, url);
}
/** The findings table: where, who, when, and the exact .gitleaksignore line for a false positive. */
function findingsSection(findings, env, known) {
    const shown = findings.slice(0, MAX_ROWS);
    const rows = shown.map((f) => [
        `${(0,markdown/* code */.aY)(f.rule)}${known.has(f.fingerprint) ? ' (known)' : ''}`,
        locationCell(env, f),
        f.data.commit ? (0,markdown/* code */.aY)(f.data.commit.slice(0, 7)) : '—',
        f.data.author ? (0,markdown/* escapeCell */.kq)(f.data.author) : '—',
        f.data.date ? (0,markdown/* escapeCell */.kq)(f.data.date) : '—',
        (0,markdown/* code */.aY)(f.fingerprint),
    ]);
    const more = findings.length - shown.length;
    const body = [
        (0,markdown/* table */.tp)(['Rule', 'File', 'Commit', 'Author', 'Date', 'Line for `.gitleaksignore` (false positive)'], rows),
        more > 0 ? `\n${(0,markdown/* plural */.LS)(more, 'more finding')} in the JSON report and SARIF.` : '',
        '\nA real secret must be **revoked or rotated first**: deleting it in a new commit leaves it in the ' +
            'history. For a false positive, add its line to `.gitleaksignore` (or put a `gitleaks:allow` comment ' +
            'on the flagged line).',
    ];
    return { title: 'Secrets', markdown: body.join('\n') };
}
/** A path inside the workspace relative to it, anything else as given. */
const shownPath = (file, workspace) => {
    const rel = external_node_path_.relative(workspace, file);
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel : file;
};
/** What was scanned, with which gitleaks, config and ignore file. */
function scopeSection(s) {
    const lines = [`- **Scanned:** ${(0,markdown/* escapeCell */.kq)(s.what)}`];
    if (s.commits !== undefined)
        lines.push(`- **Commits scanned:** ${s.commits}`);
    if (s.range)
        lines.push(`- **Range:** ${(0,markdown/* code */.aY)(s.range)}`);
    if (s.bytesScanned !== undefined)
        lines.push(`- **Content scanned:** ${(0,markdown/* formatBytes */.z3)(s.bytesScanned)}`);
    lines.push(`- **gitleaks:** ${(0,markdown/* code */.aY)(s.gitleaksVersion)} (${(0,markdown/* escapeCell */.kq)(s.gitleaksSource)})`);
    lines.push(`- **Rules:** ${s.config ? (0,markdown/* code */.aY)(shownPath(s.config, s.workspace)) : "gitleaks' default rules"}`, `- **Ignore file:** ${s.ignoreFile
        ? `${(0,markdown/* code */.aY)(shownPath(s.ignoreFile, s.workspace))} (${(0,markdown/* plural */.LS)(s.ignoreEntries ?? 0, 'entry', 'entries')})`
        : 'none (no `.gitleaksignore` file)'}`);
    if (s.merges)
        lines.push(`- **Merge commits:** ${mergesLine(s.merges)}`);
    if (s.canary)
        lines.push(`- **Positive control:** ${canaryLine(s.canary)}`);
    for (const r of s.fromBase ?? []) {
        lines.push(`- **Changed by this pull request:** ${(0,markdown/* code */.aY)(r.changed)}; the scan used the version of the base commit ` +
            `${(0,markdown/* code */.aY)(r.base.slice(0, 12))}${r.used ? '' : ` (none there: ${r.role === 'config' ? "gitleaks' default rules" : 'no ignore entries'})`}, ` +
            'so a change cannot exempt itself; it takes effect once merged.');
    }
    return { title: 'Scope', markdown: lines.join('\n') };
}
/** One sentence on the canary: which kinds were checked, and whether gitleaks found them all. */
function canaryLine(c) {
    if (c.checked.length === 0) {
        return 'not run (`canary-kinds: none`), so nothing shows that these rules detect anything.';
    }
    const kinds = c.checked.map(markdown/* code */.aY).join(', ');
    const which = c.all ? 'every kind' : 'the kinds `canary-kinds` lists';
    if (c.missed.length > 0) {
        return `gitleaks missed ${c.missed.map(markdown/* code */.aY).join(', ')} of the fake credentials it was given (${kinds}), so this scan cannot be trusted.`;
    }
    return `gitleaks detected fake credentials of ${which} (${kinds}) in a generated sample before the scan.`;
}
/** One sentence on how merge commits were scanned. */
function mergesLine(m) {
    const octopus = m.octopus > 0
        ? `; ${(0,markdown/* plural */.LS)(m.octopus, 'merge')} of three or more parents against their first parent`
        : '';
    return m.diff === 'remerge'
        ? `scanned for what each adds beyond merging its parents (\`git log --remerge-diff\`)${octopus}.`
        : 'scanned against their first parent (this git is older than 2.36, which has `--remerge-diff`).';
}
/** For a scan gitleaks did not finish: what stopped it and what that leaves unscanned. */
function notScannedSection(errors, s) {
    const reached = s.commits !== undefined && s.gitleaksCommits !== undefined
        ? `gitleaks reached ${(0,markdown/* plural */.LS)(s.gitleaksCommits, 'commit')} with changes of the ${s.commits} in the range (newest first) before it stopped`
        : 'gitleaks stopped part way';
    const body = [
        `${reached}; the findings this report shows are real, but **the rest was not scanned** and nothing is known about it. ` +
            'No SARIF file was written, so no code scanning alert is closed by this run.',
        '',
        'What stopped it:',
        '',
        ...errors.slice(0, 10).map((e) => `- ${(0,markdown/* code */.aY)((0,markdown/* clip */.$Q)(e, 300))}`),
        '',
        'A missing object or a shallow clone boundary is the usual cause: check out with `fetch-depth: 0` and run again.',
    ];
    return { title: 'Not scanned', markdown: body.join('\n') };
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/definition.ts




















const ACTION = 'secret-scan';
const TITLE = 'Secret scan';
const SCAN_TIMEOUT_MS = 60 * 60 * 1000;
function requireFile(input, file, what) {
    if (!external_node_fs_.existsSync(file) || !external_node_fs_.statSync(file).isFile()) {
        throw new errors/* InputError */.dz(input, file, `${what}; no file exists at that path (relative to working-directory)`);
    }
}
/** Entries of a .gitleaksignore: lines that are neither blank nor `#` comments. */
function countIgnoreEntries(file) {
    return external_node_fs_.readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() && !l.trim().startsWith('#')).length;
}
function describe(plan, i, rt) {
    if (plan.mode === 'git')
        return plan.scope.description;
    if (plan.mode === 'staged')
        return 'the changes staged for the next commit';
    const rel = external_node_path_.relative(rt.workspace, i.workingDirectory) || '.';
    return `the files under ${rel} (${plan.why})`;
}
async function main(i, rt) {
    const wd = i.workingDirectory;
    if (!external_node_fs_.existsSync(wd) || !external_node_fs_.statSync(wd).isDirectory()) {
        throw new errors/* InputError */.dz('working-directory', wd, 'a directory inside the workspace; it does not exist');
    }
    if (i.config)
        requireFile('config', i.config, 'a gitleaks TOML config file');
    if (i.gitleaksignoreGiven)
        requireFile('gitleaksignore', i.gitleaksignore, 'a .gitleaksignore file');
    const repoConfig = external_node_path_.join(wd, '.gitleaks.toml');
    const config = i.config ?? (external_node_fs_.existsSync(repoConfig) ? repoConfig : undefined);
    const ignoreFile = external_node_fs_.existsSync(i.gitleaksignore) ? i.gitleaksignore : undefined;
    // A files scan needs no event (and must not fail on a broken one).
    const event = i.scope === 'files' ? { name: 'none', payload: {} } : (0,core_event/* readEvent */.j_)(rt.env);
    // A known baseline problem fails before any work.
    const baseline = i.baseline
        ? await (0,findings_baseline/* loadBaseline */.oU)(external_node_path_.resolve(rt.workspace, i.baseline), { input: 'baseline', tool: ACTION })
        : undefined;
    // gitleaks is provisioned while the scope is resolved, unless the event is a deleted branch (nothing to scan).
    const provision = () => (0,provision_provision/* provisionTool */.Uy)(gitleaksSpec, {
        version: i.version,
        runtime: rt,
        mirror: i.mirror,
        checksum: i.checksum,
        toolSource: i.toolSource,
        // GitHub's release unreachable: built through the Go module proxy (never tried with mirror or checksum).
        fallback: gitleaksFromGo(),
    });
    const deleted = event.name === 'push' && (0,core_event/* pushInfo */.TN)(event.payload).deleted && i.scope !== 'history';
    const early = deleted ? undefined : provision();
    // The positive control runs as soon as gitleaks is there, while the scope is worked out (it costs a
    // gitleaks start-up, ~40 ms of CPU); its result is judged before the scan runs.
    const startControl = (t) => runCanary(t.bin('gitleaks'), i.canaryKinds, { config, cwd: wd, env: rt.env, tempDir: rt.tempDir });
    const control = early?.then(startControl);
    // Awaited below; this only keeps a failing scope from leaving the rejections unhandled.
    early?.catch(() => { });
    control?.catch(() => { });
    const plan = await planScan(i.scope, wd, rt, event);
    const what = describe(plan, i, rt);
    const nothing = plan.mode === 'git' && plan.scope.kind === 'none';
    const tool = nothing ? undefined : await (early ?? provision());
    const version = tool?.version ?? i.version;
    const facts = {
        what,
        gitleaksVersion: version,
        gitleaksSource: tool ? (0,provision_provision/* describeTool */.WH)(tool) : 'not run: nothing to scan',
        config,
        ignoreFile,
        ignoreEntries: ignoreFile ? countIgnoreEntries(ignoreFile) : undefined,
        workspace: rt.workspace,
    };
    if (plan.mode === 'git') {
        facts.commits = plan.scope.commits;
        facts.range = rangeOutput(plan);
    }
    // A pull request that changes the scanner's configuration is scanned with the base's (base-config.ts).
    const fromBase = tool &&
        plan.mode === 'git' &&
        plan.scope.kind === 'range' &&
        plan.scope.base &&
        UNTRUSTED_CONFIG_EVENTS.has(event.name)
        ? await baseConfig({
            gitRoot: plan.gitRoot,
            base: plan.scope.base,
            head: plan.scope.head,
            config,
            ignoreFile,
            files: [
                { role: 'config', file: i.config ?? repoConfig },
                { role: 'gitleaksignore', file: i.gitleaksignore },
                { role: 'gitleaksignore', file: external_node_path_.join(wd, '.gitleaksignore') },
            ],
            tempDir: rt.tempDir,
            env: rt.env,
        })
        : undefined;
    const scanConfig = fromBase ? fromBase.config : config;
    const scanIgnore = fromBase ? fromBase.ignoreFile : ignoreFile;
    if (fromBase) {
        facts.fromBase = fromBase.replaced.map((r) => ({ ...r, base: fromBase.base }));
        rt.warning(baseConfigWarning(fromBase));
    }
    let result;
    if (tool) {
        const canary = await positiveControl(fromBase && scanConfig !== config
            ? runCanary(tool.bin('gitleaks'), i.canaryKinds, {
                config: scanConfig,
                cwd: wd,
                env: rt.env,
                tempDir: rt.tempDir,
            })
            : (control ?? startControl(tool)), i, scanConfig, rt, facts);
        rt.info(canary.checked.length
            ? `Positive control: gitleaks ${version} detected every fake credential of a generated sample ` +
                `(${canary.checked.join(', ')}) in ${(0,markdown/* formatDuration */.a3)(canary.durationMs)}.`
            : 'Positive control: skipped (canary-kinds: none).');
        const runOpts = { cwd: wd, env: rt.env, tempDir: rt.tempDir, timeoutMs: SCAN_TIMEOUT_MS };
        const bin = tool.bin('gitleaks');
        try {
            result = await rt.group(`gitleaks ${plan.mode}: ${what}`, async () => {
                if (plan.mode !== 'git')
                    return runGitleaks(bin, { target: { mode: plan.mode }, config, ignoreFile }, runOpts);
                const r = fromBase
                    ? await scanCommits(bin, plan.scope.revArgs, { config: scanConfig, ignoreFile: scanIgnore, source: fromBase.source }, { ...runOpts, env: fromBase.env })
                    : await scanCommits(bin, plan.scope.revArgs, { config, ignoreFile }, runOpts);
                facts.merges = { diff: r.merges, octopus: r.octopus };
                return r;
            });
        }
        catch (e) {
            if (e instanceof GitleaksError)
                await reportFailure(rt, facts, e);
            throw e;
        }
        const l = result.log;
        rt.info(`gitleaks ${version}: ${l.commitsScanned !== undefined ? `${(0,markdown/* plural */.LS)(l.commitsScanned, 'commit')} with changes, ` : ''}` +
            `${(0,markdown/* formatBytes */.z3)(l.bytesScanned ?? 0)} scanned in ${(0,markdown/* formatDuration */.a3)(result.durationMs)}; ` +
            `${(0,markdown/* plural */.LS)(result.entries.length, 'finding')} (exit code ${result.exitCode}).`);
        facts.bytesScanned = l.bytesScanned;
        facts.gitleaksCommits = l.commitsScanned;
        facts.durationMs = result.durationMs;
    }
    else {
        rt.info(`Nothing to scan: ${what}.`);
    }
    const base = plan.mode === 'dir' ? wd : plan.gitRoot;
    const findings = (0,finding/* sortFindings */.Tc)(parseGitleaksReport(result?.entries ?? [], {
        toRepoPath: (file) => (0,finding/* toRepoPath */.xD)(external_node_path_.join(base, file), rt.workspace),
    }));
    const known = new Set(baseline?.fingerprints ?? []);
    const fresh = findings.filter((f) => !known.has(f.fingerprint));
    const scanned = plan.mode === 'git'
        ? (0,markdown/* plural */.LS)(plan.scope.commits, 'commit')
        : plan.mode === 'staged'
            ? 'the staged changes'
            : 'the files';
    const incomplete = result?.incomplete;
    const verdict = incomplete
        ? 'fail'
        : fresh.length === 0
            ? 'pass'
            : i.failOnFindings
                ? 'fail'
                : 'warn';
    const headline = (incomplete ? 'the scan did not complete: ' : '') +
        (findings.length === 0
            ? `no secrets found in ${scanned}`
            : `${(0,markdown/* plural */.LS)(findings.length, 'possible secret')} in ${incomplete ? `the part of ${scanned} gitleaks scanned` : scanned}` +
                (baseline ? ` (${fresh.length} new, ${findings.length - fresh.length} in the baseline)` : ''));
    const report = {
        action: ACTION,
        title: TITLE,
        verdict,
        headline,
        findings,
        sections: [
            ...(incomplete ? [notScannedSection(incomplete, facts)] : []),
            ...(findings.length ? [findingsSection(findings, rt.env, known)] : []),
            scopeSection(facts),
        ],
        toolRuns: [
            {
                tool: 'gitleaks',
                version,
                findings: findings.length,
                durationMs: result?.durationMs ?? 0,
                exitCode: result?.exitCode ?? 0,
            },
        ],
    };
    // No SARIF from a scan that stopped part way: code scanning would close the alerts it did not reach.
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, incomplete ? { ...i, sarifFile: undefined } : i);
    rt.setOutput('findings', findings.length);
    rt.setOutput('new-findings', published.newFindings.length);
    rt.setOutput('scanned-commits', plan.mode === 'git' ? plan.scope.commits : 0);
    rt.setOutput('range', rangeOutput(plan));
    if (incomplete) {
        throw new Error(`gitleaks did not complete the scan of ${what}: ${(0,markdown/* clip */.$Q)(incomplete[0] ?? '', 300)}. ` +
            `It reported ${(0,markdown/* plural */.LS)(findings.length, 'possible secret')} in what it scanned before it stopped ` +
            '(see the job summary); the rest was not scanned, so nothing is known about it.');
    }
    if (published.newFindings.length > 0 && i.failOnFindings) {
        const where = plan.mode === 'git' ? `${scanned} (${rangeOutput(plan) || 'none'})` : scanned;
        throw new Error(`${(0,markdown/* plural */.LS)(published.newFindings.length, 'new possible secret')} in ${where}: see the job summary. ` +
            'Revoke a real secret first; add the line shown there to .gitleaksignore for a false positive.');
    }
}
/**
 * Judges the canary (canary.ts), run with the scan's binary, config and environment. When gitleaks misses a kind,
 * the summary says the scan cannot be trusted and the step fails before the scan runs.
 */
async function positiveControl(control, i, config, rt, facts) {
    let canary;
    try {
        canary = await control;
    }
    catch (e) {
        if (e instanceof GitleaksError)
            await reportFailure(rt, facts, e);
        throw e;
    }
    facts.canary = { ...canary, all: i.canaryKinds.length === CANARY_KINDS.length };
    if (canary.missed.length === 0)
        return canary;
    const rules = config ? `the configuration ${shownPath(config, rt.workspace)}` : "gitleaks' default rules";
    const message = canaryFailure(canary.missed, facts.gitleaksVersion, rules);
    const report = {
        action: ACTION,
        title: TITLE,
        verdict: 'fail',
        headline: 'the scanner missed fake credentials it must detect; nothing is known about secrets',
        findings: [],
        sections: [{ title: 'Positive control', markdown: (0,markdown/* escapeInline */.VV)(message) }, scopeSection(facts)],
    };
    await rt.appendSummary((0,summary/* renderSummary */.Br)(report).markdown);
    throw new Error(message);
}
/** On a failed scan: a summary that says so (never a clean report, no SARIF/JSON that would close alerts). */
async function reportFailure(rt, facts, err) {
    const report = {
        action: ACTION,
        title: TITLE,
        verdict: 'fail',
        headline: `the scan did not complete (gitleaks exit code ${err.exitCode ?? 'none'}); nothing is known about secrets`,
        findings: [],
        sections: [scopeSection(facts)],
    };
    await rt.appendSummary((0,summary/* renderSummary */.Br)(report).markdown);
}
const definition = {
    name: ACTION,
    command: 'secrets',
    description: 'Scan the commits an event brings (or the files) for secrets with gitleaks',
    loadInputs: loadInputs,
    main,
};
/** One line for the log: which files the pull request changed and what the scan used instead. */
function baseConfigWarning(b) {
    const files = b.replaced.map((r) => r.changed).join(', ');
    return (`This pull request changes the secret scanner's configuration (${files}); the scan uses the versions of ` +
        `the base commit ${b.base.slice(0, 12)} instead, so a change cannot exempt itself. It takes effect once merged.`);
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ resolveScope),
/* harmony export */   J0: () => (/* binding */ ensureHistory),
/* harmony export */   Y_: () => (/* binding */ changedFiles)
/* harmony export */ });
/* unused harmony export commitsInRange */
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7667);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7167);


const plural = (n) => `${n} commit${n === 1 ? '' : 's'}`;
/**
 * Works out the scope of an event in the repository at `cwd`, fetching missing objects (never checking
 * anything out) and deepening a shallow clone as far as the scope needs (see ensureHistory).
 */
async function resolveScope(opts) {
    const ctx = {
        cwd: opts.cwd,
        runtime: opts.runtime,
        event: opts.eventName,
        remote: await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRemote */ .k$)(opts.cwd),
        log: (m) => opts.runtime.info(m),
    };
    const scope = await resolve(ctx, opts);
    ctx.log(`Scope: ${scope.description}`);
    return scope;
}
async function resolve(ctx, opts) {
    switch (opts.eventName) {
        case 'push':
            return pushScope(ctx, (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pushInfo */ .TN)(opts.payload), opts.defaultBranch);
        case 'pull_request':
        case 'pull_request_target':
            return pullRequestScope(ctx, opts.payload);
        case 'merge_group':
            return mergeGroupScope(ctx, opts.payload);
        case 'schedule':
            return allScope(ctx, 'scheduled runs scan the whole history');
        case 'workflow_dispatch':
            return allScope(ctx, 'manual runs scan the whole history');
        case 'none':
            return allScope(ctx, 'as there is no GitHub event (not running in Actions)');
        default:
            return allScope(ctx, `event '${opts.eventName}' has no commit range, so the whole history`);
    }
}
async function pushScope(ctx, p, fallbackDefault) {
    const ref = p.ref ?? '(unknown ref)';
    if (p.deleted) {
        return {
            kind: 'none',
            reason: 'push-deleted',
            event: ctx.event,
            head: '',
            excluded: [],
            revArgs: [],
            commits: 0,
            description: p.ref
                ? `push: ${ref} was deleted; nothing to scan`
                : 'push: a branch or tag was deleted (the payload names no ref); nothing to scan',
        };
    }
    if (!p.after)
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`The push payload has no 'after' commit sha (ref ${ref}).`);
    await requireCommits(ctx, [p.after], 'the pushed commit (after)');
    const defaultBranch = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeBranchName */ .rq)(p.defaultBranch) ? p.defaultBranch : fallbackDefault;
    const branch = p.ref?.startsWith('refs/heads/') ? p.ref.slice('refs/heads/'.length) : undefined;
    const needed = p.commitIds.length > 0 && p.commitIds.length < 2048 ? p.commitIds.length + 1 : undefined;
    if (p.ref?.startsWith('refs/tags/')) {
        const tag = p.ref.slice('refs/tags/'.length);
        const head = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, p.after)) ?? p.after; // an annotated tag peels to its commit
        const main = await defaultBranchCommit(ctx, defaultBranch);
        if (!main)
            return allScope(ctx, `tag ${tag}: default branch not found, so the tag's whole history`, head);
        return rangeScope(ctx, {
            reason: 'tag',
            head,
            excluded: [main],
            label: `push (tag ${tag})`,
            qualifier: `not on ${defaultBranch}`,
        });
    }
    if (p.created) {
        if (branch !== undefined && branch === defaultBranch) {
            return allScope(ctx, `push created the default branch ${branch}, so its whole history`, p.after);
        }
        const main = await defaultBranchCommit(ctx, defaultBranch);
        if (main) {
            const label = `push (new branch ${branch ?? ref})`;
            const qualifier = `not on ${defaultBranch}`;
            return rangeScope(ctx, {
                reason: 'push-new-branch',
                head: p.after,
                excluded: [main],
                label,
                qualifier,
                needed,
            });
        }
        return pushedCommits(ctx, p, branch, `new branch ${branch ?? ref} and the default branch was not found`);
    }
    if (p.before && (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, [p.before], ctx.log)).length === 0) {
        return rangeScope(ctx, {
            reason: 'push',
            head: p.after,
            excluded: [p.before],
            label: p.forced ? 'push (forced)' : 'push',
            needed,
        });
    }
    const why = p.before
        ? `before ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(p.before)} is not in the repository and could not be fetched${p.forced ? ' (force push rewrote history)' : ''}`
        : `the payload has no 'before' sha`;
    return pushedCommits(ctx, p, branch, why);
}
/**
 * The pushed commits when there is no usable `before`: `after` minus everything on other remote branches,
 * or, with no other remote branches here, the commits the payload lists.
 */
async function pushedCommits(ctx, p, branch, why) {
    const after = p.after;
    const label = `push${p.forced ? ' (forced)' : ''}`;
    const own = branch && ctx.remote ? `refs/remotes/${ctx.remote}/${branch}` : undefined;
    const others = [...(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteRefs */ .dM)(ctx.cwd)).entries()]
        .filter(([ref]) => ref !== own)
        .map(([, sha]) => sha);
    if (others.length > 0) {
        const selection = [after, ...others.map((s) => `^${s}`)];
        // The boundary is only right once the walk from `after` is not cut short by a shallow clone.
        const what = 'the pushed commits';
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(ctx.cwd, ctx.remote, [after, ...others], () => rangeComplete(ctx.cwd, after, others, true), {
            what,
            log: ctx.log,
        });
        const excluded = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .boundaryOf */ .iH)(ctx.cwd, selection);
        if (excluded.length === 0)
            return allScope(ctx, `${why}; no other branch shares its history`, after);
        const note = `${why}; scanned the commits not on any other remote branch`;
        return rangeScope(ctx, { reason: 'push-before-missing', head: after, excluded, label, note });
    }
    const ids = p.commitIds;
    if (ids.length > 0) {
        const needed = ids.length + 1;
        const missing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, ids, ctx.log);
        if (missing.length > 0)
            throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`The pushed commits ${missing.map(_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu).join(', ')} are not in the repository`, needed);
        // The payload's commits are a contiguous run ending at `after`: what lies outside is their parents.
        const set = new Set(ids);
        const complete = async () => {
            const shallow = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shallowCommits */ .H)(ctx.cwd);
            return ids.every((id) => !shallow.has(id));
        };
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(ctx.cwd, ctx.remote, [after], complete, {
            what: 'the parents of the pushed commits',
            needed,
            log: ctx.log,
        });
        const parents = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .parentsOf */ .fY)(ctx.cwd, ids);
        const excluded = [...new Set([...parents.values()].flat().filter((s) => !set.has(s)))];
        if (excluded.length === 0)
            return allScope(ctx, `${why}; the pushed commits start at the root`, after);
        const note = `${why}; scanned the ${plural(ids.length)} the push event lists`;
        return rangeScope(ctx, { reason: 'push-before-missing', head: after, excluded, label, needed, note });
    }
    ctx.runtime.warning(`push: ${why}, and there is nothing else to tell the pushed commits apart; scanning the whole history.`);
    return allScope(ctx, `${why}, so the whole history`, after);
}
/** The default branch's commit: `<remote>/<default>`, else the local branch, else fetched from the remote. */
async function defaultBranchCommit(ctx, branch) {
    if (!(0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeBranchName */ .rq)(branch))
        return undefined;
    const tracking = ctx.remote ? `refs/remotes/${ctx.remote}/${branch}` : undefined;
    for (const ref of [tracking, `refs/heads/${branch}`]) {
        const sha = ref && (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, ref));
        if (sha)
            return sha;
    }
    if (!ctx.remote || !tracking)
        return undefined;
    await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, [], ctx.log, [`+refs/heads/${branch}:${tracking}`]);
    return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, tracking);
}
async function pullRequestScope(ctx, payload) {
    const pr = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestInfo */ .TC)(payload);
    const { baseSha, headSha } = pr;
    if (!baseSha || !headSha) {
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`The ${ctx.event} payload has no pull_request.base.sha / pull_request.head.sha commit ids.`);
    }
    // Objects only: refs/pull/N/head is fetched into FETCH_HEAD, nothing is checked out (pull_request_target).
    const headRefs = pr.number !== undefined ? [`refs/pull/${pr.number}/head`] : [];
    await requireCommits(ctx, [headSha], `pull request head ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(headSha)}`, headRefs);
    const baseRefs = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeBranchName */ .rq)(pr.baseRef) ? [`refs/heads/${pr.baseRef}`] : [];
    await requireCommits(ctx, [baseSha], `pull request base ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(baseSha)}`, baseRefs);
    const needed = pr.commits !== undefined ? pr.commits + 1 : undefined;
    let mb;
    const found = async () => {
        mb = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(ctx.cwd, baseSha, headSha);
        return mb !== undefined && (await rangeComplete(ctx.cwd, headSha, [mb]));
    };
    const what = `the merge base of ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(baseSha)} and ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(headSha)}`;
    if (!(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(ctx.cwd, ctx.remote, [headSha, baseSha], found, { what, needed, log: ctx.log })) ||
        !mb) {
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`${ctx.event}: base ${baseSha} and head ${headSha} have no common ancestor.`);
    }
    const label = `${ctx.event}${pr.number !== undefined ? ` #${pr.number}` : ''}`;
    const since = `since the merge base with ${pr.baseRef ?? (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(baseSha)}`;
    return rangeScope(ctx, {
        reason: 'pull-request',
        head: headSha,
        excluded: [mb],
        label,
        qualifier: since,
        needed,
    });
}
async function mergeGroupScope(ctx, payload) {
    const mg = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeGroupInfo */ .ah)(payload);
    if (!mg.baseSha || !mg.headSha) {
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM('The merge_group payload has no merge_group.base_sha / merge_group.head_sha commit ids.');
    }
    await requireCommits(ctx, [mg.headSha, mg.baseSha], 'the merge group commits');
    return rangeScope(ctx, {
        reason: 'merge-group',
        head: mg.headSha,
        excluded: [mg.baseSha],
        label: 'merge_group',
    });
}
async function requireCommits(ctx, shas, what, refspecs = []) {
    const missing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(ctx.cwd, ctx.remote, shas, ctx.log, refspecs);
    if (missing.length === 0)
        return;
    const where = ctx.remote
        ? `could not be fetched from ${ctx.remote}`
        : 'the repository has no remote to fetch it from';
    const msg = `${ctx.event}: ${what} (${missing.join(', ')}) is not in the repository and ${where}`;
    if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isShallow */ .fE)(ctx.cwd))
        throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(msg);
    throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`${msg}.`);
}
async function rangeScope(ctx, spec) {
    const { reason, head, excluded, label, qualifier, note, needed } = spec;
    const revArgs = [head, ...excluded.map((e) => `^${e}`)];
    const only = excluded.length === 1 ? excluded[0] : undefined;
    const scope = {
        kind: 'range',
        reason,
        event: ctx.event,
        base: only,
        head,
        excluded,
        range: only ? `${only}..${head}` : revArgs.join(' '),
        revArgs,
        commits: 0,
        description: '',
        needed,
    };
    await ensureHistory(scope, ctx.cwd, ctx.runtime);
    scope.commits = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .revCount */ .pQ)(ctx.cwd, revArgs);
    const span = only ? `${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(only)}..${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}` : `up to ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`;
    const q = qualifier ? ` (${qualifier})` : '';
    scope.description = `${label}: ${plural(scope.commits)} ${span}${q}${note ? `; ${note}` : ''}`;
    return scope;
}
async function allScope(ctx, why, headRev = 'HEAD') {
    const head = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(ctx.cwd, headRev);
    if (!head)
        throw new _event_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`${ctx.event}: ${headRev} does not name a commit in ${ctx.cwd} (empty repository?).`);
    const scope = {
        kind: 'all',
        reason: 'full-history',
        event: ctx.event,
        head,
        excluded: [],
        revArgs: [head],
        commits: 0,
        description: '',
    };
    await ensureHistory(scope, ctx.cwd, ctx.runtime);
    scope.commits = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .revCount */ .pQ)(ctx.cwd, scope.revArgs);
    const span = `full history of ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)} (${plural(scope.commits)})`;
    // Without an event there is no name to start with: the line must still read as a sentence.
    scope.description = ctx.event === 'none' ? `the ${span}, ${why}` : `${ctx.event}: ${span}; ${why}`;
    return scope;
}
/**
 * True when a shallow clone holds the whole selection `head ^x ^y`: no commit in it had its parents cut
 * off, and head meets the excluded side (a visible merge base with each of `meet`, or with any one when
 * `meetAny`). Without that meeting point the walk cannot know which old commits the excluded side
 * already has, and would count them in. A complete repository always passes.
 */
async function rangeComplete(cwd, head, meet, meetAny = false) {
    const shallow = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shallowCommits */ .H)(cwd);
    if (shallow.size === 0)
        return true;
    let met = 0;
    for (const m of meet) {
        if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(cwd, head, m))
            met++;
        else if (!meetAny)
            return false;
    }
    if (meet.length > 0 && met === 0)
        return false;
    const selection = [head, ...meet.map((m) => `^${m}`)];
    return !(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .revList */ .ki)(cwd, selection)).some((c) => shallow.has(c));
}
/**
 * Makes the scope's history present: for a shallow clone, fetches missing endpoints, deepens until no
 * commit in the range has its parents cut off, or unshallows for `all`. Throws HistoryError (which says to
 * set `fetch-depth: 0` on actions/checkout) when the repository has no remote or it still cannot.
 */
async function ensureHistory(scope, cwd, runtime) {
    if (scope.kind === 'none')
        return;
    const remote = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRemote */ .k$)(cwd);
    const log = (m) => runtime.info(m);
    const ends = [scope.head, ...scope.excluded];
    const missing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommits */ .nm)(cwd, remote, ends, log);
    if (missing.length > 0) {
        throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`Commits ${missing.join(', ')} of the scope are not in the repository and could not be fetched`, scope.needed);
    }
    if (scope.kind === 'all')
        return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .unshallow */ .QG)(cwd, remote, `a scan of ${scope.event}`, log);
    const what = `the range ${scope.range ?? ''}`;
    const ok = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .deepenUntil */ .MZ)(cwd, remote, ends, () => rangeComplete(cwd, scope.head, scope.excluded), {
        what,
        needed: scope.needed,
        log,
    });
    if (!ok)
        throw new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`${what} is incomplete in this repository`, scope.needed);
}
/**
 * Files the scope changed, repo-relative; for `all`, every file in HEAD's tree. With `deleted`, deleted files
 * and the old side of renames too (diffNames).
 */
async function changedFiles(scope, cwd, opts = {}) {
    if (scope.kind === 'none')
        return [];
    if (scope.kind === 'all' || scope.excluded.length === 0)
        return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .treeFiles */ .CU)(cwd, scope.head);
    // `base...head`: what head changed since it forked from base. With several excluded commits (a pushed
    // merge), keep the files that differ from every one of them, i.e. the ones the pushed commits touched.
    let result;
    for (const base of scope.excluded) {
        const names = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .diffNames */ .y3)(cwd, base, scope.head, true, opts);
        result = result === undefined ? names : result.filter((n) => names.includes(n));
    }
    return result ?? [];
}
/** The commits in scope, newest first (all of HEAD's history for `all`, none for `none`). */
async function commitsInRange(scope, cwd) {
    if (scope.kind === 'none')
        return [];
    return revList(cwd, scope.revArgs);
}


/***/ }),

/***/ 6635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Je: () => (/* binding */ splitByBaseline),
/* harmony export */   oU: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* unused harmony exports baselineOf, serialiseBaseline */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const SHAPE = 'a JSON file of the form {"version": 1, "tool": "<action>", "fingerprints": ["..."]}';
/**
 * Reads a baseline file. A missing file or one that is not a baseline is an error naming the
 * `baseline` input and the path: a typo must not silently turn every known finding into a new one.
 * With `tool`, a baseline written by another action is refused too.
 */
async function loadBaseline(file, opts = {}) {
    const input = opts.input ?? 'baseline';
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no file exists at that path' : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (${why}; write one with the write-baseline input)`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (it is not valid JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
    }
    const b = data;
    if (!b || typeof b !== 'object' || Array.isArray(b)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (it holds ${Array.isArray(b) ? 'an array' : typeof b})`);
    }
    if (b.version !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (its version is ${JSON.stringify(b.version)}, only 1 is known)`);
    }
    if (typeof b.tool !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (its "tool" is not a string)`);
    if (opts.tool && b.tool !== opts.tool) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `a baseline written by ${opts.tool} (this one was written by ${b.tool})`);
    }
    if (!Array.isArray(b.fingerprints) || !b.fingerprints.every((f) => typeof f === 'string')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, file, `${SHAPE} (its "fingerprints" is not an array of strings)`);
    }
    return { version: 1, tool: b.tool, fingerprints: b.fingerprints };
}
/** Splits findings into those the baseline does not list (`new`) and those it does (`known`). */
function splitByBaseline(findings, baseline) {
    if (!baseline)
        return { new: [...findings], known: [] };
    const accepted = new Set(baseline.fingerprints);
    const split = { new: [], known: [] };
    for (const f of findings)
        (accepted.has(f.fingerprint) ? split.known : split.new).push(f);
    return split;
}
/** The baseline that accepts exactly these findings. */
function baselineOf(findings, tool) {
    return { version: 1, tool, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
}
function serialiseBaseline(b) {
    return `${JSON.stringify({ version: b.version, tool: b.tool, fingerprints: b.fingerprints }, null, 2)}\n`;
}
/**
 * Writes the baseline for these findings, creating parent directories. Writing a baseline is an
 * explicit request, so an existing file is replaced.
 */
async function writeBaseline(file, findings, tool) {
    const b = baselineOf(findings, tool);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, serialiseBaseline(b));
    return b;
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


/***/ }),

/***/ 3801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ publishWithInputs),
/* harmony export */   c: () => (/* binding */ loadReportInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _findings_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6635);
/* harmony import */ var _json_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4225);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4617);





function loadReportInputs(r) {
    const prComment = r.bool('pr-comment', false);
    return {
        sarifFile: r.string('sarif-file'),
        jsonFile: r.string('json-file'),
        prComment,
        // Read only when a comment is asked for: otherwise the token is never held at all.
        githubToken: prComment ? r.string('github-token') : undefined,
        baseline: r.string('baseline'),
        writeBaseline: r.string('write-baseline'),
        // Every findings action declares it; the JSON report says which project it describes.
        workingDirectory: r.string('working-directory') ?? '.',
    };
}
/**
 * Loads the baseline (if any), publishes the report everywhere, and writes a new baseline when asked.
 * The one call a findings action makes after building its Report.
 */
async function publishWithInputs(report, rt, inputs, extra = {}) {
    // Every path input checked before anything is written: a directory given for a file fails naming the input.
    const at = (input, value, kind) => value === undefined ? undefined : (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPathInput */ .mW)(input, value, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, value), kind);
    at('sarif-file', inputs.sarifFile, 'output-file');
    at('json-file', inputs.jsonFile, 'output-file');
    at('write-baseline', inputs.writeBaseline, 'output-file');
    at('baseline', inputs.baseline, 'file');
    const baseline = inputs.baseline
        ? await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBaseline */ .oU)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.baseline), {
            input: 'baseline',
            tool: report.action,
        })
        : undefined;
    const result = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publishReport */ .S)(report, rt, {
        ...extra,
        sarifFile: inputs.sarifFile,
        jsonFile: inputs.jsonFile,
        prComment: inputs.prComment,
        token: inputs.githubToken,
        baseline,
        project: (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .projectOf */ .v8)(rt.workspace, inputs.workingDirectory ?? '.'),
    });
    if (inputs.writeBaseline) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.writeBaseline);
        await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .writeBaseline */ .B9)(file, report.findings, report.action);
        rt.info(`Wrote a baseline of ${report.findings.length} findings to ${file}.`);
    }
    const known = new Set(baseline?.fingerprints ?? []);
    return {
        ...result,
        newFindings: report.findings.filter((f) => !known.has(f.fingerprint)),
        ...(baseline ? { loadedBaseline: baseline } : {}),
    };
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XY: () => (/* binding */ buildJsonReport),
/* harmony export */   a_: () => (/* binding */ writeJsonReport),
/* harmony export */   ng: () => (/* binding */ runOf),
/* harmony export */   v8: () => (/* binding */ projectOf)
/* harmony export */ });
/* unused harmony exports PYPROD_ACTIONS_VERSION, sortKeys, serialiseJsonReport */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4879);



/** The version written into reports; the bundler may replace it with package.json's. */
const PYPROD_ACTIONS_VERSION = '0.1.0';
const FINDING_KEYS = [
    'tool',
    'rule',
    'severity',
    'message',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'fingerprint',
    'helpUri',
    'alsoReportedBy',
    'reports',
    'data',
    'baseline',
];
/** Sorts object keys recursively (arrays keep their order), so equal data always serialises alike. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort()) {
            const v = value[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function orderedFinding(f, known) {
    const src = { ...f };
    if (known)
        src.baseline = known.has(f.fingerprint) ? 'known' : 'new';
    const out = {};
    for (const k of FINDING_KEYS) {
        const v = src[k];
        if (v !== undefined)
            out[k] = k === 'data' || k === 'reports' ? sortKeys(v) : v;
    }
    return out;
}
/** The machine-readable report: fixed top-level key order, findings most severe first. */
function buildJsonReport(report, opts = {}) {
    const meta = sortKeys({
        title: report.title,
        headline: report.headline,
        toolRuns: report.toolRuns ?? [],
        sections: report.sections.map((s) => s.title),
        ...opts.meta,
    });
    return {
        tool: 'pyprod-actions',
        action: report.action,
        version: opts.version ?? PYPROD_ACTIONS_VERSION,
        ...(opts.project !== undefined ? { project: opts.project } : {}),
        ...(opts.run ? { run: opts.run } : {}),
        verdict: report.verdict,
        counts: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(report.findings),
        findings: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(report.findings).map((f) => orderedFinding(f, opts.known)),
        meta,
    };
}
/** A working directory as JsonReport.project: relative to the workspace, forward slashes, `.` for the workspace. */
function projectOf(workspace, workingDirectory) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, workingDirectory));
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
}
/** The run writing the report, from the runner's variables; undefined outside a workflow run. */
function runOf(env) {
    const digits = (v) => (v && /^\d{1,20}$/.test(v) ? v : undefined);
    const id = digits(env.GITHUB_RUN_ID);
    if (!id)
        return undefined;
    const run = { id };
    const attempt = digits(env.GITHUB_RUN_ATTEMPT);
    if (attempt)
        run.attempt = attempt;
    if (env.GITHUB_JOB)
        run.job = env.GITHUB_JOB;
    if (env.RUNNER_NAME)
        run.runner = env.RUNNER_NAME;
    return run;
}
function serialiseJsonReport(r) {
    return `${JSON.stringify(r, null, 2)}\n`;
}
/** Writes the report, creating parent directories. */
async function writeJsonReport(file, r) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, serialiseJsonReport(r));
}


/***/ }),

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ publishReport)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6635);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);
/* harmony import */ var _json_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4225);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7694);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5881);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7994);







// The comment's own budget: bytes bound characters, and the marker line needs a little room.
const COMMENT_BUDGET_BYTES = _pr_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_MAX_CHARS */ .dq - 1_024;
/**
 * Publishes a report everywhere it goes: annotations (most severe first, capped per level), SARIF and
 * JSON files (with the `sarif-file` / `json-file` outputs), the job summary (printed to the terminal
 * by the CLI's localRuntime) and, when asked, the sticky pull request comment. Returns what it did.
 */
async function publishReport(report, runtime, options = {}) {
    const result = { summary: { bytes: 0, rowsShown: 0, rowsOmitted: 0, sectionsOmitted: [] } };
    const known = options.baseline ? new Set(options.baseline.fingerprints) : undefined;
    const split = (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .splitByBaseline */ .Je)(report.findings, options.baseline);
    if (options.baseline)
        result.baseline = { new: split.new.length, known: split.known.length };
    if (options.annotate ?? true) {
        result.annotations = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .KI)(split.new, runtime, { perLevel: options.annotationsPerLevel });
    }
    if (options.sarifFile) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(runtime.workspace, options.sarifFile);
        const sarif = (0,_sarif_js__WEBPACK_IMPORTED_MODULE_5__/* .buildSarif */ .Ep)(report, { baseline: options.baseline, project: options.project });
        await (0,_sarif_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSarif */ .lg)(file, sarif.log);
        for (const [tool, n] of Object.entries(sarif.omitted)) {
            runtime.warning(`SARIF: ${n} ${tool} results left out (GitHub code scanning accepts 25,000 per run, 20 runs).`);
        }
        result.sarifFile = file;
        result.sarifOmitted = sarif.omitted;
        runtime.setOutput('sarif-file', file);
    }
    if (options.jsonFile) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(runtime.workspace, options.jsonFile);
        const meta = { ...options.meta };
        if (result.annotations)
            meta.annotations = result.annotations;
        if (result.baseline)
            meta.baseline = result.baseline;
        if (result.sarifFile)
            meta.sarifFile = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(runtime.workspace, result.sarifFile) || result.sarifFile;
        const json = (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .buildJsonReport */ .XY)(report, {
            version: options.version,
            known,
            meta,
            project: options.project,
            run: (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .runOf */ .ng)(runtime.env),
        });
        await (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonReport */ .a_)(file, json);
        result.jsonFile = file;
        runtime.setOutput('json-file', file);
    }
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSummary */ .Br)(report, {
        budgetBytes: options.summaryBudgetBytes ?? _summary_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARY_BUDGET_BYTES */ .Xb,
        annotations: result.annotations,
        known,
    });
    await runtime.appendSummary(summary.markdown);
    result.summary = {
        bytes: summary.bytes,
        rowsShown: summary.rowsShown,
        rowsOmitted: summary.rowsOmitted,
        sectionsOmitted: summary.sectionsOmitted,
    };
    if (options.prComment) {
        const comment = (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSummary */ .Br)(report, {
            budgetBytes: COMMENT_BUDGET_BYTES,
            annotations: result.annotations,
            known,
        });
        result.prComment = await (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .upsertPrComment */ .ZC)(runtime, {
            action: report.action,
            key: options.commentKey,
            body: comment.markdown,
            token: options.token,
            env: runtime.env,
        });
    }
    return result;
}


/***/ })

};
