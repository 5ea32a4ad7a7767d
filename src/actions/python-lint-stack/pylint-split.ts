import { PYLINT_BOOT, type ToolInvocation } from './argv.js';
import { OutputError } from './parse-json.js';
import { IMPORTERS_SOURCE } from './pylint-importers.js';
import { INDEX_SOURCE, type PylintIndexOptions } from './pylint-index.js';

/**
 * pylint on every core with the findings of one process. pylint's own `--jobs` changes what it reports: on
 * rich 15.0 it finds a different set of duplicate-code (R0801) and cyclic-import (R0401) messages (its
 * workers hand their files' lines and import edges back in another order, and both checks depend on that
 * order), and with Python's forkserver start method (the default from Python 3.14) its workers do not see
 * what an init-hook put on sys.path. So the work is split into parts, each a pylint run of its own
 * (`--jobs=1`):
 * - every part discovers the files exactly as pylint does (its own walk, ignore settings and module
 *   names), then keeps the files it owns: the largest first, each to the part with the least work so far;
 * - every part runs with duplicate-code and cyclic-import disabled;
 * - part 0 first runs those two checks alone over every file, in pylint's order, as one process would
 *   (and only those the configuration enables). That pass builds every module's tree.
 * Where the OS can fork (not Windows), the parts are forks of the one process, made right after that pass:
 * each starts with every tree already built (astroid's cache, shared copy-on-write), so the split costs
 * almost no CPU over one process (rich: 13.6 CPU s against 20.7 for separate processes and 14.1 for one
 * process). On Windows the parts are separate processes started together, and part 0 starts with a
 * share of the work, CROSS_SHARE, for the pass.
 * The parts' messages together are the serial run's (checked on rich and on a project with duplicates and
 * an import cycle); only their order differs.
 */

/** The two checks that depend on every file at once. */
export const CROSS_MESSAGES = ['duplicate-code', 'cyclic-import'] as const;

/**
 * The part of the work that part 0's duplicate-code and cyclic-import pass counts for, in file bytes: about
 * a quarter of the checking on rich (the pass parses every file, but part 0's own checking then reuses
 * those trees).
 */
export const CROSS_SHARE = 0.25;

/** What one part does; the boot reads it from its first argument. */
export interface PartSpec {
  part: number;
  parts: number;
  /** Whether this part also runs the duplicate-code and cyclic-import pass over every file. */
  cross: boolean;
  crossShare: number;
  /** Part 0 forks the other parts after its pass (PartSpec.part is then 0, the only process started). */
  fork?: boolean;
  /** Part 0 only: the cross pass writes or reads the index (pylint-index.ts). */
  index?: PartIndex;
  /** A changed run: the importer data file (pylint-importers.ts); the importers that use nothing touched are
   * not checked. Every part decides alike; part 0 reports it. */
  importers?: string;
}

/** What the cross pass does with the index; allTargets: every project file, for a changed run without one. */
export type PartIndex = PylintIndexOptions & { fingerprint: string; allTargets?: string[] };

const PART_SOURCE = `import gc, io, json, os, sys, traceback
from contextlib import redirect_stdout
gc.set_threshold(100_000, 50, 1_000)
spec, args = json.loads(sys.argv[1]), sys.argv[2:]
sys.argv = ['pylint']
${IMPORTERS_SOURCE}
importers = start_importer_report(spec['importers']) if spec.get('importers') else None
from pylint.lint import PyLinter, Run
CROSS = (${CROSS_MESSAGES.map((m) => `'${m}'`).join(', ')})
state = {'cross': False, 'skip': set()}
class NothingToCheck(Exception):
    pass
def owned(items):
    sizes = [os.path.getsize(i.filepath) for i in items]
    load = [0.0] * spec['parts']
    load[0] = spec['crossShare'] * sum(sizes)
    mine = set()
    for n in sorted(range(len(items)), key=lambda n: -sizes[n]):
        k = load.index(min(load))
        load[k] += sizes[n]
        if k == spec['part']:
            mine.add(n)
    return [i for n, i in enumerate(items) if n in mine]
discover = PyLinter._iterate_file_descrs
def files(self, *a, **kw):
    items = list(discover(self, *a, **kw))
    if state['skip'] and not state['cross']:
        items = [i for i in items if rel(i.filepath) not in state['skip']]
    if 'index' in state:
        items = state['index'].named(items)
        if state['cross']:
            state['index'].record(items)
    return iter(items if state['cross'] else owned(items))
PyLinter._iterate_file_descrs = files
configure = PyLinter.load_plugin_configuration
def restrict(self):
    configure(self)
    if state['cross']:
        keep = [m for m in CROSS if self.is_message_enabled(m)]
        if not keep:
            raise NothingToCheck
        self.disable('all')
        for m in keep:
            self.enable(m)
PyLinter.load_plugin_configuration = restrict
def run(cross, extra):
    state['cross'] = cross
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            Run([*args, '--jobs=1', *extra], exit=False)
    except NothingToCheck:
        return []
    return [m for m in json.loads(out.getvalue())['messages'] if (m['symbol'] in CROSS) == cross]
def main_pass():
    return run(False, ['--disable=' + ','.join(CROSS)])
def fork_parts():
    sys.stdout.flush()
    sys.stderr.flush()
    gc.collect()
    gc.freeze()
    kids = []
    for k in range(1, spec['parts']):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            code = 0
            try:
                spec['part'] = k
                with os.fdopen(w, 'w') as out:
                    json.dump(main_pass(), out)
            except BaseException:
                traceback.print_exc()
                code = 70
            sys.stderr.flush()
            os._exit(code)
        os.close(w)
        kids.append((k, pid, r))
    return kids
def join(kids):
    found = []
    for k, pid, r in kids:
        with os.fdopen(r) as inp:
            data = inp.read()
        status = os.waitpid(pid, 0)[1]
        if status != 0 or not data:
            sys.stderr.write(f"pylint part {k + 1} of {spec['parts']} failed (wait status {status})\\n")
            sys.exit(3)
        found += json.loads(data)
    return found
${INDEX_SOURCE}
if importers:
    state['importers'] = finish_importer_report(importers)
    state['skip'] = {rel(p) for p in state['importers']['skipped']}
    if spec.get('index') and spec['index'].get('fresh') is not None:
        spec['index']['fresh'] = [p for p in spec['index']['fresh'] if rel(p) not in state['skip']]
if spec.get('index'):
    install_index(spec['index'])
messages = run(True, []) if spec['cross'] else []
report = None
if 'index' in state:
    messages, report = state['index'].finish(messages)
kids = fork_parts() if spec.get('fork') else []
messages += main_pass()
messages += join(kids)
out = {'messages': messages}
if report:
    out['index'] = report
if spec['part'] == 0 and 'importers' in state:
    out['importers'] = state['importers']
json.dump(out, sys.stdout)
# Python's own teardown would free every tree one by one: nothing is left to do but flush.
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
`;

/**
 * One part (PartSpec as JSON in argv[1], pylint's arguments after it), printing one json2 object with the
 * messages of its passes. Hooks on two PyLinter methods that pylint 3.0 to 4.1 all have (json2 needs 3.0):
 * `_iterate_file_descrs` (the files pylint discovered, filtered to this part's) and
 * `load_plugin_configuration` (called once the configuration and command line are read: the pass keeps
 * duplicate-code and cyclic-import as the configuration has them and disables everything else).
 * On one line (a JSON string is a Python string literal), so that each part's command is one line of the
 * summary's "commands that ran".
 */
export const PYLINT_PART_BOOT = `exec(${JSON.stringify(PART_SOURCE)})`;

/** How many parts: one a CPU, never more than there are files; one part is pylint's usual single run. */
export function partCount(cpus: number, files: number): number {
  return Math.max(1, Math.min(Math.floor(cpus), files));
}

/** Whether the parts can be forks of one process (os.fork: not on Windows). */
export const CAN_FORK = process.platform !== 'win32';

/**
 * The invocations of the parts, from the single-process one (`python -c PYLINT_BOOT <pylint args>`): the
 * same pylint arguments and environment, behind PYLINT_PART_BOOT and the part's spec. With `fork`, one
 * invocation that forks the others. With `index`, part 0's cross pass writes or reads the duplicate-code /
 * cyclic-import index (pylint-index.ts); a changed run may have a single part, whose cross pass still
 * comes first. Part 0 then also prints `"index": {"mode", "parsed", "fromIndex"}` beside the messages
 * (mergePylintOutputs ignores it).
 */
export function pylintParts(
  single: ToolInvocation,
  parts: number,
  index?: PartIndex,
  fork = CAN_FORK,
  importers?: string,
): ToolInvocation[] {
  const [flag, boot, ...pylintArgs] = single.args;
  if (flag !== '-c' || boot !== PYLINT_BOOT) throw new Error('pylintParts: not a pylint invocation');
  const specs: PartSpec[] = fork
    ? [{ part: 0, parts, cross: true, crossShare: 0, fork: true }]
    : Array.from({ length: parts }, (_, part) => ({
        part,
        parts,
        cross: part === 0,
        crossShare: CROSS_SHARE,
      }));
  if (index) (specs[0] as PartSpec).index = index;
  if (importers) for (const s of specs) s.importers = importers;
  return specs.map((spec) => ({
    ...single,
    args: ['-c', PYLINT_PART_BOOT, JSON.stringify(spec), ...pylintArgs],
  }));
}

/** The parts' outputs as one json2 object (the messages of all of them), for parsePylint. */
export function mergePylintOutputs(
  stdouts: readonly string[],
  /** Gets part 0's whole output (its index and importer reports beside the messages). */
  onPart0?: (data: unknown) => void,
): string {
  const messages: unknown[] = [];
  stdouts.forEach((stdout, n) => {
    let data: unknown;
    try {
      data = JSON.parse(stdout);
    } catch (err) {
      throw new OutputError(
        'pylint',
        `part ${n + 1} of ${stdouts.length}: not JSON (${(err as Error).message})`,
      );
    }
    const list = (data as { messages?: unknown } | null)?.messages;
    if (!Array.isArray(list)) {
      throw new OutputError('pylint', `part ${n + 1} of ${stdouts.length}: no "messages" array`);
    }
    messages.push(...list);
    if (n === 0) onPart0?.(data);
  });
  return JSON.stringify({ messages });
}
