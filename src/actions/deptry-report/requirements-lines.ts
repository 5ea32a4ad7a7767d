import { requirementName } from '../../core/pyproject-lines.js';
import { normalizePackageName } from '../../core/python-names.js';

/** A requirement line of a requirements file (pip's format), with where it starts. */
export interface RequirementLine {
  name: string;
  /** PEP 503 normalised. */
  key: string;
  /** 1-based line and column of the requirement (a continued requirement: its first physical line). */
  line: number;
  column: number;
}

const normalise = normalizePackageName;

/** The name of a URL requirement from its `#egg=` fragment, as pip and deptry read it. */
function eggName(text: string): string | undefined {
  return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text)?.[1];
}

/**
 * The requirements a requirements file declares: `name[extra] >= 1 ; marker`, `name @ url`, `-e url#egg=name`
 * and bare URLs with `#egg=`. Comments (`#` at the start or after white space), blank lines, options
 * (`-r`, `-c`, `--index-url`, ...) and backslash continuations are understood, so a name inside a comment
 * or an option's value is never taken for a requirement.
 */
export function findRequirementLines(text: string): RequirementLine[] {
  const out: RequirementLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let logical = lines[i] as string;
    // A backslash at the very end joins the next line (pip joins before removing comments).
    while (logical.endsWith('\\') && i + 1 < lines.length) {
      logical = logical.slice(0, -1) + (lines[++i] as string);
    }
    const uncommented = logical.replace(/(^|\s)#.*$/, '');
    const indent = /^\s*/.exec(uncommented)?.[0].length ?? 0;
    const body = uncommented.trim();
    if (!body) continue;
    let name: string | undefined;
    if (body.startsWith('-')) {
      const editable = /^(?:-e|--editable)(?:\s+|=)(.*)$/.exec(body);
      // `#egg=` follows the URL without white space, so removing comments kept it.
      if (editable) name = eggName(body);
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(body)) {
      name = eggName(body);
    } else {
      name = requirementName(body);
    }
    if (name) out.push({ name, key: normalise(name), line: first + 1, column: indent + 1 });
  }
  return out;
}
