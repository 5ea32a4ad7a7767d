import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../../src/actions/docker-slim-build/checks.js';
import { parseDockerfile } from '../../../src/actions/docker-slim-build/dockerfile-parse.js';
import {
  GENERATED_MARKER,
  type GenerateOptions,
  generateDockerfile,
  HF_HUB_VERSION,
  naiveDockerfile,
} from '../../../src/actions/docker-slim-build/generate.js';

const base: GenerateOptions = {
  baseImage: 'python:3.12-slim-bookworm',
  uvVersion: '0.9.5',
  uvSource: 'pypi',
  command: ['gunicorn', '-c', 'gunicorn.conf.py', 'app:app'],
  groups: [],
  extras: [],
  buildPackages: [],
  runtimePackages: [],
  models: [],
  compileBytecode: true,
  user: 'appuser',
  projectPath: '',
};
const gen = (o: Partial<GenerateOptions> = {}) => generateDockerfile({ ...base, ...o });
const runs = (text: string) =>
  parseDockerfile(text)
    .instructions.filter((i) => i.keyword === 'RUN')
    .map((i) => i.args);

describe('generateDockerfile', () => {
  it('passes every check it is held to', () => {
    for (const o of [
      {},
      { uvSource: 'image' as const },
      { models: ['org/tiny'] },
      { groups: ['web'], extras: ['fast'] },
      { buildPackages: ['gcc', 'libpq-dev'], runtimePackages: ['libpq5'] },
    ]) {
      const text = gen(o);
      expect(checkDockerfile(parseDockerfile(text), 'Dockerfile.pyprod')).toEqual([]);
    }
  });

  it('installs the locked dependencies alone, then the project, in a builder stage', () => {
    const text = gen();
    const d = parseDockerfile(text);
    expect(text.startsWith(GENERATED_MARKER)).toBe(true);
    expect(d.stages.map((s) => [s.image, s.name])).toEqual([
      ['python:3.12-slim-bookworm', 'builder'],
      ['python:3.12-slim-bookworm', undefined],
    ]);
    const builder = d.stages[0]?.instructions.map((i) => `${i.keyword} ${i.args}`) ?? [];
    const lockCopy = builder.indexOf('COPY pyproject.toml uv.lock ./');
    const depsSync = builder.indexOf('RUN uv sync --locked --no-dev --no-editable --no-install-project');
    const allCopy = builder.indexOf('COPY . .');
    const projectSync = builder.indexOf('RUN uv sync --locked --no-dev --no-editable');
    expect(lockCopy).toBeGreaterThan(0);
    expect([lockCopy < depsSync, depsSync < allCopy, allCopy < projectSync]).toEqual([true, true, true]);
    expect(builder.join('\n')).toMatch(
      /UV_PYTHON_DOWNLOADS=never[\s\S]*UV_LINK_MODE=copy[\s\S]*UV_COMPILE_BYTECODE=1/,
    );
    expect(runs(text)[0]).toContain('pip install --no-cache-dir --disable-pip-version-check uv==0.9.5');
  });

  it('the runtime stage copies only the app, compiles bytecode and ends as the non-root user with the command', () => {
    const d = parseDockerfile(gen({ user: 'svc' }));
    const runtime = d.stages[1]?.instructions.map((i) => `${i.keyword} ${i.args}`) ?? [];
    expect(runtime.filter((l) => l.startsWith('COPY'))).toEqual(['COPY /app /app']);
    expect(d.stages[1]?.instructions.find((i) => i.keyword === 'COPY')?.flags).toEqual({ from: 'builder' });
    expect(runtime.some((l) => /useradd --system --uid 10001 --gid svc .* svc$/.test(l))).toBe(true);
    expect(runtime).toContain('RUN python3 -m compileall -q -j 0 /app');
    expect(runtime.slice(-2)).toEqual(['USER svc', 'CMD ["gunicorn","-c","gunicorn.conf.py","app:app"]']);
  });

  it('uv-source image copies uv from the official image at the version', () => {
    const text = gen({ uvSource: 'image' });
    expect(text).toContain('COPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /uvx /bin/');
    expect(text).not.toContain('pip install');
  });

  it('maps groups and extras, and keeps dev when asked for', () => {
    expect(gen({ groups: ['web'], extras: ['fast', 'x'] })).toContain(
      'RUN uv sync --locked --no-dev --no-editable --group web --extra fast --extra x --no-install-project',
    );
    expect(gen({ groups: ['dev'] })).toContain('RUN uv sync --locked --no-editable --group dev\n');
  });

  it('downloads models in the builder with HF_ENDPOINT as a build arg, copies them and sets the hubs offline', () => {
    const text = gen({ models: ['org/tiny', 'org/other@v1'] });
    const d = parseDockerfile(text);
    const builder = d.stages[0]?.instructions ?? [];
    expect(builder.some((i) => i.keyword === 'ARG' && i.args === 'HF_ENDPOINT')).toBe(true);
    const dl = builder.find((i) => i.keyword === 'RUN' && i.args.includes('snapshot_download'));
    const argv = JSON.parse(dl?.args ?? '[]') as string[];
    expect(argv.slice(0, 5)).toEqual([
      'uv',
      'run',
      '--no-project',
      '--with',
      `huggingface_hub==${HF_HUB_VERSION}`,
    ]);
    expect(argv.slice(-2)).toEqual(['org/tiny', 'org/other@v1']);
    expect(text).toContain('COPY --from=builder /opt/models /opt/models');
    expect(text).toMatch(/HF_HOME=\/opt\/models \\\n {4}HF_HUB_OFFLINE=1 \\\n {4}TRANSFORMERS_OFFLINE=1/);
  });

  it('without compile-bytecode neither compiles (and the check says so)', () => {
    const text = gen({ compileBytecode: false });
    expect(text).not.toMatch(/compileall|UV_COMPILE_BYTECODE/);
    expect(checkDockerfile(parseDockerfile(text), 'D').map((f) => f.rule)).toEqual(['bytecode-compiled']);
  });

  it('prefixes the project directory inside a larger context', () => {
    const text = gen({ projectPath: 'services/api' });
    expect(text).toContain('COPY services/api/pyproject.toml services/api/uv.lock ./');
    expect(text).toContain('COPY services/api/ .');
  });

  it('installs build packages in the builder only and runtime packages in the runtime image, lists removed', () => {
    const d = parseDockerfile(gen({ buildPackages: ['gcc', 'libpq-dev'], runtimePackages: ['libpq5'] }));
    const apt = (stage: number) =>
      (d.stages[stage]?.instructions ?? [])
        .filter((i) => i.keyword === 'RUN' && i.args.includes('apt-get'))
        .map((i) => i.args.replace(/\s+/g, ' '));
    const install = (p: string) =>
      `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends ${p} && apt-get clean && rm -rf /var/lib/apt/lists/*`;
    expect(apt(0)).toEqual([install('gcc libpq-dev')]);
    expect(apt(1)).toEqual([install('libpq5')]);
    // The build packages come before uv and the lock files: their layer survives a dependency change.
    const firstRun = d.stages[0]?.instructions.find((i) => i.keyword === 'RUN');
    expect(firstRun?.args).toContain('apt-get');
    expect(gen()).not.toContain('apt-get');
  });

  it('the naive image is one stage on the same base with pip', () => {
    const text = naiveDockerfile('local/python:3.11-slim-bookworm', '', ['app']);
    const d = parseDockerfile(text);
    expect(d.stages.map((s) => s.image)).toEqual(['local/python:3.11-slim-bookworm']);
    expect(text).toContain('RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install .');
    expect(text).not.toContain('apt-get');
    // With packages, the one stage keeps the build and the runtime packages alike.
    const withPackages = naiveDockerfile('b:1', '', undefined, ['gcc', 'libpq-dev', 'libpq5']);
    expect(withPackages).toContain('apt-get install --yes --no-install-recommends gcc libpq-dev libpq5');
    expect(withPackages.indexOf('apt-get')).toBeLessThan(withPackages.indexOf('pip install'));
  });
});
