import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/actions/docker-slim-build/definition.js';
import { readProject } from '../../../src/actions/docker-slim-build/project.js';
import { proveBudget, proveOffline } from '../../../src/actions/docker-slim-build/prove.js';
import { checksSection, formatMB, sizeSection } from '../../../src/actions/docker-slim-build/summary.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('runChecks', () => {
  it('reports torch-cpu at uv.lock for a CPU image, with the snippet section, and n/a for models', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsb-checks-'));
    dirs.push(dir);
    fs.cpSync('test/fixtures/docker-slim-build/torch-project', dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM python:3.12-slim AS b\nRUN uv sync --compile-bytecode\nFROM python:3.12-slim\nCOPY --from=b /app /app\nUSER app\n',
    );
    const src = {
      file: path.join(dir, 'Dockerfile'),
      generated: false,
      project: readProject(dir),
      projectPath: '',
    };
    const c = runChecks(src, [], [], dir);
    expect(c.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['torch-cpu', 'uv.lock', 266]]);
    expect(c.sections[0]?.markdown).toContain('url = "https://download.pytorch.org/whl/cpu"');
    expect(c.applicable.has('models-offline')).toBe(false);
    const table = checksSection(c.findings, c.applicable).markdown;
    expect(table).toMatch(/<code>torch-cpu<\/code> \| .* \| \*\*fail\*\* \(1\) \| uv\.lock:266 \|/);
    expect(table).toMatch(/<code>models-offline<\/code> \| .* \| n\/a \|/);
    // On arm64 only, or on a CUDA base, torch's CUDA wheels are not a mistake.
    expect(runChecks(src, ['linux/arm64'], [], dir).findings).toEqual([]);
  });
});

describe('proofs and summary', () => {
  it('offline variables are required only with models', () => {
    const info = {
      id: 'x',
      size: 1,
      repoDigests: [],
      env: ['HF_HUB_OFFLINE=1'],
      user: 'app',
      workingDir: '/app',
    };
    expect(proveOffline(info, true)).toMatchObject({
      ok: false,
      detail: 'HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=(unset)',
    });
    expect(proveOffline({ ...info, env: [...info.env, 'TRANSFORMERS_OFFLINE=1'] }, true).ok).toBe(true);
    expect(proveOffline(info, false)).toMatchObject({ ok: true });
  });

  it('size budget and the comparison with the naive image', () => {
    expect(proveBudget(450_000_000, 400_000_000, formatMB)).toMatchObject({
      ok: false,
      detail: '450.0 MB of 400.0 MB (113%)',
    });
    expect(proveBudget(1, undefined, formatMB)).toBeUndefined();
    const md = sizeSection({
      size: 190e6,
      budget: 400e6,
      naive: { size: 260e6, durationMs: 50_000 },
      buildMs: 30_000,
      builder: 'classic builder',
    }).markdown;
    expect(md).toContain('saves 70.0 MB (73% of it)');
    expect(md).toContain('| budget | 400.0 MB |  | within |');
  });
});
