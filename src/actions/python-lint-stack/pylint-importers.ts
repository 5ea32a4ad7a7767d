import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, isSha } from '../../core/git.js';
import type { Dependents } from './import-graph.js';
import { graphPath } from './import-graph.js';
import type { ScopeGroup } from './scope.js';

/**
 * Which of a pull request's importers pylint checks. mypy checks every module that imports a changed one
 * (its cache makes that cheap); pylint, which builds and infers every module those files import, checks an
 * importer only when it uses something the change touched. The part boot (pylint-split.ts) decides, before
 * pylint starts, from the source of each changed module at the merge base and now:
 * - a module-level name is touched when a top-level statement that binds it differs (compared as Python's
 *   `ast.dump`, so formatting, comments and moved code do not count), when it is new or gone, or when its
 *   statements read a touched name (closed over the module: a function that calls a changed one is touched;
 *   words in string annotations count as reads), and across the changed modules: a name that imports a
 *   touched name of another changed module, or reads one through that module's object. The module
 *   docstring is `__doc__`; walrus targets bind at any depth (a default argument's binds at module level);
 *   a touched statement that assigns an attribute of anything but self/cls (`Foo.extra = 1` in a function:
 *   astroid adds it to Foo) touches every name it reads;
 * - everything counts as touched when that cannot be bounded: a new module, one that does not parse (or is
 *   over 4 MiB), a changed statement that binds no name (`app.register(...)`), statements both versions
 *   have in another order (a name then resolves to another binding), a statement that binds nothing but
 *   assigns attributes reading a touched name, a star import inside the changed module, a touched module
 *   `__getattr__`, two changed files with one module name;
 * - an importer is skipped only when an import statement was found for every changed module ruff's graph
 *   says it imports, and none of them reads a touched name: `from m import name`, `m.name` through an
 *   alias or a dotted `import a.b.m`; a star import, the module object used any other way (passed, called
 *   with getattr), or an import that cannot be resolved keeps it.
 * What a change can do to an importer's pylint messages goes through the names it reads from the changed
 * module (an import of a removed name, a call with the old arguments, a subclass of a changed class):
 * reading nothing touched, its messages are those of the base (up to the two-hop effects the importer
 * contract already leaves out). The summary says which importers were skipped and which names were
 * touched. Checked in test/itg/python-lint-stack/pylint-importers.test.ts, including the changes an
 * attacker's review found pylint to see and a first version of this analysis to miss, by the cross-module
 * itg test, and on the PR bench.
 */

/** The data file the boot reads: each changed file with its source at the merge base, and the importers. */
export interface ImporterData {
  changed: { path: string; base: string | null }[];
  /** Importer → the changed files it imports (ruff's graph), paths relative to the working directory. */
  importers: Record<string, string[]>;
}

/** What part 0 reports of it (the `importers` key beside its messages). */
export interface ImporterReport {
  /** The importers pylint did not check. */
  skipped: string[];
  /** Per changed file, the module-level names the change touched; null: everything. */
  touched: Record<string, string[] | null>;
  /** Why nothing was skipped, when the boot could not decide (the importers are then all checked). */
  error?: string;
}

/** A changed module larger than this is compared as "everything touched" (its base is not read). */
const MAX_SOURCE_BYTES = 4 << 20;

/** Importer → the changed files it imports, from ruff's dependents graph. */
export function changedImportsOf(
  graph: Dependents,
  changed: readonly string[],
  importers: readonly string[],
): Record<string, string[]> {
  const wanted = new Map(importers.map((i) => [graphPath(i), i]));
  const out: Record<string, string[]> = {};
  for (const c of changed) {
    for (const importer of graph.get(graphPath(c)) ?? []) {
      const key = wanted.get(importer);
      if (key === undefined) continue;
      out[key] = [...(out[key] ?? []), c];
    }
  }
  return out;
}

/** A file's content at a commit, or null when it is not there, too large, or not text. */
async function sourceAt(repo: string, commit: string, repoPath: string): Promise<string | null> {
  const blob = await git(repo, ['cat-file', 'blob', `${commit}:${repoPath}`], {
    okExitCodes: [0, 128],
    maxOutputBytes: MAX_SOURCE_BYTES,
  });
  if (blob.exitCode !== 0 || blob.truncated || blob.stdout.includes('\0')) return null;
  return blob.stdout;
}

/**
 * Writes the boot's data file into `dir` (the run's private temp directory) and returns its path; undefined
 * when there is no merge base to compare with (then pylint checks every importer).
 */
export async function writeImporterData(o: {
  dir: string;
  /** The repository's root (GITHUB_WORKSPACE) and the working directory under it. */
  workspace: string;
  cwd: string;
  base: string | undefined;
  changed: readonly string[];
  importers: Record<string, string[]>;
}): Promise<string | undefined> {
  if (!o.base || !isSha(o.base) || Object.keys(o.importers).length === 0) return undefined;
  const changed: ImporterData['changed'] = [];
  for (const file of o.changed) {
    const repoPath = path.relative(o.workspace, path.resolve(o.cwd, file)).split(path.sep).join('/');
    changed.push({ path: file, base: await sourceAt(o.workspace, o.base, repoPath) });
  }
  const data: ImporterData = { changed, importers: o.importers };
  const file = path.join(o.dir, 'pylint-importers.json');
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

/** The report in part 0's output (as mergePylintOutputs parsed it), when it has a well-formed one. */
export function readImporterReport(data: unknown): ImporterReport | undefined {
  const r = (data as { importers?: unknown } | null)?.importers as ImporterReport | undefined;
  if (!r || !Array.isArray(r.skipped) || r.skipped.some((s) => typeof s !== 'string')) return undefined;
  if (!r.touched || typeof r.touched !== 'object') return undefined;
  return r;
}

/** The touched names, one clause: `werkzeug/http.py: quote_etag; flask/cli.py: anything`. */
export function describeTouched(touched: ImporterReport['touched'], shown = 5): string {
  return Object.entries(touched)
    .map(([file, names]) => {
      if (names === null) return `${file}: anything (not bounded)`;
      if (names.length === 0) return `${file}: nothing an importer can read`;
      const more = names.length > shown ? `, and ${names.length - shown} more` : '';
      return `${file}: ${names.slice(0, shown).join(', ')}${more}`;
    })
    .join('; ');
}

/**
 * The scope groups once pylint has run: the importers it skipped leave the `importer` group (pylint and
 * mypy) for an `importer-unaffected` group that only mypy lints.
 */
export function applyImporterReport(groups: readonly ScopeGroup[], report: ImporterReport): ScopeGroup[] {
  const skipped = new Set(report.skipped);
  const out: ScopeGroup[] = [];
  for (const g of groups) {
    if (g.reason !== 'importer' || !g.tools.includes('pylint')) {
      out.push(g);
      continue;
    }
    const kept = g.files.filter((f) => !skipped.has(f));
    const left = g.files.filter((f) => skipped.has(f));
    const note = `the change touched ${describeTouched(report.touched)}`;
    if (kept.length > 0) out.push({ ...g, files: kept, note });
    const others = g.tools.filter((t) => t !== 'pylint');
    if (left.length > 0) out.push({ reason: 'importer-unaffected', tools: others, files: left, note });
  }
  return out;
}

/**
 * The boot's Python (inside PART_SOURCE, before pylint is imported; `json` and `os` are imported):
 * definitions only. `start_importer_report(path)` forks the analysis off while pylint is imported (about
 * 0.2 s each on the PR bench), `finish_importer_report(handle)` returns the report. No backtick, dollar-brace or
 * backslash in it (a template literal).
 */
export const IMPORTERS_SOURCE = `import ast, re
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# Pattern captures (3.10+) bind names too; older Pythons have no match statement.
CAPTURES = tuple(getattr(ast, n) for n in ('ExceptHandler', 'MatchAs', 'MatchStar') if hasattr(ast, n))
WORD = re.compile(r'[A-Za-z_][A-Za-z0-9_]*')
def top_bound(stmt):
    """The module-level names a top-level statement binds (its globals included, and every walrus target
    at any depth: a default argument's binds at module level), or None: it binds names nobody can list
    (a star import)."""
    out = set()
    def visit(n, top):
        if isinstance(n, SCOPES):
            if top:
                out.add(n.name)
            top = False
        elif isinstance(n, ast.Lambda):
            top = False
        elif isinstance(n, ast.Global):
            out.update(n.names)
        elif isinstance(n, ast.NamedExpr) and isinstance(n.target, ast.Name):
            out.add(n.target.id)
        elif top and isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            out.add(n.id)
        elif top and isinstance(n, (ast.Import, ast.ImportFrom)):
            for a in n.names:
                if a.name == '*':
                    raise LookupError
                out.add(a.asname or a.name.split('.')[0])
        elif top and isinstance(n, CAPTURES) and isinstance(getattr(n, 'name', None), str):
            out.add(n.name)
        elif top and isinstance(getattr(n, 'rest', None), str):
            out.add(n.rest)
        for c in ast.iter_child_nodes(n):
            visit(c, top)
    try:
        visit(stmt, True)
    except LookupError:
        return None
    return out
# Lines as ast numbers them: str.splitlines also splits at form feeds and other separators.
NEWLINE = re.compile(chr(13) + chr(10) + '|' + chr(13) + '|' + chr(10))
def definitions(source):
    """name -> the top-level statements that bind it, in order, each as (its text, the node); the statements
    that bind nothing; and every statement's text in order. The module docstring counts as __doc__.
    (None, None, None): every name counts (a star import)."""
    tree = ast.parse(source)
    lines = NEWLINE.split(source)
    defs, other, order = {}, [], []
    for k, s in enumerate(tree.body):
        first = s.decorator_list[0].lineno if getattr(s, 'decorator_list', None) else s.lineno
        text = chr(10).join(lines[first - 1:s.end_lineno])
        order.append(text)
        if (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                and isinstance(s.value.value, str)):
            if k == 0:
                defs['__doc__'] = [(text, s)]
            continue  # a string statement does nothing
        names = top_bound(s)
        if names is None:
            return None, None, None
        if not names:
            other.append((text, s))
        for n in names:
            defs.setdefault(n, []).append((text, s))
    return defs, other, order
def same(a, b):
    """Whether two lists of (text, node) are the same code: the same text, else the same ast.dump (which
    leaves out comments, formatting and positions)."""
    if [t for t, _ in a] == [t for t, _ in b]:
        return True
    return len(a) == len(b) and all(ast.dump(x) == ast.dump(y) for (_, x), (_, y) in zip(a, b))
def reordered(new, old):
    """Whether the statements both versions have (by text) come in another order: a name then resolves to
    another binding above the line that reads it."""
    both = set(new) & set(old)
    return [t for t in new if t in both] != [t for t in old if t in both]
def attribute_stores(stmts):
    """Whether the statements assign an attribute of something other than self or cls (astroid adds
    Obj.attr = ..., anywhere in a module, to Obj's members)."""
    for s in stmts:
        for n in ast.walk(s):
            if (isinstance(n, ast.Attribute) and isinstance(n.ctx, (ast.Store, ast.Del))
                    and not (isinstance(n.value, ast.Name) and n.value.id in ('self', 'cls'))):
                return True
    return False
def references(stmts):
    """Every name the statements read, with the words of string annotations."""
    out = set()
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, ast.Name):
                out.add(n.id)
            elif isinstance(n, ast.Attribute):
                out.add(n.attr)
            elif isinstance(n, (ast.arg, ast.AnnAssign)) and n.annotation is not None:
                for c in ast.walk(n.annotation):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        out.update(WORD.findall(c.value))
            elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.returns is not None:
                for c in ast.walk(n.returns):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        out.update(WORD.findall(c.value))
    return out
def compared(head, base):
    """(the module's names -> their statements now, the names whose statements the change touched, the
    statements that bind nothing now), or None when that cannot be bounded (a new or unparsable module, a
    changed statement that binds no name, statements in another order, a star import). A touched statement
    that assigns an attribute of something (its version now or before) touches every name it reads."""
    if base is None:
        return None
    try:
        new, new_other, new_order = definitions(head)
        old, old_other, old_order = definitions(base)
        if new is None or old is None:
            return None
        key = lambda pair: pair[0]
        if not same(sorted(new_other, key=key), sorted(old_other, key=key)) or reordered(new_order, old_order):
            return None
        hit = {n for n in set(new) | set(old) if not same(new.get(n, []), old.get(n, []))}
        for n in list(hit):
            for version in (new, old):
                stmts = [s for _, s in version.get(n, ())]
                if attribute_stores(stmts):
                    hit |= references(stmts) & set(new)
        return new, hit, [s for _, s in new_other]
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
def imports_of(stmts, name, is_package, modules):
    """What the statements import of the changed modules (names): (module, name); name None for all of it (a
    star import), MODULE for the module object (what the statements then read of it: their references)."""
    out = set()
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, ast.ImportFrom):
                mod = imported_from(n, name, is_package)
                for a in n.names:
                    if mod in modules:
                        out.add((mod, None if a.name == '*' else a.name))
                    if mod + '.' + a.name in modules:
                        out.add((mod + '.' + a.name, MODULE))
            elif isinstance(n, ast.Import):
                for a in n.names:
                    out.update((m, MODULE) for m in modules if m == a.name or m.startswith(a.name + '.'))
    return out
MODULE = '<module>'
MAX_SOURCE = ${MAX_SOURCE_BYTES}
def touched_names(changed):
    """Per changed file (path -> (head, base)), the module-level names the change touched: whose binding
    statements differ, or that read a touched name, closed over the module and across the changed modules (a
    name that imports a touched name of another changed module); None: any (not bounded, two changed files
    with one module name, a statement that binds nothing but assigns attributes reading a touched name, a
    module __getattr__ touched)."""
    names = {}
    for p in changed:
        names.setdefault(module_name(p), []).append(p)
    hit, reads, links, stores, loose = {}, {}, {}, {}, {}
    for name, paths in names.items():
        path = paths[0]
        head, base = changed[path]
        c = None
        if len(paths) == 1 and head is not None and path.endswith('.py'):
            c = compared(head, base)
        hit[name] = None if c is None else set(c[1])
        if c is None:
            continue
        is_package = os.path.basename(path) == '__init__.py'
        others = {m for m in names if m != name}
        reads[name] = {n: references(s for _, s in st) for n, st in c[0].items()}
        stores[name] = {n for n, st in c[0].items() if attribute_stores(s for _, s in st)}
        # A statement that binds nothing but assigns attributes (Foo.extra = build()): what it reads now is
        # what those attributes hold.
        loose[name] = references(st for st in c[2] if attribute_stores([st]))
        links[name] = {n: imports_of([s for _, s in st], name, is_package, others) for n, st in c[0].items()}
        # A name bound to a changed module's object: the names that read it read what of it they reference.
        bound = {n: m for n, ls in links[name].items() for m, a in ls if a == MODULE}
        for n, refs in reads[name].items():
            links[name][n] |= {(bound[r], MODULE) for r in refs & set(bound)}
    def touches(mod, attr, refs):
        h = hit[mod]
        if h is None or attr is None:
            return h is None or bool(h)
        return bool(h & refs) if attr == MODULE else attr in h
    grew = True
    while grew:
        grew = False
        for name in reads:
            if hit[name] is None:
                continue
            for n, refs in reads[name].items():
                if n not in hit[name] and (refs & hit[name] or any(touches(m, a, refs) for m, a in links[name][n])):
                    hit[name].add(n)
                    grew = True
                # A touched statement that assigns attributes changes what the names it reads have.
                assigned = refs & set(reads[name]) if n in hit[name] and n in stores[name] else set()
                if not assigned <= hit[name]:
                    hit[name] |= assigned
                    grew = True
            if hit[name] & {'__getattr__', '__dir__'} or loose[name] & hit[name]:
                hit[name] = None
                grew = True
    return {p: hit[m] for m, paths in names.items() for p in paths}
def module_name(path):
    """A file's dotted module name as imports spell it: its directory's packages (with __init__.py) above."""
    parts = [os.path.splitext(os.path.basename(path))[0]]
    d = os.path.dirname(os.path.abspath(path))
    while os.path.isfile(os.path.join(d, '__init__.py')):
        parts.insert(0, os.path.basename(d))
        d = os.path.dirname(d)
    if parts[-1] == '__init__':
        parts.pop()
    return '.'.join(parts)
def imported_from(node, name, is_package):
    """The module an ImportFrom reads, absolute."""
    if not node.level:
        return node.module or ''
    base = name.split('.') if is_package else name.split('.')[:-1]
    if node.level > 1:
        base = base[:len(base) - (node.level - 1)]
    return '.'.join(base + ([node.module] if node.module else []))
def uses(path, targets):
    """Which of the changed modules, targets (name -> touched names or None), the file imports, and
    whether it reads a touched name of one; (found, used): found, the modules an import statement names."""
    with open(path, 'rb') as f:
        tree = ast.parse(f.read())
    name = module_name(path)
    is_package = os.path.basename(path) == '__init__.py'
    found, used = set(), False
    aliases = {}
    def touch(mod, attr):
        # attr None: the whole module (a star import, the module object itself): used if anything was touched.
        nonlocal used
        hit = targets[mod]
        if hit is None or (hit if attr is None else attr in hit):
            used = True
    # One walk: the imports, the names, and which attribute reads each name or attribute (for a.b.c chains).
    names, reader = [], {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            names.append(n)
        elif isinstance(n, ast.Attribute):
            reader[id(n.value)] = n
        elif isinstance(n, ast.ImportFrom):
            mod = imported_from(n, name, is_package)
            for a in n.names:
                if mod in targets:
                    found.add(mod)
                    touch(mod, None if a.name == '*' else a.name)
                sub = mod + '.' + a.name
                if sub in targets:
                    found.add(sub)
                    aliases[a.asname or a.name] = sub
        elif isinstance(n, ast.Import):
            for a in n.names:
                for mod in targets:
                    if mod == a.name or mod.startswith(a.name + '.') or a.name.startswith(mod + '.'):
                        found.add(mod)
                        if a.asname and mod == a.name:
                            aliases[a.asname] = mod
                        elif a.asname or a.name.startswith(mod + '.'):
                            touch(mod, None)  # a submodule of a changed package, or a prefix bound: any use
                        else:
                            aliases.setdefault(a.name.split('.')[0], None)
    if used or not aliases:
        return found, used
    for n in names:
        if n.id not in aliases:
            continue
        chain, at = [n.id], n
        while id(at) in reader:
            at = reader[id(at)]
            chain.append(at.attr)
        mod = aliases[n.id]
        if mod is not None:
            touch(mod, chain[1] if len(chain) > 1 else None)
        else:
            # import a.b.c binds a: the chain names the changed module, then what of it is read.
            for k in range(len(chain), 0, -1):
                dotted = '.'.join(chain[:k])
                if dotted in targets:
                    touch(dotted, chain[k] if k < len(chain) else None)
                    break
                if k == len(chain) and any(t.startswith(dotted + '.') for t in targets):
                    used = True  # the package itself, on its way to a changed module: any use
                    break
        if used:
            break
    return found, used
def unaffected_importers(data):
    """The importers that use nothing a changed module's change touched, and per changed file the names it
    touched (None: any)."""
    sources = {}
    for c in data['changed']:
        try:
            with open(c['path'], encoding='utf-8') as f:
                head = f.read(MAX_SOURCE + 1)
        except (OSError, UnicodeDecodeError):
            head = None
        if head is not None and len(head) > MAX_SOURCE:
            head = None  # as large a base is not sent either: everything counts
        sources[c['path']] = (head, c.get('base'))
    hits = touched_names(sources)
    targets = {module_name(p): h for p, h in hits.items()}
    touched = {p: None if h is None else sorted(h) for p, h in hits.items()}
    skipped = []
    for imp, imported in sorted(data['importers'].items()):
        want = {module_name(p) for p in imported}
        try:
            found, used = uses(imp, {m: targets[m] for m in want if m in targets})
        except (OSError, SyntaxError, ValueError, RecursionError):
            continue
        if not used and want <= found:
            skipped.append(imp)
    return skipped, touched
def importer_report(data_path):
    """The report for the summary: the importers pylint skips (as the data names them) and the touched
    names; on any failure nothing is skipped and the report says why."""
    try:
        with open(data_path, encoding='utf-8') as f:
            data = json.load(f)
        skipped, touched = unaffected_importers(data)
        return {'skipped': skipped, 'touched': touched}
    except Exception as e:
        return {'skipped': [], 'touched': {}, 'error': '%s: %s' % (type(e).__name__, e)}
def start_importer_report(data_path):
    """importer_report in a forked child, while the caller imports pylint; finish_importer_report(handle)
    reads it. Without os.fork (Windows) it runs then."""
    if not hasattr(os, 'fork'):
        return ('now', data_path)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            with os.fdopen(w, 'w') as out:
                json.dump(importer_report(data_path), out)
        finally:
            os._exit(0)
    os.close(w)
    return ('fork', data_path, pid, r)
def finish_importer_report(handle):
    if handle[0] == 'now':
        return importer_report(handle[1])
    _, data_path, pid, r = handle
    with os.fdopen(r) as inp:
        text = inp.read()
    os.waitpid(pid, 0)
    try:
        return json.loads(text)
    except ValueError:
        return importer_report(data_path)
`;
