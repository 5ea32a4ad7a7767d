export const id = 622;
export const ids = [622];
export const modules = {

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

/***/ 9287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ classifyPackages),
/* harmony export */   Oo: () => (/* binding */ parseGroups),
/* harmony export */   P$: () => (/* binding */ parseLockGraph),
/* harmony export */   Vw: () => (/* binding */ memberGraph),
/* harmony export */   tm: () => (/* binding */ readLockText),
/* harmony export */   uF: () => (/* binding */ readLockGraph)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);




const asTable = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asArray = (v) => (Array.isArray(v) ? v : []);
function deps(list) {
    return asArray(list).flatMap((d) => {
        const t = asTable(d);
        if (typeof t.name !== 'string')
            return [];
        const extras = asArray(t.extra).filter((e) => typeof e === 'string');
        const dep = { name: (0,_python_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .N)(t.name), extras };
        if (typeof t.marker === 'string' && t.marker.trim())
            dep.marker = t.marker.trim();
        if (typeof t.version === 'string')
            dep.version = t.version;
        return [dep];
    });
}
function specs(list) {
    return asArray(list).flatMap((r) => {
        const t = asTable(r);
        if (typeof t.name !== 'string')
            return [];
        const spec = { name: (0,_python_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .N)(t.name) };
        if (typeof t.specifier === 'string' && t.specifier.trim())
            spec.specifier = t.specifier.trim();
        if (typeof t.marker === 'string' && t.marker.trim())
            spec.marker = t.marker.trim();
        return [spec];
    });
}
function depsByName(table) {
    return new Map(Object.entries(asTable(table)).map(([k, v]) => [k, deps(v)]));
}
function mergeDeps(into, more) {
    for (const d of more) {
        // Two versions of one dependency (forks) stay two edges, each with its marker.
        const have = into.find((x) => x.name === d.name && x.version === d.version);
        if (!have) {
            into.push({ ...d, extras: [...d.extras] });
            continue;
        }
        for (const e of d.extras)
            if (!have.extras.includes(e))
                have.extras.push(e);
        // Needed under either marker (a forked resolution lists one entry per fork); unmarked wins.
        if (!have.marker || !d.marker)
            delete have.marker;
        else if (have.marker !== d.marker)
            have.marker = `(${have.marker}) or (${d.marker})`;
    }
}
/** Wheel file names: the last segment of each wheel's url (registry) or its filename (local paths). */
function wheelNames(list) {
    return asArray(list).flatMap((w) => {
        const t = asTable(w);
        const ref = typeof t.filename === 'string' ? t.filename : typeof t.url === 'string' ? t.url : '';
        const name = ref.split(/[/\\]/).pop();
        return name ? [name] : [];
    });
}
function mergeMap(into, more) {
    for (const [k, v] of more) {
        const have = into.get(k);
        if (have)
            mergeDeps(have, v);
        else
            into.set(k, v);
    }
}
/** Parses uv.lock text; throws with the file name when it is not TOML. */
function parseLockGraph(text, lockPath = 'uv.lock') {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        // The parser's first line only (where and what): the lines after it quote the file, and a lock that is a
        // link to another file (a runner's environment, say) must not have it quoted into an annotation.
        const first = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 300);
        throw new Error(`${lockPath} is not valid TOML: ${first}`);
    }
    const packages = new Map();
    // Lock files written before uv 0.3 called the entries [[distribution]].
    for (const entry of [...asArray(doc.package), ...asArray(doc.distribution)]) {
        const t = asTable(entry);
        if (typeof t.name !== 'string')
            continue;
        const name = (0,_python_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .N)(t.name);
        const sourceTable = asTable(t.source);
        const kinds = Object.keys(sourceTable);
        // uv writes exactly one kind; a second one (`{ virtual = "x", registry = "…" }`, which uv installs from the
        // registry) would let the first hide the package from the checks that read this lock.
        if (t.source !== undefined && kinds.length !== 1)
            throw new Error(`${lockPath}: package ${JSON.stringify(t.name).slice(0, 100)} has a source with ${kinds.length} kinds ` +
                `(${kinds.slice(0, 5).join(', ') || 'none'}); uv writes exactly one`);
        const source = kinds[0] ?? 'registry';
        const pkg = {
            name,
            versions: typeof t.version === 'string' ? [t.version] : [],
            source,
            dependencies: deps(t.dependencies),
            optional: depsByName(t['optional-dependencies']),
            groups: depsByName(t['dev-dependencies']),
            sdist: t.sdist !== undefined,
            wheels: wheelNames(t.wheels),
        };
        if (typeof sourceTable[source] === 'string')
            pkg.sourceRef = sourceTable[source];
        const metadata = asTable(t.metadata);
        if (metadata['requires-dist'] !== undefined)
            pkg.requiresDist = specs(metadata['requires-dist']);
        if (metadata['requires-dev'] !== undefined)
            pkg.requiresDev = new Map(Object.entries(asTable(metadata['requires-dev'])).map(([k, v]) => [k, specs(v)]));
        const have = packages.get(name);
        if (!have) {
            packages.set(name, pkg);
            continue;
        }
        have.versions.push(...pkg.versions.filter((v) => !have.versions.includes(v)));
        mergeDeps(have.dependencies, pkg.dependencies);
        mergeMap(have.optional, pkg.optional);
        mergeMap(have.groups, pkg.groups);
        const seen = have.sources ?? [have.source];
        if (!seen.includes(source))
            have.sources = [...seen, source];
        have.sdist ||= pkg.sdist;
        have.wheels.push(...pkg.wheels.filter((w) => !have.wheels.includes(w)));
    }
    const members = asArray(asTable(doc.manifest).members).filter((m) => typeof m === 'string');
    let projects = members.map(_python_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePackageName */ .N).filter((m) => packages.has(m));
    if (projects.length === 0) {
        const local = [...packages.values()].filter((p) => p.source === 'virtual' || p.source === 'editable');
        const atRoot = local.filter((p) => p.sourceRef === '.');
        projects = (atRoot.length ? atRoot : local).map((p) => p.name);
    }
    const groups = new Set();
    const extras = new Set();
    for (const p of projects) {
        const pkg = packages.get(p);
        for (const g of pkg.groups.keys())
            groups.add(g);
        for (const e of pkg.optional.keys())
            extras.add(e);
    }
    return {
        path: lockPath,
        projects,
        members: [...projects],
        packages,
        groups: [...groups].sort(),
        extras: [...extras].sort(),
    };
}
/**
 * The graph as one workspace member sees it: `uv sync` in the member's directory installs its dependencies,
 * extras and groups, not the other members' (which stay members: the project, never a dependency). Undefined
 * when the lock has no such member (a stale lock).
 */
function memberGraph(graph, name) {
    const pkg = graph.packages.get(name);
    if (!pkg || !graph.members.includes(name))
        return undefined;
    return {
        ...graph,
        projects: [name],
        groups: [...pkg.groups.keys()].sort(),
        extras: [...pkg.optional.keys()].sort(),
    };
}
/** uv.lock's text; a symbolic link is refused (a pull request could point it at any file of the runner). */
async function readLockText(lockPath) {
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(lockPath);
    if (st.isSymbolicLink())
        throw new Error(`${lockPath} is a symbolic link; uv.lock is read only as a regular file of the project`);
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(lockPath, 'utf8');
}
async function readLockGraph(lockPath) {
    return parseLockGraph(await readLockText(lockPath), lockPath);
}
/**
 * The `groups` input: empty for the runtime dependencies (with the project's extras), `all` for every
 * dependency group too, or group names (spaces, commas or lines) to add those groups.
 */
function parseGroups(value, graph) {
    const names = value.split(/[\s,]+/).filter(Boolean);
    if (names.some((n) => n.toLowerCase() === 'all'))
        return { all: true, groups: graph?.groups ?? [] };
    if (graph) {
        for (const n of names) {
            if (!graph.groups.includes(n)) {
                const known = graph.groups.length ? graph.groups.join(', ') : 'none';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('groups', n, `"all" or dependency groups in ${graph.path} (${known})`);
            }
        }
    }
    return { all: false, groups: names };
}
function walk(graph, starts, follow) {
    const chains = new Map();
    const parents = new Map();
    const addParent = (child, parent) => {
        const set = parents.get(child) ?? new Set();
        set.add(parent);
        parents.set(child, set);
    };
    const queue = starts
        .filter((s) => follow(s.dep))
        .map((s) => {
        addParent(s.dep.name, s.project);
        return { dep: s.dep, chain: [s.dep.name], origin: s.origin };
    });
    const expanded = new Set();
    for (let item = queue.shift(); item; item = queue.shift()) {
        const { dep, chain, origin } = item;
        if (!chains.has(dep.name))
            chains.set(dep.name, { chain, origin });
        const pkg = graph.packages.get(dep.name);
        if (!pkg)
            continue;
        for (const extra of ['', ...dep.extras]) {
            const key = `${dep.name}[${extra}]`;
            if (expanded.has(key))
                continue;
            expanded.add(key);
            for (const child of extra ? (pkg.optional.get(extra) ?? []) : pkg.dependencies) {
                if (!follow(child))
                    continue;
                addParent(child.name, dep.name);
                if (!chain.includes(child.name))
                    queue.push({ dep: child, chain: [...chain, child.name], origin });
            }
        }
    }
    return { chains, parents };
}
/**
 * Every package the lock reaches from the projects, with its scope, chain and whether it is selected; over the
 * edges `follow` accepts (all by default).
 */
function classifyPackages(graph, selection, follow = () => true) {
    const runtimeStarts = graph.projects.flatMap((project) => {
        const pkg = graph.packages.get(project);
        return [
            ...pkg.dependencies.map((dep) => ({ project, dep, origin: { kind: 'dependencies' } })),
            ...[...pkg.optional].flatMap(([name, list]) => list.map((dep) => ({ project, dep, origin: { kind: 'extra', name } }))),
        ];
    });
    const runtime = walk(graph, runtimeStarts, follow);
    const byGroup = new Map();
    for (const group of graph.groups) {
        const starts = graph.projects.flatMap((project) => (graph.packages.get(project).groups.get(group) ?? []).map((dep) => ({
            project,
            dep,
            origin: { kind: 'group', name: group },
        })));
        byGroup.set(group, walk(graph, starts, follow));
    }
    const isSelected = (g) => selection.all || selection.groups.includes(g);
    const out = new Map();
    const projects = new Set(graph.members);
    for (const [name, { chain, origin }] of runtime.chains) {
        if (projects.has(name))
            continue;
        const groups = [...byGroup].filter(([, r]) => r.chains.has(name)).map(([g]) => g);
        const requiredBy = [...(runtime.parents.get(name) ?? [])];
        out.set(name, { scope: 'runtime', origin, chain, requiredBy, groups, selected: true });
    }
    for (const [group, reach] of byGroup) {
        for (const [name, { chain, origin }] of reach.chains) {
            if (projects.has(name) || runtime.chains.has(name))
                continue;
            const have = out.get(name);
            const parents = [...(reach.parents.get(name) ?? [])];
            if (!have) {
                out.set(name, {
                    scope: 'dev',
                    origin,
                    chain,
                    requiredBy: parents,
                    groups: [group],
                    selected: isSelected(group),
                });
                continue;
            }
            have.groups.push(group);
            for (const p of parents)
                if (!have.requiredBy.includes(p))
                    have.requiredBy.push(p);
            // Show the chain of a selected group rather than of one that does not count.
            if (!have.selected && isSelected(group))
                Object.assign(have, { origin, chain, selected: true });
        }
    }
    return out;
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


/***/ })

};
