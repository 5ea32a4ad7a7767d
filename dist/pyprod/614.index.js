export const id = 614;
export const ids = [614];
export const modules = {

/***/ 7614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adviseOnSourceBuilds: () => (/* binding */ adviseOnSourceBuilds),
  definition: () => (/* binding */ definition),
  runChecks: () => (/* binding */ runChecks)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/findings/fingerprint.ts
var fingerprint = __webpack_require__(7858);
// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/core/cache.ts
var cache = __webpack_require__(3629);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/actions/docker-slim-build/build-args.ts
/** Pure argv builders for the docker commands the action runs (tested without running docker). */


/**
 * The gha cache for a project: its scope built from a sanitised name (the pull request controls the
 * pyproject name), written back only where every other cache save is allowed (core/cache.ts's rule).
 */
function ghaCache(projectName, env) {
    const risk = (0,cache/* cachePoisoningRisk */.mE)(env);
    return {
        // Only letters, digits, '.', '_' and '-': buildx reads the cache option as comma-separated key=value.
        scope: `docker-slim-build-${(0,cache/* keySegment */.tc)(projectName).replace(/[+=]/g, '-')}`,
        save: risk === undefined,
        ...(risk ? { skipped: risk } : {}),
    };
}
/**
 * `docker buildx build ...` or, for the classic builder, `docker build ...` (run with DOCKER_BUILDKIT=0).
 * The gha cache's url and token are not in the argv: buildx reads ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL and
 * ACTIONS_RUNTIME_TOKEN from its environment, so the token never shows in a process list or a log line.
 */
function buildArgv(p) {
    const argv = p.builder === 'buildx' ? ['buildx', 'build'] : ['build', '--force-rm'];
    argv.push('--file', p.dockerfile, '--iidfile', p.iidFile);
    for (const t of p.tags)
        argv.push('--tag', t);
    for (const [k, v] of p.buildArgs)
        argv.push('--build-arg', `${k}=${v}`);
    if (p.network)
        argv.push('--network', p.network);
    if (p.builder === 'buildx') {
        if (p.platforms.length > 0)
            argv.push('--platform', p.platforms.join(','));
        if (p.gha) {
            argv.push('--cache-from', `type=gha,scope=${p.gha.scope}`);
            if (p.gha.save)
                argv.push('--cache-to', `type=gha,mode=max,scope=${p.gha.scope}`);
        }
        // --load puts the image in the engine's store (the docker driver does anyway); a multi-platform image
        // cannot be loaded, only pushed.
        if (p.push)
            argv.push('--push');
        if (!p.push || p.platforms.length <= 1)
            argv.push('--load');
        argv.push('--provenance=false');
    }
    else if (p.platforms.length > 0) {
        throw new Error(`Input 'platforms' (${p.platforms.join(', ')}) needs docker buildx, which is not installed: ` +
            'install it (docker/setup-buildx-action) or leave platforms empty to build for this machine.');
    }
    argv.push(p.context);
    return argv;
}
/** Environment for the build: BuildKit off for the classic builder; the cache service's variables for gha. */
function buildEnv(base, builder) {
    const env = { ...base };
    if (builder === 'classic')
        env.DOCKER_BUILDKIT = '0';
    return env;
}
/**
 * What buildx's gha cache backend reads from its environment: the one tool call that gets runner
 * credentials, and only when the plan uses the gha cache.
 */
function buildCredentials(p) {
    return p.builder === 'buildx' && p.gha
        ? ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']
        : [];
}
/**
 * Build-arg values to mask in the runner's log (add-mask) as well as redacting them from every displayed
 * command: they often carry credentials (a private index URL). Values under 6 characters ('1', '3.12',
 * 'true') are left alone, since masking them would garble every log line; a URL's password never is.
 */
function buildArgSecrets(buildArgs) {
    const out = new Set();
    for (const [key, value] of buildArgs) {
        for (const s of (0,redact/* redactArgv */.Qu)('docker', ['--build-arg', `${key}=${value}`]).secrets) {
            if (s.length >= 6 || s !== value)
                out.add(s);
        }
    }
    return [...out];
}
/** True when the runner's cache service can be used by buildx's gha cache backend. */
function ghaCacheAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL));
}
/** `docker run` for a proof: removed afterwards, no network unless asked, the given entrypoint and args. */
function runArgv(image, opts) {
    const argv = ['run', '--rm', '--network', opts.network ?? 'none'];
    if (opts.entrypoint)
        argv.push('--entrypoint', opts.entrypoint);
    argv.push(image, ...(opts.args ?? []));
    return argv;
}
function historyArgv(image) {
    return ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', image];
}
function inspectArgv(image) {
    return ['image', 'inspect', '--format', '{{json .}}', image];
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/docker.ts





const BUILD_TIMEOUT_MS = 60 * 60_000;
/** buildx's version when the plugin is installed, else undefined (the classic builder is used). */
async function buildxVersion(docker, env) {
    try {
        const r = await (0,exec/* execTool */.wc)(docker, ['buildx', 'version'], { env, timeoutMs: 30_000 });
        // "github.com/docker/buildx v0.19.3 <commit>"
        return /\bv?(\d+\.\d+\.\d+\S*)/.exec(r.stdout)?.[1] ?? r.stdout.trim();
    }
    catch {
        return undefined;
    }
}
/** The driver of the current buildx builder (`docker`, `docker-container`, ...). */
async function buildxDriver(docker, env) {
    try {
        const r = await (0,exec/* execTool */.wc)(docker, ['buildx', 'inspect'], { env, timeoutMs: 30_000 });
        return /^Driver:\s*(\S+)/m.exec(r.stdout)?.[1];
    }
    catch {
        return undefined;
    }
}
/** Builds the plan's image; each output line goes to `onLine`. Throws a ToolError with the tail on failure. */
async function buildImage(docker, plan, env, onLine) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(plan.iidFile), { recursive: true });
    external_node_fs_.rmSync(plan.iidFile, { force: true });
    const r = await (0,exec/* execTool */.wc)(docker, buildArgv(plan), {
        env: buildEnv(env, plan.builder),
        keepCredentials: buildCredentials(plan),
        timeoutMs: BUILD_TIMEOUT_MS,
        maxOutputBytes: 4 * 1024 * 1024,
        onLine,
    });
    const imageId = external_node_fs_.existsSync(plan.iidFile) ? external_node_fs_.readFileSync(plan.iidFile, 'utf8').trim() : '';
    if (!imageId)
        throw new Error(`${r.command} succeeded but wrote no image id to ${plan.iidFile}`);
    return { imageId, durationMs: r.durationMs, builder: plan.builder };
}
async function inspectImage(docker, image, env) {
    const r = await (0,exec/* execTool */.wc)(docker, inspectArgv(image), { env, timeoutMs: 60_000 });
    return parseInspect(r.stdout);
}
/** Removes an image this action built for itself (the comparison image); a failure only warns. */
async function removeImage(docker, image, env) {
    try {
        await (0,exec/* execTool */.wc)(docker, ['image', 'rm', image], { env, timeoutMs: 120_000 });
        return undefined;
    }
    catch (e) {
        return (0,errors/* errorMessage */.gJ)(e);
    }
}
function parseInspect(json) {
    const raw = JSON.parse(json);
    return {
        id: raw.Id,
        size: raw.Size,
        repoDigests: raw.RepoDigests ?? [],
        env: raw.Config?.Env ?? [],
        user: raw.Config?.User ?? '',
        workingDir: raw.Config?.WorkingDir ?? '',
    };
}
async function imageHistory(docker, image, env) {
    const r = await (0,exec/* execTool */.wc)(docker, historyArgv(image), { env, timeoutMs: 60_000 });
    return parseHistory(r.stdout);
}
/** `docker history --human=false --format '{{json .}}'`: one JSON object a line, newest layer first. */
function parseHistory(out) {
    return out
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .map((l) => {
        const o = JSON.parse(l);
        return { createdBy: o.CreatedBy ?? '', size: Number(o.Size ?? 0) || 0 };
    });
}
/** The digest of the pushed image for one of the tags (`repo@sha256:...` in RepoDigests), else ''. */
function pushedDigest(info, tags) {
    const repos = new Set(tags.map((t) => t.replace(/(:[\w][\w.-]*)?(@.*)?$/, '')));
    const hit = info.repoDigests.find((d) => repos.has(d.split('@')[0] ?? '')) ?? info.repoDigests[0];
    return hit?.split('@')[1] ?? '';
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/generate.ts
/** First line of every generated file: how the action tells its own file from a user's. */
const GENERATED_MARKER = '# Generated by pyprod-actions docker-slim-build.';
const GENERATED_NAME = 'Dockerfile.pyprod';
/** huggingface_hub used (in the builder only) to download models. */
const HF_HUB_VERSION = '2.4.0';
const APP_DIR = '/app';
const MODELS_DIR = '/opt/models';
const UID = 10001;
const json = (argv) => JSON.stringify(argv);
/**
 * One layer installing Debian packages; apt's downloads, binary caches and lists are removed in the same
 * layer so they add nothing (Docker's Debian images do the first two by configuration, other bases may not).
 */
function aptInstall(packages, comment) {
    if (packages.length === 0)
        return [];
    return [
        ...(comment ? [`# ${comment}`] : []),
        'RUN apt-get update \\',
        `    && DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends ${packages.join(' ')} \\`,
        '    && apt-get clean && rm -rf /var/lib/apt/lists/*',
    ];
}
function uvInstall(o) {
    if (o.uvSource === 'image') {
        return [`COPY --from=ghcr.io/astral-sh/uv:${o.uvVersion} /uv /uvx /bin/`];
    }
    // From PyPI through a throwaway venv: works whether the base has pip (official images) or only
    // ensurepip (Debian's python3-venv), and leaves the base's own Python untouched.
    return [
        `RUN python3 -m venv /opt/uv \\`,
        `    && /opt/uv/bin/pip install --no-cache-dir --disable-pip-version-check uv==${o.uvVersion} \\`,
        '    && ln -s /opt/uv/bin/uv /usr/local/bin/uv',
    ];
}
/**
 * The Dockerfile for a uv project: a builder stage where uv installs the locked dependencies (a layer of
 * its own, reused while only code changes), then the project, and downloads the models; a runtime stage
 * on the same base (so the venv's interpreter path is valid) that copies only the venv, the app and the
 * models, compiles bytecode, adds a non-root user and ends with USER. A pure function of its options.
 */
function generateDockerfile(o) {
    const src = (p) => (o.projectPath ? `${o.projectPath}/${p}` : p);
    const selection = [...o.groups.flatMap((g) => ['--group', g]), ...o.extras.flatMap((e) => ['--extra', e])];
    const noDev = o.groups.includes('dev') ? [] : ['--no-dev'];
    const sync = ['uv', 'sync', '--locked', ...noDev, '--no-editable', ...selection];
    const builderEnv = [
        'UV_PYTHON_DOWNLOADS=never',
        'UV_PYTHON_PREFERENCE=only-system',
        'UV_PYTHON=python3',
        'UV_LINK_MODE=copy',
        `UV_PROJECT_ENVIRONMENT=${APP_DIR}/.venv`,
        ...(o.compileBytecode ? ['UV_COMPILE_BYTECODE=1'] : []),
    ];
    const lines = [
        GENERATED_MARKER,
        `# Edit freely (then point the action's dockerfile input at it) or regenerate with dockerfile: generate.`,
        '',
        `FROM ${o.baseImage} AS builder`,
        ...aptInstall(o.buildPackages, 'What compiling the dependencies needs: it stays in this stage.'),
        ...uvInstall(o),
        `ENV ${builderEnv.join(' \\\n    ')}`,
        `WORKDIR ${APP_DIR}`,
        '# The locked dependencies alone first: this layer is reused as long as the lock files do not change.',
        `COPY ${src('pyproject.toml')} ${src('uv.lock')} ./`,
        `RUN ${[...sync, '--no-install-project'].join(' ')}`,
        `COPY ${o.projectPath ? `${o.projectPath}/` : '.'} .`,
        `RUN ${sync.join(' ')}`,
    ];
    if (o.models.length > 0) {
        const script = 'import sys; from huggingface_hub import snapshot_download; ' +
            "[print(snapshot_download(m.partition('@')[0], revision=m.partition('@')[2] or None)) for m in sys.argv[1:]]";
        lines.push('# Models are downloaded at build time (HF_ENDPOINT may name a mirror) and copied to the runtime stage.', 'ARG HF_ENDPOINT', `ENV HF_HOME=${MODELS_DIR}`, `RUN ${json(['uv', 'run', '--no-project', '--with', `huggingface_hub==${HF_HUB_VERSION}`, '--', 'python3', '-c', script, ...o.models])}`);
    }
    const runtimeEnv = [
        `PATH=${APP_DIR}/.venv/bin:$PATH`,
        'PYTHONUNBUFFERED=1',
        ...(o.models.length > 0 ? [`HF_HOME=${MODELS_DIR}`, 'HF_HUB_OFFLINE=1', 'TRANSFORMERS_OFFLINE=1'] : []),
    ];
    lines.push('', `FROM ${o.baseImage}`, ...aptInstall(o.runtimePackages, 'The shared libraries the compiled dependencies load.'), `RUN groupadd --system --gid ${UID} ${o.user} \\`, `    && useradd --system --uid ${UID} --gid ${o.user} --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin ${o.user}`, `ENV ${runtimeEnv.join(' \\\n    ')}`, `WORKDIR ${APP_DIR}`);
    if (o.models.length > 0)
        lines.push(`COPY --from=builder ${MODELS_DIR} ${MODELS_DIR}`);
    lines.push(`COPY --from=builder ${APP_DIR} ${APP_DIR}`);
    if (o.compileBytecode) {
        // uv compiled the venv; this compiles the app's own files and any .pyc the copy left stale.
        lines.push(`RUN python3 -m compileall -q -j 0 ${APP_DIR}`);
    }
    lines.push(`USER ${o.user}`);
    if (o.command)
        lines.push(`CMD ${json(o.command)}`);
    return `${lines.join('\n')}\n`;
}
/** Written beside the generated Dockerfile only when the context has no .dockerignore. */
const DOCKERIGNORE = `# Generated by pyprod-actions docker-slim-build: keeps local environments, caches and secrets out of the build context.
.git
.venv
venv
**/__pycache__
**/*.pyc
.pytest_cache
.mypy_cache
.ruff_cache
.tox
.nox
.coverage
htmlcov
*.egg-info
.env
.env.*
`;
/**
 * The naive image the size is compared with: one stage, the same base, the same Debian packages (build and
 * runtime: one stage has to keep what compiling needed), the project installed with pip.
 * Official python images have pip; Debian's Python (and so the stand-in base) has only ensurepip in a venv,
 * so pip runs from a venv, which is what the official image's global pip would do plus pip's own ~15 MB.
 */
function naiveDockerfile(baseImage, projectPath, command, packages = []) {
    return [
        '# The one-stage image docker-slim-build compares with: everything in one layer stack, pip with its cache.',
        `FROM ${baseImage}`,
        ...aptInstall(packages),
        `WORKDIR ${APP_DIR}`,
        `COPY ${projectPath ? `${projectPath}/` : '.'} .`,
        'RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install .',
        'ENV PATH=/opt/venv/bin:$PATH',
        ...(command ? [`CMD ${json(command)}`] : []),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/prove.ts



// Run with the image's own python3: counts .py files and their cached .pyc under site-packages and the
// working directory (the app), each file once.
const PYC_SCRIPT = `
import importlib.util, json, os, sysconfig
paths = sysconfig.get_paths()
roots = sorted({os.path.realpath(p) for p in (paths["purelib"], paths["platlib"]) if os.path.isdir(p)})
wd = os.path.realpath(os.getcwd())
seen = set()
out = []
for root in roots + ([wd] if wd != "/" else []):
    n = {"root": root, "total": 0, "compiled": 0, "missing": []}
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x != "__pycache__"]
        for f in files:
            p = os.path.realpath(os.path.join(d, f))
            if not f.endswith(".py") or p in seen:
                continue
            seen.add(p)
            n["total"] += 1
            if os.path.exists(importlib.util.cache_from_source(p)):
                n["compiled"] += 1
            elif len(n["missing"]) < 3:
                n["missing"].append(p)
    out.append(n)
print(json.dumps(out))
`;
const PROOF_TIMEOUT_MS = 120_000;
const SMOKE_TIMEOUT_MS = 10 * 60_000;
// A few packages ship files that are not valid Python 3 (templates, tests): they never compile.
const MIN_COMPILED = 0.9;
async function proveUser(docker, image, env) {
    try {
        const r = await (0,exec/* execTool */.wc)(docker, runArgv(image, { entrypoint: 'id', args: ['-u'] }), {
            env,
            timeoutMs: PROOF_TIMEOUT_MS,
        });
        const uid = r.stdout.trim();
        return {
            name: 'runs as non-root',
            ok: uid !== '0' && /^\d+$/.test(uid),
            detail: `id -u in the container: ${uid}`,
        };
    }
    catch (e) {
        return {
            name: 'runs as non-root',
            ok: false,
            detail: `could not run id -u in the image: ${e.message}`,
        };
    }
}
async function provePyc(docker, image, env) {
    const name = 'bytecode compiled';
    try {
        const r = await (0,exec/* execTool */.wc)(docker, runArgv(image, { entrypoint: 'python3', args: ['-c', PYC_SCRIPT] }), {
            env,
            timeoutMs: PROOF_TIMEOUT_MS,
        });
        const counts = JSON.parse(r.stdout.trim().split('\n').pop() ?? '[]');
        const measured = counts.filter((c) => c.total > 0);
        const bad = measured.filter((c) => c.compiled / c.total < MIN_COMPILED);
        const detail = measured
            .map((c) => `${c.root}: ${c.compiled}/${c.total} .py files have a .pyc`)
            .join('; ');
        if (measured.length === 0)
            return {
                proof: { name, ok: false, detail: 'no .py files found in site-packages or the working directory' },
                counts,
            };
        return { proof: { name, ok: bad.length === 0, detail }, counts };
    }
    catch (e) {
        return {
            proof: { name, ok: false, detail: `could not run python3 in the image: ${e.message}` },
            counts: [],
        };
    }
}
const OFFLINE_VARS = ['HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE'];
/** The offline variables in the image's config; required when models were baked in. */
function proveOffline(info, modelsBaked) {
    const env = new Map(info.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
    const set = OFFLINE_VARS.filter((n) => /^(1|true|yes|on)$/i.test(env.get(n) ?? ''));
    const detail = OFFLINE_VARS.map((n) => `${n}=${env.get(n) ?? '(unset)'}`).join(', ');
    if (!modelsBaked)
        return {
            name: 'hubs offline',
            ok: true,
            skipped: set.length === 0,
            detail: `${detail} (no models baked in)`,
        };
    return { name: 'hubs offline', ok: set.length === OFFLINE_VARS.length, detail };
}
async function proveSmoke(docker, image, argv, env, network) {
    const name = 'smoke command';
    try {
        const r = await (0,exec/* execTool */.wc)(docker, runArgv(image, { network: network ?? 'default', args: [...argv] }), {
            env,
            timeoutMs: SMOKE_TIMEOUT_MS,
        });
        return { name, ok: true, detail: `\`${argv.join(' ')}\` exited 0 in ${r.durationMs} ms` };
    }
    catch (e) {
        const code = e instanceof errors/* ToolError */.v4 ? e.exitCode : null;
        const tail = e instanceof errors/* ToolError */.v4 ? (0,exec/* lastLines */.w$)(e.tail, 15) : e.message;
        return {
            name,
            ok: false,
            detail: `\`${argv.join(' ')}\` exited ${code ?? 'abnormally'}; last output:\n${tail}`,
        };
    }
}
function proveBudget(size, budget, fmt) {
    if (budget === undefined)
        return undefined;
    return {
        name: 'size budget',
        ok: size <= budget,
        detail: `${fmt(size)} of ${fmt(budget)} (${Math.round((size / budget) * 100)}%)`,
    };
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/dockerfile-parse.ts
/**
 * A small Dockerfile parser: enough of the reference's grammar to check a file line by line. Parser
 * directives (`# syntax=`, `# escape=`), comments, line continuations (with the escape character, also
 * across comment and blank lines), heredocs (`RUN <<EOF`), flags (`--from=`, `--platform=`), stages
 * (`FROM x [AS y]`), ARG/ENV in all their forms and `$VAR` / `${VAR}` / `${VAR:-default}` in FROM.
 */
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function parseDockerfile(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const directives = {};
    let i = 0;
    // Directives: only at the very top, before any comment, blank line or instruction.
    for (; i < lines.length; i++) {
        const m = DIRECTIVE.exec(lines[i] ?? '');
        if (!m)
            break;
        const key = m[1].toLowerCase();
        if (key in directives)
            break;
        directives[key] = m[2];
    }
    const escapeChar = directives.escape === '`' ? '`' : '\\';
    const instructions = [];
    const stages = [];
    const globalArgs = new Map();
    while (i < lines.length) {
        const first = lines[i] ?? '';
        if (/^\s*$/.test(first) || /^\s*#/.test(first)) {
            i++;
            continue;
        }
        const start = i + 1;
        let joined = '';
        let line = first;
        // Continuation: the escape character at the end of a line (trailing white space allowed).
        for (;;) {
            const trimmed = line.replace(/\s+$/, '');
            if (trimmed.endsWith(escapeChar)) {
                joined += `${trimmed.slice(0, -1)} `;
                i++;
                // Comment and blank lines inside a continued instruction are dropped.
                while (i < lines.length && (/^\s*#/.test(lines[i] ?? '') || /^\s*$/.test(lines[i] ?? '')))
                    i++;
                if (i >= lines.length)
                    break;
                line = lines[i] ?? '';
                continue;
            }
            joined += line;
            break;
        }
        let end = Math.min(i + 1, lines.length);
        i++;
        const m = /^\s*(\S+)\s*(.*)$/.exec(joined);
        const keyword = m[1].toUpperCase();
        let rest = m[2].trim();
        const flags = {};
        for (let f = /^--([a-zA-Z-]+)(?:=(\S*))?\s*/.exec(rest); f; f = /^--([a-zA-Z-]+)(?:=(\S*))?\s*/.exec(rest)) {
            flags[f[1].toLowerCase()] = f[2] ?? 'true';
            rest = rest.slice(f[0].length);
        }
        const heredocs = [];
        if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
            for (const h of rest.matchAll(HEREDOC)) {
                const body = [];
                while (i < lines.length) {
                    const l = lines[i] ?? '';
                    i++;
                    if ((h[1] ? l.replace(/^\t+/, '') : l) === h[3])
                        break;
                    body.push(l);
                }
                heredocs.push(body.join('\n'));
                end = i;
            }
        }
        const ins = { keyword, args: rest, flags, line: start, endLine: end, heredocs, stage: -1 };
        if (keyword === 'FROM') {
            const stage = parseFrom(ins, stages, globalArgs);
            stages.push(stage);
        }
        else if (keyword === 'ARG' && stages.length === 0) {
            for (const [k, v] of parseKeyValues(rest, 'ARG'))
                globalArgs.set(k, v);
        }
        ins.stage = stages.length - 1;
        instructions.push(ins);
        stages[stages.length - 1]?.instructions.push(ins);
    }
    return { directives, escape: escapeChar, instructions, stages, globalArgs };
}
function parseFrom(ins, stages, args) {
    const words = ins.args.split(/\s+/).filter(Boolean);
    const from = words[0] ?? '';
    const name = words.length >= 3 && words[1]?.toUpperCase() === 'AS' ? words[2]?.toLowerCase() : undefined;
    const image = substitute(from, args);
    const fromStage = stages.some((s) => s.name !== undefined && s.name === image.toLowerCase());
    return {
        index: stages.length,
        from,
        image,
        name,
        platform: ins.flags.platform,
        line: ins.line,
        instructions: [],
        fromStage,
    };
}
/** `$VAR`, `${VAR}`, `${VAR:-word}` and `${VAR:+word}` with the given values; unknown variables stay as written. */
function substitute(text, vars) {
    return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, braced, op, word, bare) => {
        const name = (braced ?? bare);
        const value = vars.get(name);
        if (op === '-')
            return value ? value : (word ?? '');
        if (op === '+')
            return value ? (word ?? '') : '';
        return value ?? whole;
    });
}
/**
 * The pairs of an ARG or ENV instruction: `ARG a`, `ARG a=1 b=2`, `ENV k=v k2="v 2"` and the legacy
 * `ENV key value with spaces`. Quotes around values are removed. A missing value is undefined.
 */
function parseKeyValues(args, keyword) {
    const words = splitWords(args);
    const out = [];
    if (keyword === 'ENV' && words.length > 0 && !words[0].includes('=')) {
        // Legacy form: one key, the rest of the line is its value.
        const key = words[0];
        const value = args
            .trim()
            .slice(key.length)
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2');
        return [[key, value]];
    }
    for (const w of words) {
        const eq = w.indexOf('=');
        if (eq < 0)
            out.push([w, undefined]);
        else
            out.push([w.slice(0, eq), unquote(w.slice(eq + 1))]);
    }
    return out;
}
/** Splits on unquoted white space; quotes are kept in the words (unquote removes them). */
function splitWords(text) {
    const words = [];
    let cur = '';
    let quote = '';
    for (let k = 0; k < text.length; k++) {
        const c = text[k];
        if (quote) {
            cur += c;
            if (c === '\\' && quote === '"' && k + 1 < text.length)
                cur += text[++k];
            else if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'") {
            quote = c;
            cur += c;
        }
        else if (/\s/.test(c)) {
            if (cur)
                words.push(cur);
            cur = '';
        }
        else {
            cur += c;
        }
    }
    if (cur)
        words.push(cur);
    return words;
}
function unquote(v) {
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) {
        const inner = v.slice(1, -1);
        return v[0] === '"' ? inner.replace(/\\(.)/g, '$1') : inner;
    }
    return v;
}
/** The final stage: the one the image is made of (without `--target`). */
function finalStage(d) {
    return d.stages[d.stages.length - 1];
}
/** The text a RUN executes: its arguments (exec form joined) and any heredoc bodies. */
function runText(ins) {
    let text = ins.args;
    if (text.startsWith('[')) {
        try {
            const argv = JSON.parse(text);
            if (Array.isArray(argv))
                text = argv.map(String).join(' ');
        }
        catch {
            /* not valid JSON: the shell form, as written */
        }
    }
    return [text, ...ins.heredocs].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/checks.ts

const TOOL = 'docker-slim-build';
/** The rules every Dockerfile is checked against, in the order of the summary's checks table. */
const RULES = {
    'non-root-user': 'The container runs as a non-root user (last USER of the final stage)',
    'no-alpine': 'The base image is not Alpine (musl breaks manylinux wheels)',
    'pinned-base': 'Base images are pinned to a tag or digest (not latest, not untagged)',
    'multi-stage': 'Build tools stay in a builder stage, out of the final image',
    'bytecode-compiled': 'Bytecode is compiled at build time (compileall or UV_COMPILE_BYTECODE)',
    'models-offline': 'After a model download, HF_HUB_OFFLINE=1 and TRANSFORMERS_OFFLINE=1 are set',
    'no-secret-args': 'No secret-looking ARG or ENV with a value (it stays in the image history)',
    'torch-cpu': 'torch on a CPU target does not pull the CUDA nvidia-* wheels',
};
function checks_finding(rule, file, line, message) {
    return { tool: TOOL, rule, severity: 'error', message, file, line };
}
const ROOT_USERS = /^(root|0)(:.*)?$/;
const MODEL_DOWNLOAD = /\b(snapshot_download|hf_hub_download|huggingface-cli\s+download|hf\s+download|from_pretrained|SentenceTransformer\s*\()/;
// Build tools that must not reach the final image: compilers, headers, package managers' build extras, uv.
const BUILD_TOOL_PATTERNS = [
    [
        /\b(apt-get|apt|apk|dnf|yum|microdnf)\b[^\n;&|]*\b(build-essential|build-base|gcc|g\+\+|clang|make|cmake|cargo|rustc|[\w.+-]+-dev|[\w.+-]+-devel)\b/,
        'installs compilers or headers',
    ],
    [
        /\bpip3?\s+install\b[^\n;&|]*\b(cython|setuptools-rust|maturin|ninja|cmake|uv)\b/i,
        'pip-installs build tools',
    ],
    [/astral\.sh\/uv|ghcr\.io\/astral-sh\/uv/, 'installs uv'],
];
const PY_INSTALL = /\b(pip3?\s+install|uv\s+(sync|pip\s+install)|poetry\s+install|pdm\s+install)\b/;
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|PRIVATE_?KEY|_KEY$|^KEY$)/i;
// Names that look secret but are not: a public key's fingerprint, or where a secret file lives.
const NOT_SECRET = /^(GPG_KEY|.*PUBLIC_?KEY.*|.*_(FILE|PATH|DIR|ID)$)/i;
/** Checks one parsed Dockerfile; `file` is its repository-relative path for the findings. */
function checkDockerfile(d, file) {
    const out = [];
    const last = finalStage(d);
    if (!last)
        return out;
    out.push(...userCheck(last, file));
    for (const s of d.stages) {
        if (s.fromStage || s.image.toLowerCase() === 'scratch')
            continue;
        if (/alpine/i.test(s.image)) {
            out.push(checks_finding('no-alpine', file, s.line, `Base image ${s.image} is Alpine: use a Debian slim image (musl breaks manylinux wheels).`));
        }
        const pin = pinProblem(s.image);
        if (pin)
            out.push(checks_finding('pinned-base', file, s.line, pin));
    }
    out.push(...multiStageCheck(d, last, file));
    out.push(...bytecodeCheck(d, last, file));
    out.push(...offlineCheck(d, last, file));
    out.push(...secretCheck(d, file));
    return out;
}
function userCheck(last, file) {
    const users = last.instructions.filter((i) => i.keyword === 'USER');
    const user = users[users.length - 1];
    if (!user) {
        return [
            checks_finding('non-root-user', file, last.line, 'The final stage has no USER: the container runs as root.'),
        ];
    }
    if (ROOT_USERS.test(user.args.trim())) {
        return [
            checks_finding('non-root-user', file, user.line, `The last USER is ${user.args.trim()}: the container runs as root.`),
        ];
    }
    return [];
}
/** Why a base image reference is not pinned, or undefined when it is. */
function pinProblem(image) {
    if (image.includes('$'))
        return undefined; // a variable without a default: decided at build time
    if (/@sha256:[0-9a-f]{64}$/.test(image))
        return undefined;
    const lastPart = image.split('/').pop() ?? image;
    const colon = lastPart.lastIndexOf(':');
    if (colon < 0)
        return `Base image ${image} has no tag (it means latest): pin a version tag or a digest.`;
    if (lastPart.slice(colon + 1) === 'latest')
        return `Base image ${image} uses the latest tag: pin a version tag or a digest.`;
    return undefined;
}
function multiStageCheck(d, last, file) {
    const out = [];
    const runs = last.instructions.filter((i) => i.keyword === 'RUN');
    if (d.stages.length === 1) {
        const install = runs.find((i) => PY_INSTALL.test(runText(i)));
        if (install) {
            out.push(checks_finding('multi-stage', file, install.line, 'Single-stage build installs packages in the final image: build the environment in a builder stage and copy only it.'));
        }
    }
    for (const ins of last.instructions) {
        const text = ins.keyword === 'RUN' ? runText(ins) : ins.keyword === 'COPY' ? `${ins.flags.from ?? ''}` : '';
        for (const [re, what] of BUILD_TOOL_PATTERNS) {
            const m = re.exec(text);
            if (m) {
                out.push(checks_finding('multi-stage', file, ins.line, `The final stage ${what} (${m[0].split(/\s+/).pop()}): keep build tools in a builder stage.`));
                break;
            }
        }
    }
    return out;
}
function envOf(stage, d) {
    const vars = new Map();
    const instructions = stage ? stage.instructions : d.instructions;
    for (const i of instructions) {
        if (i.keyword === 'ENV' || i.keyword === 'ARG') {
            for (const [k, v] of parseKeyValues(i.args, i.keyword))
                vars.set(k, v);
        }
    }
    return vars;
}
const truthy = (v) => v !== undefined && /^(1|true|yes|on)$/i.test(v);
function bytecodeCheck(d, last, file) {
    const vars = envOf(undefined, d);
    if (truthy(vars.get('UV_COMPILE_BYTECODE')))
        return [];
    for (const i of d.instructions) {
        if (i.keyword !== 'RUN')
            continue;
        const t = runText(i);
        if (/\bcompileall\b|UV_COMPILE_BYTECODE=(1|true)|--compile-bytecode\b/.test(t))
            return [];
        // pip compiles what it installs unless told not to (only what it installs into the final image counts).
        if (i.stage === last.index && /\bpip3?\s+install\b/.test(t) && !/--no-compile\b/.test(t))
            return [];
    }
    return [
        checks_finding('bytecode-compiled', file, last.line, 'No bytecode is compiled at build time (no compileall, no UV_COMPILE_BYTECODE=1): every container start compiles it again, as a non-root user it cannot even cache it.'),
    ];
}
function offlineCheck(d, last, file) {
    const download = d.instructions.find((i) => i.keyword === 'RUN' && MODEL_DOWNLOAD.test(runText(i)));
    if (!download)
        return [];
    const vars = envOf(last, d);
    const missing = ['HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE'].filter((n) => !truthy(vars.get(n)));
    if (missing.length === 0)
        return [];
    return [
        checks_finding('models-offline', file, download.line, `Models are downloaded at build time but the final stage does not set ${missing.map((n) => `${n}=1`).join(' and ')}: a hub outage can still break a boot.`),
    ];
}
function secretCheck(d, file) {
    const out = [];
    for (const i of d.instructions) {
        if (i.keyword !== 'ARG' && i.keyword !== 'ENV')
            continue;
        for (const [name, value] of parseKeyValues(i.args, i.keyword)) {
            if (!value || !SECRET_NAME.test(name) || NOT_SECRET.test(name))
                continue;
            // The value is never repeated: only the name and where it is.
            out.push(checks_finding('no-secret-args', file, i.line, `${i.keyword} ${name} has a value that looks like a secret: it is stored in the image; use a build secret (RUN --mount=type=secret) or a runtime variable.`));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/actions/docker-slim-build/torch-check.ts




const CPU_INDEX_SNIPPET = `[[tool.uv.index]]
name = "pytorch-cpu"
url = "https://download.pytorch.org/whl/cpu"
explicit = true

[tool.uv.sources]
torch = [{ index = "pytorch-cpu", marker = "sys_platform == 'linux'" }]`;
const isLinuxX64 = (url = '') => /manylinux[^/]*x86_64\.whl$|linux_x86_64\.whl$/.test(url);
/**
 * The CUDA wheels torch pulls on linux x86_64 according to uv.lock (which records every wheel's size),
 * or undefined when the lock has no torch or its torch pulls no nvidia-* package (a CPU index build).
 */
function cudaWheels(uvLock) {
    const doc = (0,dist/* parse */.qg)(uvLock);
    const packages = doc.package ?? [];
    const byName = new Map();
    for (const p of packages) {
        const n = (0,python_names/* normalizePackageName */.N)(p.name);
        byName.set(n, [...(byName.get(n) ?? []), p]);
    }
    const torch = byName
        .get('torch')
        ?.find((p) => (p.dependencies ?? []).some((d) => d.name.startsWith('nvidia-')));
    if (!torch)
        return undefined;
    // The nvidia-* closure: cudnn pulls cublas, cusolver pulls cusparse, and so on.
    const seen = new Map();
    const queue = (torch.dependencies ?? [])
        .map((d) => (0,python_names/* normalizePackageName */.N)(d.name))
        .filter((n) => n.startsWith('nvidia-'));
    while (queue.length > 0) {
        const name = queue.shift();
        if (seen.has(name))
            continue;
        const pkg = byName.get(name)?.[0];
        if (!pkg)
            continue;
        const sizes = (pkg.wheels ?? []).filter((w) => isLinuxX64(w.url)).map((w) => w.size ?? 0);
        seen.set(name, {
            name: pkg.name,
            version: pkg.version ?? '',
            bytes: sizes.length ? Math.max(...sizes) : 0,
        });
        for (const d of pkg.dependencies ?? []) {
            const n = (0,python_names/* normalizePackageName */.N)(d.name);
            if (n.startsWith('nvidia-'))
                queue.push(n);
        }
    }
    const list = [...seen.values()].sort((a, b) => b.bytes - a.bytes);
    const lines = uvLock.split(/\r?\n/);
    const at = lines.findIndex((l, k) => /^name = "torch"$/.test(l) && lines[k + 1] === `version = "${torch.version}"`);
    return {
        torchVersion: torch.version ?? '',
        line: at >= 0 ? at + 1 : 1,
        packages: list,
        totalBytes: list.reduce((s, p) => s + p.bytes, 0),
    };
}
/** True when the image targets linux/amd64 and its base is not a CUDA image. */
function isCpuX64Target(baseImages, platforms) {
    const x64 = platforms.length === 0 || platforms.some((p) => /^linux\/(amd64|x86_64)/.test(p));
    return x64 && !baseImages.some((b) => /cuda|nvidia/i.test(b));
}
function torchFinding(w, lockFile) {
    return {
        tool: TOOL,
        rule: 'torch-cpu',
        severity: 'error',
        file: lockFile,
        line: w.line,
        message: `torch ${w.torchVersion} from PyPI pulls ${w.packages.length} CUDA nvidia-* wheels ` +
            `(${(0,markdown/* formatBytes */.z3)(w.totalBytes)} compressed, linux x86_64) into a CPU image: select the CPU index ` +
            'https://download.pytorch.org/whl/cpu with [[tool.uv.index]] and [tool.uv.sources] (snippet in the summary).',
        data: { nvidiaPackages: w.packages.length, nvidiaBytes: w.totalBytes },
    };
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/summary.ts



/** Decimal megabytes, as `docker images` and the size-budget input count them. */
function formatMB(n) {
    return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${(n / 1e6).toFixed(1)} MB`;
}
function sizeSection(s) {
    const rows = [['this image', formatMB(s.size), (0,markdown/* formatDuration */.a3)(s.buildMs), '']];
    if (s.naive) {
        const saved = s.naive.size - s.size;
        rows.push([
            'one-stage `pip install .`',
            formatMB(s.naive.size),
            (0,markdown/* formatDuration */.a3)(s.naive.durationMs),
            `${saved >= 0 ? 'saves' : 'adds'} ${formatMB(Math.abs(saved))} (${Math.round((s.size / s.naive.size) * 100)}% of it)`,
        ]);
    }
    if (s.budget !== undefined) {
        rows.push([
            'budget',
            formatMB(s.budget),
            '',
            s.size <= s.budget ? 'within' : `over by ${formatMB(s.size - s.budget)}`,
        ]);
    }
    return {
        title: 'Size',
        markdown: `${(0,markdown/* table */.tp)(['image', 'size', 'build', ''], rows.map((r) => r.map((c, i) => (i === 0 ? c : (0,markdown/* escapeCell */.kq)(c)))))}\n\nBuilt with the ${(0,markdown/* escapeInline */.VV)(s.builder)}.`,
    };
}
function proofSection(proofs) {
    const rows = proofs.map((p) => [
        (0,markdown/* escapeCell */.kq)(p.name),
        p.skipped ? 'n/a' : p.ok ? 'pass' : '**fail**',
        (0,markdown/* escapeCell */.kq)(p.detail),
    ]);
    return { title: 'Proofs', markdown: (0,markdown/* table */.tp)(['proof', 'result', 'observed'], rows) };
}
function layerSection(layers) {
    // Oldest first, as the Dockerfile reads; empty metadata layers left out.
    const rows = [...layers]
        .reverse()
        .filter((l) => l.size > 0)
        .map((l) => [formatMB(l.size), (0,markdown/* code */.aY)(cleanCreatedBy(l.createdBy).slice(0, 160))]);
    return { title: 'Layers', markdown: (0,markdown/* table */.tp)(['size', 'created by'], rows), collapsed: rows.length > 12 };
}
/** `/bin/sh -c #(nop) COPY dir:abc in /app` → `COPY dir:abc in /app`; `/bin/sh -c apt-get ...` → `RUN apt-get ...`. */
function cleanCreatedBy(text) {
    const t = text.trim();
    const nop = /^\/bin\/sh -c #\(nop\)\s*(.*)$/s.exec(t);
    if (nop)
        return nop[1].trim();
    const sh = /^\/bin\/sh -c (.*)$/s.exec(t);
    if (sh)
        return `RUN ${sh[1].trim()}`;
    return t;
}
function checksSection(findings, applicable) {
    const rows = Object.keys(RULES).map((rule) => {
        const hits = findings.filter((f) => f.rule === rule);
        const where = hits.map((f) => `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`).join(', ');
        const result = !applicable.has(rule) ? 'n/a' : hits.length === 0 ? 'pass' : `**fail** (${hits.length})`;
        return [(0,markdown/* code */.aY)(rule), (0,markdown/* escapeCell */.kq)(RULES[rule]), result, (0,markdown/* escapeCell */.kq)(where)];
    });
    return { title: 'Checks', markdown: (0,markdown/* table */.tp)(['check', 'rule', 'result', 'where'], rows) };
}
function torchSection(w) {
    const rows = w.packages.map((p) => [(0,markdown/* code */.aY)(p.name), (0,markdown/* escapeCell */.kq)(p.version), formatMB(p.bytes)]);
    return {
        title: 'CPU-only PyTorch',
        markdown: `torch ${(0,markdown/* escapeInline */.VV)(w.torchVersion)} from PyPI pulls these CUDA wheels on linux x86_64 ` +
            `(${formatMB(w.totalBytes)} compressed, several times that installed). Select the CPU index in pyproject.toml, ` +
            `then run \`uv lock\`:\n\n\`\`\`toml\n${CPU_INDEX_SNIPPET}\n\`\`\`\n\n${(0,markdown/* table */.tp)(['package', 'version', 'wheel'], rows)}`,
    };
}
/** The end of the build's output: what the Dockerfile's commands printed, hence fenced as untrusted. */
function buildFailedSection(error) {
    return { title: 'Build failed', markdown: (0,markdown/* fenced */.OF)(error, 'text', 6_000) };
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/build-and-prove.ts







/** Builds (and pushes) the image, then proves what it is: size, layers, user, bytecode, offline, smoke. */
async function buildAndProve(docker, plan, i, src, modelsBaked, rt) {
    const env = rt.env;
    const label = plan.builder === 'buildx' ? 'buildx' : 'the classic builder (DOCKER_BUILDKIT=0)';
    const built = await rt.group(`Build ${external_node_path_.basename(plan.dockerfile)} with ${label}`, () => buildImage(docker, plan, env, (l) => rt.info(l)));
    if (plan.push && plan.builder === 'classic') {
        await rt.group('Push', async () => {
            for (const t of plan.tags) {
                await (0,exec/* execTool */.wc)(docker, ['push', t], { env, timeoutMs: 60 * 60_000, onLine: (l) => rt.info(l) });
            }
        });
    }
    // A multi-platform image pushed by buildx is not in the local store: prove what can be proved remotely.
    const local = !(plan.builder === 'buildx' && plan.push && plan.platforms.length > 1);
    const ref = plan.tags[0] ?? built.imageId;
    if (!local) {
        rt.warning('A multi-platform image is pushed, not loaded: size, layers and the proofs need a local image and are skipped.');
        return {
            imageId: built.imageId,
            info: emptyInfo(built.imageId),
            layers: [],
            digest: built.imageId,
            durationMs: built.durationMs,
            proofs: [],
        };
    }
    const info = await inspectImage(docker, built.imageId, env);
    const layers = await imageHistory(docker, built.imageId, env);
    const proofs = await rt.group('Prove the image', async () => {
        const out = [
            await proveUser(docker, ref, env),
            (await provePyc(docker, ref, env)).proof,
            proveOffline(info, modelsBaked),
        ];
        if (i.smokeCommand)
            out.push(await proveSmoke(docker, ref, i.smokeCommand, env, plan.network));
        const budget = proveBudget(info.size, i.sizeBudget, formatMB);
        if (budget)
            out.push(budget);
        for (const p of out)
            rt.info(`${p.skipped ? 'n/a ' : p.ok ? 'pass' : 'FAIL'} ${p.name}: ${p.detail}`);
        return out;
    });
    let naive;
    if (i.compareNaive)
        naive = await buildNaive(docker, plan, src, i, rt);
    return {
        imageId: built.imageId,
        info,
        layers,
        digest: plan.push ? pushedDigest(info, plan.tags) : '',
        durationMs: built.durationMs,
        proofs,
        naive,
    };
}
function emptyInfo(id) {
    return { id, size: 0, repoDigests: [], env: [], user: '', workingDir: '' };
}
/** The one-stage `pip install .` image on the same base, built only to compare sizes. */
async function buildNaive(docker, plan, src, i, rt) {
    const base = src.baseImage ?? i.baseImage;
    if (!base) {
        rt.warning("compare-naive: the base image is not known for a user's Dockerfile; set the base-image input.");
        return undefined;
    }
    const dir = external_node_path_.dirname(plan.iidFile);
    const file = external_node_path_.join(dir, 'Dockerfile.naive');
    external_node_fs_.writeFileSync(file, naiveDockerfile(base, src.projectPath, src.command, [...i.buildPackages, ...i.runtimePackages]));
    const naivePlan = {
        ...plan,
        dockerfile: file,
        tags: [],
        push: false,
        platforms: [],
        iidFile: external_node_path_.join(dir, 'naive.iid'),
        gha: undefined,
    };
    const r = await rt.group('Build the one-stage pip install image to compare with', () => buildImage(docker, naivePlan, rt.env, (l) => rt.info(l)));
    const info = await inspectImage(docker, r.imageId, rt.env);
    rt.info(`One-stage image ${r.imageId}: ${formatMB(info.size)}.`);
    // Built only to be measured: it would otherwise stay in the engine as a dangling image of hundreds of MB.
    const notRemoved = await removeImage(docker, r.imageId, rt.env);
    if (notRemoved)
        rt.warning(`The one-stage comparison image ${r.imageId} was not removed: ${notRemoved}`);
    return { size: info.size, durationMs: r.durationMs, imageId: r.imageId };
}

// EXTERNAL MODULE: ./src/core/python-version-file.ts
var python_version_file = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
;// CONCATENATED MODULE: ./src/actions/docker-slim-build/project.ts






/** `[manifest] members` of a uv.lock: empty for a lone project, or when the text is not TOML. */
function lockMembers(lock) {
    if (!lock)
        return [];
    try {
        const manifest = (0,dist/* parse */.qg)(lock).manifest;
        const members = Array.isArray(manifest?.members) ? manifest.members : [];
        return members.filter((m) => typeof m === 'string');
    }
    catch {
        return []; // uv reports a broken lock in its own words when the build runs
    }
}
/**
 * The project in `dir`, its lock where uv takes it from (the workspace root's, for a member) and its place
 * in a workspace. `ceiling`: the checkout, above which no pyproject.toml is the project's.
 */
function readProject(dir, env = {}, ceiling) {
    const pyprojectFile = external_node_path_.join(dir, 'pyproject.toml');
    if (!external_node_fs_.existsSync(pyprojectFile)) {
        throw new Error(`${pyprojectFile} does not exist: dockerfile: generate needs a uv project (pyproject.toml and uv.lock)`);
    }
    const located = (0,uv_project/* locateUvProject */.RQ)(dir, env, { ceiling });
    const doc = (0,dist/* parse */.qg)(external_node_fs_.readFileSync(pyprojectFile, 'utf8'));
    const lockFile = located?.lockFile ?? external_node_path_.join(dir, 'uv.lock');
    // `3.11.7`, `3.12`, `cpython-3.12`: the base image is tagged by major.minor.
    const pinned = /(3\.\d+)/.exec((0,python_version_file/* readPythonVersionFile */.T)(dir) ?? '')?.[1];
    const hasLock = external_node_fs_.existsSync(lockFile);
    const lock = hasLock ? external_node_fs_.readFileSync(lockFile, 'utf8') : undefined;
    return {
        dir,
        name: doc.project?.name,
        scripts: Object.keys(doc.project?.scripts ?? {}),
        requiresPython: doc.project?.['requires-python'],
        pinnedPython: pinned,
        lockFile,
        hasLock,
        lock,
        ...(located?.workspace
            ? { workspace: { root: located.root, member: located.member, members: lockMembers(lock) } }
            : {}),
    };
}
/**
 * Why a Dockerfile cannot be generated for this project, or undefined. The generated file installs the
 * dependencies from the project's own pyproject.toml and the uv.lock beside it before copying the code: a
 * workspace member has no uv.lock of its own, and uv refuses the root's lock (`uv sync --locked`: "needs to
 * be updated") while the members it lists are not there.
 */
function workspaceBlocker(p, relativeTo) {
    const ws = p.workspace;
    if (!ws)
        return undefined;
    const rel = (d) => external_node_path_.relative(relativeTo, d).split(external_node_path_.sep).join('/') || '.';
    const self = p.name === undefined ? undefined : (0,python_names/* normalizePackageName */.N)(p.name);
    const others = ws.members.filter((m) => (0,python_names/* normalizePackageName */.N)(m) !== self).length;
    if (!ws.member && others === 0)
        return undefined;
    const where = ws.member
        ? `${rel(p.dir)} is a member of the uv workspace at ${rel(ws.root)} (whose uv.lock it uses)`
        : `${rel(p.dir)} is the root of a uv workspace whose uv.lock lists ${others} other member${others === 1 ? '' : 's'}`;
    // At the root, uv sync installs the root project; a member is chosen with --package.
    const pkg = ws.member ? ` --package ${self ?? '<member>'}` : '';
    return (`${where}, and the generated Dockerfile does not support uv workspaces yet: it installs from one ` +
        "project's pyproject.toml and uv.lock, without the other members. Write a Dockerfile for the workspace " +
        "and point 'dockerfile' at it" +
        // 'context' is relative to 'working-directory', and defaults to it.
        (ws.member
            ? `, with 'context: ${external_node_path_.relative(p.dir, ws.root).split(external_node_path_.sep).join('/')}' (the root)`
            : '') +
        ": copy the root's pyproject.toml and uv.lock and every member's pyproject.toml, " +
        `\`uv sync --locked --no-install-workspace${pkg}\`, then the code and ` +
        `\`uv sync --locked --no-editable${pkg}\``);
}
/** The Python minor version to build with: the input, .python-version, requires-python's lower bound, else 3.12. */
function choosePython(input, p) {
    if (input)
        return input.split('.').slice(0, 2).join('.');
    if (p?.pinnedPython)
        return p.pinnedPython;
    const lower = p?.requiresPython ? /(?:>=|~=|==)\s*(3\.\d+)/.exec(p.requiresPython)?.[1] : undefined;
    return lower ?? '3.12';
}
function defaultBaseImage(pythonVersion) {
    return `python:${pythonVersion}-slim-bookworm`;
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/dockerfile-source.ts





/** The project directory as seen from the build context, or an error when it is outside it. */
function projectPathIn(context, dir) {
    const rel = external_node_path_.relative(context, dir).split(external_node_path_.sep).join('/');
    if (rel.startsWith('..') || external_node_path_.isAbsolute(rel)) {
        throw new Error(`The working directory ${dir} is outside the build context ${context}: the context must contain the project.`);
    }
    return rel;
}
/**
 * The user's Dockerfile as it is, or a generated one written to `Dockerfile.pyprod` in the working directory
 * (where the user can read and commit it; an existing file without our marker line is never overwritten),
 * plus a .dockerignore in the context when it has none.
 */
function resolveDockerfile(i, rt) {
    const projectPath = projectPathIn(i.context, i.workingDirectory);
    if (i.dockerfile !== 'generate') {
        if (!external_node_fs_.existsSync(i.dockerfile)) {
            throw new Error(`Input 'dockerfile' names ${i.dockerfile}, which does not exist (use 'generate' to generate one).`);
        }
        const project = external_node_fs_.existsSync(external_node_path_.join(i.workingDirectory, 'pyproject.toml'))
            ? readProject(i.workingDirectory, rt.env, rt.workspace)
            : undefined;
        return { file: i.dockerfile, generated: false, project, projectPath };
    }
    const project = readProject(i.workingDirectory, rt.env, rt.workspace);
    // Before the lock check: a member has no uv.lock of its own, and "run uv lock" would be the wrong advice.
    const blocker = workspaceBlocker(project, rt.workspace);
    if (blocker)
        throw new errors/* InputError */.dz('dockerfile', 'generate', blocker);
    if (!project.hasLock) {
        throw new Error(`${project.lockFile} does not exist: the generated Dockerfile installs with uv sync --locked; run uv lock and commit uv.lock.`);
    }
    const baseImage = i.baseImage ?? defaultBaseImage(choosePython(i.pythonVersion, project));
    const command = i.command ?? (project.scripts[0] ? [project.scripts[0]] : undefined);
    if (!command) {
        rt.warning("No 'command' input and no [project.scripts] entry: the image keeps the base image's command (python3).");
    }
    const text = generateDockerfile({
        baseImage,
        uvVersion: i.uvVersion,
        uvSource: i.uvSource,
        command,
        groups: i.groups,
        extras: i.extras,
        buildPackages: i.buildPackages,
        runtimePackages: i.runtimePackages,
        models: i.models,
        compileBytecode: i.compileBytecode,
        user: i.user,
        projectPath,
    });
    const file = external_node_path_.join(i.workingDirectory, GENERATED_NAME);
    if (external_node_fs_.existsSync(file) && !external_node_fs_.readFileSync(file, 'utf8').startsWith(GENERATED_MARKER)) {
        throw new Error(`${file} exists and was not generated by this action (its first line is not "${GENERATED_MARKER}"): rename it, or build it with dockerfile: ${GENERATED_NAME}.`);
    }
    external_node_fs_.writeFileSync(file, text);
    rt.info(`Wrote ${file} (commit it to review changes to the image recipe).`);
    const ignore = external_node_path_.join(i.context, '.dockerignore');
    if (!external_node_fs_.existsSync(ignore)) {
        external_node_fs_.writeFileSync(ignore, DOCKERIGNORE);
        rt.info(`Wrote ${ignore}: keeps .venv, .git and caches out of the build context.`);
    }
    return { file, generated: true, project, baseImage, command, projectPath };
}

// EXTERNAL MODULE: ./src/core/command-line.ts
var command_line = __webpack_require__(4925);
// EXTERNAL MODULE: ./src/provision/tools/uv.ts + 1 modules
var uv = __webpack_require__(5588);
;// CONCATENATED MODULE: ./src/actions/docker-slim-build/inputs.ts






const DEFAULT_USER = 'appuser';
const DEFAULT_UV_SOURCE = 'pypi';
// A Hugging Face id: `name` or `owner/name`, optionally `@revision`.
const MODEL_ID = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?(@[\w./-]+)?$/;
const BUILD_ARG = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
// A Debian package name (policy 5.6.1), optionally `=version` or `/release`: nothing a shell would read.
const DEBIAN_PACKAGE = /^[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+|\/[a-z0-9.-]+)?$/;
function debianPackages(r, name) {
    const packages = r.list(name, [], { spaces: true });
    for (const p of packages) {
        if (!DEBIAN_PACKAGE.test(p))
            throw new errors/* InputError */.dz(name, p, 'expected Debian package names such as gcc or libpq-dev (optionally =version)');
    }
    return packages;
}
function argv(r, name) {
    const v = r.string(name);
    if (v === undefined)
        return undefined;
    const words = (0,command_line/* splitCommandLine */.a)(v, name);
    if (words.length === 0)
        throw new errors/* InputError */.dz(name, v, 'expected a command line (words separated by spaces)');
    return words;
}
function loadInputs(r, rt) {
    const workingDirectory = r.path('working-directory', rt.workspace, 'directory', '.');
    const given = r.string('dockerfile');
    const dockerfile = given === 'generate' || (given === undefined && !external_node_fs_.existsSync(external_node_path_.join(workingDirectory, 'Dockerfile')))
        ? 'generate'
        : r.path('dockerfile', workingDirectory, 'file', 'Dockerfile');
    const user = r.string('user', DEFAULT_USER);
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user) || user === 'root') {
        throw new errors/* InputError */.dz('user', user, 'expected a non-root user name (lower case letters, digits, _ and -)');
    }
    const models = r.list('models', [], { spaces: true });
    for (const m of models) {
        if (!MODEL_ID.test(m))
            throw new errors/* InputError */.dz('models', m, 'expected Hugging Face model ids such as org/name or org/name@revision');
    }
    const uvVersion = r.string('uv-version', uv/* UV_DEFAULT_VERSION */.pf);
    if (!/^\d+\.\d+\.\d+$/.test(uvVersion))
        throw new errors/* InputError */.dz('uv-version', uvVersion, 'expected an exact version such as 0.9.5');
    const pythonVersion = r.string('python-version');
    if (pythonVersion !== undefined && !/^3\.\d+(\.\d+)?$/.test(pythonVersion)) {
        throw new errors/* InputError */.dz('python-version', pythonVersion, 'expected a version such as 3.12');
    }
    const buildArgs = r.lines('build-args').map((line) => {
        const m = BUILD_ARG.exec(line);
        if (!m)
            throw new errors/* InputError */.dz('build-args', line, 'expected one KEY=VALUE per line');
        return [m[1], m[2]];
    });
    return {
        dockerfile,
        context: r.path('context', workingDirectory, 'directory', '.'),
        workingDirectory,
        pythonVersion,
        baseImage: r.string('base-image'),
        uvVersion,
        uvSource: r.choice('uv-source', ['image', 'pypi'], DEFAULT_UV_SOURCE),
        command: argv(r, 'command'),
        groups: r.list('groups', [], { spaces: true }),
        extras: r.list('extras', [], { spaces: true }),
        buildPackages: debianPackages(r, 'build-packages'),
        runtimePackages: debianPackages(r, 'runtime-packages'),
        models,
        compileBytecode: r.bool('compile-bytecode', true),
        user,
        tags: r.list('tags', [], { spaces: true }),
        push: r.bool('push', false),
        platforms: r.list('platforms', [], { spaces: true }),
        cache: r.choice('cache', ['gha', 'none'], 'gha'),
        buildArgs,
        smokeCommand: argv(r, 'smoke-command'),
        sizeBudget: r.size('size-budget'),
        compareNaive: r.bool('compare-naive', false),
        report: (0,inputs/* loadReportInputs */.c)(r),
    };
}
/** Network mode for builds and the smoke run: PYPROD_DOCKER_NETWORK (runners without a bridge need `host`). */
function networkMode(env) {
    const v = env.PYPROD_DOCKER_NETWORK?.trim();
    if (!v)
        return undefined;
    if (!/^[\w.-]+$/.test(v))
        throw new errors/* InputError */.dz('PYPROD_DOCKER_NETWORK', v, 'expected a network mode such as host');
    return v;
}

// EXTERNAL MODULE: ./src/core/uv-lock-graph.ts
var uv_lock_graph = __webpack_require__(9287);
;// CONCATENATED MODULE: ./src/actions/docker-slim-build/source-builds.ts

/** A wheel a Debian (glibc) image can install: pure (`any`) or manylinux / linux_*; musllinux is Alpine's. */
function installsOnDebian(file) {
    const platforms = /-([^-]+)\.whl$/.exec(file)?.[1]?.split('.') ?? [];
    return platforms.some((p) => p === 'any' || /^(manylinux|linux_)/.test(p));
}
/**
 * The runtime dependencies (plus the given groups) that uv.lock offers only as source distributions for
 * Linux: building the image compiles them, so the builder needs a compiler and the library headers.
 */
function sourceBuilds(uvLock, groups) {
    const graph = (0,uv_lock_graph/* parseLockGraph */.P$)(uvLock);
    return [...(0,uv_lock_graph/* classifyPackages */.A6)(graph, { all: false, groups: [...groups] })].flatMap(([name, r]) => {
        const pkg = graph.packages.get(name);
        if (!r.selected || !pkg?.sdist || pkg.wheels.some(installsOnDebian))
            return [];
        return [{ name: pkg.name, version: pkg.versions.join(', ') }];
    });
}

;// CONCATENATED MODULE: ./src/actions/docker-slim-build/definition.ts

















const ACTION = 'docker-slim-build';
const DOCKER = 'docker';
/** The Dockerfile rules, plus the torch check on the project's uv.lock. */
function runChecks(src, platforms, models, workspace) {
    const parsed = parseDockerfile(external_node_fs_.readFileSync(src.file, 'utf8'));
    if (!finalStage(parsed))
        throw new Error(`${src.file} has no FROM instruction: it is not a Dockerfile.`);
    const findings = checkDockerfile(parsed, (0,finding/* toRepoPath */.xD)(src.file, workspace));
    const applicable = new Set(Object.keys(RULES));
    const modelsBaked = models.length > 0 ||
        parsed.instructions.some((x) => x.keyword === 'RUN' &&
            /snapshot_download|hf_hub_download|from_pretrained|\bhf\s+download/.test(runText(x)));
    if (!modelsBaked)
        applicable.delete('models-offline');
    const sections = [];
    const wheels = src.project?.lock ? cudaWheels(src.project.lock) : undefined;
    const bases = parsed.stages.filter((s) => !s.fromStage).map((s) => s.image);
    if (!wheels || !isCpuX64Target(bases, platforms))
        applicable.delete('torch-cpu');
    else {
        findings.push(torchFinding(wheels, (0,finding/* toRepoPath */.xD)(src.project?.lockFile ?? 'uv.lock', workspace)));
        sections.push(torchSection(wheels));
    }
    return { findings, applicable, sections, modelsBaked };
}
/** Says before the build what a dependency without a Linux wheel needs, instead of a compiler error later. */
function adviseOnSourceBuilds(lock, i, rt) {
    const builds = sourceBuilds(lock, i.groups);
    if (builds.length === 0)
        return;
    const names = builds.map((b) => `${b.name} ${b.version}`).join(', ');
    if (i.buildPackages.length > 0) {
        rt.info(`Compiled in the builder with ${i.buildPackages.join(' ')} (no Linux wheel in uv.lock): ${names}.`);
        return;
    }
    rt.warning(`uv.lock has no Linux wheel for ${names}: the builder compiles it, which needs a compiler and headers. ` +
        "Set 'build-packages' (e.g. gcc libc6-dev and the library's -dev package) and 'runtime-packages' " +
        '(the shared library it loads), or the build fails.');
}
async function main(i, rt) {
    if (!external_node_fs_.existsSync(i.workingDirectory)) {
        throw new Error(`Input 'working-directory' names ${i.workingDirectory}, which does not exist`);
    }
    if (i.push && i.tags.length === 0)
        throw new Error("Input 'push' is true but 'tags' is empty: name the image to push.");
    const env = rt.env;
    const network = networkMode(env);
    const src = resolveDockerfile(i, rt);
    rt.setOutput('dockerfile', src.file);
    if (src.generated && src.project?.lock)
        adviseOnSourceBuilds(src.project.lock, i, rt);
    const checked = runChecks(src, i.platforms, i.models, rt.workspace);
    const findings = (0,fingerprint/* fingerprintFindings */.f5)(checked.findings, new fingerprint/* SourceFiles */.Ly(rt.workspace));
    const buildx = await buildxVersion(DOCKER, env);
    let gha;
    if (i.cache === 'gha') {
        if (!buildx)
            rt.info("cache: gha needs buildx; the classic builder uses the engine's local layer cache.");
        // The docker driver (buildx on a plain engine) cannot export a cache; docker/setup-buildx-action's
        // docker-container builder can.
        else if ((await buildxDriver(DOCKER, env)) === 'docker')
            rt.info("cache: gha needs a docker-container buildx builder (docker/setup-buildx-action); the docker driver keeps the engine's layer cache.");
        else if (!ghaCacheAvailable(env))
            rt.info("cache: gha needs the runner's cache service (ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL); not caching.");
        else {
            const { skipped, ...cache } = ghaCache(src.project?.name ?? external_node_path_.basename(i.workingDirectory), env);
            gha = cache;
            if (skipped)
                rt.info(`cache: reading the gha cache but not writing it: ${skipped}.`);
        }
    }
    const buildArgs = [...i.buildArgs];
    // A Hugging Face mirror (or a loopback hub in tests) reaches the builder's model download this way.
    if (env.HF_ENDPOINT && !buildArgs.some(([k]) => k === 'HF_ENDPOINT'))
        buildArgs.push(['HF_ENDPOINT', env.HF_ENDPOINT]);
    for (const value of buildArgSecrets(buildArgs))
        rt.setSecret(value);
    external_node_fs_.mkdirSync(rt.tempDir, { recursive: true });
    const work = external_node_fs_.mkdtempSync(external_node_path_.join(rt.tempDir, `${ACTION}-`));
    const plan = {
        builder: buildx ? 'buildx' : 'classic',
        dockerfile: src.file,
        context: i.context,
        tags: i.tags,
        buildArgs,
        platforms: i.platforms,
        push: i.push,
        iidFile: external_node_path_.join(work, 'iid'),
        network,
        gha,
    };
    let built;
    let buildError;
    try {
        built = await buildAndProve(DOCKER, plan, i, src, checked.modelsBaked, rt);
    }
    catch (e) {
        buildError = (0,errors/* errorMessage */.gJ)(e);
    }
    finally {
        external_node_fs_.rmSync(work, { recursive: true, force: true });
    }
    const failedProofs = built?.proofs.filter((p) => !p.ok && !p.skipped) ?? [];
    const sections = [];
    if (built) {
        sections.push(sizeSection({
            size: built.info.size,
            budget: i.sizeBudget,
            naive: built.naive,
            buildMs: built.durationMs,
            builder: buildx ? `buildx ${buildx}` : 'classic builder',
        }), proofSection(built.proofs), layerSection(built.layers));
    }
    else {
        sections.push(buildFailedSection(buildError ?? ''));
    }
    sections.push(checksSection(findings, checked.applicable), ...checked.sections);
    const failingRules = () => new Set(findings.map((f) => f.rule));
    const verdictOf = (failedChecks) => !built || failedProofs.length > 0 || failedChecks > 0 ? 'fail' : 'pass';
    const headline = (failedChecks) => [
        built ? `${formatMB(built.info.size)} image` : 'The build failed',
        built?.naive
            ? `${Math.round((built.info.size / built.naive.size) * 100)}% of the one-stage image`
            : undefined,
        `${(0,markdown/* plural */.LS)(failedChecks, 'failed check')}`,
        built ? `${(0,markdown/* plural */.LS)(failedProofs.length, 'failed proof')}` : undefined,
    ]
        .filter(Boolean)
        .join(', ');
    const report = {
        action: ACTION,
        title: 'Slim Docker image',
        verdict: verdictOf(failingRules().size),
        headline: headline(failingRules().size),
        findings,
        sections,
    };
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, i.report, {
        meta: built
            ? {
                image: {
                    imageId: built.imageId,
                    sizeBytes: built.info.size,
                    buildMs: built.durationMs,
                    builder: buildx ? 'buildx' : 'classic',
                    naive: built.naive ? { sizeBytes: built.naive.size, buildMs: built.naive.durationMs } : undefined,
                },
            }
            : undefined,
    });
    const failedChecks = new Set(published.newFindings.map((f) => f.rule)).size;
    rt.setOutput('image-id', built?.imageId ?? '');
    rt.setOutput('digest', built?.digest ?? '');
    rt.setOutput('size-bytes', built?.info.size ?? 0);
    rt.setOutput('checks-failed', failedChecks);
    const reasons = [];
    if (buildError)
        reasons.push(`the build failed: ${buildError}`);
    if (failedChecks > 0)
        reasons.push(`${(0,markdown/* plural */.LS)(failedChecks, 'check')} failed (${[...new Set(published.newFindings.map((f) => f.rule))].join(', ')})`);
    for (const p of failedProofs)
        reasons.push(`proof "${p.name}" failed: ${p.detail}`);
    if (reasons.length > 0)
        throw new Error(`docker-slim-build: ${reasons.join('; ')}.`);
}
const definition = {
    name: ACTION,
    command: 'image',
    description: 'Generate or check a Dockerfile, build a slim non-root image and prove it',
    loadInputs: loadInputs,
    main,
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

/***/ 4925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ splitCommandLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Words a shell would treat as operators; we never run a shell, so they cannot mean what the user wants. */
const SHELL_OPERATORS = new Set(['|', '||', '&', '&&', ';', ';;', '>', '>>', '<', '<<', '2>', '2>&1', '&>']);
/**
 * Splits a command line into argv the way a POSIX shell splits simple commands, without running one:
 * words are separated by white space; 'single quotes' keep everything literally; "double quotes" keep
 * everything except that a backslash escapes `"`, `\`, `$` and `` ` ``; outside quotes a backslash escapes
 * the next character. Nothing is expanded (`$HOME`, `~`, globs stay as written), and a bare shell
 * operator (`&&`, `|`, `>`, ...) is refused, since it would reach the program as a plain argument.
 */
function splitCommandLine(line, input = 'command') {
    const words = [];
    let word = '';
    let inWord = false;
    // Whether the current word had any quoted part: an operator in quotes is a literal argument.
    let quoted = false;
    let i = 0;
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, line, why);
    };
    const endWord = () => {
        if (!inWord)
            return;
        if (!quoted && SHELL_OPERATORS.has(word)) {
            fail(`the command is run directly, not by a shell, so \`${word}\` would be passed as an argument; ` +
                'put pipelines or redirections in a script and run that');
        }
        words.push(word);
        word = '';
        inWord = false;
        quoted = false;
    };
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            endWord();
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                fail('a single quote is not closed');
            word += line.slice(i + 1, end);
            inWord = true;
            quoted = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            inWord = true;
            quoted = true;
            for (;;) {
                if (i >= line.length)
                    fail('a double quote is not closed');
                const d = line[i];
                if (d === '"')
                    break;
                if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                    word += line[i + 1];
                    i += 2;
                }
                else {
                    word += d;
                    i++;
                }
            }
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                fail('the command ends with a lone backslash');
            const next = line[i + 1];
            // Backslash-newline continues the line, as in a shell.
            if (next !== '\n') {
                word += next;
                inWord = true;
                quoted = true;
            }
            i += 2;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    endWord();
    if (words.length === 0)
        fail('a command is required');
    return words;
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

/***/ 7858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ SourceFiles),
/* harmony export */   f5: () => (/* binding */ fingerprintFindings)
/* harmony export */ });
/* unused harmony exports linesFromContent, normaliseLine */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4879);




/**
 * Repository files read on demand, each at most once however many findings point into it.
 * Paths are repository-relative; a path that escapes the root is treated as unreadable.
 */
class SourceFiles {
    root;
    readText;
    cache = new Map();
    constructor(root, readText = (p) => node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(p, 'utf8')) {
        this.root = root;
        this.readText = readText;
    }
    lines(file) {
        if (this.cache.has(file))
            return this.cache.get(file);
        let lines;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.root, file);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.root, abs);
        if (rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel)) {
            try {
                lines = this.readText(abs).split(/\r?\n/);
            }
            catch {
                lines = undefined; // deleted, binary-unreadable or a directory: fall back to the message
            }
        }
        this.cache.set(file, lines);
        return lines;
    }
}
/** File contents already in memory (tests, or a tool that ships the scanned text). */
function linesFromContent(files) {
    const split = new Map();
    return {
        lines(file) {
            const text = files[file];
            if (text === undefined)
                return undefined;
            let lines = split.get(file);
            if (!lines) {
                lines = text.split(/\r?\n/);
                split.set(file, lines);
            }
            return lines;
        },
    };
}
/** Whitespace-insensitive form of a source line, so re-indenting or re-spacing keeps the identity. */
function normaliseLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
// Bump when the recipe changes: old baselines then stop matching, which is better than matching wrongly.
const RECIPE = 'pyprod-fingerprint/v1';
function contentOf(f, source) {
    if (f.file && f.line && f.line >= 1) {
        const text = source.lines(f.file)?.[f.line - 1];
        if (text !== undefined)
            return `line:${normaliseLine(text)}`;
    }
    // No readable line (no location, deleted file, line past the end): the problem's wording stands in.
    return `message:${(0,_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseMessage */ .IL)(f.message)}`;
}
/**
 * Gives every finding a fingerprint that survives unrelated edits: sha256 over the tool, the rule, the
 * file, the whitespace-normalised flagged line and the occurrence index among findings with the same
 * (tool, rule, file, line text). Line numbers are deliberately left out, so inserting lines above a
 * finding keeps it; editing the flagged line changes it; two identical findings get distinct ones.
 * A fingerprint the tool provided (gitleaks has one) is kept as it is. Only a digest is stored, never
 * the line itself, so a flagged secret does not end up in a report or a baseline.
 */
function fingerprintFindings(findings, source) {
    const keyed = findings.map((f, index) => ({
        f,
        index,
        content: f.fingerprint ? '' : contentOf(f, source),
    }));
    const groups = new Map();
    for (const k of keyed) {
        if (k.f.fingerprint)
            continue;
        const group = JSON.stringify([k.f.tool, k.f.rule, k.f.file ?? '', k.content]);
        const list = groups.get(group) ?? [];
        list.push(k);
        groups.set(group, list);
    }
    const out = findings.map((f) => ({
        ...f,
        fingerprint: f.fingerprint ?? '',
    }));
    for (const [group, list] of groups) {
        // Occurrence order by position (not input order), so a tool that reorders its output changes nothing.
        list.sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) ||
            (a.f.column ?? 0) - (b.f.column ?? 0) ||
            (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0) ||
            a.index - b.index);
        list.forEach((k, occurrence) => {
            const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${RECIPE}\n${group}\n${occurrence}`).digest('hex');
            const target = out[k.index];
            if (target)
                target.fingerprint = digest;
        });
    }
    return out;
}


/***/ }),

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   Rg: () => (/* binding */ newestVersion),
/* harmony export */   a0: () => (/* binding */ ChecksumMismatchError),
/* harmony export */   kq: () => (/* binding */ expectedChecksum)
/* harmony export */ });
/* unused harmony exports normalizeChecksum, lookupChecksum, verifyChecksum, sha256File */
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

/***/ 5588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pf: () => (/* binding */ UV_DEFAULT_VERSION),
  bD: () => (/* binding */ uvSpec)
});

// UNUSED EXPORTS: UV_CHECKSUMS, uvAssetBase

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
