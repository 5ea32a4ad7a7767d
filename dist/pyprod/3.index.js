export const id = 3;
export const ids = [3];
export const modules = {

/***/ 2003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qA: () => (/* binding */ discoverProjects),
  Lg: () => (/* binding */ projectId),
  A3: () => (/* binding */ relativeDir)
});

// UNUSED EXPORTS: MAX_DEPTH, MAX_DIRECTORIES, MAX_PYPROJECT_BYTES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 1 modules
var pep440 = __webpack_require__(2473);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/core/git.ts
var git = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/actions/projects/ignored-paths.ts


/**
 * What .gitignore (and .git/info/exclude, core.excludesFile) leaves out under `root`, in one `git ls-files`
 * call: an ignored directory is listed once, not file by file (`--directory`), so a large ignored build tree
 * costs nothing. A tracked file is never listed, even under an ignored pattern: it is part of the repository.
 */
async function ignoredPaths(root) {
    const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'];
    const r = await (0,git/* git */.$Y)(root, args, { okExitCodes: [0, 128] }).catch((err) => err);
    if (r instanceof Error)
        return { paths: new Set(), note: `.gitignore not applied: ${r.message}` };
    if (r.exitCode !== 0)
        return { paths: new Set(), note: '.gitignore not applied: not a git repository' };
    // Paths are relative to `root` (git -C); directories end with a slash.
    const paths = new Set((0,git/* splitNul */.K5)(r.stdout).map((p) => external_node_path_.resolve(root, p.replace(/\/$/, ''))));
    return { paths };
}

// EXTERNAL MODULE: ./src/actions/projects/path-deps.ts
var path_deps = __webpack_require__(5866);
;// CONCATENATED MODULE: ./src/actions/projects/discover.ts









/** Directory names never walked into (besides hidden ones). */
const SKIP_NAMES = new Set(['node_modules', '__pycache__', 'site-packages']);
const MAX_DEPTH = 24;
const MAX_DIRECTORIES = 200_000;
const MAX_PYPROJECT_BYTES = 1024 * 1024;
const MAX_SERVICE_CHARS = 2_000;
/** A directory a workflow can use as it is: no space, quote, `$`, backtick or other shell or expression syntax. */
const SAFE_DIR = /^[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*(\/[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*)*$/;
/** A normalised PEP 508 name. */
const SAFE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The artifact-safe id of a project directory; merge-reports recomputes it to name a project's artifacts. */
function projectId(dir) {
    const readable = dir === '.' ? 'root' : dir.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
    return `${readable}-${(0,external_node_crypto_.createHash)('sha256').update(dir).digest('hex').slice(0, 8)}`;
}
/** A path relative to the workspace with forward slashes, `.` for the workspace itself. */
function relativeDir(workspace, abs) {
    return external_node_path_.relative(workspace, abs).split(external_node_path_.sep).join('/') || '.';
}
/** Depth-first walk collecting the directories that hold a pyproject.toml git does not ignore. */
function walk(root, ignored) {
    const out = { candidates: [], notes: [], scanned: 0 };
    const stack = [{ dir: root, depth: 0 }];
    let deepest = false;
    while (stack.length > 0) {
        const { dir, depth } = stack.pop();
        if (out.scanned >= MAX_DIRECTORIES) {
            out.notes.push(`stopped after ${MAX_DIRECTORIES.toLocaleString('en-US')} directories`);
            break;
        }
        out.scanned++;
        let entries;
        try {
            entries = external_node_fs_.readdirSync(dir, { withFileTypes: true });
        }
        catch (err) {
            out.notes.push(`could not read ${dir}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        // A virtual environment is never a project, whatever it holds.
        if (entries.some((e) => e.name === 'pyvenv.cfg' && e.isFile()))
            continue;
        const pyproject = external_node_path_.join(dir, 'pyproject.toml');
        if (entries.some((e) => e.name === 'pyproject.toml' && e.isFile()) && !ignored.has(pyproject)) {
            out.candidates.push(dir);
        }
        const subdirs = entries
            .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_NAMES.has(e.name))
            .map((e) => external_node_path_.join(dir, e.name))
            .filter((d) => !ignored.has(d));
        if (depth >= MAX_DEPTH) {
            if (subdirs.length > 0)
                deepest = true;
            continue;
        }
        // Reverse order on the stack: the walk visits names in order (the result is sorted anyway).
        for (const d of subdirs.sort().reverse())
            stack.push({ dir: d, depth: depth + 1 });
    }
    if (deepest)
        out.notes.push(`directories deeper than ${MAX_DEPTH} levels were not searched`);
    return out;
}
const asTable = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
function readToml(file) {
    return asTable((0,dist/* parse */.qg)(external_node_fs_.readFileSync(file, 'utf8'))) ?? {};
}
/** `[project].requires-python` when it is a valid PEP 440 specifier of sane length. */
function requiresPythonOf(doc) {
    const v = asTable(doc.project)?.['requires-python'];
    if (typeof v !== 'string')
        return undefined;
    const spec = v.trim();
    return spec.length > 0 && spec.length <= 200 && !CONTROL.test(spec) && (0,pep440/* validRange */.Im)(spec) ? spec : undefined;
}
/** `[tool.pyprod]`'s service command and URL, each dropped with a note when it is not a single sane line. */
function serviceOf(doc, where, notes) {
    const table = asTable(asTable(doc.tool)?.pyprod);
    if (!table)
        return {};
    const out = {};
    const service = table.service;
    if (service !== undefined) {
        if (typeof service === 'string' &&
            service.trim() &&
            service.length <= MAX_SERVICE_CHARS &&
            !CONTROL.test(service))
            out.service = service.trim();
        else
            notes.push(`${where}: [tool.pyprod] service is not one line of text; ignored`);
    }
    const url = table['service-url'];
    if (url !== undefined) {
        if (typeof url === 'string' && url.length <= MAX_SERVICE_CHARS && /^https?:\/\/[^\s]+$/.test(url))
            out.serviceUrl = url;
        else
            notes.push(`${where}: [tool.pyprod] service-url is not an http(s) URL; ignored`);
    }
    return out;
}
/** Lists the projects under `opts.root`. */
async function discoverProjects(opts) {
    const root = external_node_path_.resolve(opts.root);
    const workspace = external_node_path_.resolve(opts.workspace);
    const ignored = await ignoredPaths(root);
    const found = walk(root, ignored.paths);
    const notes = [...(ignored.note ? [ignored.note] : []), ...found.notes];
    const rel = (abs) => relativeDir(workspace, abs);
    const projects = [];
    const virtualRoots = [];
    const leftOut = [];
    const docs = new Map();
    const docOf = (dir) => {
        let doc = docs.get(dir);
        if (!doc) {
            doc = readToml(external_node_path_.join(dir, 'pyproject.toml'));
            docs.set(dir, doc);
        }
        return doc;
    };
    for (const abs of found.candidates) {
        const dir = rel(abs);
        const leave = (why) => leftOut.push({ dir, why });
        const size = external_node_fs_.statSync(external_node_path_.join(abs, 'pyproject.toml')).size;
        if (size > MAX_PYPROJECT_BYTES) {
            leave(`pyproject.toml is ${size.toLocaleString('en-US')} bytes, over the 1 MiB this reads`);
            continue;
        }
        let located;
        try {
            located = (0,uv_project/* locateUvProject */.RQ)(abs, opts.env, { ceiling: workspace });
        }
        catch (err) {
            // Not valid TOML (this one or the one above that decides its workspace): uv refuses it too.
            leave((0,path_deps/* firstLine */.TM)((0,errors/* errorMessage */.gJ)(err)).replace(`${workspace}${external_node_path_.sep}`, ''));
            continue;
        }
        if (!located) {
            leave('not a uv project: no [project] table (or [tool.uv] managed = false)');
            continue;
        }
        if (located.workspace && !located.member && !located.name) {
            virtualRoots.push(dir);
            continue;
        }
        if (!SAFE_DIR.test(dir) && dir !== '.') {
            leave('its path has characters other than letters, digits and . _ - + @ (unsafe in a workflow)');
            continue;
        }
        const name = located.name ?? '';
        if (!SAFE_NAME.test(name)) {
            leave(`[project].name ${JSON.stringify(name.slice(0, 100))} is not a valid package name`);
            continue;
        }
        const doc = docOf(abs);
        const requiresPython = requiresPythonOf(doc) ?? (located.member ? requiresPythonOf(docOf(located.root)) : undefined);
        const dockerfile = external_node_fs_.statSync(external_node_path_.join(abs, 'Dockerfile'), { throwIfNoEntry: false })?.isFile() ?? false;
        const role = located.member ? 'member' : located.workspace ? 'workspace-root' : 'project';
        projects.push({
            name,
            dir,
            id: projectId(dir),
            workspace: rel(located.root),
            role,
            ...(requiresPython ? { requiresPython } : {}),
            dockerfile,
            ...serviceOf(doc, `${dir}/pyproject.toml`, notes),
        });
    }
    const byDir = (a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
    return {
        projects: projects.sort(byDir),
        virtualRoots: virtualRoots.sort(),
        leftOut: leftOut.sort(byDir),
        notes,
        scanned: found.scanned,
    };
}


/***/ }),

/***/ 5866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ transitiveDependents),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   ZH: () => (/* binding */ pathDependencies)
/* harmony export */ });
/* unused harmony export MAX_LOCK_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_uv_lock_graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9287);




/**
 * Which projects depend on which through local path dependencies, as uv.lock records them: a workspace's
 * members (`source = { editable = "packages/core" }`, the root `{ virtual = "." }`) and a standalone
 * project's path dependencies (`{ editable = "../lib" }`, `{ directory = ... }`). Every kind of dependency
 * counts (runtime, extras, dependency groups): a change to a package can break any of its users.
 */
/** A lock file over this size is not read (the dependents it would give are then assumed: all of them). */
const MAX_LOCK_BYTES = 64 * 1024 * 1024;
const LOCAL_SOURCES = new Set(['editable', 'virtual', 'directory', 'path']);
/** TOML errors quote the document over several lines: the summary takes the first. */
function firstLine(text) {
    return text.split('\n')[0]?.trim() ?? '';
}
function add(map, dependency, dependent) {
    if (dependency === dependent)
        return;
    const set = map.get(dependency) ?? new Set();
    set.add(dependent);
    map.set(dependency, set);
}
/**
 * Reads the uv.lock of every workspace root the projects belong to. A lock that is missing or cannot be
 * read gives no edges but, to stay on the safe side, makes every project of that workspace a dependent of
 * every other: a change to one then selects them all.
 */
async function pathDependencies(projects, workspaceDir) {
    const out = { dependents: new Map(), locks: [], notes: [] };
    const byDir = new Map(projects.map((p) => [p.dir, p]));
    const roots = [...new Set(projects.map((p) => p.workspace))].sort();
    for (const root of roots) {
        const members = projects.filter((p) => p.workspace === root);
        const rootAbs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspaceDir, root);
        const lockRel = root === '.' ? 'uv.lock' : `${root}/uv.lock`;
        const lockFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(rootAbs, 'uv.lock');
        const everyone = (why) => {
            if (members.length > 1)
                out.notes.push(`${lockRel} ${why}: its ${members.length} projects are taken to depend on each other`);
            else if (members.length === 1 && members[0]?.role !== 'project')
                out.notes.push(`${lockRel} ${why}`);
            for (const a of members)
                for (const b of members)
                    add(out.dependents, a.dir, b.dir);
        };
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(lockFile, { throwIfNoEntry: false });
        if (!st?.isFile()) {
            // A lone project without a lock has no path dependencies anyone could know of (nor does uv until it locks).
            if (members.length > 1)
                everyone('does not exist');
            continue;
        }
        if (st.size > MAX_LOCK_BYTES) {
            everyone(`is over ${MAX_LOCK_BYTES / 1024 / 1024} MiB and was not read`);
            continue;
        }
        let graph;
        try {
            graph = await (0,_core_uv_lock_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .readLockGraph */ .uF)(lockFile);
        }
        catch (err) {
            everyone(`could not be read (${firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)).replace(`${workspaceDir}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`, '')})`);
            continue;
        }
        out.locks.push(lockRel);
        // The lock's local packages by name → the discovered project in that directory.
        const local = new Map();
        for (const pkg of graph.packages.values()) {
            if (!LOCAL_SOURCES.has(pkg.source) || pkg.sourceRef === undefined)
                continue;
            const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspaceDir, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(rootAbs, pkg.sourceRef)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
            if (byDir.has(dir))
                local.set(pkg.name, dir);
        }
        for (const [name, dir] of local) {
            const pkg = graph.packages.get(name);
            if (!pkg)
                continue;
            const deps = [
                ...pkg.dependencies,
                ...[...pkg.optional.values()].flat(),
                ...[...pkg.groups.values()].flat(),
            ];
            for (const d of deps) {
                const target = local.get(d.name);
                if (target !== undefined)
                    add(out.dependents, target, dir);
            }
        }
    }
    return out;
}
/**
 * Every project that depends on one of `from`, directly or through others, with the chain that leads to it
 * (`['libs/core', 'libs/api', 'services/web']`: web depends on api, which depends on core). Breadth first, so
 * each chain is a shortest one.
 */
function transitiveDependents(from, dependents) {
    const chains = new Map();
    const seen = new Set(from);
    const queue = [...seen].map((d) => [d]);
    for (let chain = queue.shift(); chain; chain = queue.shift()) {
        const last = chain.at(-1);
        for (const next of [...(dependents.get(last) ?? [])].sort()) {
            if (seen.has(next))
                continue;
            seen.add(next);
            const longer = [...chain, next];
            chains.set(next, longer);
            queue.push(longer);
        }
    }
    return chains;
}


/***/ }),

/***/ 2473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* reexport */ operator.compare),
  lt: () => (/* reexport */ operator.lt),
  ib: () => (/* reexport */ specifier/* satisfies */.ib),
  rZ: () => (/* reexport */ version/* valid */.rZ),
  Im: () => (/* reexport */ specifier/* validRange */.Im)
});

// UNUSED EXPORTS: RANGE_PATTERN, clean, eq, explain, filter, ge, gt, gte, inc, le, lte, major, maxSatisfying, minSatisfying, minor, ne, neq, parse, patch, rcompare

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
var version = __webpack_require__(2660);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js
var operator = __webpack_require__(6502);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
var specifier = __webpack_require__(7868);
;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js











/***/ }),

/***/ 6502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "!=": () => (/* binding */ ne),
/* harmony export */   "<": () => (/* binding */ lt),
/* harmony export */   "<=": () => (/* binding */ le),
/* harmony export */   "==": () => (/* binding */ eq),
/* harmony export */   "===": () => (/* binding */ arbitrary),
/* harmony export */   ">": () => (/* binding */ gt),
/* harmony export */   ">=": () => (/* binding */ ge),
/* harmony export */   compare: () => (/* binding */ compare),
/* harmony export */   eq: () => (/* binding */ eq),
/* harmony export */   ge: () => (/* binding */ ge),
/* harmony export */   gt: () => (/* binding */ gt),
/* harmony export */   le: () => (/* binding */ le),
/* harmony export */   lt: () => (/* binding */ lt),
/* harmony export */   ne: () => (/* binding */ ne),
/* harmony export */   rcompare: () => (/* binding */ rcompare)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2660);




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(version);
  const parsedOther = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 7868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ validRange),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony exports RANGE_PATTERN, filter, maxSatisfying, minSatisfying */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2660);
/* harmony import */ var _operator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6502);
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_PATTERN */ .Q6.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (_operator_js__WEBPACK_IMPORTED_MODULE_1__.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = _operator_js__WEBPACK_IMPORTED_MODULE_1__[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 2660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ VERSION_PATTERN),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   rZ: () => (/* binding */ valid)
/* harmony export */ });
/* unused harmony exports clean, stringify */
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

};
