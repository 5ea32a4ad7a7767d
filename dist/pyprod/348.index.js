export const id = 348;
export const ids = [348,912];
export const modules = {

/***/ 3348:
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
// EXTERNAL MODULE: ./src/provision/provision.ts
var provision_provision = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/provision/checksum.ts
var checksum = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/provision/checksums/gitleaks.json
const gitleaks_namespaceObject = /*#__PURE__*/JSON.parse('{"8.30.1":{"gitleaks_8.30.1_darwin_arm64.tar.gz":"b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5","gitleaks_8.30.1_darwin_x64.tar.gz":"dfe101a4db2255fc85120ac7f3d25e4342c3c20cf749f2c20a18081af1952709","gitleaks_8.30.1_linux_arm64.tar.gz":"e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080","gitleaks_8.30.1_linux_x64.tar.gz":"551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb","gitleaks_8.30.1_windows_arm64.zip":"b95f5e4f5c425cedca7ee203d9afd29597e692c4924a12ed42f970537c72cc0f","gitleaks_8.30.1_windows_x64.zip":"d29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e"},"8.30.0":{"gitleaks_8.30.0_darwin_arm64.tar.gz":"b251ab2bcd4cd8ba9e56ff37698c033ebf38582b477d21ebd86586d927cf87e7","gitleaks_8.30.0_darwin_x64.tar.gz":"ca221d012d247080c2f6f61f4b7a83bffa2453806b0c195c795bbe9a8c775ed5","gitleaks_8.30.0_linux_arm64.tar.gz":"b4cbbb6ddf7d1b2a603088cd03a4e3f7ce48ee7fd449b51f7de6ee2906f5fa2f","gitleaks_8.30.0_linux_x64.tar.gz":"79a3ab579b53f71efd634f3aaf7e04a0fa0cf206b7ed434638d1547a2470a66e","gitleaks_8.30.0_windows_x64.zip":"54fe94f644b832dd08e8c3a5915efb3bfa862386d59fb27ca0792cb687a83573"},"8.29.1":{"gitleaks_8.29.1_darwin_arm64.tar.gz":"69836c841d7e648fb30ff4846f8c3587855c5754ed02b8510caaf6008f65d177","gitleaks_8.29.1_darwin_x64.tar.gz":"2cd739c684bf3f543f4f37774075c276e40a72bb16c4c5bb9dfd27bf4a4465a7","gitleaks_8.29.1_linux_arm64.tar.gz":"691f826ce7c1c564c9c02d0f9025e8e70803e3816707a4be6224408a06a81eaa","gitleaks_8.29.1_linux_x64.tar.gz":"e4eb209d04e20339d77122a3bdf9cd41351255cfb27ebcb75e85325e04f88924","gitleaks_8.29.1_windows_x64.zip":"e4b7d556f0cddbe23d10d8fac2ab0f29f68f019091c6599ffbeaa8a4fb71ac78"},"8.21.3":{"gitleaks_8.21.3_darwin_arm64.tar.gz":"d36255d533d6b286d0e4d8ddb30647400b62589b266d476fc746be3d35dd4910","gitleaks_8.21.3_darwin_x64.tar.gz":"46cd2e5ec38e1139d7ccf65f0402f17e484a57ef0e865b79e7408f40114c8d89","gitleaks_8.21.3_linux_x64.tar.gz":"38e048cf3db314e81da47c0beabe5ee28989243a953a06778143184f7a12a50d"}}');
// EXTERNAL MODULE: ./src/provision/platform.ts
var provision_platform = __webpack_require__(6468);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
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
/** The argv of one scan; the source is always `.` so that dir-mode paths come out relative to `cwd`. */
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
        argv.push(`--log-opts=${[...LOG_DEFAULTS, ...a.target.revArgs, '--'].join(' ')}`);
    }
    argv.push('--report-format=json', `--report-path=${a.reportPath}`, 
    // Secrets never reach the report or the log, so nothing downstream can print one.
    '--redact', `--exit-code=${LEAKS_EXIT_CODE}`, '--no-banner', '--no-color', '--log-level=info');
    if (a.config)
        argv.push(`--config=${a.config}`);
    if (a.ignoreFile)
        argv.push(`--gitleaks-ignore-path=${a.ignoreFile}`);
    argv.push('.');
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
 * parsed counts and ERR/FTL lines of stderr are used. Throws GitleaksError unless the scan completed.
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
        if (log.errors.length > 0)
            throw fail('it logged errors, so its result cannot be trusted');
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
        return { command, exitCode: code, durationMs: r.durationMs, log, entries };
    }
    finally {
        // The report is redacted, but nothing of a scan is left lying around.
        await promises_.rm(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/actions/secret-scan/inputs.ts



const SCAN_SCOPES = ['auto', 'commits', 'history', 'files', 'staged'];
const DEFAULT_GITLEAKSIGNORE = '.gitleaksignore';
function loadInputs(r, rt) {
    const workingDirectory = external_node_path_.resolve(rt.workspace, r.string('working-directory', '.'));
    const ignore = r.string('gitleaksignore');
    const config = r.string('config');
    return {
        ...(0,inputs/* loadReportInputs */.c)(r),
        version: r.string('version', GITLEAKS_DEFAULT_VERSION).replace(/^v/, ''),
        mirror: r.url('mirror'),
        checksum: r.sha256('checksum'),
        scope: r.choice('scope', SCAN_SCOPES, 'auto'),
        // Both files belong to the scanned repository, so they are relative to the working directory.
        config: config ? external_node_path_.resolve(workingDirectory, config) : undefined,
        gitleaksignore: external_node_path_.resolve(workingDirectory, ignore ?? DEFAULT_GITLEAKSIGNORE),
        gitleaksignoreGiven: ignore !== undefined && ignore !== DEFAULT_GITLEAKSIGNORE,
        failOnFindings: r.bool('fail-on-findings', true),
        workingDirectory,
    };
}

// EXTERNAL MODULE: ./src/core/event-scope.ts
var event_scope = __webpack_require__(5618);
// EXTERNAL MODULE: ./src/core/git.ts
var git = __webpack_require__(7167);
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
    return `${server}/${repo}/blob/${commit}/${file}${f.line ? `#L${f.line}` : ''}`;
}
function locationCell(env, f) {
    const text = (0,markdown/* code */.aY)(`${f.data.path}${f.line ? `:${f.line}` : ''}`);
    const url = blobUrl(env, f);
    return url ? `[${text}](${url})` : text;
}
/** The findings table: where, who, when, and the exact .gitleaksignore line for a false positive. */
function findingsSection(findings, env, known) {
    const shown = findings.slice(0, MAX_ROWS);
    const rows = shown.map((f) => [
        `${(0,markdown/* code */.aY)(f.rule)}${known.has(f.fingerprint) ? ' (known)' : ''}`,
        locationCell(env, f),
        f.data.commit ? (0,markdown/* code */.aY)(f.data.commit.slice(0, 7)) : '—',
        f.data.author ? (0,markdown/* escapeCell */.kq)(f.data.author) : '—',
        f.data.date ?? '—',
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
const shown = (file, workspace) => {
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
    lines.push(`- **Rules:** ${s.config ? (0,markdown/* code */.aY)(shown(s.config, s.workspace)) : "gitleaks' default rules"}`, `- **Ignore file:** ${s.ignoreFile
        ? `${(0,markdown/* code */.aY)(shown(s.ignoreFile, s.workspace))} (${(0,markdown/* plural */.LS)(s.ignoreEntries ?? 0, 'entry', 'entries')})`
        : 'none'}`);
    return { title: 'Scope', markdown: lines.join('\n') };
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
    const provision = () => (0,provision_provision.provisionTool)(gitleaksSpec, { version: i.version, runtime: rt, mirror: i.mirror, checksum: i.checksum });
    const deleted = event.name === 'push' && (0,core_event/* pushInfo */.TN)(event.payload).deleted && i.scope !== 'history';
    const early = deleted ? undefined : provision();
    // Awaited below; this only keeps a failing scope from leaving the rejection unhandled.
    early?.catch(() => { });
    const plan = await planScan(i.scope, wd, rt, event);
    const what = describe(plan, i, rt);
    const nothing = plan.mode === 'git' && plan.scope.kind === 'none';
    const tool = nothing ? undefined : await (early ?? provision());
    const version = tool?.version ?? i.version;
    const facts = {
        what,
        gitleaksVersion: version,
        gitleaksSource: !tool ? 'not run' : tool.source === 'path' ? `from PATH, ${tool.dir}` : tool.source,
        config,
        ignoreFile,
        ignoreEntries: ignoreFile ? countIgnoreEntries(ignoreFile) : undefined,
        workspace: rt.workspace,
    };
    if (plan.mode === 'git') {
        facts.commits = plan.scope.commits;
        facts.range = rangeOutput(plan);
    }
    let result;
    if (tool) {
        const target = plan.mode === 'git' ? { mode: 'git', revArgs: plan.scope.revArgs } : { mode: plan.mode };
        try {
            result = await rt.group(`gitleaks ${target.mode}: ${what}`, () => runGitleaks(tool.bin('gitleaks'), { target, config, ignoreFile }, { cwd: wd, env: rt.env, tempDir: rt.tempDir, timeoutMs: SCAN_TIMEOUT_MS }));
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
    const verdict = fresh.length === 0 ? 'pass' : i.failOnFindings ? 'fail' : 'warn';
    const headline = findings.length === 0
        ? `no secrets found in ${scanned}`
        : `${(0,markdown/* plural */.LS)(findings.length, 'possible secret')} in ${scanned}` +
            (baseline ? ` (${fresh.length} new, ${findings.length - fresh.length} in the baseline)` : '');
    const report = {
        action: ACTION,
        title: TITLE,
        verdict,
        headline,
        findings,
        sections: [...(findings.length ? [findingsSection(findings, rt.env, known)] : []), scopeSection(facts)],
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
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, i);
    rt.setOutput('findings', findings.length);
    rt.setOutput('new-findings', published.newFindings.length);
    rt.setOutput('scanned-commits', plan.mode === 'git' ? plan.scope.commits : 0);
    rt.setOutput('range', rangeOutput(plan));
    if (published.newFindings.length > 0 && i.failOnFindings) {
        const where = plan.mode === 'git' ? `${scanned} (${rangeOutput(plan) || 'none'})` : scanned;
        throw new Error(`${(0,markdown/* plural */.LS)(published.newFindings.length, 'new possible secret')} in ${where}: see the job summary. ` +
            'Revoke a real secret first; add the line shown there to .gitleaksignore for a false positive.');
    }
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
            return allScope(ctx, 'no GitHub event (not running in Actions), so the whole history');
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
            description: `push: ${ref} was deleted; nothing to scan`,
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
    scope.description = `${ctx.event}: full history of ${(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)} (${plural(scope.commits)}); ${why}`;
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
/** Files the scope changed, repo-relative; for `all`, every file in HEAD's tree. */
async function changedFiles(scope, cwd) {
    if (scope.kind === 'none')
        return [];
    if (scope.kind === 'all' || scope.excluded.length === 0)
        return (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .treeFiles */ .CU)(cwd, scope.head);
    // `base...head`: what head changed since it forked from base. With several excluded commits (a pushed
    // merge), keep the files that differ from every one of them, i.e. the ones the pushed commits touched.
    let result;
    for (const base of scope.excluded) {
        const names = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .diffNames */ .y3)(cwd, base, scope.head, true);
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


/***/ }),

/***/ 3801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ publishWithInputs),
/* harmony export */   c: () => (/* binding */ loadReportInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6635);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8414);



function loadReportInputs(r) {
    return {
        sarifFile: r.string('sarif-file'),
        jsonFile: r.string('json-file'),
        prComment: r.bool('pr-comment', false),
        githubToken: r.string('github-token'),
        baseline: r.string('baseline'),
        writeBaseline: r.string('write-baseline'),
    };
}
/**
 * Loads the baseline (if any), publishes the report everywhere, and writes a new baseline when asked.
 * The one call a findings action makes after building its Report.
 */
async function publishWithInputs(report, rt, inputs, extra = {}) {
    const baseline = inputs.baseline
        ? await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .loadBaseline */ .oU)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.baseline), {
            input: 'baseline',
            tool: report.action,
        })
        : undefined;
    const result = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publishReport */ .S)(report, rt, {
        ...extra,
        sarifFile: inputs.sarifFile,
        jsonFile: inputs.jsonFile,
        prComment: inputs.prComment,
        token: inputs.githubToken,
        baseline,
    });
    if (inputs.writeBaseline) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, inputs.writeBaseline);
        await (0,_findings_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .writeBaseline */ .B9)(file, report.findings, report.action);
        rt.info(`Wrote a baseline of ${report.findings.length} findings to ${file}.`);
    }
    const known = new Set(baseline?.fingerprints ?? []);
    return {
        ...result,
        newFindings: report.findings.filter((f) => !known.has(f.fingerprint)),
        ...(baseline ? { loadedBaseline: baseline } : {}),
    };
}


/***/ })

};
