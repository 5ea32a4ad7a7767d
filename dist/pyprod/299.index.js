export const id = 299;
export const ids = [299,551];
export const modules = {

/***/ 3299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 1 modules
var _renovatebot_pep440 = __webpack_require__(2473);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
var specifier = __webpack_require__(7868);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/affected.ts


/**
 * Whether an OSV record affects one PyPI package at one version, and which versions fix it, as the OSV
 * schema defines it (https://ossf.github.io/osv-schema/#evaluation): a version is affected when the
 * record's `versions` list names it or one of its ECOSYSTEM ranges contains it, the events of a range
 * ordered by PEP 440. GIT and SEMVER ranges say nothing about PyPI versions and are not read.
 */
const ECOSYSTEM = 'PyPI';
/** PEP 440 order; undefined when either side is not a PEP 440 version (nothing can be said). */
function cmp(a, b) {
    if (!(0,_renovatebot_pep440/* valid */.rZ)(a) || !(0,_renovatebot_pep440/* valid */.rZ)(b))
        return undefined;
    return (0,_renovatebot_pep440/* compare */.UD)(a, b);
}
/** The record's `affected` entries for the package (name compared PEP 503 normalised). */
function affectedEntries(record, name) {
    const want = (0,python_names/* normalizePackageName */.N)(name);
    return (record.affected ?? []).filter((a) => a.package?.ecosystem === ECOSYSTEM &&
        typeof a.package.name === 'string' &&
        (0,python_names/* normalizePackageName */.N)(a.package.name) === want);
}
/** The version an event names, `introduced: "0"` included. */
const eventVersion = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
/**
 * The events ordered as the schema's evaluation needs them: `introduced: "0"` first, then by PEP 440.
 * Events whose version is not PEP 440 cannot be placed and are left out.
 */
function orderedEvents(events) {
    const zero = events.filter((e) => e.introduced === '0');
    const rest = events.filter((e) => e.introduced !== '0' && (0,_renovatebot_pep440/* valid */.rZ)(eventVersion(e) ?? '') !== null);
    rest.sort((a, b) => (0,_renovatebot_pep440/* compare */.UD)(eventVersion(a), eventVersion(b)));
    return [...zero, ...rest];
}
/** The schema's evaluation of one ECOSYSTEM range for one (PEP 440) version. */
function inRange(version, events) {
    // `limit` bounds the whole range: nothing at or above it is affected ("*" is no bound).
    for (const e of events) {
        if (e.limit !== undefined && e.limit !== '*' && (cmp(version, e.limit) ?? -1) >= 0)
            return false;
    }
    let affected = false;
    for (const e of orderedEvents(events)) {
        if (e.introduced !== undefined) {
            if (e.introduced === '0' || (0,_renovatebot_pep440/* compare */.UD)(version, e.introduced) >= 0)
                affected = true;
        }
        else if (e.fixed !== undefined) {
            if ((0,_renovatebot_pep440/* compare */.UD)(version, e.fixed) >= 0)
                affected = false;
        }
        else if (e.last_affected !== undefined) {
            if ((0,_renovatebot_pep440/* compare */.UD)(version, e.last_affected) > 0)
                affected = false;
        }
    }
    return affected;
}
/** Whether the `versions` list of an entry names the version (PEP 440 equality, else the exact string). */
function listed(entry, version) {
    return (entry.versions ?? []).some((v) => v === version || cmp(v, version) === 0);
}
/**
 * Whether `record` affects PyPI package `name` at `version`. A withdrawn record affects nothing. A version
 * that is not PEP 440 can only be matched by the `versions` list.
 */
function affects(record, name, version) {
    if (record.withdrawn)
        return false;
    const pep440 = (0,_renovatebot_pep440/* valid */.rZ)(version) !== null;
    return affectedEntries(record, name).some((entry) => listed(entry, version) ||
        (pep440 &&
            (entry.ranges ?? []).some((r) => r.type === 'ECOSYSTEM' && Array.isArray(r.events) && inRange(version, r.events))));
}
/** PEP 440 ascending, duplicates (`70.0` and `70.0.0`) kept once, non-PEP 440 versions left out. */
function sortedUnique(versions) {
    const out = [];
    for (const v of [...new Set(versions)].filter((x) => (0,_renovatebot_pep440/* valid */.rZ)(x) !== null).sort(_renovatebot_pep440/* compare */.UD)) {
        if (out.length === 0 || (0,_renovatebot_pep440/* compare */.UD)(out[out.length - 1], v) !== 0)
            out.push(v);
    }
    return out;
}
/** Every `fixed` version the record's ECOSYSTEM ranges give for the package, PEP 440 ascending. */
function fixedVersions(record, name) {
    const fixed = affectedEntries(record, name).flatMap((entry) => (entry.ranges ?? [])
        .filter((r) => r.type === 'ECOSYSTEM' && Array.isArray(r.events))
        .flatMap((r) => r.events.map((e) => e.fixed).filter((f) => typeof f === 'string')));
    return sortedUnique(fixed);
}
/**
 * The smallest `fixed` version above `version` that the record does not itself list as affected (a
 * `versions` entry can contradict a range: PYSEC-2023-177 lists gevent 23.9.0, its own fix). Undefined: no
 * fix released above it (only `last_affected`, or `introduced` alone, or every fix is below it).
 */
function smallestFixAbove(record, name, version) {
    if ((0,_renovatebot_pep440/* valid */.rZ)(version) === null)
        return undefined;
    return fixedVersions(record, name).find((f) => (0,_renovatebot_pep440/* compare */.UD)(f, version) > 0 && !affects(record, name, f));
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/fixes.ts




/**
 * What fixes a vulnerable package: the smallest fixed release above the installed one (PEP 440 over the
 * records' ranges, affected.ts), whether the project's own requirement allows it, and the one remedy per
 * package (the smallest release that fixes all its fixable vulnerabilities): `uv lock --upgrade-package`, and
 * the pyproject requirement to change first when the release is outside it.
 */
/**
 * The smallest version above `version` that fixes every record: at least each record's own smallest fix, and
 * affected by none of them (two advisories on two release branches can each fix where the other is open).
 * Undefined when some record has no fix above `version`.
 */
function smallestCommonFix(records, name, version) {
    const own = records.map((r) => smallestFixAbove(r, name, version));
    if (own.length === 0 || own.some((f) => f === undefined))
        return undefined;
    const floor = own.reduce((a, b) => ((0,_renovatebot_pep440/* compare */.UD)(a, b) >= 0 ? a : b));
    const candidates = [...new Set(records.flatMap((r) => fixedVersions(r, name)))]
        .filter((v) => (0,_renovatebot_pep440/* compare */.UD)(v, floor) >= 0)
        .sort(_renovatebot_pep440/* compare */.UD);
    return candidates.find((c) => records.every((r) => !affects(r, name, c))) ?? floor;
}
/** The fix of one vulnerability known by several records (aliases): the smallest release all of them call fixed. */
function fixOf(records, name, version) {
    // A record without a fix (an older PYSEC entry with `last_affected` only) does not veto another's fix.
    const withFix = records.filter((r) => smallestFixAbove(r, name, version) !== undefined);
    return withFix.length ? smallestCommonFix(withFix, name, version) : undefined;
}
/** Whether `version` satisfies the project's requirement; true without one (a transitive package). */
function allowedBy(version, requirement) {
    if (!requirement)
        return true;
    return (0,_renovatebot_pep440/* satisfies */.ib)(version, requirement, { prereleases: true });
}
const MAX_TEXT = 300;
/** The ranges of one record for one package, for people: `>=2.0, <2.11.3; >=3.0, <3.0.1`. */
function describeAffected(record, name) {
    const parts = [];
    for (const entry of affectedEntries(record, name)) {
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM' || !Array.isArray(range.events))
                continue;
            let open;
            for (const e of range.events) {
                if (e.introduced !== undefined) {
                    if (open)
                        parts.push(open.join(', '));
                    open = e.introduced === '0' ? [] : [`>=${e.introduced}`];
                }
                else if (open &&
                    (e.fixed !== undefined || e.last_affected !== undefined || e.limit !== undefined)) {
                    open.push(e.fixed !== undefined
                        ? `<${e.fixed}`
                        : e.last_affected !== undefined
                            ? `<=${e.last_affected}`
                            : `<${e.limit}`);
                    parts.push(open.join(', ') || 'all versions');
                    open = undefined;
                }
            }
            if (open)
                parts.push(open.join(', ') || 'all versions');
        }
        if (!entry.ranges?.length && entry.versions?.length) {
            const shown = entry.versions.slice(0, 5).join(', ');
            parts.push(entry.versions.length > 5 ? `${shown} (+${entry.versions.length - 5} more)` : shown);
        }
    }
    const text = [...new Set(parts)].join('; ');
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
/** `release` cut to `n` segments with the last one raised: (3.0.3, 1) → 4; (3.0.3, 2) → 3.1. */
function bump(release, n) {
    const segs = Array.from({ length: Math.max(1, n) }, (_, i) => release[i] ?? 0);
    segs[segs.length - 1] = segs.at(-1) + 1;
    return segs.join('.');
}
const releaseOf = (v) => ((0,_renovatebot_pep440/* valid */.rZ)(v) ?? v)
    .split(/[^0-9.]/)[0]
    ?.split('.')
    .map(Number) ?? [];
/**
 * The project's requirement widened just enough to admit `fix`: each clause that excludes it changes (an upper
 * bound is raised at its own precision, `<3` → `<4`, `<2.4` → `<3.1`; a pin or prefix moves to the fix; an
 * exclusion of it is dropped); the others stay. `>=fix` when the requirement cannot be read.
 */
function suggestRequirement(current, fix) {
    const clauses = (0,specifier/* parse */.qg)(current);
    if (!clauses)
        return `>=${fix}`;
    const rel = releaseOf(fix);
    const out = [];
    for (const c of clauses) {
        const text = `${c.operator}${c.version}${c.prefix ?? ''}`;
        if ((0,_renovatebot_pep440/* satisfies */.ib)(fix, text, { prereleases: true })) {
            out.push(text);
            continue;
        }
        const n = releaseOf(c.version).length;
        switch (c.operator) {
            case '<':
                out.push(`<${bump(rel, n)}`);
                break;
            case '<=':
                out.push(`<=${fix}`);
                break;
            case '~=':
                out.push(`~=${rel.slice(0, Math.max(2, n)).join('.')}`);
                break;
            case '==':
                out.push(c.prefix ? `==${rel.slice(0, n).join('.')}.*` : `==${fix}`);
                break;
            case '!=':
                break;
            default:
                out.push(`>=${fix}`);
        }
    }
    const suggested = out.join(',');
    return suggested && (0,_renovatebot_pep440/* satisfies */.ib)(fix, suggested, { prereleases: true }) ? suggested : `>=${fix}`;
}
/** Where the project declares a direct dependency, as a pyproject.toml table path. */
function sectionOf(pkg) {
    if (pkg.group)
        return `dependency-groups.${pkg.group}`;
    if (pkg.extra)
        return `project.optional-dependencies.${pkg.extra}`;
    return 'project.dependencies';
}
/**
 * The one remedy for a package whose vulnerabilities (each given by its records) include fixable ones: the
 * smallest release fixing them all, the `uv lock` command, and the requirement to change when that release
 * is outside it. Undefined when no vulnerability has a fix.
 */
function remedyFor(pkg, vulnerabilities, ctx) {
    const fixable = vulnerabilities.filter((records) => fixOf(records, pkg.name, pkg.version) !== undefined);
    if (fixable.length === 0)
        return undefined;
    const records = fixable.map((recs) => recs.filter((r) => smallestFixAbove(r, pkg.name, pkg.version) !== undefined));
    const target = smallestCommonFix(records.flat(), pkg.name, pkg.version);
    if (!target)
        return undefined;
    const remedy = { command: `uv lock --upgrade-package ${pkg.name}==${target}`, version: target };
    if (ctx.projectDir && external_node_path_.resolve(ctx.root) !== external_node_path_.resolve(ctx.projectDir))
        remedy.directory = ctx.root;
    if (pkg.requirement && !allowedBy(target, pkg.requirement)) {
        const file = ctx.pyprojects.get(pkg.declaredBy) ?? external_node_path_.join(ctx.root, 'pyproject.toml');
        remedy.requirement = {
            file,
            current: pkg.requirement,
            suggested: suggestRequirement(pkg.requirement, target),
            section: sectionOf(pkg),
        };
    }
    return remedy;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/ignore.ts

const LINE = /^([A-Za-z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?\s*(?:#\s*(.*))?$/;
/** A bound on the input: an ignore list is written by hand. */
const MAX_ENTRIES = 1000;
const FORMAT = 'one advisory per line: <id> [until YYYY-MM-DD] # reason (an OSV, GHSA, PYSEC or CVE id)';
function validDate(s) {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function parseIgnore(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const m = LINE.exec(line);
        if (!m || line.length > 500)
            throw new errors/* InputError */.dz('ignore', line.slice(0, 200), FORMAT);
        const [, id, until, reason] = m;
        if (until !== undefined && !validDate(until))
            throw new errors/* InputError */.dz('ignore', line, `${FORMAT}; ${until} is not a calendar date`);
        const entry = { id, reason: (reason ?? '').trim(), line };
        if (until)
            entry.until = until;
        out.push(entry);
        if (out.length > MAX_ENTRIES)
            throw new errors/* InputError */.dz('ignore', `${out.length} entries`, `at most ${MAX_ENTRIES} entries`);
    }
    return out;
}
/** `today` as YYYY-MM-DD (UTC): a Date, or already a date string. */
function isoDay(today) {
    return typeof today === 'string' ? today : today.toISOString().slice(0, 10);
}
function isExpired(entry, today) {
    return entry.until !== undefined && entry.until < isoDay(today);
}
/** The entry that covers a vulnerability known by `ids` (its id and aliases), if any; expired entries do not. */
function matchIgnore(entries, ids, today) {
    const upper = new Set(ids.map((i) => i.toUpperCase()));
    return entries.find((e) => upper.has(e.id.toUpperCase()) && !isExpired(e, today));
}
/** How an entry is named in the result: `GHSA-xxxx (until 2025-01-31)`. */
function describeIgnore(entry) {
    return entry.until ? `${entry.id} (until ${entry.until})` : entry.id;
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/osv.ts
/**
 * The OSV schema (https://ossf.github.io/osv-schema/), the part vuln-audit reads, and what every source
 * (the OSV API, an offline OSV export, PyPI's JSON API) hands to the audit.
 */
/** `name==version`: the key sources answer under. */
const packageKey = (p) => `${p.name}==${p.version}`;
/** A source could not answer for some packages: the audit fails rather than call them clean. */
class SourceError extends Error {
    packages;
    constructor(message, 
    /** The packages it could not audit. */
    packages) {
        super(message);
        this.packages = packages;
        this.name = 'SourceError';
    }
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/severity.ts
// The package is a webpack UMD bundle that marks itself `__esModule`: Node's ESM loader sees only a default
// export (module.exports), while ncc's webpack gives the namespace the classes themselves and no default.

/**
 * A record's severity: the base score computed from its CVSS vector (v4 before v3.x), else the database's own
 * word (GHSA's LOW / MODERATE / HIGH / CRITICAL), else a CVSS v2 vector, else unknown. Vectors are read from
 * the record's `severity` and from the `affected[].severity` of the package's entries.
 */
/** The CVSS v3.x / v4.0 qualitative scale: 0.1-3.9 low, 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical. */
function levelOf(score) {
    // 0.0 is "None" in the specification; the lowest level here, rather than unknown (which counts as any).
    if (score < 4)
        return 'low';
    if (score < 7)
        return 'medium';
    if (score < 9)
        return 'high';
    return 'critical';
}
/** CVSS v2 has no critical (NVD's scale: 0-3.9 low, 4.0-6.9 medium, 7.0-10.0 high). */
function levelOfV2(score) {
    return score < 4 ? 'low' : score < 7 ? 'medium' : 'high';
}
const cvss = ("Cvss3P1" in ae_cvss_calculator ? ae_cvss_calculator : (ae_cvss_calculator_default()));
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvss;
const WORDS = {
    low: 'low',
    moderate: 'medium',
    medium: 'medium',
    high: 'high',
    important: 'high',
    critical: 'critical',
};
/** The base score of a vector, or undefined when it is not a complete vector of the type it claims. */
function baseScore(type, vector) {
    if (vector.length > 512)
        return undefined;
    try {
        if (type === 'CVSS_V4') {
            if (!vector.startsWith('CVSS:4.0/'))
                return undefined;
            const v = new Cvss4P0(vector);
            if (!v.isBaseFullyDefined())
                return undefined;
            // CVSS-B: the score of the base metrics alone, whatever threat or environmental metrics the vector adds.
            const s = v.calculateScores();
            return s.baseMetricsOnly ?? s.base;
        }
        if (type === 'CVSS_V3') {
            const v = vector.startsWith('CVSS:3.0/')
                ? new Cvss3P0(vector)
                : vector.startsWith('CVSS:3.1/')
                    ? new Cvss3P1(vector)
                    : undefined;
            return v?.isBaseFullyDefined() ? v.calculateScores().base : undefined;
        }
        if (type === 'CVSS_V2') {
            const v = new Cvss2(vector.replace(/^\(|\)$/g, ''));
            return v.isBaseFullyDefined() ? v.calculateScores().base : undefined;
        }
    }
    catch {
        // An unknown metric or value: not a vector this type can score.
    }
    return undefined;
}
/** `severity` entries of the record and of its affected entries for `name` (any entry when name is undefined). */
function severities(record, matches) {
    const own = Array.isArray(record.severity) ? record.severity : [];
    const affected = (Array.isArray(record.affected) ? record.affected : [])
        .filter((a) => !a.package || matches(a.package.name))
        .flatMap((a) => (Array.isArray(a.severity) ? a.severity : []));
    return [...own, ...affected].filter((s) => !!s && typeof s.type === 'string' && typeof s.score === 'string');
}
function fromVector(list, type) {
    for (const s of list.filter((x) => x.type === type)) {
        const score = baseScore(type, s.score.trim());
        if (score === undefined)
            continue;
        const level = type === 'CVSS_V2' ? levelOfV2(score) : levelOf(score);
        return { level, score, vector: s.score.trim(), from: type };
    }
    return undefined;
}
/** The database's word: `database_specific.severity` of the record or of an affected entry. */
function fromWord(record, matches) {
    const tables = [
        record.database_specific,
        ...(Array.isArray(record.affected) ? record.affected : [])
            .filter((a) => !a.package || matches(a.package.name))
            .map((a) => a.database_specific),
    ];
    for (const t of tables) {
        const word = t && typeof t === 'object' ? t.severity : undefined;
        const level = typeof word === 'string' ? WORDS[word.trim().toLowerCase()] : undefined;
        if (level)
            return { level, from: 'database' };
    }
    return undefined;
}
/**
 * The severity of `record` for the package `name` (PEP 503 normalised; `normalize` maps a record's package
 * name the same way). Unknown (`{}`) when the record has no vector and no word.
 */
function severityOf(record, name, normalize = (n) => n) {
    const matches = (pkgName) => name === undefined || normalize(pkgName) === name;
    const list = severities(record, matches);
    return (fromVector(list, 'CVSS_V4') ??
        fromVector(list, 'CVSS_V3') ??
        fromWord(record, matches) ??
        fromVector(list, 'CVSS_V2') ??
        {});
}
const RANK = { low: 0, medium: 1, high: 2, critical: 3 };
/** Orders levels; unknown ranks above critical here, since it counts against every threshold (audit.ts). */
function severityRank(s) {
    return s.level ? RANK[s.level] : 4;
}
/** Whether a severity meets `min`: unknown always does (a vulnerability nobody scored is not assumed minor). */
function meetsSeverity(s, min) {
    return s.level === undefined || RANK[s.level] >= RANK[min];
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/audit.ts





/** Groups records that share an id or alias (union-find over the ids). */
function groupByAlias(records) {
    const parent = new Map();
    const find = (x) => {
        let root = x;
        while (parent.get(root) !== root)
            root = parent.get(root);
        parent.set(x, root);
        return root;
    };
    const idsOf = (r) => [r.id, ...(Array.isArray(r.aliases) ? r.aliases : [])].map((i) => String(i).toUpperCase());
    for (const r of records) {
        const ids = idsOf(r);
        for (const id of ids)
            if (!parent.has(id))
                parent.set(id, id);
        for (const id of ids.slice(1))
            parent.set(find(id), find(ids[0]));
    }
    const groups = new Map();
    for (const r of records) {
        const key = find(r.id.toUpperCase());
        groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()];
}
const FROM_RANK = { CVSS_V4: 4, CVSS_V3: 3, database: 2, CVSS_V2: 1 };
const ID_RANK = (id) => (id.startsWith('GHSA-') ? 0 : id.startsWith('PYSEC-') ? 1 : 2);
/** The record that speaks for a group: the best-founded severity (a vector over a word), then GHSA, then PYSEC. */
function primaryOf(group, severities) {
    return [...group].sort((a, b) => {
        const sa = severities.get(a);
        const sb = severities.get(b);
        return ((FROM_RANK[sb.from ?? ''] ?? 0) - (FROM_RANK[sa.from ?? ''] ?? 0) ||
            (sb.score ?? -1) - (sa.score ?? -1) ||
            ID_RANK(a.id) - ID_RANK(b.id) ||
            a.id.localeCompare(b.id));
    })[0];
}
function summaryOf(group, primary) {
    const text = [primary, ...group].map((r) => r.summary?.trim()).find(Boolean) ??
        [primary, ...group].map((r) => r.details?.trim().split(/\r?\n/)[0]?.trim()).find(Boolean) ??
        '';
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
function vulnerabilityOf(pkg, group, opts, used) {
    const severities = new Map(group.map((r) => [r, severityOf(r, pkg.name, python_names/* normalizePackageName */.N)]));
    const primary = primaryOf(group, severities);
    const ids = [...new Set(group.flatMap((r) => [r.id, ...(Array.isArray(r.aliases) ? r.aliases : [])]))];
    const v = {
        id: primary.id,
        aliases: ids.filter((i) => i !== primary.id).sort(),
        summary: summaryOf(group, primary),
        severity: severities.get(primary),
        affected: describeAffected(primary, pkg.name) ||
            group.map((r) => describeAffected(r, pkg.name)).find(Boolean) ||
            '',
        url: `https://osv.dev/vulnerability/${encodeURIComponent(primary.id)}`,
        record: primary,
    };
    const fixedIn = fixOf(group, pkg.name, pkg.version);
    if (fixedIn) {
        v.fixedIn = fixedIn;
        v.fixAllowed = allowedBy(fixedIn, pkg.requirement);
    }
    const entry = matchIgnore(opts.ignore, ids, opts.today);
    if (entry) {
        used.add(entry);
        v.ignored = { reason: entry.reason, ...(entry.until ? { until: entry.until } : {}) };
    }
    return v;
}
const worst = (vs) => Math.max(...vs.map((v) => severityRank(v.severity)));
/**
 * Audits the selection against the records a source returned (keyed by `packageKey`). A package the source
 * gave no answer for fails the audit (SourceError): it is never reported clean.
 */
function auditPackages(selection, recordsByKey, opts) {
    const missing = selection.audited.filter((p) => !recordsByKey.has(packageKey(p)));
    if (missing.length) {
        const names = missing.slice(0, 10).map(packageKey).join(', ');
        throw new SourceError(`could not audit ${missing.length} packages: the source gave no answer for ${names}${missing.length > 10 ? ', …' : ''}`, missing);
    }
    const ctx = {
        pyprojects: selection.pyprojects,
        root: selection.root,
        ...(selection.project ? { projectDir: selection.project.projectDir } : {}),
    };
    const used = new Set();
    const vulnerable = [];
    for (const pkg of selection.audited) {
        const records = (recordsByKey.get(packageKey(pkg)) ?? []).filter((r) => r && typeof r.id === 'string' && !r.withdrawn);
        if (records.length === 0)
            continue;
        const groups = groupByAlias(records);
        const vulnerabilities = groups
            .map((g) => vulnerabilityOf(pkg, g, opts, used))
            .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
        const entry = { pkg, vulnerabilities };
        const remedy = remedyFor(pkg, groups, ctx);
        if (remedy)
            entry.remedy = remedy;
        vulnerable.push(entry);
    }
    vulnerable.sort((a, b) => worst(b.vulnerabilities) - worst(a.vulnerabilities) || a.pkg.name.localeCompare(b.pkg.name));
    return {
        audited: selection.audited,
        skipped: selection.skipped,
        vulnerable,
        unusedIgnores: opts.ignore.filter((e) => !used.has(e) && !isExpired(e, opts.today)).map(describeIgnore),
        expiredIgnores: opts.ignore.filter((e) => isExpired(e, opts.today)).map(describeIgnore),
        source: opts.source ?? '',
    };
}
/**
 * Whether a vulnerability counts against the step: not ignored; at or above `min-severity` (unknown severity
 * always counts: a vulnerability nobody scored is not assumed minor); and, with `fail-on: fixable`, a fixed
 * release exists. `fail-on: none` counts none.
 */
function counts(v, opts) {
    if (opts.failOn === 'none' || v.ignored)
        return false;
    if (!meetsSeverity(v.severity, opts.minSeverity))
        return false;
    return opts.failOn === 'any' || v.fixedIn !== undefined;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Pass or fail: counted vulnerabilities fail it; expired ignore entries fail it whatever `fail-on` says. */
function verdict(result, opts) {
    const failing = result.vulnerable.flatMap((vp) => vp.vulnerabilities
        .filter((v) => counts(v, opts))
        .map((vulnerability) => ({ pkg: vp.pkg, vulnerability })));
    const reasons = [];
    if (failing.length) {
        const level = opts.minSeverity === 'low' ? '' : ` at or above ${opts.minSeverity} (or of unknown severity)`;
        const fix = opts.failOn === 'fixable' ? ' with a fix released' : '';
        reasons.push(`${plural(failing.length, 'vulnerability', 'vulnerabilities')}${level}${fix} (fail-on: ${opts.failOn})`);
    }
    if (result.expiredIgnores.length)
        reasons.push(`expired ignore ${result.expiredIgnores.length === 1 ? 'entry' : 'entries'}: ${result.expiredIgnores.join(', ')}`);
    return { pass: reasons.length === 0, failing, reasons };
}
/** The one-line headline: `Fail: 5 vulnerabilities in 3 of 42 packages (4 fixable, 1 ignored)`. */
function brief(result, v) {
    const all = result.vulnerable.flatMap((vp) => vp.vulnerabilities);
    const total = result.audited.length;
    const head = v ? `${v.pass ? 'Pass' : 'Fail'}: ` : '';
    const skipped = result.skipped.length ? `; ${result.skipped.length} not audited` : '';
    const expired = result.expiredIgnores.length
        ? `; ${plural(result.expiredIgnores.length, 'expired ignore')}`
        : '';
    if (all.length === 0)
        return `${head}no known vulnerabilities in ${plural(total, 'package')}${skipped}${expired}`;
    const fixable = all.filter((x) => x.fixedIn !== undefined).length;
    const ignored = all.filter((x) => x.ignored).length;
    const detail = [`${fixable} fixable`, ...(ignored ? [`${ignored} ignored`] : [])].join(', ');
    return `${head}${plural(all.length, 'vulnerability', 'vulnerabilities')} in ${result.vulnerable.length} of ${plural(total, 'package')} (${detail})${skipped}${expired}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/pyproject-lines.ts + 1 modules
var pyproject_lines = __webpack_require__(4013);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/declarations.ts




/** A pyproject.toml's dependency lines; an unreadable file declares nothing (no annotation line). */
function readLines(file) {
    try {
        return (0,pyproject_lines/* findDependencyLines */.Wn)(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * For each audited package, the pyproject.toml line that declares the direct dependency bringing it in, in
 * the pyproject of the project (or workspace member) that declares it. Each file is read once.
 */
function declarationSites(o) {
    const cache = new Map();
    return (pkg) => {
        const file = o.pyprojects.get((0,python_names/* normalizePackageName */.N)(pkg.declaredBy)) ?? o.fallback;
        if (!cache.has(file))
            cache.set(file, readLines(file));
        const lines = cache.get(file);
        if (!lines)
            return {};
        const line = lines.get((0,python_names/* normalizePackageName */.N)(pkg.direct))?.line;
        return { file: (0,finding/* toRepoPath */.xD)(file, o.workspace), ...(line ? { line } : {}) };
    };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/model.ts
const SEVERITIES = ['low', 'medium', 'high', 'critical'];

// EXTERNAL MODULE: ./src/actions/vuln-audit/service-url.ts
var service_url = __webpack_require__(9990);
;// CONCATENATED MODULE: ./src/core/map-bounded.ts
/**
 * `fn` over every item, at most `limit` at a time, results in the items' order. A rejection rejects the
 * whole (the other calls still run to their end): callers that must hear from every item catch in `fn`.
 */
async function mapBounded(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return out;
}

// EXTERNAL MODULE: ./src/actions/vuln-audit/sources/base-url.ts
var base_url = __webpack_require__(1163);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/sources/failures.ts

/** The packages a source could not answer for, with why; the audit fails on any (never "clean"). */
class Unanswered {
    byKey = new Map();
    add(pkg, reason) {
        if (!this.byKey.has(packageKey(pkg)))
            this.byKey.set(packageKey(pkg), { pkg, reason });
    }
    has(pkg) {
        return this.byKey.has(packageKey(pkg));
    }
    /** Throws `could not audit N packages: <reasons>` when any package is unanswered. */
    throwIfAny() {
        if (this.byKey.size === 0)
            return;
        const entries = [...this.byKey.values()];
        const reasons = [...new Set(entries.map((e) => e.reason))];
        const shown = reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '');
        const n = entries.length;
        throw new SourceError(`could not audit ${n} package${n === 1 ? '' : 's'}: ${shown}`, entries.map((e) => e.pkg));
    }
}
/** Packages once each (by name==version), in first-seen order. */
function uniquePackages(packages) {
    return [...new Map(packages.map((p) => [packageKey(p), p])).values()];
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/provision/download.ts
var download = __webpack_require__(5551);
// EXTERNAL MODULE: ./src/provision/url.ts
var provision_url = __webpack_require__(3606);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/sources/http-retry.ts



const HTTP_DEFAULTS = {
    attempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 30_000,
    timeoutMs: 30_000,
    maxBytes: 64 * 1024 * 1024,
};
/** A call that failed after its tries. `status` is the last HTTP status, if there was one. */
class HttpFailure extends Error {
    url;
    status;
    attempts;
    constructor(url, status, attempts, reason) {
        super(`${url}: ${reason}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`);
        this.url = url;
        this.status = status;
        this.attempts = attempts;
        this.name = 'HttpFailure';
    }
}
/** One try's failure. */
class TryError extends Error {
    retryable;
    status;
    retryAfterMs;
    constructor(message, retryable, status, retryAfterMs) {
        super(message);
        this.retryable = retryable;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if neither. */
function retryAfterMs(value, now = Date.now()) {
    const v = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!v)
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    // An HTTP date names its month ("Mon, 06 May 2024 14:21:57 GMT"); Date.parse alone would take "-5".
    const at = /[A-Za-z]{3}/.test(v) ? Date.parse(v) : Number.NaN;
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** The body, at most `maxBytes`, failing when no data arrives for `idleMs`. */
function readBody(msg, maxBytes, idleMs) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let done = false;
        const finish = (err) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            if (err) {
                msg.destroy();
                reject(err);
            }
            else
                resolve(Buffer.concat(chunks));
        };
        const timer = setTimeout(() => finish(new TryError(`no data for ${idleMs} ms`, true)), idleMs);
        const declared = Number(msg.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
            finish(new TryError(`the answer has ${declared} bytes, more than the ${maxBytes} read`, false));
            return;
        }
        msg.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes)
                finish(new TryError(`the answer is larger than the ${maxBytes} bytes read`, false));
            else {
                chunks.push(chunk);
                timer.refresh();
            }
        });
        msg.on('end', () => finish());
        msg.on('error', (err) => finish(new TryError((0,download.describeNetworkError)(err).message, true)));
        msg.on('close', () => finish(new TryError('the connection closed before the answer ended', true)));
    });
}
class JsonHttp {
    client;
    o;
    constructor(opts = {}) {
        this.o = {
            ...HTTP_DEFAULTS,
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
        };
        this.client = new lib.HttpClient('pyprod-actions', [], {
            socketTimeout: this.o.timeoutMs,
            keepAlive: true,
            allowRedirects: true,
            maxRedirects: 5,
        });
    }
    getJson(url) {
        return this.call('GET', url);
    }
    postJson(url, body) {
        return this.call('POST', url, JSON.stringify(body));
    }
    /** Closes kept-alive connections. */
    dispose() {
        this.client.dispose();
    }
    async once(method, url, body) {
        const headers = {
            accept: 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        };
        let msg;
        try {
            msg = (await this.client.request(method, url, body ?? null, headers)).message;
        }
        catch (err) {
            const { message, retryable } = (0,download.describeNetworkError)(err);
            // The client's socket timeout says "Request timeout: <path>": say what happened instead.
            if (/^Request timeout/.test(message))
                throw new TryError(`no answer within ${this.o.timeoutMs} ms`, true);
            throw new TryError(message, retryable);
        }
        const status = msg.statusCode ?? 0;
        if (status !== 200) {
            msg.resume();
            const wait = status === 429 || status === 503 ? retryAfterMs(msg.headers['retry-after']) : undefined;
            throw new TryError(`HTTP ${status}`, (0,download.isRetryableStatus)(status), status, wait);
        }
        const text = (await readBody(msg, this.o.maxBytes, this.o.timeoutMs)).toString('utf8');
        try {
            return JSON.parse(text);
        }
        catch {
            throw new TryError('the answer is not JSON', false, status);
        }
    }
    async call(method, url, body) {
        const shown = (0,provision_url/* redactUrl */.B)(url);
        const { attempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = this.o;
        const delays = (0,download.backoffSchedule)(attempts, baseDelayMs, maxDelayMs);
        for (let attempt = 1;; attempt++) {
            try {
                return await this.once(method, url, body);
            }
            catch (err) {
                const e = err instanceof TryError ? err : new TryError(String(err), false);
                if (!e.retryable || attempt >= attempts)
                    throw new HttpFailure(`${method} ${shown}`, e.status, attempt, e.message);
                let wait = delays[attempt - 1] ?? 0;
                if (e.retryAfterMs !== undefined) {
                    if (e.retryAfterMs > maxRetryAfterMs) {
                        const reason = `${e.message} asks to retry after ${Math.ceil(e.retryAfterMs / 1000)} s, longer than the ${maxRetryAfterMs / 1000} s waited`;
                        throw new HttpFailure(`${method} ${shown}`, e.status, attempt, reason);
                    }
                    wait = e.retryAfterMs;
                }
                this.o.onRetry?.(`${method} ${shown} failed (${e.message}); try ${attempt + 1} of ${attempts} in ${wait} ms`);
                await this.o.sleep(wait);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/sources/record-shape.ts
/**
 * What a source accepts as an OSV record before the audit reads it: the fields vuln-audit uses have the
 * schema's types (a mirror or an export could hand anything). Returns the first problem, or undefined.
 */
const isStr = (v) => typeof v === 'string';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v) => v === undefined || (Array.isArray(v) && v.every(isStr));
/** OSV ids: `PYSEC-2024-60`, `GHSA-jjg7-2v4v-x38h`, `CVE-2024-3651`, `MAL-2024-1`, ... */
const OSV_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
function affectedProblem(a) {
    if (!isObj(a))
        return 'an affected entry is not an object';
    if (a.package !== undefined && !(isObj(a.package) && isStr(a.package.ecosystem) && isStr(a.package.name)))
        return 'affected[].package needs a string ecosystem and name';
    if (!strings(a.versions))
        return 'affected[].versions is not a list of strings';
    if (a.ranges === undefined)
        return undefined;
    if (!Array.isArray(a.ranges))
        return 'affected[].ranges is not a list';
    for (const r of a.ranges) {
        if (!isObj(r) || !isStr(r.type) || !Array.isArray(r.events))
            return 'a range needs a type and a list of events';
        if (!r.events.every((e) => isObj(e) && Object.values(e).every(isStr)))
            return 'a range event is not an object of strings';
    }
    return undefined;
}
function recordProblem(value) {
    if (!isObj(value))
        return 'not a JSON object';
    if (!isStr(value.id) || !OSV_ID.test(value.id))
        return 'no valid id';
    for (const k of ['modified', 'published', 'withdrawn', 'summary', 'details']) {
        if (value[k] !== undefined && !isStr(value[k]))
            return `${k} is not a string`;
    }
    if (!strings(value.aliases) || !strings(value.related))
        return 'aliases or related is not a list of strings';
    const sev = value.severity;
    if (sev !== undefined &&
        !(Array.isArray(sev) && sev.every((s) => isObj(s) && isStr(s.type) && isStr(s.score))))
        return 'severity is not a list of {type, score}';
    if (value.affected !== undefined) {
        if (!Array.isArray(value.affected))
            return 'affected is not a list';
        for (const a of value.affected) {
            const p = affectedProblem(a);
            if (p)
                return p;
        }
    }
    return undefined;
}
/** The record, or an Error naming what is wrong with it and where it came from. */
function checkedRecord(value, where) {
    const problem = recordProblem(value);
    if (problem)
        throw new Error(`${where} is not a usable OSV record: ${problem}`);
    return value;
}
/** Records in id order (code-unit order, the same in every source). */
const byRecordId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

;// CONCATENATED MODULE: ./src/actions/vuln-audit/sources/osv-api.ts







/**
 * The OSV API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` for every package in batches
 * of at most 1,000 queries (OSV's limit), following each result's `next_page_token`; then
 * `GET /v1/vulns/{id}` for every id found (querybatch gives ids only), a bounded number at a time.
 */
const DEFAULT_OSV_URL = 'https://api.osv.dev';
const MAX_BATCH = 1000;
function osvApiSource(opts = {}) {
    const base = (0,base_url/* serviceBaseUrl */.Y)(opts.url ?? DEFAULT_OSV_URL, 'osv-url');
    const batchSize = Math.min(MAX_BATCH, Math.max(1, opts.batchSize ?? MAX_BATCH));
    const concurrency = Math.max(1, opts.concurrency ?? 12);
    const maxPages = Math.max(1, opts.maxPages ?? 100);
    /** Ids per package key, following pages; unanswered packages recorded in `failed`. */
    async function queryIds(http, packages, failed) {
        const ids = new Map(packages.map((p) => [packageKey(p), new Set()]));
        let pending = packages.map((pkg) => ({ pkg, page: 1 }));
        while (pending.length > 0) {
            const batches = [];
            for (let i = 0; i < pending.length; i += batchSize)
                batches.push(pending.slice(i, i + batchSize));
            const next = [];
            await mapBounded(batches, concurrency, async (batch) => {
                const body = {
                    queries: batch.map((q) => ({
                        package: { name: q.pkg.name, ecosystem: 'PyPI' },
                        version: q.pkg.version,
                        ...(q.pageToken !== undefined ? { page_token: q.pageToken } : {}),
                    })),
                };
                let results;
                try {
                    const answer = (await http.postJson(`${base}/v1/querybatch`, body));
                    if (!Array.isArray(answer?.results) || answer.results.length !== batch.length) {
                        throw new Error(`querybatch answered ${Array.isArray(answer?.results) ? answer.results.length : 'no'} results for ${batch.length} queries`);
                    }
                    results = answer.results;
                }
                catch (err) {
                    for (const q of batch)
                        failed.add(q.pkg, (0,errors/* errorMessage */.gJ)(err));
                    return;
                }
                batch.forEach((q, i) => {
                    const r = results[i] ?? {};
                    const vulns = r.vulns ?? [];
                    if (!Array.isArray(vulns) || !vulns.every((v) => typeof v?.id === 'string' && OSV_ID.test(v.id))) {
                        failed.add(q.pkg, 'querybatch answered a result without valid vulnerability ids');
                        return;
                    }
                    for (const v of vulns)
                        ids.get(packageKey(q.pkg)).add(v.id);
                    const token = r.next_page_token;
                    if (typeof token === 'string' && token !== '') {
                        if (q.page >= maxPages)
                            failed.add(q.pkg, `querybatch still had more pages after ${maxPages}`);
                        else
                            next.push({ pkg: q.pkg, pageToken: token, page: q.page + 1 });
                    }
                });
            });
            pending = next;
        }
        return ids;
    }
    return {
        description: `OSV API at ${base}`,
        async lookup(packages) {
            const http = new JsonHttp(opts);
            try {
                const unique = uniquePackages(packages);
                const failed = new Unanswered();
                const ids = await queryIds(http, unique, failed);
                const wanted = [
                    ...new Set(unique.filter((p) => !failed.has(p)).flatMap((p) => [...ids.get(packageKey(p))])),
                ];
                const records = new Map();
                const recordErrors = new Map();
                await mapBounded(wanted.sort(), concurrency, async (id) => {
                    try {
                        const record = checkedRecord(await http.getJson(`${base}/v1/vulns/${encodeURIComponent(id)}`), id);
                        if (record.id !== id)
                            throw new Error(`vulns/${id} answered the record ${record.id}`);
                        records.set(id, record);
                    }
                    catch (err) {
                        recordErrors.set(id, (0,errors/* errorMessage */.gJ)(err));
                    }
                });
                const out = new Map();
                for (const p of unique) {
                    const mine = [...(ids.get(packageKey(p)) ?? [])];
                    const missing = mine.find((id) => recordErrors.has(id));
                    if (missing !== undefined)
                        failed.add(p, recordErrors.get(missing));
                    if (failed.has(p))
                        continue;
                    out.set(packageKey(p), mine
                        .map((id) => records.get(id))
                        .filter((r) => !r.withdrawn)
                        .sort(byRecordId));
                }
                failed.throwIfAny();
                return out;
            }
            finally {
                http.dispose();
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/sources/pypi.ts








/**
 * PyPI's JSON API, `GET /pypi/<name>/<version>/json`: its `vulnerabilities` field lists what affects that
 * release (PyPI matches OSV's PYSEC records itself), each with `id`, `aliases`, `summary`, `details`,
 * `fixed_in`, `link`, `source` and `withdrawn` (https://docs.pypi.org/api/json/). Withdrawn entries are
 * dropped; the others become OSV records whose range is what `fixed_in` says about this version.
 */
const DEFAULT_PYPI_URL = 'https://pypi.org';
/**
 * The OSV record for one PyPI vulnerability entry of `name` at `version` (which it affects, PyPI says).
 * Range: introduced at this version, fixed at the smallest `fixed_in` above it (none: no fix known above);
 * the version is also listed, so it matches even when it is not PEP 440. Every `fixed_in` is kept in
 * `database_specific.fixed_in`.
 */
function pypiVulnerabilityToOsv(v, name, version) {
    const fixedIn = (v.fixed_in ?? []).filter((f) => typeof f === 'string');
    const above = (0,_renovatebot_pep440/* valid */.rZ)(version)
        ? fixedIn.filter((f) => (0,_renovatebot_pep440/* valid */.rZ)(f) && (0,_renovatebot_pep440/* compare */.UD)(f, version) > 0).sort(_renovatebot_pep440/* compare */.UD)[0]
        : undefined;
    const events = (0,_renovatebot_pep440/* valid */.rZ)(version) ? [{ introduced: version }, ...(above ? [{ fixed: above }] : [])] : [];
    const record = {
        id: v.id,
        aliases: (v.aliases ?? []).filter((a) => typeof a === 'string'),
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.details ? { details: v.details } : {}),
        affected: [
            {
                package: { ecosystem: 'PyPI', name },
                ...(events.length ? { ranges: [{ type: 'ECOSYSTEM', events }] } : {}),
                versions: [version],
            },
        ],
        ...(v.link ? { references: [{ type: 'ADVISORY', url: v.link }] } : {}),
        database_specific: { source: 'pypi', fixed_in: fixedIn },
    };
    return checkedRecord(record, `PyPI's entry ${v.id}`);
}
function pypiSource(opts = {}) {
    const base = (0,base_url/* serviceBaseUrl */.Y)(opts.url ?? DEFAULT_PYPI_URL, 'pypi-url');
    const concurrency = Math.max(1, opts.concurrency ?? 12);
    return {
        description: `PyPI JSON API at ${base}`,
        async lookup(packages) {
            const http = new JsonHttp(opts);
            try {
                const unique = uniquePackages(packages);
                const failed = new Unanswered();
                const out = new Map();
                await mapBounded(unique, concurrency, async (p) => {
                    const url = `${base}/pypi/${encodeURIComponent(p.name)}/${encodeURIComponent(p.version)}/json`;
                    try {
                        const answer = (await http.getJson(url));
                        if (!Array.isArray(answer?.vulnerabilities))
                            throw new Error(`${url} has no vulnerabilities list`);
                        const vulns = answer.vulnerabilities;
                        out.set(packageKey(p), vulns
                            .filter((v) => !v?.withdrawn)
                            .map((v) => pypiVulnerabilityToOsv(v, p.name, p.version))
                            .sort(byRecordId));
                    }
                    catch (err) {
                        const notFound = err instanceof HttpFailure && err.status === 404;
                        failed.add(p, notFound ? `PyPI does not know ${p.name} ${p.version} (HTTP 404)` : (0,errors/* errorMessage */.gJ)(err));
                    }
                });
                failed.throwIfAny();
                return new Map(unique.map((p) => [packageKey(p), out.get(packageKey(p))]));
            }
            finally {
                http.dispose();
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/inputs.ts










const SOURCES = ['osv', 'pypi', 'database'];
/** `any`: every vulnerability fails; `fixable`: one with a fixed version released; `none`: report only. */
const FAIL_ON = ['any', 'fixable', 'none'];
/** `database`: an existing file (the zip OSV publishes) or directory (of OSV JSON records). */
function databasePath(r, rt) {
    const value = r.raw('database');
    if (value === undefined)
        return undefined;
    const resolved = external_node_path_.resolve(rt.workspace, value);
    const st = external_node_fs_.statSync(resolved, { throwIfNoEntry: false });
    if (!st)
        throw new errors/* InputError */.dz('database', value, `expected an offline OSV export (the ecosystem's all.zip, or a directory of OSV JSON records); ${resolved} does not exist`);
    return (0,core_inputs/* checkPathInput */.mW)('database', value, resolved, st.isDirectory() ? 'directory' : 'file');
}
const serviceUrl = (r, name, fallback) => (0,service_url/* checkedServiceUrl */.Q)(r.raw(name) ?? fallback, name);
function loadInputs(r, rt) {
    const source = r.choice('source', SOURCES, 'osv');
    const database = databasePath(r, rt);
    if (source === 'database' && !database)
        throw new errors/* InputError */.dz('database', '', 'a path to an OSV export (all.zip or a directory): source is database');
    if (source !== 'database' && database)
        throw new errors/* InputError */.dz('database', r.raw('database') ?? '', `read only with source: database (source is ${source}); set source: database or leave database empty`);
    return {
        workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
        groups: r.string('groups', ''),
        source,
        ...(database ? { database } : {}),
        // An empty value (an unset repository variable passed through) means the default.
        osvUrl: serviceUrl(r, 'osv-url', DEFAULT_OSV_URL),
        pypiUrl: serviceUrl(r, 'pypi-url', DEFAULT_PYPI_URL),
        ignore: parseIgnore(r.string('ignore', '')),
        failOn: r.choice('fail-on', FAIL_ON, 'fixable'),
        minSeverity: r.choice('min-severity', SEVERITIES, 'low'),
        report: (0,inputs/* loadReportInputs */.c)(r),
    };
}

// EXTERNAL MODULE: ./src/core/uv-lock-graph.ts
var uv_lock_graph = __webpack_require__(9287);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/python-version-file.ts
var python_version_file = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/environment.ts




function runnerPlatform() {
    return { platform: process.platform, machine: external_node_os_.machine() };
}
/** `3.12`, `3.12.4`, `cpython-3.12.4-linux-x86_64-gnu`, `cpython@3.12`, `pypy3.10`, `3.13t`: uv's request forms. */
function parsePythonRequest(text) {
    const m = /^(?:(cpython|pypy|graalpy|python|cp|pp)[-@]?)?(\d+)\.(\d+)(?:\.(\d+))?((?:a|b|rc)\d+)?t?(?:[-+].*)?$/i.exec(text.trim());
    if (!m)
        return undefined;
    const impl = (m[1] ?? '').toLowerCase();
    const implementation = impl === 'pypy' || impl === 'pp' ? 'pypy' : impl === 'graalpy' ? 'graalpy' : 'cpython';
    const version = `${m[2]}.${m[3]}`;
    const full = m[4] !== undefined ? `${version}.${m[4]}${m[5] ?? ''}` : version;
    return { version, full, minorOnly: m[4] === undefined, implementation };
}
/** `version_info = 3.12.4` (uv) or `version = 3.12.4` (venv), and `implementation = CPython` (uv). */
function readPyvenvCfg(file) {
    let text;
    try {
        const st = external_node_fs_.statSync(file);
        if (!st.isFile() || st.size > 64 * 1024)
            return undefined;
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const values = new Map();
    for (const line of text.split(/\r?\n/)) {
        const eq = line.indexOf('=');
        if (eq > 0)
            values.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
    }
    const parsed = parsePythonRequest(values.get('version_info') ?? values.get('version') ?? '');
    if (!parsed)
        return undefined;
    const impl = values.get('implementation')?.toLowerCase();
    if (impl === 'pypy' || impl === 'graalpy')
        parsed.implementation = impl;
    return parsed;
}
const SYSTEM = { linux: 'Linux', darwin: 'Darwin', win32: 'Windows' };
/** platform.machine() as Python reports it: Windows says AMD64 / ARM64 where Node says x86_64 / arm64. */
function pythonMachine(p) {
    if (p.platform !== 'win32')
        return p.machine;
    if (p.machine === 'x86_64')
        return 'AMD64';
    if (p.machine === 'arm64' || p.machine === 'aarch64')
        return 'ARM64';
    return p.machine;
}
/**
 * The Python uv installs for, in the order uv itself decides it: the active environment (what setup-uv-cached
 * built and activated: its pyvenv.cfg is the fact), then UV_PYTHON (setup-uv-cached's python-version wins
 * over `.python-version` through it), then `.python-version`, then the project's own environment. Nothing
 * else: the lowest version requires-python allows is not what uv picks (it takes a newer interpreter), so
 * without one of these python_version markers stay unknown and their packages are audited.
 */
function findPython(opts) {
    const fromVenv = (venv) => {
        if (!venv)
            return undefined;
        const file = external_node_path_.join(venv, 'pyvenv.cfg');
        const parsed = readPyvenvCfg(file);
        return parsed ? { ...parsed, from: 'pyvenv.cfg', file } : undefined;
    };
    const active = fromVenv(opts.env.VIRTUAL_ENV);
    if (active)
        return active;
    const uvPython = opts.env.UV_PYTHON ? parsePythonRequest(opts.env.UV_PYTHON) : undefined;
    if (uvPython)
        return { ...uvPython, from: 'UV_PYTHON', file: 'UV_PYTHON' };
    for (const dir of [...new Set([opts.projectDir, opts.root])]) {
        const request = (0,python_version_file/* readPythonVersionFile */.T)(dir);
        const parsed = request ? parsePythonRequest(request) : undefined;
        if (parsed)
            return { ...parsed, from: '.python-version', file: external_node_path_.join(dir, '.python-version') };
    }
    return fromVenv(opts.venv);
}
const IMPLEMENTATION = { cpython: 'CPython', pypy: 'PyPy', graalpy: 'GraalVM' };
function targetEnvironment(opts) {
    const runner = opts.runner ?? runnerPlatform();
    const python = findPython(opts);
    const values = {
        sys_platform: runner.platform,
        platform_system: SYSTEM[runner.platform] ?? runner.platform,
        platform_machine: pythonMachine(runner),
        os_name: runner.platform === 'win32' ? 'nt' : 'posix',
    };
    // platform_release / platform_version (the kernel) are left unknown: the runner's kernel is not the target's.
    // `extra` and `dependency_groups` too: in uv.lock they encode which conflicting extras or groups are active
    // (`extra == 'extra-7-project-cpu'`), which the lock alone does not tell; unknown keeps such edges.
    if (python) {
        values.python_version = python.version;
        values.python_full_version = python.full;
        values.implementation_name = python.implementation;
        values.platform_python_implementation = IMPLEMENTATION[python.implementation];
        // CPython's implementation_version is its version; PyPy's and GraalPy's are their own.
        if (python.implementation === 'cpython')
            values.implementation_version = python.full;
    }
    else {
        values.implementation_name = 'cpython';
        values.platform_python_implementation = 'CPython';
    }
    const markers = { values, pythonMinorOnly: python?.minorOnly ?? false };
    const where = `${values.sys_platform} ${values.platform_machine}`;
    const description = python
        ? `${where}, ${IMPLEMENTATION[python.implementation]} ${python.full} (from ${python.from})`
        : `${where}, Python version unknown (no active environment, UV_PYTHON or .python-version): markers on it are not evaluated`;
    return { markers, platform: runner.platform, ...(python ? { python } : {}), description };
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/markers.ts

class MarkerError extends Error {
    marker;
    constructor(marker, reason) {
        super(`invalid marker ${JSON.stringify(marker.length > 200 ? `${marker.slice(0, 200)}…` : marker)}: ${reason}`);
        this.marker = marker;
        this.name = 'MarkerError';
    }
}
/** Markers come from uv.lock (attacker-controlled): bounded in length and nesting. */
const MAX_MARKER_LENGTH = 20_000;
const MAX_DEPTH = 64;
/** Pre-PEP 508 spellings `packaging` still accepts. */
const ALIASES = {
    'os.name': 'os_name',
    'sys.platform': 'sys_platform',
    'platform.version': 'platform_version',
    'platform.machine': 'platform_machine',
    'platform.python_implementation': 'platform_python_implementation',
    python_implementation: 'platform_python_implementation',
};
/** One token at a time, sticky: parentheses, a quoted string, an operator, or a name. Linear: no backtracking. */
const TOKEN = /\s*(?:([()])|'([^']*)'|"([^"]*)"|(===|==|!=|<=|>=|~=|<|>)|([A-Za-z_][A-Za-z0-9_.]{0,63}))/y;
function tokenize(src) {
    const out = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < src.length) {
        const at = TOKEN.lastIndex;
        const m = TOKEN.exec(src);
        if (!m) {
            if (!src.slice(at).trim())
                break;
            const c = src.slice(at).trimStart()[0];
            throw new MarkerError(src, c === "'" || c === '"' ? 'unterminated string' : `unexpected ${JSON.stringify(c)}`);
        }
        const [, paren, single, double, op, id] = m;
        if (paren)
            out.push({ t: paren });
        else if (single !== undefined || double !== undefined)
            out.push({ t: 'str', v: (single ?? double) });
        else if (op)
            out.push({ t: 'op', v: op });
        else if (id)
            out.push({ t: 'id', v: id });
        else
            break; // trailing whitespace
    }
    return out;
}
/** marker = and ('or' and)*; and = atom ('and' atom)*; atom = '(' marker ')' | operand op operand. */
function parseMarker(src) {
    if (src.length > MAX_MARKER_LENGTH)
        throw new MarkerError(src, `longer than ${MAX_MARKER_LENGTH} characters`);
    const toks = tokenize(src);
    let pos = 0;
    const peek = () => toks[pos];
    const isWord = (w) => {
        const t = peek();
        return t?.t === 'id' && t.v === w;
    };
    const operand = () => {
        const t = toks[pos++];
        if (t?.t === 'str')
            return { kind: 'str', value: t.v };
        if (t?.t === 'id' && t.v !== 'and' && t.v !== 'or' && t.v !== 'in' && t.v !== 'not')
            return { kind: 'var', name: ALIASES[t.v] ?? t.v };
        throw new MarkerError(src, 'expected a variable or a quoted string');
    };
    const operator = () => {
        const t = toks[pos++];
        if (t?.t === 'op')
            return t.v;
        if (t?.t === 'id' && t.v === 'in')
            return 'in';
        if (t?.t === 'id' && t.v === 'not' && isWord('in')) {
            pos++;
            return 'not in';
        }
        throw new MarkerError(src, 'expected a comparison operator');
    };
    const atom = (depth) => {
        if (peek()?.t === '(') {
            pos++;
            const inner = or(depth + 1);
            if (toks[pos++]?.t !== ')')
                throw new MarkerError(src, 'unbalanced parentheses');
            return inner;
        }
        const left = operand();
        const op = operator();
        const right = operand();
        if (left.kind === 'var' && right.kind === 'var')
            throw new MarkerError(src, 'compares two variables');
        return { kind: 'cmp', left, op, right };
    };
    const and = (depth) => {
        let node = atom(depth);
        while (isWord('and')) {
            pos++;
            node = { kind: 'and', left: node, right: atom(depth) };
        }
        return node;
    };
    const or = (depth) => {
        if (depth > MAX_DEPTH)
            throw new MarkerError(src, `nested deeper than ${MAX_DEPTH}`);
        let node = and(depth);
        while (isWord('or')) {
            pos++;
            node = { kind: 'or', left: node, right: and(depth) };
        }
        return node;
    };
    const node = or(0);
    if (pos !== toks.length)
        throw new MarkerError(src, 'unexpected text after the marker');
    return node;
}
const FLIP = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
/** The marker variables uv compares as PEP 440 versions (uv's MarkerValueVersion). */
const VERSION_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'implementation_version',
]);
const VERSION_OPS = new Set(['<', '<=', '==', '!=', '>=', '>', '~=', '===']);
/** Python's behaviour for a comparison with no PEP 440 meaning: strings. */
function compareStrings(lhs, op, rhs) {
    switch (op) {
        case '==':
        case '===':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
            return lhs < rhs;
        case '<=':
            return lhs <= rhs;
        case '>':
            return lhs > rhs;
        case '>=':
            return lhs >= rhs;
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        default:
            // `~=` on strings has no Python meaning: packaging raises UndefinedComparison. Unknown keeps the edge.
            throw new Error('undefined comparison');
    }
}
/** `lhs op rhs` as packaging evaluates it: PEP 440 when `op rhs` is a valid specifier, else strings. */
function compare(lhs, op, rhs) {
    if (VERSION_OPS.has(op) && op !== '===') {
        const spec = `${op}${rhs}`;
        if (specifierIsValid(spec))
            return (0,_renovatebot_pep440/* valid */.rZ)(lhs) !== null && (0,_renovatebot_pep440/* satisfies */.ib)(lhs, spec, { prereleases: true });
    }
    try {
        return compareStrings(lhs, op, rhs);
    }
    catch {
        return undefined;
    }
}
function specifierIsValid(spec) {
    const m = /^(~=|==|!=|<=|>=|<|>)\s*(.+)$/.exec(spec);
    if (!m)
        return false;
    const [, op, v] = m;
    // `==3.12.*` / `!=3.*`: a prefix match, valid with a release-only prefix.
    if ((op === '==' || op === '!=') && v.endsWith('.*'))
        return /^\d+(\.\d+)*$/.test(v.slice(0, -2));
    return (0,_renovatebot_pep440/* valid */.rZ)(v) !== null;
}
/**
 * `python_full_version op rhs` when only `X.Y` is known: the value is somewhere in [X.Y.0, X.(Y+1)). Ordered
 * comparisons are monotonic, so both ends decide when they agree; equality decides only when rhs is outside
 * the range (or is a wildcard on X or X.Y). Anything else is unknown.
 */
function compareMinorOnly(minor, op, rhs) {
    const [major, min] = minor.split('.').map(Number);
    const low = `${major}.${min}.0`;
    const high = `${major}.${min + 1}`; // exclusive
    if ((op === '==' || op === '!=') && rhs.endsWith('.*')) {
        // Every X.Y.z shares a prefix of one or two segments; a longer one needs the patch.
        return rhs.slice(0, -2).split('.').length <= 2 ? compare(low, op, rhs) : undefined;
    }
    if ((0,_renovatebot_pep440/* valid */.rZ)(rhs) === null)
        return undefined;
    const atLow = compare(low, op, rhs);
    // The whole range lies below rhs: no X.Y.z reaches it.
    const allBelow = compare(high, '<=', rhs) === true;
    const inRange = compare(rhs, '>=', low) === true && !allBelow;
    switch (op) {
        case '<':
        case '<=':
            // True for low and decreasing: false everywhere once false at low, true everywhere if the top is below.
            if (atLow === false)
                return false;
            return allBelow ? true : undefined;
        case '>':
        case '>=':
            if (atLow === true)
                return true;
            return allBelow ? false : undefined;
        case '==':
            return inRange ? undefined : false;
        case '!=':
            return inRange ? undefined : true;
        default:
            return undefined;
    }
}
function evalCompare(node, env) {
    let { left, op, right } = node;
    if (left.kind === 'str' && right.kind === 'var' && FLIP[op]) {
        // `'3.8' <= python_version` reads as `python_version >= '3.8'`.
        [left, right] = [right, left];
        op = FLIP[op];
    }
    const value = (o) => (o.kind === 'str' ? o.value : env.values[o.name]);
    const lhs = value(left);
    const rhs = value(right);
    if (lhs === undefined || rhs === undefined)
        return undefined;
    const minorOnly = left.kind === 'var' && (left.name === 'python_full_version' || left.name === 'implementation_version');
    if (env.pythonMinorOnly && minorOnly && right.kind === 'str')
        return compareMinorOnly(lhs, op, rhs);
    // uv (the installer that reads this lock) compares only its version variables as PEP 440 versions; every
    // other variable is a string: `platform_machine != '1.0'` is true on x86_64, never "not a version" false.
    const names = [left, right].flatMap((o) => (o.kind === 'var' ? [o.name] : []));
    if (names.some((n) => VERSION_VARIABLES.has(n)))
        return compare(lhs, op, rhs);
    try {
        return compareStrings(lhs, op, rhs);
    }
    catch {
        return undefined;
    }
}
function evaluate(node, env) {
    if (node.kind === 'cmp')
        return evalCompare(node, env);
    const a = evaluate(node.left, env);
    if (node.kind === 'and') {
        if (a === false)
            return false;
        const b = evaluate(node.right, env);
        if (b === false)
            return false;
        return a === true && b === true ? true : undefined;
    }
    if (a === true)
        return true;
    const b = evaluate(node.right, env);
    if (b === true)
        return true;
    return a === false && b === false ? false : undefined;
}
/** The marker's value in `env`: true, false, or undefined when it depends on what `env` does not know. */
function evaluateMarker(marker, env) {
    return evaluate(parseMarker(marker), env);
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/packages.ts







/** Bounds on an attacker-controlled lock: far above real ones (a 1,500-package lock is 3 MB). */
const LOCK_LIMITS = {
    bytes: 64 * 1024 * 1024,
    packages: 20_000,
    edgesPerPackage: 5_000,
    edges: 500_000,
};
const NAME = /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i;
/** Local source trees: the project itself (or a local package built from it); never looked up. */
const LOCAL_SOURCES = new Set(['editable', 'virtual']);
/**
 * The source a package is audited by: an index release when any of the lock's entries of that name is one
 * (a second entry of another kind must not hide it), else a wheel URL, else its first entry's kind.
 */
function auditSource(pkg) {
    const kinds = pkg.sources ?? [pkg.source];
    return kinds.includes('registry') ? 'registry' : kinds.includes('url') ? 'url' : pkg.source;
}
/** Sources with no index release behind the version: a vulnerability database does not describe them. */
const UNAUDITED_SOURCES = new Set(['git', 'path', 'directory']);
const show = (s) => JSON.stringify(s.length > 100 ? `${s.slice(0, 100)}…` : s);
function edgesOf(pkg) {
    return [pkg.dependencies, ...pkg.optional.values(), ...pkg.groups.values()];
}
/** Names (PEP 508), versions (PEP 440), specifiers and counts: a lock uv would not write is refused. */
function validateLock(graph) {
    const where = graph.path;
    if (graph.packages.size > LOCK_LIMITS.packages)
        throw new Error(`${where} lists ${graph.packages.size} packages; at most ${LOCK_LIMITS.packages} are audited`);
    let edges = 0;
    const members = new Set(graph.members);
    for (const pkg of graph.packages.values()) {
        if (pkg.name.length > 200 || !NAME.test(pkg.name))
            throw new Error(`${where}: ${show(pkg.name)} is not a valid package name (PEP 508)`);
        const local = members.has(pkg.name) || LOCAL_SOURCES.has(auditSource(pkg));
        if (!local && pkg.versions.length === 0 && (pkg.source === 'registry' || pkg.source === 'url'))
            throw new Error(`${where}: package ${show(pkg.name)} from a ${pkg.source} has no version`);
        for (const v of pkg.versions) {
            if (!local && (v.length > 100 || (0,_renovatebot_pep440/* valid */.rZ)(v) === null))
                throw new Error(`${where}: package ${show(pkg.name)} has version ${show(v)}, which is not a PEP 440 version`);
        }
        const own = edgesOf(pkg).reduce((n, list) => n + list.length, 0);
        if (own > LOCK_LIMITS.edgesPerPackage)
            throw new Error(`${where}: package ${show(pkg.name)} lists ${own} dependencies; at most ${LOCK_LIMITS.edgesPerPackage}`);
        edges += own;
        const specs = [...(pkg.requiresDist ?? []), ...[...(pkg.requiresDev?.values() ?? [])].flat()];
        for (const s of specs) {
            if (s.specifier !== undefined && (s.specifier.length > 500 || !(0,_renovatebot_pep440/* validRange */.Im)(s.specifier)))
                throw new Error(`${where}: ${show(pkg.name)} requires ${show(s.name)} with ${show(s.specifier)}, which is not a PEP 440 specifier`);
        }
    }
    if (edges > LOCK_LIMITS.edges)
        throw new Error(`${where} lists ${edges} dependency edges; at most ${LOCK_LIMITS.edges}`);
}
/**
 * Every edge marker evaluated once, up front, so that an invalid one fails naming the package that holds it.
 * An edge is followed unless its marker is false: unknown (a variable the target does not fix, such as uv's
 * conflict markers `extra == 'extra-7-project-cpu'`) keeps it, since leaving out a package that may be
 * installed would call it clean unseen.
 */
function markerValues(graph, env) {
    const values = new Map();
    const check = (owner, marker) => {
        if (marker === undefined || values.has(marker))
            return;
        try {
            values.set(marker, evaluateMarker(marker, env.markers));
        }
        catch (err) {
            throw new Error(`${graph.path}: package ${show(owner)}: ${err instanceof Error ? err.message : String(err)}`);
        }
    };
    for (const pkg of graph.packages.values()) {
        for (const list of edgesOf(pkg))
            for (const d of list)
                check(pkg.name, d.marker);
        for (const s of [...(pkg.requiresDist ?? []), ...[...(pkg.requiresDev?.values() ?? [])].flat()])
            check(pkg.name, s.marker);
    }
    return values;
}
/** The project's edges that start a chain with this origin (its dependencies, one extra, one group). */
function originEdges(pkg, origin) {
    if (origin.kind === 'dependencies')
        return pkg.dependencies;
    if (origin.kind === 'extra')
        return pkg.optional.get(origin.name ?? '') ?? [];
    return pkg.groups.get(origin.name ?? '') ?? [];
}
/** The project whose dependency starts the chain: the first one (the walk's order) with a followed edge to it. */
function startingProject(ctx, req) {
    const direct = req.chain[0];
    const found = ctx.graph.projects.find((p) => {
        const pkg = ctx.graph.packages.get(p);
        return pkg && originEdges(pkg, req.origin).some((d) => d.name === direct && ctx.follows(d));
    });
    return found ?? ctx.graph.projects[0];
}
/**
 * Who declares the dependency that brings a package in: the last workspace member on its chain (a member can
 * depend on another: `backend → shared → idna` is shared's `idna`), else the project the chain starts from.
 */
function declaration(ctx, req) {
    const members = new Set(ctx.graph.members);
    for (let i = req.chain.length - 2; i >= 0; i--) {
        if (members.has(req.chain[i]))
            return { declaredBy: req.chain[i], direct: req.chain[i + 1], fromProject: false };
    }
    return { declaredBy: startingProject(ctx, req), direct: req.chain[0], fromProject: true };
}
/**
 * The declaring project's own requirement on a direct dependency, from uv.lock's `[package.metadata]`: its
 * requires-dist (with its extras' requirements under `extra == '<name>'`), or requires-dev for a group.
 */
function declaredRequirement(ctx, declaredBy, name, origin) {
    const pkg = ctx.graph.packages.get(declaredBy);
    if (!pkg)
        return undefined;
    const list = origin?.kind === 'group' ? (pkg.requiresDev?.get(origin.name ?? '') ?? []) : (pkg.requiresDist ?? []);
    const candidates = list.filter((s) => s.name === name && ctx.follows(s));
    const compact = (s) => (s.marker ?? '').replace(/\s+/g, '').replace(/"/g, "'");
    const preferred = origin?.kind === 'extra'
        ? candidates.find((s) => compact(s).includes(`extra=='${origin.name}'`))
        : candidates.find((s) => !compact(s).includes('extra=='));
    return (preferred ?? candidates[0])?.specifier;
}
/** Edges into `name` from the packages (or projects) that reach it. */
function edgesInto(ctx, name, parents) {
    return parents.flatMap((p) => {
        const pkg = ctx.graph.packages.get(p);
        return pkg ? edgesOf(pkg).flatMap((list) => list.filter((d) => d.name === name)) : [];
    });
}
/**
 * Which of a package's versions the target installs. One version: that one. Several (uv forked the resolution,
 * one version per Python range, say): those the followed edges name; all of them when an edge names none.
 */
function installedVersions(ctx, pkg, req) {
    if (pkg.versions.length <= 1)
        return pkg.versions;
    const into = edgesInto(ctx, pkg.name, req.requiredBy).filter((d) => ctx.follows(d));
    if (into.length === 0 || into.some((d) => d.version === undefined))
        return pkg.versions;
    const named = new Set(into.map((d) => d.version));
    return pkg.versions.filter((v) => named.has(v));
}
function platformText(ctx, marker) {
    const py = ctx.env.python;
    return /python_|implementation_/.test(marker) && py
        ? `${ctx.env.platform}, Python ${py.full}`
        : ctx.env.platform;
}
/** Why a package the selection reaches is not installed: the first step of its chain whose markers are all false. */
function markerReason(ctx, req) {
    for (const [i, name] of req.chain.entries()) {
        // The first step: the projects' edges of the chain's origin (their dependencies, an extra, a group).
        const edges = i === 0
            ? ctx.graph.projects.flatMap((p) => {
                const pkg = ctx.graph.packages.get(p);
                return pkg ? originEdges(pkg, req.origin).filter((d) => d.name === name) : [];
            })
            : edgesInto(ctx, name, [req.chain[i - 1]]);
        if (edges.length === 0 || edges.some((d) => ctx.follows(d)))
            continue;
        const marker = [...new Set(edges.map((d) => d.marker))].join(' or ');
        const via = i < req.chain.length - 1 ? ` (via ${name})` : '';
        return `not installed on ${platformText(ctx, marker)}: ${marker}${via}`;
    }
    return `not installed on ${ctx.env.platform}: every path to it has a marker that is false here`;
}
/** The version a fork edge names is not for this target: the marker of the edge that names it. */
function forkReason(ctx, name, version, req) {
    const edges = edgesInto(ctx, name, req.requiredBy).filter((d) => d.version === version && d.marker);
    const marker = [...new Set(edges.map((d) => d.marker))].join(' or ');
    return marker
        ? `not installed on ${platformText(ctx, marker)}: ${marker}`
        : `not installed on ${ctx.env.platform}: another version of it is`;
}
function sourceReason(pkg) {
    const source = auditSource(pkg);
    if (UNAUDITED_SOURCES.has(source))
        return `${source} source: not audited`;
    // A direct URL to a wheel names a release (name, version) the database can know; a bare sdist URL does not.
    if (source === 'url' && pkg.wheels.length === 0)
        return 'sdist URL source: not audited';
    if (!['registry', 'url'].includes(source))
        return `${source} source: not audited`;
    return undefined;
}
/** Each workspace member's pyproject.toml: `<root>/<its source path>/pyproject.toml`. */
function memberPyprojects(graph, root) {
    const out = new Map();
    for (const m of graph.members) {
        const ref = graph.packages.get(m)?.sourceRef ?? '.';
        out.set(m, external_node_path_.join(root, ref, 'pyproject.toml'));
    }
    return out;
}
const byName = (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version);
/**
 * The selection over a parsed lock (pure: no file is read). `graph` is already the member's view (memberGraph)
 * when the working directory is a workspace member.
 */
function selectFromLock(graph, groups, env, root) {
    validateLock(graph);
    const markers = markerValues(graph, env);
    const follows = (d) => d.marker === undefined || markers.get(d.marker) !== false;
    const ctx = { graph, env, markers, follows };
    const everywhere = (0,uv_lock_graph/* classifyPackages */.A6)(graph, groups);
    const here = (0,uv_lock_graph/* classifyPackages */.A6)(graph, groups, follows);
    const audited = [];
    const skipped = [];
    const notSelected = [];
    for (const [name, req] of everywhere) {
        const pkg = graph.packages.get(name);
        if (!pkg) {
            if (req.selected)
                skipped.push({ name, version: '', reason: `not in ${external_node_path_.basename(graph.path)} (stale lock)` });
            continue;
        }
        // Workspace members are the project. Any other package is audited or listed as not audited, never left
        // out: an `editable` path dependency is named with its source.
        if (ctx.graph.members.includes(name))
            continue;
        if (!req.selected) {
            for (const version of pkg.versions)
                notSelected.push({ name, version });
            continue;
        }
        // A source tree with a dynamic version may have none in the lock: still listed (not audited, by its source).
        const versions = pkg.versions.length ? pkg.versions : [''];
        const reached = here.get(name);
        if (!reached?.selected) {
            const reason = markerReason(ctx, req);
            for (const version of versions)
                skipped.push({ name, version, reason });
            continue;
        }
        const installed = pkg.versions.length ? installedVersions(ctx, pkg, reached) : versions;
        for (const version of versions.filter((v) => !installed.includes(v)))
            skipped.push({ name, version, reason: forkReason(ctx, name, version, reached) });
        const unaudited = sourceReason(pkg);
        const { declaredBy, direct, fromProject } = declaration(ctx, reached);
        for (const version of installed) {
            if (unaudited) {
                skipped.push({ name, version, reason: unaudited });
                continue;
            }
            const p = {
                name,
                version,
                chain: [startingProject(ctx, reached), ...reached.chain],
                direct,
                declaredBy,
            };
            if (reached.scope === 'dev' && reached.origin.name)
                p.group = reached.origin.name;
            if (fromProject && reached.origin.kind === 'extra' && reached.origin.name)
                p.extra = reached.origin.name;
            if (direct === name) {
                // A member's own dependencies are its runtime ones: the chain's origin describes the first project only.
                const requirement = declaredRequirement(ctx, declaredBy, name, fromProject ? reached.origin : undefined);
                if (requirement)
                    p.requirement = requirement;
            }
            audited.push(p);
        }
    }
    return {
        projects: graph.projects,
        audited: audited.sort(byName),
        skipped: skipped.sort(byName),
        notSelected: notSelected.sort(byName),
        pyprojects: memberPyprojects(graph, root),
    };
}
async function readLock(lockFile) {
    let size;
    try {
        size = (await external_node_fs_.promises.lstat(lockFile)).size;
    }
    catch {
        throw new Error(`No uv.lock at ${lockFile}: vuln-audit reads the lock file; run uv lock and commit it`);
    }
    if (size > LOCK_LIMITS.bytes)
        throw new Error(`${lockFile} is ${size} bytes; at most ${LOCK_LIMITS.bytes} are read`);
    return (0,uv_lock_graph/* readLockText */.tm)(lockFile);
}
/**
 * The packages to audit for the working directory's project, from the lock uv uses for it (the workspace
 * root's uv.lock; a member counts its own closure, a virtual root every member's, as license-gate does).
 */
async function selectPackages(opts) {
    const project = (0,uv_project/* locateUvProject */.RQ)(opts.workingDirectory, opts.env, opts.workspace ? { ceiling: opts.workspace } : {});
    const lockFile = project?.lockFile ?? external_node_path_.resolve(opts.workingDirectory, 'uv.lock');
    const root = external_node_path_.dirname(lockFile);
    const full = (0,uv_lock_graph/* parseLockGraph */.P$)(await readLock(lockFile), lockFile);
    const graph = (project?.name && (0,uv_lock_graph/* memberGraph */.Vw)(full, project.name)) || full;
    const groups = (0,uv_lock_graph/* parseGroups */.Oo)(opts.groups ?? '', graph);
    const environment = targetEnvironment({
        projectDir: project?.projectDir ?? root,
        root,
        ...(project ? { venv: project.environment } : {}),
        env: opts.env,
        lockFile,
        ...(opts.runner ? { runner: opts.runner } : {}),
    });
    const picked = selectFromLock(graph, groups, environment, root);
    return { lockFile, root, ...(project ? { project } : {}), groups, environment, ...picked };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/report.ts




/**
 * The vuln-audit report: one finding per (package, vulnerability) at the pyproject.toml line of the direct
 * dependency responsible, and a summary that puts the vulnerable packages first, each with the fix to apply.
 * Every string from a record (id, aliases, summary, ranges, versions) was written by whoever published the
 * advisory, and package names and versions come from the checked repository's uv.lock: all are escaped.
 */
const TOOL = 'vuln-audit';
/** Where OSV shows a vulnerability: the help URL of its SARIF rule and the summary's link. */
function osvUrl(id) {
    return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
/** `high 7.5`, `moderate (advisory)`, `unknown`: the level with where it came from. */
function severityText(s) {
    if (!s.level)
        return 'unknown';
    if (s.score !== undefined)
        return `${s.level} ${s.score.toFixed(1)}`;
    return s.from === 'database' ? `${s.level} (advisory)` : s.level;
}
/** `flask → jinja2` for a transitive package, `direct dependency` for a direct one. */
function requiredBy(pkg) {
    const via = pkg.chain.slice(1);
    const where = pkg.group ? ` (group ${pkg.group})` : '';
    return via.length > 1 ? `${via.join(' → ')}${where}` : `direct dependency${where}`;
}
/** A path relative to the workspace (`.` for the workspace itself). */
function shownPath(p, workspace) {
    return external_node_path_.resolve(p) === external_node_path_.resolve(workspace) ? '.' : (0,finding/* toRepoPath */.xD)(p, workspace);
}
/** `project.optional-dependencies.color` → `[project.optional-dependencies].color`. */
function tableOf(section) {
    const dot = section.lastIndexOf('.');
    return dot < 0 ? `[${section}]` : `[${section.slice(0, dot)}].${section.slice(dot + 1)}`;
}
function remedySteps(vp, workspace) {
    const r = vp.remedy;
    if (!r)
        return undefined;
    const steps = { command: r.command };
    if (r.directory)
        steps.directory = shownPath(r.directory, workspace);
    if (r.requirement) {
        const q = r.requirement;
        steps.change = {
            from: `${vp.pkg.name}${q.current}`,
            to: `${vp.pkg.name}${q.suggested}`,
            file: shownPath(q.file, workspace),
            ...(q.section ? { table: tableOf(q.section) } : {}),
        };
    }
    return steps;
}
/** What to do, as one line of plain text: the requirement to change first when needed, then the command. */
function remedyText(vp, workspace) {
    const s = remedySteps(vp, workspace);
    if (!s)
        return 'no fixed version released';
    const run = s.directory ? `${s.command} (in ${s.directory})` : s.command;
    if (!s.change)
        return run;
    const where = s.change.table ? `${s.change.table} of ${s.change.file}` : s.change.file;
    return `change the requirement ${s.change.from} to ${s.change.to} in ${where}, then ${run}`;
}
const shown = (v) => !v.ignored;
function aliasesText(v) {
    return v.aliases.length ? ` (${v.aliases.join(', ')})` : '';
}
/** One finding per (package, vulnerability) that no `ignore` entry covers. */
function vulnFindings(result, siteOf, blocking, workspace) {
    const out = [];
    for (const vp of result.vulnerable) {
        const { pkg } = vp;
        const site = siteOf(pkg);
        for (const v of vp.vulnerabilities.filter(shown)) {
            const fix = v.fixedIn
                ? `fixed in ${v.fixedIn}: ${remedyText(vp, workspace)}`
                : 'no fixed version released';
            const via = pkg.chain.length > 2 ? ` (required by ${pkg.chain.slice(1).join(' → ')})` : '';
            const finding = {
                tool: TOOL,
                rule: v.id,
                severity: blocking(vp, v) ? 'error' : 'warning',
                message: `${pkg.name} ${pkg.version}${via}: ${v.id}${aliasesText(v)}, severity ${severityText(v.severity)}: ` +
                    `${(0,markdown/* clip */.$Q)(v.summary.replace(/\s+/g, ' ').trim() || 'no summary', 300)}; ${fix}.`,
                // The package and the vulnerability, not the version: a baseline keeps accepting the same
                // vulnerability in the next affected version, and a fix closes it.
                fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`${TOOL}\0${pkg.name}\0${v.id}`).digest('hex'),
                helpUri: osvUrl(v.id),
                data: {
                    package: pkg.name,
                    version: pkg.version,
                    vulnerability: v.id,
                    aliases: v.aliases.join(', '),
                    severity: v.severity.level ?? 'unknown',
                    ...(v.severity.score !== undefined ? { score: v.severity.score } : {}),
                    ...(v.severity.vector ? { vector: v.severity.vector } : {}),
                    affected: v.affected,
                    ...(v.fixedIn ? { fixedIn: v.fixedIn } : {}),
                    chain: pkg.chain.join(' → '),
                    ...(vp.remedy ? { remedy: remedyText(vp, workspace) } : {}),
                },
            };
            if (site.file)
                finding.file = site.file;
            if (site.line)
                finding.line = site.line;
            out.push(finding);
        }
    }
    return out;
}
const VULN_HEADERS = ['vulnerability', 'aliases', 'severity', 'affected', 'fixed in', 'summary'];
function vulnRow(v) {
    const severity = v.severity.vector
        ? `${(0,markdown/* escapeCell */.kq)(severityText(v.severity))}<br>${(0,markdown/* code */.aY)(v.severity.vector)}`
        : (0,markdown/* escapeCell */.kq)(severityText(v.severity));
    return [
        (0,markdown/* link */.nf)((0,markdown/* code */.aY)(v.id), osvUrl(v.id)),
        (0,markdown/* escapeCell */.kq)(v.aliases.join(', ') || '—'),
        severity,
        (0,markdown/* escapeCell */.kq)(v.affected || '—'),
        v.fixedIn ? (0,markdown/* code */.aY)(v.fixedIn) : 'no fix released',
        (0,markdown/* escapeCell */.kq)((0,markdown/* clip */.$Q)(v.summary.trim() || '—', 300)),
    ];
}
/** One section per vulnerable package: the summary's budget can then leave one out, never cut one. */
function packageSection(vp, blocking, workspace) {
    const { pkg } = vp;
    const open = vp.vulnerabilities.filter(shown);
    const failing = open.filter((v) => blocking(vp, v)).length;
    const lines = [
        `Required by: ${(0,markdown/* escapeInline */.VV)(requiredBy(pkg))}${pkg.chain.length ? ` (${(0,markdown/* code */.aY)(pkg.chain.join(' → '))})` : ''}.`,
    ];
    if (pkg.requirement)
        lines.push(`The project requires ${(0,markdown/* code */.aY)(`${pkg.name}${pkg.requirement}`)}.`);
    const r = remedySteps(vp, workspace);
    const run = r && `${(0,markdown/* code */.aY)(r.command)}${r.directory ? ` (in ${(0,markdown/* code */.aY)(r.directory)})` : ''}`;
    if (r?.change) {
        const c = r.change;
        const where = `${c.table ? `${(0,markdown/* escapeInline */.VV)(c.table)} of ` : ''}${(0,markdown/* code */.aY)(c.file)}`;
        lines.push(`Fix: the fixed release is outside the project's requirement: change ${(0,markdown/* code */.aY)(c.from)} to ${(0,markdown/* code */.aY)(c.to)} in ${where}, then run ${run}.`);
    }
    else if (r) {
        lines.push(`Fix: ${run}`);
    }
    else {
        lines.push('Fix: none released yet.');
    }
    const ignored = vp.vulnerabilities.filter((v) => v.ignored);
    if (ignored.length)
        lines.push(`Ignored here: ${ignored.map((v) => (0,markdown/* code */.aY)(v.id)).join(', ')} (see Ignored vulnerabilities).`);
    const counts = failing ? ` — ${failing} failing` : '';
    return {
        title: `${pkg.name} ${pkg.version}: ${(0,markdown/* plural */.LS)(open.length, 'vulnerability', 'vulnerabilities')}${counts}`,
        markdown: [lines.join('<br>\n'), (0,markdown/* table */.tp)(VULN_HEADERS, open.map(vulnRow))].join('\n\n'),
    };
}
function ignoresSections(result) {
    const sections = [];
    const ignored = result.vulnerable.flatMap((vp) => vp.vulnerabilities.filter((v) => v.ignored).map((v) => ({ pkg: vp.pkg, v })));
    if (ignored.length) {
        sections.push({
            title: `Ignored vulnerabilities (${ignored.length})`,
            markdown: (0,markdown/* table */.tp)(['vulnerability', 'package', 'severity', 'until', 'reason'], ignored.map(({ pkg, v }) => [
                (0,markdown/* link */.nf)((0,markdown/* code */.aY)(v.id), osvUrl(v.id)),
                `${(0,markdown/* code */.aY)(pkg.name)} ${(0,markdown/* escapeCell */.kq)(pkg.version)}`,
                (0,markdown/* escapeCell */.kq)(severityText(v.severity)),
                (0,markdown/* escapeCell */.kq)(v.ignored?.until ?? '—'),
                (0,markdown/* escapeCell */.kq)(v.ignored?.reason || '—'),
            ])),
            collapsed: true,
        });
    }
    const notes = [];
    if (result.expiredIgnores.length)
        notes.push(`❌ Expired (they fail the step: renew with a new date and reason, or remove them): ${result.expiredIgnores.map(markdown/* code */.aY).join(', ')}.`);
    if (result.unusedIgnores.length)
        notes.push(`Matched no vulnerability (remove them): ${result.unusedIgnores.map(markdown/* code */.aY).join(', ')}.`);
    if (notes.length)
        sections.push({ title: 'Ignore entries', markdown: notes.map((n) => `- ${n}`).join('\n') });
    return sections;
}
function restSections(result) {
    const sections = [];
    if (result.skipped.length) {
        sections.push({
            title: `Not audited (${result.skipped.length})`,
            markdown: (0,markdown/* table */.tp)(['package', 'version', 'why'], result.skipped.map((p) => [(0,markdown/* code */.aY)(p.name), (0,markdown/* escapeCell */.kq)(p.version || '—'), (0,markdown/* escapeCell */.kq)(p.reason)])),
            collapsed: true,
        });
    }
    const vulnerable = new Set(result.vulnerable.map((vp) => vp.pkg.name));
    const clean = result.audited.filter((p) => !vulnerable.has(p.name));
    if (clean.length) {
        sections.push({
            title: `No known vulnerability (${clean.length})`,
            markdown: clean.map((p) => `${(0,markdown/* code */.aY)(p.name)} ${(0,markdown/* escapeInline */.VV)(p.version)}`).join(', '),
            collapsed: true,
        });
    }
    return sections;
}
function buildReport(result, findings, opts) {
    const sections = result.vulnerable.map((vp) => packageSection(vp, opts.blocking, opts.workspace));
    sections.push(...ignoresSections(result), ...restSections(result));
    const groups = opts.groups.trim()
        ? opts.groups.trim().toLowerCase() === 'all'
            ? 'all groups'
            : `runtime + ${opts.groups.trim()}`
        : 'runtime dependencies';
    sections.push({
        title: 'Scope',
        markdown: [
            `- Audited ${(0,markdown/* plural */.LS)(result.audited.length, 'package')} from uv.lock (${(0,markdown/* escapeInline */.VV)(groups)}); ${(0,markdown/* plural */.LS)(result.skipped.length, 'package')} not audited.`,
            ...(opts.notSelected
                ? [
                    `- ${(0,markdown/* plural */.LS)(opts.notSelected, 'package')} only dependency groups bring in, not counted (\`groups: all\` includes them).`,
                ]
                : []),
            ...(opts.target ? [`- Environment markers judged for ${(0,markdown/* escapeInline */.VV)(opts.target)}.`] : []),
            `- Source: ${(0,markdown/* escapeInline */.VV)(result.source)}; ${(0,markdown/* formatDuration */.a3)(opts.durationMs)}.`,
            `- Policy: ${(0,markdown/* escapeInline */.VV)(opts.policy)}. Vulnerabilities that do not fail the step are warnings.`,
        ].join('\n'),
    });
    return {
        action: TOOL,
        title: 'Vulnerabilities',
        verdict: opts.verdict,
        headline: opts.headline,
        findings,
        sections,
        toolRuns: [
            {
                tool: TOOL,
                findings: findings.length,
                durationMs: Math.round(opts.durationMs),
                exitCode: 0,
                informationUri: 'https://osv.dev/',
            },
        ],
    };
}
/**
 * The report of an audit the source could not complete: no findings (the packages it could not ask are not
 * clean, and a SARIF file without them would close their alerts), the packages left unaudited and why.
 */
function sourceFailureReport(err, opts) {
    const n = err.packages.length;
    return {
        action: TOOL,
        title: 'Vulnerabilities',
        verdict: 'fail',
        headline: `could not audit ${(0,markdown/* plural */.LS)(n, 'package')} of ${opts.packages}: the vulnerability source did not answer`,
        findings: [],
        sections: [
            { title: 'Error', markdown: (0,markdown/* escapeInline */.VV)((0,markdown/* clip */.$Q)(err.message, 1000)) },
            {
                title: `Not audited (${n})`,
                markdown: err.packages.map((p) => `${(0,markdown/* code */.aY)(p.name)} ${(0,markdown/* escapeInline */.VV)(p.version)}`).join(', ') || '—',
                collapsed: n > 20,
            },
            {
                title: 'Scope',
                markdown: `- Source: ${(0,markdown/* escapeInline */.VV)(opts.source)}; ${(0,markdown/* formatDuration */.a3)(opts.durationMs)}.\n- Nothing is reported as clean: the step fails until the source answers for every package.`,
            },
        ],
        toolRuns: [
            {
                tool: TOOL,
                findings: 0,
                durationMs: Math.round(opts.durationMs),
                exitCode: 1,
                informationUri: 'https://osv.dev/',
            },
        ],
    };
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/actions/vuln-audit/sources/osv-database.ts









const DEFAULTS = {
    maxRecordBytes: 16 * 1024 * 1024,
    maxTotalBytes: 2 * 1024 * 1024 * 1024,
    maxRecords: 1_000_000,
    maxZipBytes: 1024 * 1024 * 1024,
};
const ALLOWED = "expected an OSV export: the ecosystem's all.zip, or a directory of OSV .json records";
/** Counts what is read against the bounds. */
class Budget {
    o;
    bytes = 0;
    count = 0;
    constructor(o) {
        this.o = o;
    }
    take(name, size) {
        if (size > this.o.maxRecordBytes)
            throw new Error(`${name} has ${size} bytes, more than the ${this.o.maxRecordBytes} allowed for a record`);
        this.bytes += size;
        this.count += 1;
        if (this.bytes > this.o.maxTotalBytes)
            throw new Error(`the records exceed ${this.o.maxTotalBytes} bytes`);
        if (this.count > this.o.maxRecords)
            throw new Error(`more than ${this.o.maxRecords} records`);
    }
}
const decoder = new TextDecoder('utf-8', { fatal: true });
function parseRecord(bytes, name) {
    let value;
    try {
        value = JSON.parse(decoder.decode(bytes));
    }
    catch {
        throw new Error(`${name} is not valid UTF-8 JSON`);
    }
    return checkedRecord(value, name);
}
function readZip(file, o) {
    const size = external_node_fs_.statSync(file).size;
    if (size > o.maxZipBytes)
        throw new Error(`the zip has ${size} bytes, more than the ${o.maxZipBytes} read`);
    const budget = new Budget(o);
    // The filter sees each entry's declared size before it is inflated; fflate inflates into a buffer of
    // exactly that size, so an entry cannot grow past what the budget accepted.
    const entries = (0,esm/* unzipSync */.AO)(external_node_fs_.readFileSync(file), {
        filter: (f) => {
            if (!f.name.toLowerCase().endsWith('.json'))
                return false;
            budget.take(f.name, Math.max(f.originalSize, f.size));
            return true;
        },
    });
    return Object.entries(entries).map(([name, bytes]) => parseRecord(bytes, name));
}
function readDirectory(dir, o) {
    const budget = new Budget(o);
    const files = [];
    const walk = (d) => {
        for (const e of external_node_fs_.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const p = external_node_path_.join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) {
                budget.take(external_node_path_.relative(dir, p), external_node_fs_.statSync(p).size);
                files.push(p);
            }
        }
    };
    walk(dir);
    return files.map((f) => parseRecord(external_node_fs_.readFileSync(f), external_node_path_.relative(dir, f)));
}
/** Records by PEP 503 name of each PyPI package they name. */
function indexByPackage(records) {
    const index = new Map();
    for (const r of records) {
        const names = new Set((r.affected ?? [])
            .filter((a) => a.package?.ecosystem === 'PyPI')
            .map((a) => (0,python_names/* normalizePackageName */.N)(a.package.name)));
        for (const n of names) {
            const list = index.get(n);
            if (list)
                list.push(r);
            else
                index.set(n, [r]);
        }
    }
    return index;
}
/** The source for `database` (a path): checked now, read at the first lookup. */
function osvDatabaseSource(dbPath, opts = {}) {
    const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
    const resolved = external_node_path_.resolve(dbPath);
    let stat;
    try {
        stat = external_node_fs_.statSync(resolved);
    }
    catch {
        throw new errors/* InputError */.dz('database', dbPath, `no such file or directory; ${ALLOWED}`);
    }
    const isZip = stat.isFile() && resolved.toLowerCase().endsWith('.zip');
    if (!isZip && !stat.isDirectory())
        throw new errors/* InputError */.dz('database', dbPath, ALLOWED);
    let loaded;
    let loadError;
    const load = () => {
        if (loaded || loadError)
            return;
        try {
            const records = isZip ? readZip(resolved, o) : readDirectory(resolved, o);
            loaded = { index: indexByPackage(records), count: records.length };
        }
        catch (err) {
            loadError = `the OSV database ${dbPath} cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    };
    return {
        get description() {
            return `OSV database ${dbPath}${loaded ? ` (${loaded.count} records)` : ''}`;
        },
        async lookup(packages) {
            load();
            const unique = uniquePackages(packages);
            const failed = new Unanswered();
            const out = new Map();
            for (const p of unique) {
                if (!loaded) {
                    failed.add(p, loadError);
                    continue;
                }
                const candidates = loaded.index.get((0,python_names/* normalizePackageName */.N)(p.name)) ?? [];
                const matching = candidates.filter((r) => affects(r, p.name, p.version));
                out.set(packageKey(p), [...new Map(matching.map((r) => [r.id, r])).values()].sort(byRecordId));
            }
            failed.throwIfAny();
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/source.ts



/** The source the `source` input names, with its URL or export. */
function openSource(i) {
    if (i.source === 'database') {
        // loadInputs guarantees it: `database` is required with source: database.
        if (!i.database)
            throw new Error('source: database needs the database input');
        return osvDatabaseSource(i.database);
    }
    if (i.source === 'pypi')
        return pypiSource({ url: i.pypiUrl });
    return osvApiSource({ url: i.osvUrl });
}

;// CONCATENATED MODULE: ./src/actions/vuln-audit/definition.ts










/** Asks the source and audits; a source that cannot answer fails the step after saying so in the summary. */
async function audited(i, rt, t0, selection) {
    const source = openSource(i);
    rt.info(`Auditing ${selection.audited.length} packages of ${selection.lockFile} with the ${source.description}`);
    try {
        const records = await source.lookup(selection.audited);
        return auditPackages(selection, records, {
            ignore: i.ignore,
            today: new Date(),
            source: source.description,
        });
    }
    catch (err) {
        if (!(err instanceof SourceError))
            throw err;
        const report = sourceFailureReport(err, {
            source: source.description,
            packages: selection.audited.length,
            durationMs: external_node_perf_hooks_.performance.now() - t0,
        });
        // No SARIF (an empty run would close the open alerts) and no baseline: nothing was judged.
        await (0,inputs/* publishWithInputs */.Z)(report, rt, { ...i.report, sarifFile: undefined, writeBaseline: undefined });
        // Never "clean" for what could not be asked: the message says how many were not audited.
        const message = err.message.startsWith('could not audit')
            ? err.message
            : `could not audit ${err.packages.length} packages: ${err.message}`;
        throw new Error(`vuln-audit: ${message}`);
    }
}
async function main(i, rt) {
    const t0 = external_node_perf_hooks_.performance.now();
    const selection = await selectPackages({
        workingDirectory: i.workingDirectory,
        env: rt.env,
        groups: i.groups,
        workspace: rt.workspace,
    });
    const result = await audited(i, rt, t0, selection);
    const policy = { failOn: i.failOn, minSeverity: i.minSeverity };
    const judged = verdict(result, policy);
    const open = result.vulnerable.flatMap((vp) => vp.vulnerabilities.filter((v) => !v.ignored));
    const status = !judged.pass ? 'fail' : open.length ? 'warn' : 'pass';
    const findings = vulnFindings(result, declarationSites({
        pyprojects: selection.pyprojects,
        fallback: selection.project?.pyproject ?? external_node_path_.join(i.workingDirectory, 'pyproject.toml'),
        workspace: rt.workspace,
    }), (_vp, v) => counts(v, policy), rt.workspace);
    const report = buildReport(result, findings, {
        verdict: status,
        headline: brief(result),
        blocking: (_vp, v) => counts(v, policy),
        policy: `fail-on: ${i.failOn}, min-severity: ${i.minSeverity}`,
        durationMs: external_node_perf_hooks_.performance.now() - t0,
        groups: i.groups,
        workspace: rt.workspace,
        target: selection.environment.description,
        notSelected: selection.notSelected.length,
    });
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, i.report, { commentKey: 'vulnerabilities' });
    rt.setOutput('packages', result.audited.length);
    rt.setOutput('vulnerable-packages', result.vulnerable.filter((vp) => vp.vulnerabilities.some((v) => !v.ignored)).length);
    rt.setOutput('vulnerabilities', open.length);
    rt.setOutput('fixable', open.filter((v) => v.fixedIn !== undefined).length);
    // What fails the step: vulnerabilities the policy counts that the baseline does not list, and expired
    // ignore entries (the decision to accept a vulnerability is due again).
    const failing = published.newFindings.filter((f) => f.severity === 'error');
    const problems = [];
    if (failing.length) {
        const names = failing.map((f) => `${f.data?.package} ${f.rule}`).join(', ');
        problems.push(`${failing.length} vulnerabilit${failing.length === 1 ? 'y fails' : 'ies fail'} the audit: ${names}`);
    }
    if (result.expiredIgnores.length)
        problems.push(`expired ignore entries (renew or remove them): ${result.expiredIgnores.join(', ')}`);
    if (problems.length)
        throw new Error(`vuln-audit: ${problems.join('; ')}`);
}
const definition = {
    name: 'vuln-audit',
    command: 'audit',
    description: 'Known vulnerabilities of the packages uv.lock pins (OSV), with the fix to apply',
    loadInputs: loadInputs,
    main,
};


/***/ }),

/***/ 9990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkedServiceUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2258);
/* harmony import */ var _sources_base_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1163);



/**
 * The `osv-url` / `pypi-url` input checked as the sources check it (serviceBaseUrl); the error for a refused
 * URL never repeats a credential written into it. Its own module: the gate checks `osv-url` with it too,
 * without bundling the sources.
 */
function checkedServiceUrl(value, name) {
    try {
        return (0,_sources_base_url_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceBaseUrl */ .Y)(value, name);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrls */ .sK)(value), err.allowed);
        throw err;
    }
}


/***/ }),

/***/ 1163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ serviceBaseUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const ALLOWED = 'expected an http:// or https:// URL without credentials, query or fragment';
/**
 * The base URL of a vulnerability service (the OSV API, PyPI, or a mirror of either), checked: http or
 * https only (no file:, data: ...), no credentials (they would be printed with the URL), no query or
 * fragment (paths are appended to it). Returned without trailing slashes; a path prefix is kept.
 */
function serviceBaseUrl(value, input) {
    const trimmed = value.trim();
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ALLOWED);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ALLOWED);
    if (url.username ||
        url.password ||
        url.search ||
        url.hash ||
        trimmed.includes('?') ||
        trimmed.includes('#')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ALLOWED);
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
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

/***/ 5551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_FETCH: () => (/* binding */ DEFAULT_FETCH),
/* harmony export */   DownloadError: () => (/* binding */ DownloadError),
/* harmony export */   backoffSchedule: () => (/* binding */ backoffSchedule),
/* harmony export */   describeNetworkError: () => (/* binding */ describeNetworkError),
/* harmony export */   downloadFile: () => (/* binding */ downloadFile),
/* harmony export */   isRetryableStatus: () => (/* binding */ isRetryableStatus),
/* harmony export */   redactUrl: () => (/* reexport safe */ _url_js__WEBPACK_IMPORTED_MODULE_7__.B)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4942);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3606);









const DEFAULT_FETCH = {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    timeoutMs: 60_000,
};
/** The waits between tries: base, 2×base, 4×base, ... each capped at maxMs (one fewer than the tries). */
function backoffSchedule(attempts, baseMs, maxMs = DEFAULT_FETCH.maxDelayMs) {
    return Array.from({ length: Math.max(0, attempts - 1) }, (_, i) => Math.min(maxMs, baseMs * 2 ** i));
}
/** Server errors, rate limiting and request timeouts may pass; any other 4xx will not. */
function isRetryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
const RETRYABLE_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** One try's failure, with whether another try may help. */
class AttemptError extends Error {
    retryable;
    status;
    constructor(message, retryable, status) {
        super(message);
        this.retryable = retryable;
        this.status = status;
    }
}
/** The failure of a download after all its tries. */
class DownloadError extends Error {
    url;
    status;
    attempts;
    constructor(url, status, attempts, reason) {
        super(`Download of ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`);
        this.url = url;
        this.status = status;
        this.attempts = attempts;
        this.name = 'DownloadError';
    }
}
/** A connection-level failure (refused, reset, timed out, ...): its message, and whether another try may help. */
function describeNetworkError(err) {
    const e = err;
    const code = e?.code ?? '';
    const msg = e?.message ?? String(err);
    // @actions/http-client reports its socket timeout as a plain Error('Request timeout: <path>').
    const retryable = RETRYABLE_CODES.has(code) || /timeout|socket hang up|aborted|terminated/i.test(msg);
    return { message: code && !msg.includes(code) ? `${code}: ${msg}` : msg, retryable };
}
function classify(err) {
    if (err instanceof AttemptError)
        return err;
    const { message, retryable } = describeNetworkError(err);
    return new AttemptError(message, retryable);
}
async function tryOnce(client, url, dest, timeoutMs) {
    const res = await client.get(url);
    const msg = res.message;
    const status = msg.statusCode ?? 0;
    if (status !== 200) {
        msg.resume();
        const text = `HTTP ${status}${msg.statusMessage ? ` ${msg.statusMessage}` : ''}`;
        throw new AttemptError(text, isRetryableStatus(status), status);
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let lastData = Date.now();
    const idle = setTimeout(() => {
        msg.destroy(new AttemptError(`no data received for ${timeoutMs} ms`, true));
    }, timeoutMs);
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            bytes += chunk.length;
            lastData = Date.now();
            idle.refresh();
            done(null, chunk);
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(msg, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest));
    }
    catch (err) {
        // The client's socket timeout (the same length) can fire first and surface as "aborted": a stall is
        // still reported as one.
        if (!(err instanceof AttemptError) && Date.now() - lastData >= timeoutMs) {
            throw new AttemptError(`no data received for ${timeoutMs} ms`, true);
        }
        throw err;
    }
    finally {
        clearTimeout(idle);
    }
    const declared = Number(msg.headers['content-length']);
    if (Number.isFinite(declared) && msg.headers['content-length'] !== undefined && declared !== bytes) {
        throw new AttemptError(`the response ended after ${bytes} of ${declared} bytes`, true);
    }
    return { bytes, sha256: hash.digest('hex') };
}
/**
 * Streams `url` into the file `dest`, hashing it on the way, with retries and exponential backoff on 5xx,
 * 429, timeouts and connection errors. Honours https_proxy / no_proxy through @actions/http-client.
 */
async function downloadFile(url, dest, opts = {}) {
    const attempts = Math.max(1, opts.attempts ?? DEFAULT_FETCH.attempts);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH.timeoutMs;
    const delays = backoffSchedule(attempts, opts.baseDelayMs ?? DEFAULT_FETCH.baseDelayMs, opts.maxDelayMs);
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const shown = (0,_url_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .B)(url);
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_6__.HttpClient('pyprod-actions', [], {
        socketTimeout: timeoutMs,
        allowRedirects: true,
        maxRedirects: 10,
    });
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now();
    try {
        for (let attempt = 1;; attempt++) {
            try {
                const r = await tryOnce(client, url, dest, timeoutMs);
                return { ...r, attempts: attempt, durationMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_3__.performance.now() - started) };
            }
            catch (err) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true });
                const e = classify(err);
                if (!e.retryable) {
                    const note = e.status !== undefined ? ` (HTTP ${e.status} is not retried)` : '';
                    throw new DownloadError(shown, e.status, attempt, `${e.message}${note}`);
                }
                if (attempt >= attempts)
                    throw new DownloadError(shown, e.status, attempt, e.message);
                const wait = delays[attempt - 1] ?? 0;
                opts.onRetry?.(`Download of ${shown} failed (${e.message}); try ${attempt + 1} of ${attempts} in ${wait} ms`);
                await sleep(wait);
            }
        }
    }
    finally {
        client.dispose();
    }
}


/***/ }),

/***/ 3606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl)
/* harmony export */ });
/**
 * A URL fit for a log line or an error: user name and password removed, also from a string that is not a
 * valid URL. Kept apart from download.ts so that reading it does not load the HTTP client.
 */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (!u.username && !u.password)
            return url;
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
    }
}


/***/ })

};
