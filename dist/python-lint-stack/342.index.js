export const id = 342;
export const ids = [342];
export const modules = {

/***/ 9342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  failsOn: () => (/* binding */ failsOn),
  publishLint: () => (/* binding */ publishLint),
  scopeMeta: () => (/* binding */ scopeMeta),
  scopeSection: () => (/* binding */ scopeSection),
  toolRows: () => (/* binding */ toolRows)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/findings/baseline.ts
var findings_baseline = __webpack_require__(6635);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/findings/fingerprint.ts




/**
 * Repository files read on demand, each at most once however many findings point into it.
 * Paths are repository-relative; a path that escapes the root is treated as unreadable.
 */
class SourceFiles {
    root;
    readText;
    cache = new Map();
    constructor(root, readText = (p) => external_node_fs_.readFileSync(p, 'utf8')) {
        this.root = root;
        this.readText = readText;
    }
    lines(file) {
        if (this.cache.has(file))
            return this.cache.get(file);
        let lines;
        const abs = external_node_path_.resolve(this.root, file);
        const rel = external_node_path_.relative(this.root, abs);
        if (rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel)) {
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
    return `message:${(0,finding/* normaliseMessage */.IL)(f.message)}`;
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
            const digest = (0,external_node_crypto_.createHash)('sha256').update(`${RECIPE}\n${group}\n${occurrence}`).digest('hex');
            const target = out[k.index];
            if (target)
                target.fingerprint = digest;
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/inputs.ts + 8 modules
var inputs = __webpack_require__(5101);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/command.ts
var command = __webpack_require__(3764);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/dedupe.ts

/**
 * When two tools report the same problem. ruff and flake8 share pyflakes' and pycodestyle's codes, ruff's
 * `PLx1234` rules are pylint's `x1234`; the rest is this table of one problem under each tool's name.
 */
const SAME_PROBLEM = {
    'pylint:W0611': 'F401',
    'autoflake:unused-import': 'F401',
    'pylint:W0612': 'F841',
    'autoflake:unused-variable': 'F841',
    'pylint:W0109': 'F601',
    'autoflake:duplicate-key': 'F601',
    'pylint:E0602': 'F821',
    'mypy:name-defined': 'F821',
    'pylint:W0401': 'F403',
    'pylint:W1309': 'F541',
    'pylint:E0001': 'E999',
    'ruff:invalid-syntax': 'E999',
    'pylint:C0301': 'E501',
    'pylint:C0303': 'W291',
    'pylint:C0304': 'W292',
    'pylint:C0305': 'W391',
    'pylint:W0702': 'E722',
    'pylint:C0321': 'E701',
    'pylint:C0121': 'E711',
    'pylint:W0404': 'F811',
    'pylint:W0107': 'PIE790',
    'autoflake:useless-pass': 'PIE790',
    'isort:unsorted-imports': 'I001',
    'ruff-format:format': 'format',
    // pycodestyle's W293 (whitespace on a blank line) is pylint's trailing-whitespace too.
    'flake8:W293': 'W291',
    'ruff:W293': 'W291',
};
/** The tool-independent name of a finding's problem. */
function problemId(f) {
    const mapped = SAME_PROBLEM[`${f.tool}:${f.rule}`];
    if (mapped)
        return mapped;
    if (f.tool === 'ruff' || f.tool === 'flake8') {
        const pl = /^PL([CERW]\d{4})$/.exec(f.rule);
        if (pl)
            return `pylint:${pl[1]}`;
        return f.rule;
    }
    return `${f.tool}:${f.rule}`;
}
/**
 * The merge key of each finding: file, line, problem and its occurrence among that tool's findings of the
 * same problem on that line (ordered by column), so the second unused import of a line merges with the
 * other tool's second one, never with its first. Columns are left out: tools disagree on them (flake8
 * puts F401 at the statement, ruff at the name). Findings without a file or line never merge.
 */
function mergeKeys(findings) {
    const keys = new Map();
    const groups = new Map();
    for (const f of findings) {
        if (!f.file || !f.line) {
            keys.set(f, undefined);
            continue;
        }
        const base = JSON.stringify([f.file, f.line, problemId(f)]);
        const group = `${f.tool}\0${base}`;
        const list = groups.get(group) ?? [];
        list.push(f);
        groups.set(group, list);
        keys.set(f, base);
    }
    for (const list of groups.values()) {
        list.sort((a, b) => (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : 1));
        for (const [n, f] of list.entries())
            keys.set(f, `${keys.get(f)}#${n}`);
    }
    return keys;
}
/**
 * Joins a group of findings that spans several lines (pylint's W0611 over a whole `from x import (...)`,
 * autoflake's rewritten block) with another tool's group of the same problem on one of its later lines
 * (ruff's F401 at each name, autoflake's removed name line): one problem, one finding. One to one and in
 * order: the n-th spanning group at a line takes the first group left in its span that shares no tool.
 */
function joinSpans(findings, keys) {
    const byKey = new Map();
    for (const f of findings) {
        const k = keys.get(f);
        if (k === undefined)
            continue;
        const list = byKey.get(k) ?? [];
        list.push(f);
        byKey.set(k, list);
    }
    const groups = [...byKey.entries()].map(([key, members]) => {
        const first = members[0];
        return {
            key,
            members,
            file: first.file,
            line: first.line,
            column: Math.min(...members.map((m) => m.column ?? 0)),
            end: Math.max(...members.map((m) => Math.max(m.endLine ?? 0, m.line))),
            problem: problemId(first),
            tools: new Set(members.map((m) => m.tool)),
        };
    });
    // Candidates by file and problem: a large project has thousands of groups.
    const byProblem = new Map();
    for (const g of groups) {
        const k = JSON.stringify([g.file, g.problem]);
        const list = byProblem.get(k) ?? [];
        list.push(g);
        byProblem.set(k, list);
    }
    // In line order, and at one line in mergeKeys' occurrence order (the `#n` at the end of the key).
    const nth = (key) => Number(key.slice(key.lastIndexOf('#') + 1));
    const spanning = groups
        .filter((g) => g.end > g.line)
        .sort((a, b) => a.line - b.line || nth(a.key) - nth(b.key));
    const taken = new Set();
    for (const g of spanning) {
        const match = (byProblem.get(JSON.stringify([g.file, g.problem])) ?? [])
            .filter((c) => c.end === c.line &&
            !taken.has(c.key) &&
            c.line > g.line &&
            c.line <= g.end &&
            ![...c.tools].some((t) => g.tools.has(t)))
            .sort((a, b) => a.line - b.line || a.column - b.column)[0];
        if (!match)
            continue;
        taken.add(match.key);
        for (const m of match.members)
            keys.set(m, g.key);
    }
}
/**
 * One finding per problem: cross-tool duplicates folded into the first tool's finding (in `order`, most
 * precise first), which names the others in `alsoReportedBy`.
 */
function mergeAcrossTools(findings, order) {
    // One tool never duplicates itself (its n-th finding of a problem on a line is only ever its own).
    if (new Set(findings.map((f) => f.tool)).size < 2)
        return [...findings];
    const rank = (t) => {
        const i = order.indexOf(t);
        return i < 0 ? order.length : i;
    };
    const ordered = [...findings].sort((a, b) => rank(a.tool) - rank(b.tool));
    const keys = mergeKeys(ordered);
    joinSpans(ordered, keys);
    return (0,finding/* mergeDuplicates */.$D)(ordered, (f) => keys.get(f));
}
/** Which tool's wording and location to keep when several report one problem. */
const MERGE_ORDER = [
    'ruff',
    'flake8',
    'pylint',
    'mypy',
    'autoflake',
    'isort',
    'autopep8',
    'ruff-format',
];

// EXTERNAL MODULE: ./src/actions/python-lint-stack/lint-cache.ts + 1 modules
var lint_cache = __webpack_require__(9826);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/scope.ts + 1 modules
var scope = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/shared-config.ts
var shared_config = __webpack_require__(7163);
// EXTERNAL MODULE: ./src/core/exec.ts + 3 modules
var exec = __webpack_require__(6395);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/inputs.ts
var python_lint_stack_inputs = __webpack_require__(120);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/pylint-split.ts
var pylint_split = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/actions/python-lint-stack/tools.ts
var python_lint_stack_tools = __webpack_require__(3310);
;// CONCATENATED MODULE: ./src/actions/python-lint-stack/summary.ts









const FROM = {
    'tool-versions': 'tool-versions',
    'uv.lock': 'uv.lock',
    pin: 'pinned',
};
function toolsSection(rows) {
    const body = rows.map((r) => [
        (0,markdown/* escapeCell */.kq)(r.tool),
        `${(0,markdown/* code */.aY)(r.version)} (${FROM[r.versionFrom]})`,
        r.crash ? '—' : String(r.findings),
        (0,markdown/* formatDuration */.a3)(r.durationMs),
        r.crash ? `❌ crashed (exit code ${r.exitCode ?? 'none'})` : r.findings === 0 ? '✅ clean' : '⚠️ findings',
    ]);
    const where = rows
        .filter((r) => r.environment)
        .map((r) => (0,markdown/* escapeInline */.VV)(`${r.tool} ran in ${r.environment}.`));
    return {
        title: 'Tools',
        markdown: [(0,markdown/* table */.tp)(['Tool', 'Version', 'Findings', 'Time', 'Result'], body), ...where].join('\n\n'),
    };
}
/**
 * The changes the diff tools propose (autoflake, isort, autopep8, ruff format), each hunk once with every
 * finding it fixes and the tools and rule ids of each: a merged finding's diff is shown, not only kept.
 */
function diffsSection(findings, limit = 5) {
    const byDiff = new Map();
    for (const f of findings) {
        const diffs = new Set();
        if (typeof f.data?.diff === 'string')
            diffs.add(f.data.diff);
        for (const r of f.reports ?? [])
            if (typeof r.data?.diff === 'string')
                diffs.add(r.data.diff);
        for (const d of diffs)
            byDiff.set(d, [...(byDiff.get(d) ?? []), f]);
    }
    if (byDiff.size === 0)
        return undefined;
    const blocks = [...byDiff.entries()].slice(0, limit).map(([diff, fixes]) => {
        const items = fixes.map((f) => `- ${(0,markdown/* code */.aY)(`${f.file ?? ''}:${f.line ?? ''}`)} ${(0,markdown/* code */.aY)(f.rule)} (${(0,markdown/* escapeInline */.VV)((0,finding/* reportedBy */.Jb)(f))})`);
        return `${items.join('\n')}\n\n${(0,markdown/* fenced */.OF)(diff, 'diff')}`;
    });
    const more = byDiff.size > limit ? `\n\n${byDiff.size - limit} more in the JSON report and SARIF.` : '';
    return {
        title: `Proposed changes (${byDiff.size})`,
        markdown: blocks.join('\n\n') + more,
        collapsed: true,
    };
}
/** The problems reported most often (after merging), with the tools that report them. */
function topRulesSection(findings, limit = 10) {
    if (findings.length === 0)
        return undefined;
    const byRule = new Map();
    for (const f of findings) {
        // By problem, so F401 kept from ruff in one place and from flake8 in another is one row.
        const key = problemId(f);
        const entry = byRule.get(key) ?? { f, count: 0, tools: new Set() };
        entry.count += 1;
        for (const t of [f.tool, ...(f.alsoReportedBy ?? [])])
            entry.tools.add(t);
        byRule.set(key, entry);
    }
    const top = [...byRule.values()]
        .sort((a, b) => b.count - a.count || (a.f.rule < b.f.rule ? -1 : 1))
        .slice(0, limit);
    const rows = top.map(({ f, count, tools }) => {
        const symbol = typeof f.data?.symbol === 'string' ? ` ${f.data.symbol}` : '';
        const rule = (0,markdown/* code */.aY)(`${f.rule}${symbol}`);
        return [
            (0,markdown/* link */.nf)(rule, f.helpUri),
            (0,markdown/* escapeCell */.kq)([...tools].join(', ')),
            String(count),
            (0,markdown/* escapeCell */.kq)(f.message.slice(0, 120)),
        ];
    });
    return { title: 'Most frequent rules', markdown: (0,markdown/* table */.tp)(['Rule', 'Tools', 'Count', 'Example'], rows) };
}
/** The `pyprod lint` flags that repeat this run's non-default inputs. */
function cliFlags(i, workspace) {
    const flags = [];
    const wd = external_node_path_.relative(workspace, i.workingDirectory) || '.';
    if (wd !== '.')
        flags.push('--working-directory', wd);
    const tools = i.fast ? ['fast', ...i.tools.filter((t) => t !== 'ruff')] : i.tools;
    if (tools.join(',') !== python_lint_stack_tools/* DEFAULT_TOOLS */.G1.join(','))
        flags.push('--tools', tools.join(','));
    if (i.paths.join(' ') !== python_lint_stack_inputs/* DEFAULTS */.zY.paths)
        flags.push('--paths', i.paths.join(','));
    if (i.maxLineLength !== python_lint_stack_inputs/* DEFAULTS */.zY.maxLineLength)
        flags.push('--max-line-length', String(i.maxLineLength));
    if (i.maxComplexity !== python_lint_stack_inputs/* DEFAULTS */.zY.maxComplexity)
        flags.push('--max-complexity', String(i.maxComplexity));
    const versions = Object.entries(i.toolVersions).map(([p, v]) => `${p}==${v}`);
    if (versions.length > 0)
        flags.push('--tool-versions', versions.join(','));
    return flags;
}
/** How to get the same report, or the fixes, on a developer's machine, and the exact commands that ran. */
/**
 * pylint's part boot (pylint-split.ts, with the index code: about 20 KB) would push every other command out of
 * the summary's size budget, so it is shown by name here; the JSON report's `command` keeps it whole.
 */
const PART_BOOT_ARG = (0,exec/* quote */.hD)(pylint_split/* PYLINT_PART_BOOT */.qh);
const shortCommand = (c) => c.replace(PART_BOOT_ARG, `'<the pylint parts boot (${pylint_split/* PYLINT_PART_BOOT */.qh.length} bytes): see the JSON report>'`);
function reproduceSection(i, workspace, rows) {
    const flags = cliFlags(i, workspace).map((f) => (/^[\w@%+=:,./-]+$/.test(f) ? f : `'${f}'`));
    const lint = ['pyprod', 'lint', ...flags].join(' ');
    const block = [
        '```sh',
        `${lint}         # the same checks, the same report`,
        `${lint} --fix   # autoflake, autopep8, ruff --fix and isort rewrite the files in place`,
        '```',
    ].join('\n');
    // pylint split into parts ran one command a part, a line each.
    const commands = rows
        .flatMap((r) => r.command.split('\n').map((c) => `${r.tool}: ${shortCommand(c)}`))
        .join('\n');
    const cwd = external_node_path_.relative(workspace, i.workingDirectory) || '.';
    const raw = (0,markdown/* details */.zH)(`The commands that ran (in ${cwd})`, (0,markdown/* fenced */.OF)(commands, 'text'));
    return { title: 'Reproduce or fix locally', markdown: `${block}\n\n${raw}` };
}
function crashSection(rows) {
    const crashed = rows.filter((r) => r.crash);
    if (crashed.length === 0)
        return undefined;
    const blocks = crashed.map((r) => `**${(0,markdown/* escapeInline */.VV)(r.tool)}**\n\n${(0,markdown/* fenced */.OF)(r.crash ?? '', 'text')}`);
    return {
        title: 'Tools that crashed (their findings are unknown, not clean)',
        markdown: blocks.join('\n\n'),
    };
}
/**
 * The settings carried from one tool's configuration (or the `.gitignore`) to the other tools, each with
 * where it came from; undefined when nothing was carried.
 */
function sharedConfigSection(carried) {
    if (carried.length === 0)
        return undefined;
    // One line per setting, naming every tool it reaches.
    const bySetting = new Map();
    for (const c of carried) {
        const key = JSON.stringify([c.setting, c.value, c.from]);
        const entry = bySetting.get(key) ?? { c, tools: [] };
        entry.tools.push(c.tool);
        bySetting.set(key, entry);
    }
    const lines = [...bySetting.values()].map(({ c, tools }) => `- ${(0,markdown/* escapeInline */.VV)((0,shared_config/* describeCarried */.O7)({ ...c, tool: tools.join(', ') }))}`);
    return {
        title: "The project's configuration, shared across the stack",
        markdown: [
            "A tool's own setting always wins; these reach the tools that have none:",
            lines.join('\n'),
        ].join('\n\n'),
    };
}

;// CONCATENATED MODULE: ./src/actions/python-lint-stack/lint-report.ts













/**
 * From the tools' results to the published report, the outputs and the step's verdict. Loaded while the
 * tools run (it is most of the action's code), so that the first tool starts as early as possible.
 */
const ACTION = 'python-lint-stack';
function failsOn(failOn, f) {
    if (failOn === 'never')
        return false;
    return f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning');
}
function headlineOf(rows, findings, newCount, ms) {
    const crashed = rows.filter((r) => r.crash).map((r) => r.tool);
    const tools = `${(0,markdown/* plural */.LS)(rows.length, 'tool')} in ${(0,markdown/* formatDuration */.a3)(ms)}`;
    if (crashed.length > 0) {
        return `${crashed.join(', ')} crashed, so ${crashed.length === 1 ? 'its' : 'their'} findings are unknown (${tools})`;
    }
    if (findings.length === 0)
        return `no findings from ${tools}`;
    const c = (0,finding/* countBySeverity */.Ot)(findings);
    const parts = [(0,markdown/* plural */.LS)(c.error, 'error'), (0,markdown/* plural */.LS)(c.warning, 'warning')];
    if (c.note > 0)
        parts.push((0,markdown/* plural */.LS)(c.note, 'note'));
    const fresh = newCount === undefined ? '' : `, ${newCount} new`;
    return `${(0,markdown/* plural */.LS)(findings.length, 'finding')} (${parts.join(', ')}${fresh}) from ${tools}`;
}
function toolRows(order, plans, results) {
    return order.flatMap((tool) => {
        const plan = plans.find((p) => p.tool === tool);
        const r = results.find((x) => x.tool === tool);
        if (!plan || !r)
            return [];
        return [
            {
                tool,
                version: plan.version.version,
                versionFrom: plan.version.from,
                findings: r.findings.length,
                durationMs: r.durationMs,
                exitCode: r.exitCode,
                command: r.command,
                ...(r.crash ? { crash: r.crash } : {}),
                ...(plan.env ? { environment: (0,command/* describeEnvironment */.NE)(plan.env) } : {}),
            },
        ];
    });
}
/** The changed run's note, the files each tool linted and why, and the cache line, as one section. */
function scopeSection(run) {
    const lines = [];
    if (run.scopeNote)
        lines.push((0,markdown/* escapeInline */.VV)(run.scopeNote));
    const groups = run.scopeGroups ?? [];
    if (groups.length > 0)
        lines.push(groups.map((g) => `- ${(0,markdown/* escapeInline */.VV)((0,scope/* describeGroup */.N3)(g))}`).join('\n'));
    if (run.pylintIndex)
        lines.push((0,markdown/* escapeInline */.VV)((0,lint_cache/* describeIndexUse */.B7)(run.pylintIndex, run.scopeNote !== undefined)));
    if (run.cache)
        lines.push((0,markdown/* escapeInline */.VV)((0,lint_cache/* describeLintCache */.zj)(run.cache)));
    if (!run.scopeNote)
        return lines.length > 0 ? { title: 'Cache', markdown: lines.join('\n\n') } : undefined;
    return { title: 'Changed files only', markdown: lines.join('\n\n') };
}
/** The JSON report's `meta.scope` and `meta.cache`. */
function scopeMeta(run) {
    const c = run.cache;
    return {
        ...(run.scopeGroups
            ? {
                scope: run.scopeGroups.map((g) => ({
                    reason: g.reason,
                    text: scope/* REASON_TEXT */.$H[g.reason],
                    tools: g.tools,
                    files: g.files,
                    ...(g.note ? { note: g.note } : {}),
                })),
            }
            : {}),
        ...(run.pylintIndex ? { pylintIndex: run.pylintIndex } : {}),
        ...(c
            ? {
                cache: {
                    where: c.layout.where,
                    ...(c.key ? { key: c.key } : {}),
                    ...(c.restore
                        ? { hit: c.restore.hit, ...(c.restore.matchedKey ? { matchedKey: c.restore.matchedKey } : {}) }
                        : {}),
                    ...(c.save
                        ? { saved: c.save.saved, ...(c.save.skipped ? { skipped: c.save.skipped } : {}) }
                        : {}),
                    ...(c.unavailable ? { unavailable: c.unavailable } : {}),
                    text: (0,lint_cache/* describeLintCache */.zj)(c),
                },
            }
            : {}),
    };
}
/** Publishes the report and sets the outputs; throws (failing the step) on a crash or failing findings. */
async function publishLint(run, rt) {
    const i = run.inputs;
    const rows = toolRows(i.tools, run.plans, run.results);
    const raw = fingerprintFindings(run.results.flatMap((r) => r.findings), new SourceFiles(rt.workspace));
    const findings = (0,finding/* sortFindings */.Tc)(mergeAcrossTools(raw, MERGE_ORDER));
    const baseline = i.report.baseline
        ? await (0,findings_baseline/* loadBaseline */.oU)(external_node_path_.resolve(rt.workspace, i.report.baseline), { input: 'baseline', tool: ACTION })
        : undefined;
    const split = (0,findings_baseline/* splitByBaseline */.Je)(findings, baseline);
    const failing = split.new.filter((f) => failsOn(i.failOn, f));
    const crashed = rows.filter((r) => r.crash);
    const verdict = crashed.length > 0 || failing.length > 0 ? 'fail' : split.new.length > 0 ? 'warn' : 'pass';
    const sections = [];
    const scope = scopeSection(run);
    if (scope)
        sections.push(scope);
    const crashes = crashSection(rows);
    if (crashes)
        sections.push(crashes);
    sections.push(toolsSection(rows));
    // In the order of the tools input (the plans run slowest first).
    const carried = i.tools.flatMap((t) => run.plans.find((p) => p.tool === t)?.carried ?? []);
    const shared = sharedConfigSection(carried);
    if (shared)
        sections.push(shared);
    const top = topRulesSection(findings);
    if (top)
        sections.push(top);
    const diffs = diffsSection(findings);
    if (diffs)
        sections.push(diffs);
    sections.push(reproduceSection(i, rt.workspace, rows));
    const toolRuns = rows.map((r) => ({
        tool: r.tool,
        version: r.version,
        findings: r.findings,
        durationMs: r.durationMs,
        exitCode: r.exitCode,
        informationUri: python_lint_stack_tools/* TOOLS */.It[r.tool]?.home,
    }));
    const headline = run.empty
        ? 'no changed Python files to lint'
        : headlineOf(rows, findings, baseline ? split.new.length : undefined, run.wallMs);
    const report = {
        action: ACTION,
        title: 'Python lint',
        verdict,
        headline,
        findings,
        sections,
        toolRuns,
    };
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, i.report, {
        meta: { sharedConfig: carried.map((c) => ({ ...c, text: (0,shared_config/* describeCarried */.O7)(c) })), ...scopeMeta(run) },
    });
    const counts = (0,finding/* countBySeverity */.Ot)(findings);
    rt.setOutput('findings', counts.total);
    rt.setOutput('errors', counts.error);
    rt.setOutput('warnings', counts.warning);
    rt.setOutput('new-findings', published.newFindings.length);
    if (crashed.length > 0) {
        throw new Error(crashed.map((r) => `${r.tool} crashed: ${r.crash}`).join('\n\n'));
    }
    if (failing.length > 0) {
        const level = i.failOn === 'warning' ? 'errors or warnings' : 'errors';
        throw new Error(`Python lint: ${(0,markdown/* plural */.LS)(failing.length, 'new finding')} at fail-on level (${level}); see the summary, or run \`pyprod lint\` locally.`);
    }
}


/***/ })

};
