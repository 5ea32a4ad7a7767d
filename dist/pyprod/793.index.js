export const id = 793;
export const ids = [793];
export const modules = {

/***/ 9793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedScope: () => (/* binding */ changedScope)
/* harmony export */ });
/* unused harmony exports PULL_REQUEST_EVENTS, selectChanged */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7667);
/* harmony import */ var _core_event_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5618);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3764);





/** The events whose changed files `changed-files-only` narrows the lint to. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * Keeps the changed `.py`/`.pyi` files (repository paths) that lie in the working directory under one of
 * `paths` and still exist, as paths relative to the working directory.
 */
function selectChanged(changed, opts) {
    const roots = opts.paths.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.workingDirectory, p));
    const out = [];
    for (const file of changed) {
        if (!/\.pyi?$/.test(file))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(opts.workspace, file);
        const inside = roots.some((r) => {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(r, abs);
            return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
        });
        if (!inside || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false })?.isFile())
            continue;
        out.push((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .safeArg */ .Mb)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(opts.workingDirectory, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')));
    }
    return [...new Set(out)].sort();
}
/**
 * The pull request's changed Python files, or undefined when the event is not a pull request (then the
 * whole of `paths` is linted, and the log says why).
 */
async function changedScope(rt, opts) {
    const event = (0,_core_event_js__WEBPACK_IMPORTED_MODULE_2__/* .readEvent */ .j_)(rt.env);
    if (!PULL_REQUEST_EVENTS.includes(event.name)) {
        rt.info(`changed-files-only applies to pull requests; this is a ${event.name} event, so all paths are linted.`);
        return undefined;
    }
    const scope = await (0,_core_event_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveScope */ .HV)({
        eventName: event.name,
        payload: event.payload,
        cwd: rt.workspace,
        runtime: rt,
    });
    const changed = await (0,_core_event_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .changedFiles */ .Y_)(scope, rt.workspace);
    const files = selectChanged(changed, { workspace: rt.workspace, ...opts });
    const n = files.length;
    return {
        files,
        description: `${scope.description}: ${n} changed Python file${n === 1 ? '' : 's'} linted (of ${changed.length} changed files)`,
    };
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


/***/ })

};
