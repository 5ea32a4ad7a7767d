// One `uses:` form everywhere a user copies from (README, docs, starter workflow, examples): a full commit
// SHA with the release tag in a comment, and for our actions one owner/repository, pyprod/pyprod-actions,
// all pinned to the same commit (node scripts/pin-template.mjs moves them together).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['README.md', 'docs', 'workflow-templates', 'examples'];
const EXTS = ['.md', '.yml', '.yaml'];
const SHA_PIN = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40} # v\d+(?:\.\d+){0,2}$/;
const OURS = /^pyprod\/pyprod-actions(?:\/actions\/([\w-]+))?@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/;
// Any mention of this repository with a ref, whatever the owner, the path or the quoting around it.
const OUR_REF = /(?:[\w.-]+\/)?pyprod-actions(?:\/[\w./<>-]+)?@[^\s`'"]+(?: # [^\n`]*)?/g;
const USES_LINE = /^\s*(?:-\s+)?uses:\s*(\S.*?)\s*$/;

function walk(p: string): string[] {
  if (fs.statSync(p).isFile()) return EXTS.some((e) => p.endsWith(e)) ? [p] : [];
  return fs
    .readdirSync(p)
    .filter((n) => n !== 'node_modules' && n !== '.venv')
    .flatMap((n) => walk(path.join(p, n)));
}

interface Problem {
  where: string;
  text: string;
  why: string;
}

/** Every `uses:` that is not SHA-pinned with a tag comment, and every reference to us not in our one form. */
function usesProblems(where: string, text: string, actions: Set<string>): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const at = `${where}:${i + 1}`;
    const uses = USES_LINE.exec(line)?.[1];
    if (uses !== undefined && !uses.startsWith('./') && !uses.startsWith('docker://') && !SHA_PIN.test(uses))
      out.push({ where: at, text: uses, why: 'expected owner/repo[/path]@<40-hex sha> # v<version>' });
    for (const ref of line.match(OUR_REF) ?? []) {
      const m = OURS.exec(ref);
      if (!m)
        out.push({
          where: at,
          text: ref,
          why: 'expected pyprod/pyprod-actions[/actions/<name>]@<sha> # vX.Y.Z',
        });
      else if (m[1] !== undefined && !actions.has(m[1]))
        out.push({ where: at, text: ref, why: `actions/${m[1]} does not exist` });
    }
  });
  return out;
}

const actions = new Set(
  fs.readdirSync('actions').filter((a) => fs.existsSync(path.join('actions', a, 'action.yml'))),
);
const files = ROOTS.flatMap(walk);

describe('uses: form', () => {
  it('finds the files users copy from', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('workflow-templates/python-production.yml');
    expect(files.filter((f) => f.startsWith('docs/')).length).toBeGreaterThan(5);
  });

  it('rejects each form the docs used to show', () => {
    for (const bad of [
      '- uses: OWNER/pyprod-actions/actions/setup-uv-cached@v0',
      '- uses: pyprod-actions/actions/docker-slim-build@v1',
      '- uses: pyprod/pyprod-actions@<commit-sha>',
      'the gate: `uses: pyprod/pyprod-actions@<commit-sha>` in one step',
      `- uses: pyprod/pyprod-actions/actions/secret-scan@${'a'.repeat(40)} # main, 2026-11-22`,
      `- uses: pyprod/pyprod-actions/actions/no-such-action@${'a'.repeat(40)} # v1.0.0`,
      '- uses: actions/checkout@v4',
      `- uses: actions/checkout@${'a'.repeat(40)}`,
    ])
      expect(usesProblems('x.md', bad, actions), bad).not.toEqual([]);
    const good = `- uses: pyprod/pyprod-actions/actions/secret-scan@${'a'.repeat(40)} # v1.0.0\n- uses: ./actions/secret-scan`;
    expect(usesProblems('x.md', good, actions)).toEqual([]);
  });

  it('every uses: line and every reference to this repository has the one form', () => {
    const problems = files.flatMap((f) => usesProblems(f, fs.readFileSync(f, 'utf8'), actions));
    expect(problems.map((p) => `${p.where}: ${p.text}: ${p.why}`)).toEqual([]);
  });

  it('pins every reference to this repository to one commit and one release tag', () => {
    const pins = new Set<string>();
    for (const f of files)
      for (const ref of fs.readFileSync(f, 'utf8').match(OUR_REF) ?? []) {
        const m = OURS.exec(ref);
        if (m) pins.add(`${m[2]} # ${m[3]}`);
      }
    expect(pins.size, [...pins].join('\n')).toBe(1);
    // The README's pre-commit snippet pins the same release in pre-commit's frozen form.
    const rev =
      /repo: https:\/\/github\.com\/pyprod\/pyprod-actions\n\s+rev: ([0-9a-f]{40}) # frozen: (v[\d.]+)\n/.exec(
        fs.readFileSync('README.md', 'utf8'),
      );
    expect(rev, "README.md's pre-commit rev: <sha> # frozen: vX.Y.Z").not.toBeNull();
    expect(`${rev?.[1]} # ${rev?.[2]}`).toBe([...pins][0]);
  });
});
