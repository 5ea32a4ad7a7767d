import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Digest, fileDigests } from './lint-cache.js';

/**
 * pylint's duplicate-code (R0801) and cyclic-import (R0401) in a pull request's lint, from an index that a
 * full run wrote, instead of parsing every file (issue 20; design in the session notes). The index is
 * pylint's own map/reduce data, as JSON (a cache is data, never code): per module its path (relative to
 * the working directory), the sha256 of its content, its module name, SimilaritiesChecker's stripped lines
 * `[[line_number, text], ...]` and ImportsChecker's import-graph out-edges (in the order pylint's cycle
 * search walks them) and excluded out-edges; the modules in the order the full run visited them (R0801
 * keeps the first pair that holds a block, the cycle search depends on the order too); the pylint version,
 * the enabled cross checks and options that shape the stripped lines, and the caller's fingerprint.
 *
 * Part 0's cross pass (pylint-split.ts) runs the Python below:
 * - write: records the index while pylint runs the pass as usual (the findings do not change);
 * - read (a changed run): the pass parses the fresh files (plus any whose content differs from the
 *   index's); when SimilaritiesChecker and ImportsChecker close, the index's other modules are merged in,
 *   in its order (fresh ones in place of theirs, new modules last). R0801 compares only the linesets that
 *   share a block with a fresh one, directly or through others (pylint's hash_lineset/_find_common; the
 *   "first pair wins" decisions within that group are then those of a full run), and cycles are searched
 *   from the modules that reach a fresh one;
 * - a changed run without a usable index parses every file (`allTargets`) and writes the index;
 * - either way a changed run keeps only the messages that name a fresh module, and its passes name a
 *   package's `__init__.py` as the full run does (`pkg`, not the `pkg.__init__` pylint gives a file
 *   argument). Not so in the separate processes of a Windows split: only part 0 has the index spec.
 * Checked exact against a full run (the full run's messages that name the fresh module) on rich 15.0 with
 * each of its 100 modules as the fresh one (pylint 4.1.4), and on the itg project at 3.0 to 4.1. A module
 * the index does not have goes last, where a full run may visit it earlier (R0801's first pair may then
 * differ). pylint formats the messages itself. With a pylint that lacks one of the internals (checked for
 * 3.0 to 4.1), the pass is pylint's plain one over every file (allTargets), with no index, and stderr
 * says so.
 * Cost on rich (2 cores): the full cross pass 8.1 CPU s, writing the index adds about 2%; a changed run's
 * pass over 3 fresh modules 2.9-4.4 CPU s, mostly astroid building the modules they import (which the
 * forked main pass then reuses); the index's own work (load, merge, restricted R0801, cycles) about 0.3 s.
 */

export interface PylintIndexOptions {
  /** Absolute path of the index JSON file. */
  path: string;
  /** Write the index (full run, or a changed run without a usable index). */
  write: boolean;
  /** Files linted in a changed run (relative to the working directory); undefined in a full run. */
  fresh?: string[];
  /** Read the index (a changed run with a usable one). */
  read: boolean;
  /** When writing: a JSON file listing the project's Python files, to note those pylint's walk skips. */
  projectFiles?: string;
}

/** The index's format; the Python side refuses any other. */
export const INDEX_FORMAT = 1;
/** An index larger than this is not read (the Python side has the same bound). */
export const INDEX_MAX_BYTES = 256 << 20;

interface IndexModule {
  path: string;
  sha256: string;
}

/** What the TS side reads of an index: who wrote it and each module's content digest. */
export interface PylintIndex {
  fingerprint: string;
  modules: IndexModule[];
  /** The project's files pylint's walk did not visit (no `__init__.py` on the way): never stale. */
  unvisited: string[];
}

/**
 * The index, when it exists, is within the size bound, parses and has this format (read once a run: it can
 * be tens of MiB on a large project).
 */
export function readPylintIndex(indexPath: string): PylintIndex | undefined {
  let text: string;
  try {
    if (fs.statSync(indexPath).size > INDEX_MAX_BYTES) return undefined;
    text = fs.readFileSync(indexPath, 'utf8');
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const { format, fingerprint, modules, unvisited } = data as Record<string, unknown>;
  if (format !== INDEX_FORMAT || typeof fingerprint !== 'string' || !Array.isArray(modules)) return undefined;
  const ok = modules.every(
    (m: unknown) =>
      !!m &&
      typeof (m as IndexModule).path === 'string' &&
      typeof (m as IndexModule).sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test((m as IndexModule).sha256),
  );
  const skipped = Array.isArray(unvisited) ? unvisited.filter((u): u is string => typeof u === 'string') : [];
  return ok ? { fingerprint, modules: modules as IndexModule[], unvisited: skipped } : undefined;
}

const slashes = (p: string) => path.normalize(p).split(path.sep).join('/');

/**
 * Files (relative to cwd, of `candidates`) whose sha256 differs from the index's, or absent from it (and not
 * one pylint's walk skips: a full run does not check it either). A candidate that does not exist is skipped
 * (nothing to lint); with no readable index every one is stale.
 */
export function staleFiles(
  index: PylintIndex | undefined,
  cwd: string,
  candidates: readonly string[],
  digest: Digest = fileDigests(cwd),
): string[] {
  const known = new Map(index?.modules.map((m) => [slashes(m.path), m.sha256]));
  const unvisited = new Set(index?.unvisited.map(slashes));
  return candidates.filter((file) => {
    if (unvisited.has(slashes(file))) return false;
    const now = digest(file);
    return now !== undefined && known.get(slashes(file)) !== now;
  });
}

/**
 * Whether the index exists, parses, and was written by this pylint version with this fingerprint. The
 * fingerprint is the caller's (it must cover the pylint version, the configuration and the arguments);
 * the Python side also checks the pylint version, the enabled checks and the similarity options, and
 * falls back to parsing every file when they differ.
 */
export function usableIndex(index: PylintIndex | undefined, fingerprint: string): boolean {
  return index?.fingerprint === fingerprint;
}

/**
 * The Python of part 0's cross pass with an index (pylint-split.ts runs it inside PART_SOURCE, where
 * `spec`, `state`, `CROSS`, `PyLinter`, `json`, `os` and `sys` are defined): definitions only;
 * `install_index(spec['index'])` sets the hooks, and the part calls `state['index'].finish(messages)`
 * after the pass. No backtick or dollar-brace in it (a template literal).
 */
export const INDEX_SOURCE = String.raw`import codecs, hashlib, importlib, inspect
from collections import defaultdict
INDEX_FORMAT = 1
INDEX_MAX_BYTES = 256 << 20
OPTIONS = ('min_similarity_lines', 'ignore_comments', 'ignore_docstrings', 'ignore_imports',
           'ignore_signatures')
def note(text):
    print('pylint index: ' + text, file=sys.stderr, flush=True)
def index_modules():
    """pylint's modules the hooks patch (symilar.py was similar.py before 3.3), or the name of one missing."""
    mods = {}
    for key, names in (('similar', ('pylint.checkers.symilar', 'pylint.checkers.similar')),
                       ('imports', ('pylint.checkers.imports',)), ('graph', ('pylint.graph',)),
                       ('lint', ('pylint.lint',))):
        for name in names:
            try:
                mods[key] = importlib.import_module(name)
                break
            except ImportError:
                pass
        else:
            return None, names[0]
    return mods, None
def similarities_class(sim):
    """pylint's duplicate-code checker (SimilarChecker before 3.3)."""
    return getattr(sim, 'SimilaritiesChecker', None) or getattr(sim, 'SimilarChecker', None)
def missing_internal(mods, sim=None, imp=None):
    """The first pylint internal the hooks need that is missing (None: all there). sim and imp: the
    linter's SimilaritiesChecker and ImportsChecker, for what they only have as instance attributes."""
    if similarities_class(mods['similar']) is None:
        return mods['similar'].__name__ + '.SimilaritiesChecker'
    for key, names in (('similar', ('LineSet', 'LineSpecifs', 'hash_lineset')),
                       ('imports', ('ImportsChecker',)), ('graph', ('get_cycles',)),
                       ('lint', ('augmented_sys_path', 'discover_package_path'))):
        for name in names:
            if not hasattr(mods[key], name):
                return mods[key].__name__ + '.' + name
    need = ((similarities_class(mods['similar']), sim,
             ('process_module', 'close', '_compute_sims', '_iter_sims', '_find_common'),
             ('linesets', 'namespace')),
            (mods['imports'].ImportsChecker, imp,
             ('close', '_import_graph_without_ignored_edges'),
             ('import_graph', '_excluded_edges')))
    for cls, obj, methods, attrs in need:
        for name in methods:
            if not callable(getattr(cls, name, None)):
                return cls.__name__ + '.' + name
        for name in attrs if obj is not None else ():
            if not hasattr(obj, name):
                return cls.__name__ + '.' + name
    try:
        arity = len(inspect.signature(similarities_class(mods['similar'])._find_common).parameters)
    except (TypeError, ValueError):
        arity = 0
    if arity not in (3, 5):
        return 'SimilaritiesChecker._find_common(self, lineset1, lineset2[, hashes1, hashes2])'
    return None
def rel(path):
    return os.path.relpath(os.path.abspath(path)).replace(os.sep, '/')
def safe_rel(p):
    return (isinstance(p, str) and 0 < len(p) < 4096 and not os.path.isabs(p) and '\0' not in p
            and '..' not in p.split('/'))
def sha256(path):
    try:
        with open(path, 'rb') as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None
def valid_entry(e):
    strs = lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)
    lines = e.get('lines') if isinstance(e, dict) else 0
    return (isinstance(e, dict) and safe_rel(e.get('path')) and isinstance(e.get('sha256'), str)
            and len(e['sha256']) == 64 and isinstance(e.get('module'), str)
            and isinstance(e.get('encoding'), str)
            and isinstance(e.get('nlines'), int) and strs(e.get('imports')) and strs(e.get('excluded'))
            and (lines is None or (isinstance(lines, list) and all(
                isinstance(l, list) and len(l) == 2 and isinstance(l[0], int) and isinstance(l[1], str)
                for l in lines))))
def load_index(path, expect):
    """The index's modules when it is usable (written by this pylint, with this fingerprint, checks and
    options), else why not. JSON only: a cache is data, never code."""
    try:
        if os.path.getsize(path) > INDEX_MAX_BYTES:
            return None, 'larger than %d bytes' % INDEX_MAX_BYTES
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
    except FileNotFoundError:
        return None, 'absent'
    except (OSError, ValueError) as e:
        return None, 'unreadable (%s)' % e
    if not isinstance(data, dict):
        return None, 'not an object'
    for key, want in expect.items():
        if data.get(key) != want:
            return None, '%s is %r, not %r' % (key, data.get(key), want)
    mods = data.get('modules')
    if not isinstance(mods, list) or not all(valid_entry(e) for e in mods):
        return None, 'malformed modules'
    roots = data.get('packagePaths')
    if not (isinstance(roots, list) and all(r == '.' or safe_rel(r) for r in roots)):
        return None, 'malformed packagePaths'
    return data, None
class Index:
    """One cross pass with an index: which files it parses, what it records, what it merges at close."""
    def __init__(self, opts, mods):
        self.opts, self.mods = opts, mods
        self.changed = opts.get('fresh') is not None
        self.fresh = {rel(p) for p in opts.get('fresh') or ()}
        self.mode = 'plain'
        self.old = None
        self.items = []
        self.paths = {}
        self.encodings = {}
        self.edges = {}
        self.from_index = 0
    def expect(self, linter):
        import pylint
        return {'format': INDEX_FORMAT, 'pylint': pylint.__version__, 'fingerprint': self.opts['fingerprint'],
                'checks': [m for m in CROSS if linter.is_message_enabled(m)],
                'options': {o: getattr(linter.config, o, None) for o in OPTIONS}}
    def targets(self, linter, args):
        """Decides the mode once the configuration is read, and returns what the cross pass parses."""
        sim = imp = None
        for c in linter.get_checkers():
            if c.name == 'similarities':
                sim = c
            elif c.name == 'imports':
                imp = c
        missing = self.mods is None and 'pylint.checkers.symilar' or missing_internal(self.mods, sim, imp)
        every = self.opts.get('allTargets') or args
        if missing:
            note('this pylint lacks %s: the plain duplicate-code and cyclic-import pass over every file,'
                 ' no index' % missing)
            return every if self.changed else args
        self.expected = self.expect(linter)
        # A full run (no fresh files) parses every file anyway: it only writes.
        if self.opts.get('read') and self.changed:
            self.old, why = load_index(self.opts['path'], self.expected)
            if self.old is None:
                note('index not used: %s' % why)
        if self.old is None:
            self.mode = 'full'
            if self.changed and not self.opts.get('allTargets'):
                note('no allTargets: duplicate-code and cyclic-import over the linted files only')
            return every if self.changed else args
        self.mode = 'read'
        for e in self.old['modules']:
            p = e['path']
            if p not in self.fresh and os.path.isfile(p) and sha256(p) != e['sha256']:
                note('%s changed since the index: parsed again' % p)
                self.fresh.add(p)
        return sorted(self.fresh)
    def named(self, items):
        """A changed run gives pylint files, and pylint then names a package's __init__.py 'pkg.__init__'
        where a full run, given directories, names it 'pkg' (in messages, in the import graph): in a changed
        run every pass takes the full run's names (the index's, else without '.__init__')."""
        if not self.changed:
            return items
        names = {e['path']: e['module'] for e in self.old['modules']} if self.old else {}
        def full_name(i):
            p = rel(i.filepath)
            if p in names:
                return names[p]
            if os.path.basename(p) == '__init__.py' and i.name.endswith('.__init__'):
                return i.name[:-len('.__init__')]
            return i.name
        return [i._replace(name=full_name(i)) for i in items]
    def record(self, items):
        """Notes the files of the cross pass, in pylint's order."""
        self.items = [(i.name, rel(i.filepath)) for i in items]
    def fresh_modules(self):
        return {n for n, p in self.items if p in self.fresh}
    def old_entries(self):
        """The index's modules still valid in this run: not fresh, the file still there, content unchanged."""
        return [e for e in self.old['modules'] if e['path'] not in self.fresh and os.path.isfile(e['path'])]
    def merged(self, own):
        """(entry or None, path) in the index's order, this run's modules in place of theirs, new ones
        last."""
        out, seen = [], set()
        for e in self.old['modules']:
            p = e['path']
            if p in self.fresh:
                if p in own and p not in seen:
                    out.append((None, p))
                    seen.add(p)
            elif os.path.isfile(p):
                out.append((e, p))
        out += [(None, p) for _, p in self.items if p in own and p not in seen]
        return out
    def sim_close(self, checker, close):
        sim_mod = self.mods['similar']
        self.linesets = {self.paths.get(id(ls)): ls for ls in checker.linesets}
        if self.mode == 'read':
            fresh_ids = {id(ls) for ls in checker.linesets}
            merged = []
            for e, p in self.merged(self.linesets):
                if e is None:
                    merged.append(self.linesets[p])
                elif e['lines'] is not None:
                    merged.append(stored_lineset(sim_mod, e))
                    self.from_index += 1
            checker.linesets = merged
            checker._iter_sims = lambda: fresh_sims(sim_mod, checker, fresh_ids)
        close(checker)
    def imp_close(self, checker, close):
        filtered = checker._import_graph_without_ignored_edges()
        for mod, out in checker.import_graph.items():
            keep = list(filtered.get(mod, ()))
            excluded = list(checker._excluded_edges.get(mod, ()))
            self.edges[mod] = (keep + [t for t in out if t not in keep], excluded)
        if self.mode != 'read':
            return close(checker)
        if not checker.linter.is_message_enabled('cyclic-import'):
            return None
        graph = {}
        own = {p for _, p in self.items}
        names = dict((p, n) for n, p in self.items)
        for e, p in self.merged(own):
            mod = names[p] if e is None else e['module']
            out, excluded = self.edges.get(mod, ([], [])) if e is None else (e['imports'], e['excluded'])
            if out:
                targets = graph.setdefault(mod, [])
                targets += [t for t in out if t not in excluded and t not in targets]
        fresh = self.fresh_modules()
        for cycle in self.mods['graph'].get_cycles(graph, vertices=reaching(graph, fresh)):
            checker.add_message('cyclic-import', args=' -> '.join(cycle))
        return None
    def entries(self):
        """This run's modules as index entries, in pylint's visit order."""
        out = []
        for name, p in self.items:
            if not safe_rel(p):
                note('%s is outside the working directory: not in the index' % p)
                continue
            ls = getattr(self, 'linesets', {}).get(p)
            digest = sha256(p)
            if digest is None:
                continue
            out_edges, excluded = self.edges.get(name, ([], []))
            out.append({'path': p, 'sha256': digest, 'module': name,
                        'encoding': self.encodings.get(p, 'utf-8'),
                        'nlines': len(ls) if ls is not None else 0,
                        'lines': None if ls is None else [[s.line_number, s.text] for s in ls.stripped_lines],
                        'imports': out_edges, 'excluded': excluded})
        return out
    def unvisited(self, mods):
        """The project's files (the stack's list) that pylint's own walk did not visit: a directory without
        __init__.py inside a package. A changed run does not take them for files changed since the index."""
        listed = self.opts.get('projectFiles')
        if not listed:
            return []
        try:
            with open(listed, encoding='utf-8') as f:
                files = json.load(f)
        except (OSError, ValueError):
            return []
        seen = {e['path'] for e in mods}
        norm = lambda p: os.path.normpath(p).replace(os.sep, '/')
        return sorted({norm(p) for p in files if isinstance(p, str)} - seen)
    def finish(self, messages):
        """Keeps the messages that involve a fresh module (a changed run), writes the index when asked."""
        if self.changed:
            fresh = self.fresh_modules()
            messages = [m for m in messages if involves(m, fresh)]
        if self.mode == 'read':
            note('%d modules from the index, %d parsed' % (self.from_index, len(self.items)))
        if self.opts.get('write') and self.mode != 'plain':
            mods = self.entries()
            if self.mode == 'read':
                own = {e['path']: e for e in mods}
                mods = [own[p] if e is None else e for e, p in self.merged(own)]
            package_path = self.mods['lint'].discover_package_path
            roots = {rel(package_path(p, self.source_roots)) for _, p in self.items}
            if self.mode == 'read':
                roots.update(self.old['packagePaths'])
            data = dict(self.expected, modules=mods, packagePaths=sorted(roots),
                        unvisited=self.unvisited(mods))
            tmp = self.opts['path'] + '.%d.tmp' % os.getpid()
            with open(tmp, 'w', encoding='utf-8') as f:
                json.dump(data, f, separators=(',', ':'))
            os.replace(tmp, self.opts['path'])
        return messages, {'mode': self.mode, 'parsed': len(self.items), 'fromIndex': self.from_index}
def involves(m, fresh):
    """Whether a duplicate-code or cyclic-import message names one of the fresh modules."""
    text = m.get('message', '')
    if m.get('symbol') == 'cyclic-import':
        inner = text[text.find('(') + 1:text.rfind(')')]
        return any(n in fresh for n in inner.split(' -> '))
    for line in text.split('\n'):
        if line.startswith('==') and line.endswith(']') and ':[' in line:
            if line[2:line.rfind(':[')] in fresh:
                return True
    return False
def reaching(graph, targets):
    """The vertices, in the graph's order, from which one of targets can be reached: only a search from
    one of them can find a cycle through a target."""
    back = defaultdict(list)
    for v, out in graph.items():
        for t in out:
            back[t].append(v)
    seen, todo = set(targets), list(targets)
    while todo:
        for v in back[todo.pop()]:
            if v not in seen:
                seen.add(v)
                todo.append(v)
    return [v for v in graph if v in seen]
def stored_lineset(sim_mod, e):
    """A LineSet from the index: its stripped lines; the real ones (only shown in messages) read on demand."""
    cls = stored_class(sim_mod)
    ls = cls.__new__(cls)
    ls.name = e['module']
    ls._stripped_lines = [sim_mod.LineSpecifs(n, t) for n, t in e['lines']]
    ls._ix = (e['path'], e['encoding'], e['nlines'])
    return ls
_stored = {}
def stored_class(sim_mod):
    if 'cls' not in _stored:
        class StoredLineSet(sim_mod.LineSet):
            def __len__(self):
                return self._ix[2]
            @property
            def _real_lines(self):
                path, encoding, _ = self._ix
                from pylint.utils import decoding_stream
                try:
                    codecs.lookup(encoding)
                    with open(path, 'rb') as f:
                        return decoding_stream(f, encoding).readlines()
                except (OSError, LookupError, UnicodeDecodeError):
                    return []
            @property
            def real_lines(self):
                return self._real_lines
        _stored['cls'] = StoredLineSet
    return _stored['cls']
def fresh_sims(sim_mod, checker, fresh_ids):
    """pylint's _iter_sims over the pairs it would compare, restricted to the linesets that share a
    duplicate, directly or through others, with a fresh one: pylint keeps the first pair that holds a
    given block, so a fresh pair's fate depends on the earlier pairs that hold the same block; the pairs
    outside that group cannot share a block with it."""
    sets = checker.linesets
    mn = checker.namespace.min_similarity_lines
    hashes = [sim_mod.hash_lineset(ls, mn) for ls in sets]
    by_hash = defaultdict(set)
    for i, h in enumerate(hashes):
        for k in h[0]:
            by_hash[k].add(i)
    four = len(inspect.signature(checker._find_common).parameters) == 4
    pairs = {}
    group = [i for i, ls in enumerate(sets) if id(ls) in fresh_ids]
    known = set(group)
    while group:
        i = group.pop()
        near = set()
        for k in hashes[i][0]:
            near |= by_hash[k]
        for j in near - {i}:
            a, b = min(i, j), max(i, j)
            if (a, b) in pairs:
                continue
            found = list(checker._find_common(sets[a], sets[b], hashes[a], hashes[b]) if four
                         else checker._find_common(sets[a], sets[b]))
            pairs[a, b] = found
            if found and j not in known:
                known.add(j)
                group.append(j)
    for key in sorted(pairs):
        yield from pairs[key]
def install_index(opts):
    """Hooks for part 0's cross pass (see pylint-index.ts)."""
    mods, _ = index_modules()
    ix = Index(opts, mods)
    state['index'] = ix
    check = PyLinter.check
    def checked(self, files_or_modules):
        if not state['cross']:
            return check(self, files_or_modules)
        ix.source_roots = getattr(self.config, 'source_roots', ())
        targets = ix.targets(self, list(files_or_modules))
        if ix.mode != 'read':
            return check(self, targets)
        extra = [os.path.abspath(p) for p in ix.old['packagePaths']]
        with mods['lint'].augmented_sys_path(extra):
            return check(self, targets)
    PyLinter.check = checked
    if mods is None or missing_internal(mods):
        return
    sim_cls, imp_cls = similarities_class(mods['similar']), mods['imports'].ImportsChecker
    process, sim_close, imp_close = sim_cls.process_module, sim_cls.close, imp_cls.close
    def processed(self, node):
        before = len(self.linesets)
        process(self, node)
        if state['cross'] and ix.mode != 'plain' and len(self.linesets) > before:
            p = rel(node.file)
            ix.paths[id(self.linesets[-1])] = p
            ix.encodings[p] = node.file_encoding or 'utf-8'
    sim_cls.process_module = processed
    hooked = lambda: state['cross'] and ix.mode != 'plain'
    sim_cls.close = lambda self: ix.sim_close(self, sim_close) if hooked() else sim_close(self)
    imp_cls.close = lambda self: ix.imp_close(self, imp_close) if hooked() else imp_close(self)
`;
