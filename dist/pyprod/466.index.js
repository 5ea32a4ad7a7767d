export const id = 466;
export const ids = [466];
export const modules = {

/***/ 8466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/actions/projects/path-deps.ts
var path_deps = __webpack_require__(5866);
;// CONCATENATED MODULE: ./src/actions/projects/changed.ts


/**
 * `changed-only`: from the files a change touched to the projects it can affect, each with the reason it
 * was selected.
 *
 * - A file inside a project selects that project (the deepest one when projects nest): any file, not only
 *   Python, since templates, data and Dockerfiles matter as much.
 * - A shared configuration file selects every project at or below its directory: the linters, uv and the
 *   hooks read these from the directories above a project, so a change at the top selects everything.
 * - A change under `.github/workflows/` or `.github/actions/` selects every project (the checks themselves
 *   changed).
 * - Then every project that depends on a selected one through a path dependency in uv.lock, transitively.
 * - A file in no project and not shared (a README at the top, docs/) selects nothing.
 */
/** The file names that configure the projects below them (their own directory included). */
const SHARED_CONFIG_FILES = [
    'pyproject.toml',
    'uv.lock',
    'uv.toml',
    '.python-version',
    '.pre-commit-config.yaml',
    'ruff.toml',
    '.ruff.toml',
    'setup.cfg',
    'tox.ini',
    '.flake8',
    '.pylintrc',
    'pylintrc',
    'mypy.ini',
    '.mypy.ini',
    '.isort.cfg',
    '.gitleaks.toml',
    '.gitleaksignore',
];
/** Directories (relative to the workspace) whose every change selects every project. */
const SHARED_CONFIG_DIRS = ['.github/workflows', '.github/actions'];
/** `dir` is `base` or below it (directories relative to the workspace, `.` the top). */
function isWithin(file, dir) {
    return dir === '.' ? !file.startsWith('../') && file !== '..' : file === dir || file.startsWith(`${dir}/`);
}
function filesText(files) {
    const [first] = files;
    const more = files.length - 1;
    return `${first}${more > 0 ? ` and ${more} more file${more === 1 ? '' : 's'}` : ''}`;
}
/** Every project, for a run that does not narrow the selection; `why` says why (`changed-only is off`). */
function selectAll(projects, why) {
    return {
        selected: projects.map((project) => ({ project, reason: { kind: 'all', text: why } })),
        unowned: { count: 0, sample: [] },
    };
}
/**
 * The projects the changed files (relative to the workspace, forward slashes) affect. `dependents` maps a
 * project directory to those that depend on it directly (pathDependencies).
 */
function selectChanged(projects, changed, dependents) {
    // Deepest first, so that a file is owned by the innermost project holding it.
    const byDepth = [...projects].sort((a, b) => depth(b.dir) - depth(a.dir) || (a.dir < b.dir ? -1 : 1));
    const own = new Map();
    const shared = new Map();
    const unowned = [];
    const share = (project, file) => {
        if (!shared.has(project.dir))
            shared.set(project.dir, file);
    };
    for (const file of [...changed].map(normalise).sort()) {
        if (SHARED_CONFIG_DIRS.some((d) => isWithin(file, d))) {
            for (const p of projects)
                share(p, file);
            continue;
        }
        const owner = byDepth.find((p) => isWithin(file, p.dir));
        if (owner)
            own.set(owner.dir, [...(own.get(owner.dir) ?? []), file]);
        const base = external_node_path_.posix.basename(file);
        if (!SHARED_CONFIG_FILES.includes(base)) {
            if (!owner)
                unowned.push(file);
            continue;
        }
        const dir = external_node_path_.posix.dirname(file);
        // The projects below this configuration, and the members of a workspace whose root it configures.
        for (const p of projects) {
            if (p.dir === owner?.dir)
                continue;
            if (isWithin(p.dir, dir) || p.workspace === dir)
                share(p, file);
        }
    }
    const selected = new Map();
    for (const p of projects) {
        const files = own.get(p.dir);
        if (files)
            selected.set(p.dir, { project: p, reason: { kind: 'changed', text: `changed: ${filesText(files)}` } });
        else if (shared.has(p.dir)) {
            const file = shared.get(p.dir);
            const what = file.startsWith('.github/')
                ? 'workflow or action changed'
                : 'shared configuration changed';
            selected.set(p.dir, { project: p, reason: { kind: 'shared', text: `${what}: ${file}` } });
        }
    }
    const byDir = new Map(projects.map((p) => [p.dir, p]));
    for (const [dir, chain] of (0,path_deps/* transitiveDependents */.G7)(selected.keys(), dependents)) {
        const project = byDir.get(dir);
        if (!project)
            continue;
        const route = chain.slice().reverse().join(' → ');
        const text = `depends on ${chain[0]} (selected) through uv.lock: ${route}`;
        selected.set(dir, { project, reason: { kind: 'dependency', text } });
    }
    return {
        selected: projects.flatMap((p) => selected.get(p.dir) ?? []),
        unowned: { count: unowned.length, sample: unowned.slice(0, 5) },
    };
}
function depth(dir) {
    return dir === '.' ? 0 : dir.split('/').length;
}
function normalise(file) {
    return external_node_path_.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
}

// EXTERNAL MODULE: ./src/actions/projects/discover.ts + 1 modules
var discover = __webpack_require__(2003);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(7667);
// EXTERNAL MODULE: ./src/core/event-scope.ts
var event_scope = __webpack_require__(5618);
// EXTERNAL MODULE: ./src/core/git.ts
var git = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/actions/projects/event-changes.ts




/**
 * The files a workflow event changed, for `changed-only`: the diff between the event's commits (a pull
 * request's head against its merge base, a push's before and after, a merge group's base and head), with
 * deleted files and both sides of a rename. Objects are fetched as needed (src/core/event-scope.ts); nothing
 * is ever checked out, so this is safe in a pull_request_target workflow.
 */
/** The events that carry a change set; any other event (schedule, workflow_dispatch, ...) selects everything. */
const CHANGE_EVENTS = ['pull_request', 'pull_request_target', 'push', 'merge_group'];
async function eventChanges(rt) {
    const event = (0,core_event/* readEvent */.j_)(rt.env);
    if (!CHANGE_EVENTS.includes(event.name)) {
        const what = event.name === 'none' ? 'there is no workflow event' : `a ${event.name} event has no change set`;
        return { kind: 'all', description: `every project: ${what}` };
    }
    let top;
    try {
        top = external_node_path_.resolve(rt.workspace, await (0,git/* gitText */.q_)(rt.workspace, ['rev-parse', '--show-toplevel']));
    }
    catch {
        rt.warning(`changed-only: ${rt.workspace} is not in a git repository; every project is selected.`);
        return { kind: 'all', description: 'every project: the workspace is not a git repository' };
    }
    const scope = await (0,event_scope/* resolveScope */.HV)({ eventName: event.name, payload: event.payload, cwd: top, runtime: rt });
    if (scope.kind === 'none')
        return { kind: 'none', description: scope.description };
    if (scope.kind === 'all')
        return { kind: 'all', description: `every project: ${scope.description}` };
    const repoPaths = await (0,event_scope/* changedFiles */.Y_)(scope, top, { deleted: true });
    const files = repoPaths.map((f) => external_node_path_.relative(rt.workspace, external_node_path_.join(top, f)).split(external_node_path_.sep).join('/'));
    const n = files.length;
    return {
        kind: 'files',
        files,
        description: `${scope.description}: ${n} changed file${n === 1 ? '' : 's'}`,
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
;// CONCATENATED MODULE: ./src/actions/projects/matrix.ts

/**
 * The `strategy.matrix` the projects fan out on: `{"include": [...]}`, one entry per project, every value
 * a plain string or boolean checked on the way in (discover.ts), so a workflow may pass them to inputs.
 */
/** GitHub runs at most 256 jobs per matrix ("A matrix can generate a maximum of 256 jobs per workflow run"). */
const GITHUB_MATRIX_LIMIT = 256;
function matrixEntry(p) {
    return {
        name: p.name,
        dir: p.dir,
        id: p.id,
        workspace: p.workspace,
        role: p.role,
        'requires-python': p.requiresPython ?? '',
        dockerfile: p.dockerfile,
        service: p.service ?? '',
        'service-url': p.serviceUrl ?? '',
    };
}
/**
 * The matrix of the selected projects. More than `max` fails rather than leaving projects out: a project cut
 * from the matrix would go unchecked while the run stays green. An empty selection gives `{"include":[]}`,
 * which GitHub refuses as a matrix: the fan-out job is skipped with `if: needs.<job>.outputs.count != '0'`.
 */
function buildMatrix(projects, max) {
    if (projects.length > max) {
        throw new Error(`${projects.length} projects are selected, more than max (${max}). Nothing is left out silently: narrow ` +
            `the selection with include/exclude or changed-only, or raise max (GitHub runs at most ` +
            `${GITHUB_MATRIX_LIMIT} jobs per matrix; above that, split the projects over several matrix jobs).`);
    }
    return { include: projects.map(matrixEntry) };
}
/**
 * Whether a project passes the include/exclude globs, matched against its directory (relative to the
 * workspace, as in the matrix) with uv's workspace glob rules: `*` within one path component, `**` across
 * them. No include glob includes everything; an exclude glob wins over an include.
 */
function passesGlobs(p, include, exclude, workspace) {
    const abs = `${workspace}/${p.dir}`;
    const hit = (g) => (0,uv_project/* workspaceGlobMatches */.BG)(g, workspace, abs);
    return (include.length === 0 || include.some(hit)) && !exclude.some(hit);
}

;// CONCATENATED MODULE: ./src/actions/projects/inputs.ts



/** Glob lines, each checked now so that a bad one fails naming its input, not half way through the search. */
function globs(r, name, workspace) {
    const list = r.lines(name);
    for (const g of list) {
        try {
            (0,uv_project/* workspaceGlobMatches */.BG)(g, workspace, workspace);
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            throw new errors/* InputError */.dz(name, g, `globs over project directories (relative to the workspace), one per line: ${why}`);
        }
    }
    return list;
}
function loadInputs(r, rt) {
    return {
        workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
        include: globs(r, 'include', rt.workspace),
        exclude: globs(r, 'exclude', rt.workspace),
        changedOnly: r.bool('changed-only', false),
        max: r.int('max', GITHUB_MATRIX_LIMIT, { min: 1, max: 10_000 }),
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/actions/projects/summary.ts


const ROLE = {
    project: '',
    'workspace-root': ' (root)',
    member: ' (member)',
};
/** Lines of a capped list as `<details>`, each escaped; `more` says how many were cut before it. */
function list(title, items, budget) {
    const { rows, omitted } = (0,markdown/* fitRows */.zV)(items.map((i) => `- ${i}`), budget);
    const more = omitted > 0 ? `\n- … ${(0,markdown/* plural */.LS)(omitted, 'more')} not shown` : '';
    return (0,markdown/* details */.zH)(title, `${rows.join('\n')}${more}`);
}
/** The job summary of actions/projects: what was found, what was selected and why, what was left out. */
function renderProjectsSummary(s, budget = summary/* SUMMARY_BUDGET_BYTES */.Xb) {
    const { discovery, candidates, selection } = s;
    const n = selection.selected.length;
    const found = `${(0,markdown/* plural */.LS)(discovery.projects.length, 'project')} under ${(0,markdown/* code */.aY)(s.searched)}`;
    const filtered = candidates.length !== discovery.projects.length ? `, ${candidates.length} after include/exclude` : '';
    const head = n === 0
        ? `### ⏭️ Projects: none selected (${found}${filtered})`
        : `### ✅ Projects: ${n} of ${candidates.length} selected (${found}${filtered})`;
    const lines = [head, (0,markdown/* escapeInline */.VV)(s.how)];
    if (selection.unowned.count > 0) {
        const sample = selection.unowned.sample.map((f) => (0,markdown/* code */.aY)(f)).join(', ');
        lines.push(`${(0,markdown/* plural */.LS)(selection.unowned.count, 'changed file')} in no project: ${sample}${selection.unowned.count > selection.unowned.sample.length ? ', …' : ''}`);
    }
    if (n === 0) {
        lines.push("The matrix is empty: the fan-out job is skipped with `if: needs.<this job>.outputs.count != '0'` " +
            '(GitHub refuses an empty matrix).');
    }
    const tail = [];
    const chosen = new Set(selection.selected.map((x) => x.project.dir));
    const others = candidates.filter((p) => !chosen.has(p.dir)).map((p) => (0,markdown/* code */.aY)(p.dir));
    const leftOut = discovery.leftOut.map((l) => `${(0,markdown/* code */.aY)(l.dir)}: ${(0,markdown/* escapeInline */.VV)(l.why)}`);
    const notes = [...discovery.notes, ...s.lockNotes].map((x) => (0,markdown/* escapeInline */.VV)(x));
    // The selected table gets most of the budget; the lists below share a tenth of it each.
    const share = Math.floor(budget / 10);
    if (others.length > 0)
        tail.push(list(`Not selected (${others.length})`, others, share));
    if (leftOut.length > 0)
        tail.push(list(`Left out (${leftOut.length})`, leftOut, share));
    if (discovery.virtualRoots.length > 0) {
        const roots = discovery.virtualRoots.map((d) => (0,markdown/* code */.aY)(d));
        tail.push(list(`Workspace roots without [project] (${roots.length})`, roots, share));
    }
    if (notes.length > 0)
        tail.push(list(`Notes (${notes.length})`, notes, share));
    const headers = ['Project', 'Name', 'Workspace', 'Python', 'Dockerfile', 'Service', 'Selected because'];
    const rows = selection.selected.map(({ project: p, reason }) => (0,markdown/* tableRow */.jD)([
        (0,markdown/* code */.aY)(p.dir),
        (0,markdown/* code */.aY)(p.name),
        `${(0,markdown/* code */.aY)(p.workspace)}${ROLE[p.role]}`,
        p.requiresPython ? (0,markdown/* code */.aY)(p.requiresPython) : '—',
        p.dockerfile ? 'yes' : '—',
        p.service ? 'yes' : '—',
        (0,markdown/* escapeCell */.kq)(reason.text, 500),
    ]));
    const fixed = [...lines, ...tail].reduce((t, x) => t + (0,markdown/* byteLength */.dp)(x) + 2, 0) + 1_000;
    const blocks = [...lines];
    if (rows.length > 0) {
        const fit = (0,markdown/* fitRows */.zV)(rows, budget - fixed);
        const more = fit.omitted > 0
            ? `\n\n${(0,markdown/* plural */.LS)(fit.omitted, 'more selected project')} not shown (see the \`projects\` output).`
            : '';
        blocks.push(`${(0,markdown/* table */.tp)(headers, [])}\n${fit.rows.join('\n')}${more}`);
    }
    blocks.push(...tail);
    return `${blocks.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/actions/projects/definition.ts







async function main(i, rt) {
    const discovery = await (0,discover/* discoverProjects */.qA)({
        root: i.workingDirectory,
        workspace: rt.workspace,
        env: rt.env,
    });
    const candidates = discovery.projects.filter((p) => passesGlobs(p, i.include, i.exclude, rt.workspace));
    let selection;
    let how;
    const lockNotes = [];
    if (!i.changedOnly) {
        selection = selectAll(candidates, 'changed-only is off');
        how = 'Every project (changed-only is off).';
    }
    else {
        const changes = await eventChanges(rt);
        how = `Changed-only: ${changes.description}.`;
        if (changes.kind === 'all')
            selection = selectAll(candidates, changes.description);
        else if (changes.kind === 'none')
            selection = { selected: [], unowned: { count: 0, sample: [] } };
        else {
            // Dependencies are followed through every discovered project, even one include/exclude leaves out:
            // a chain may pass through it.
            const deps = await (0,path_deps/* pathDependencies */.ZH)(discovery.projects, rt.workspace);
            lockNotes.push(...deps.notes);
            const all = selectChanged(discovery.projects, changes.files, deps.dependents);
            const kept = new Set(candidates.map((p) => p.dir));
            selection = { ...all, selected: all.selected.filter((s) => kept.has(s.project.dir)) };
        }
    }
    if (discovery.leftOut.length > 0) {
        const n = discovery.leftOut.length;
        const first = discovery.leftOut[0];
        rt.warning(`projects: ${n} pyproject.toml file${n === 1 ? '' : 's'} left out (${first?.dir}: ${first?.why}${n > 1 ? '; the job summary lists all' : ''}).`);
    }
    const matrix = buildMatrix(selection.selected.map((s) => s.project), i.max);
    await rt.appendSummary(renderProjectsSummary({
        discovery,
        candidates,
        selection,
        how,
        searched: (0,discover/* relativeDir */.A3)(rt.workspace, i.workingDirectory),
        lockNotes,
    }));
    const json = JSON.stringify(matrix);
    rt.setOutput('matrix', json);
    rt.setOutput('count', matrix.include.length);
    rt.setOutput('projects', matrix.include.map((e) => e.dir).join('\n'));
    // The CLI keeps outputs in memory: the log carries the matrix for a terminal user.
    rt.info(`matrix=${json}`);
}
const definition = {
    name: 'projects',
    command: 'projects',
    description: 'List the Python projects of a monorepo as a job matrix, all or only those a change affects',
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


/***/ })

};
