// Every action has docs/<action>.md whose input and output tables say exactly what its action.yml says:
// same names, same defaults. The docs fail this test the moment they drift.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

interface Manifest {
  inputs?: Record<string, { default?: unknown }>;
  outputs?: Record<string, unknown>;
}

// Each action's manifest by its docs name; the production gate is the repository's root action.yml.
const manifests: Record<string, string> = { gate: 'action.yml' };
for (const a of fs.readdirSync('actions')) {
  if (fs.existsSync(path.join('actions', a, 'action.yml')))
    manifests[a] = path.join('actions', a, 'action.yml');
}
const actions = Object.keys(manifests).sort();

/** Rows of the Markdown table under a `## <heading>`: first cell (a `name` in backticks) → second cell. */
function tableRows(doc: string, heading: string): Map<string, string> {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|/.exec(line);
    if (m) rows.set(m[1] as string, (m[2] as string).replace(/^`|`$/g, ''));
  }
  return rows;
}

describe('action docs match action.yml', () => {
  it('finds the actions', () => {
    expect(actions).toContain('setup-uv-cached');
    expect(actions).toContain('gate');
  });
  for (const action of actions) {
    it(`docs/${action}.md`, () => {
      const manifest = YAML.parse(fs.readFileSync(manifests[action] as string, 'utf8')) as Manifest;
      const docFile = path.join('docs', `${action}.md`);
      expect(fs.existsSync(docFile), `${docFile} is missing`).toBe(true);
      const doc = fs.readFileSync(docFile, 'utf8');
      const inputs = tableRows(doc, 'Inputs');
      const declared = Object.entries(manifest.inputs ?? {});
      expect([...inputs.keys()].sort()).toEqual(declared.map(([n]) => n).sort());
      for (const [name, spec] of declared) {
        const def = spec.default === undefined ? '' : String(spec.default).trim().split('\n').join(', ');
        expect(inputs.get(name), `default of ${name}`).toBe(def);
      }
      expect([...tableRows(doc, 'Outputs').keys()].sort()).toEqual(
        Object.keys(manifest.outputs ?? {}).sort(),
      );
      // What every action page has besides the tables: what it does, an example, the comparison.
      expect(doc, 'a "## What it does" section').toMatch(/^## What it does$/m);
      expect(doc, 'a YAML example').toMatch(/^```yaml$/m);
      expect(doc, 'a "## Compared with ..." section').toMatch(/^## Compared with /m);
    });
  }
});

// Where .github/workflows/actions.yml runs each action: `uses: ./actions/<name>` (or `./`, the gate) in a job
// whose runs-on is a runner label or `${{ matrix.os }}`.
function testedOn(): Map<string, Set<string>> {
  const wf = YAML.parse(fs.readFileSync('.github/workflows/actions.yml', 'utf8')) as {
    jobs: Record<
      string,
      { 'runs-on': string; strategy?: { matrix?: { os?: string[] } }; steps: { uses?: string }[] }
    >;
  };
  const where = new Map<string, Set<string>>();
  for (const job of Object.values(wf.jobs)) {
    const oses = job['runs-on'].includes('matrix.os') ? (job.strategy?.matrix?.os ?? []) : [job['runs-on']];
    for (const step of job.steps) {
      const m = /^\.\/(?:actions\/([\w-]+))?$/.exec(step.uses ?? '');
      if (!m) continue;
      const action = m[1] ?? 'gate';
      for (const os of oses) where.set(action, (where.get(action) ?? new Set()).add(os));
    }
  }
  return where;
}

describe('action docs state their platforms', () => {
  const where = testedOn();
  it('actions.yml runs every action', () => {
    expect([...where.keys()].sort()).toEqual(actions);
  });
  for (const action of actions) {
    it(`docs/${action}.md has a Platforms table that matches actions.yml`, () => {
      const doc = fs.readFileSync(path.join('docs', `${action}.md`), 'utf8');
      const section = doc.split(/^## /m).find((s) => s.startsWith('Platforms\n')) ?? '';
      expect(section, 'a "## Platforms" section').not.toBe('');
      for (const os of ['ubuntu-latest', 'macos-latest', 'windows-latest']) {
        const row = section.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${os}\``));
        expect(row, `a row for ${os}`).toBeDefined();
        const [, supported, tested] = (row as string).split(' | ');
        const runs = where.get(action)?.has(os) ?? false;
        // Tested there exactly when actions.yml runs it there; what is tested is supported.
        expect(tested?.includes(`on \`${os}\``), `${os}: tested cell "${tested}"`).toBe(runs);
        if (runs) expect(supported).toBe('yes');
      }
    });
  }
});
