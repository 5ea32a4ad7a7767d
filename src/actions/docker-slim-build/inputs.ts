import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitCommandLine } from '../../core/command-line.js';
import { InputError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { UV_DEFAULT_VERSION } from '../../provision/tools/uv.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';

export type UvSource = 'image' | 'pypi';

export interface DockerSlimInputs {
  /** Absolute path of the Dockerfile to build, or 'generate'. */
  dockerfile: string;
  /** Absolute. */
  context: string;
  /** Absolute. */
  workingDirectory: string;
  /** Undefined: from .python-version, else requires-python's lower bound, else 3.12. */
  pythonVersion?: string;
  /** Undefined: python:<python-version>-slim-bookworm. */
  baseImage?: string;
  uvVersion: string;
  uvSource: UvSource;
  /** argv of the container's command (generated files); undefined: the first [project.scripts] entry. */
  command?: string[];
  groups: string[];
  extras: string[];
  /** Debian packages the builder stage installs (compilers, -dev headers); never in the runtime image. */
  buildPackages: string[];
  /** Debian packages the runtime image installs (the shared libraries compiled code links to). */
  runtimePackages: string[];
  models: string[];
  compileBytecode: boolean;
  user: string;
  tags: string[];
  push: boolean;
  platforms: string[];
  cache: 'gha' | 'none';
  buildArgs: Array<[string, string]>;
  smokeCommand?: string[];
  sizeBudget?: number;
  compareNaive: boolean;
  report: ReportInputs;
}

export const DEFAULT_USER = 'appuser';
export const DEFAULT_UV_SOURCE: UvSource = 'pypi';
// A Hugging Face id: `name` or `owner/name`, optionally `@revision`.
const MODEL_ID = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?(@[\w./-]+)?$/;
const BUILD_ARG = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
// A Debian package name (policy 5.6.1), optionally `=version` or `/release`: nothing a shell would read.
const DEBIAN_PACKAGE = /^[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+|\/[a-z0-9.-]+)?$/;

function debianPackages(r: InputReader, name: string): string[] {
  const packages = r.list(name, [], { spaces: true });
  for (const p of packages) {
    if (!DEBIAN_PACKAGE.test(p))
      throw new InputError(
        name,
        p,
        'expected Debian package names such as gcc or libpq-dev (optionally =version)',
      );
  }
  return packages;
}

function argv(r: InputReader, name: string): string[] | undefined {
  const v = r.string(name);
  if (v === undefined) return undefined;
  const words = splitCommandLine(v, name);
  if (words.length === 0)
    throw new InputError(name, v, 'expected a command line (words separated by spaces)');
  return words;
}

export function loadInputs(r: InputReader, rt: Runtime): DockerSlimInputs {
  const workingDirectory = r.path('working-directory', rt.workspace, 'directory', '.');
  const given = r.string('dockerfile');
  const dockerfile =
    given === 'generate' || (given === undefined && !fs.existsSync(path.join(workingDirectory, 'Dockerfile')))
      ? 'generate'
      : r.path('dockerfile', workingDirectory, 'file', 'Dockerfile');
  const user = r.string('user', DEFAULT_USER);
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user) || user === 'root') {
    throw new InputError('user', user, 'expected a non-root user name (lower case letters, digits, _ and -)');
  }
  const models = r.list('models', [], { spaces: true });
  for (const m of models) {
    if (!MODEL_ID.test(m))
      throw new InputError(
        'models',
        m,
        'expected Hugging Face model ids such as org/name or org/name@revision',
      );
  }
  const uvVersion = r.string('uv-version', UV_DEFAULT_VERSION);
  if (!/^\d+\.\d+\.\d+$/.test(uvVersion))
    throw new InputError('uv-version', uvVersion, 'expected an exact version such as 0.9.5');
  const pythonVersion = r.string('python-version');
  if (pythonVersion !== undefined && !/^3\.\d+(\.\d+)?$/.test(pythonVersion)) {
    throw new InputError('python-version', pythonVersion, 'expected a version such as 3.12');
  }
  const buildArgs = r.lines('build-args').map((line): [string, string] => {
    const m = BUILD_ARG.exec(line);
    if (!m) throw new InputError('build-args', line, 'expected one KEY=VALUE per line');
    return [m[1] as string, m[2] as string];
  });
  return {
    dockerfile,
    context: r.path('context', workingDirectory, 'directory', '.'),
    workingDirectory,
    pythonVersion,
    baseImage: r.string('base-image'),
    uvVersion,
    uvSource: r.choice('uv-source', ['image', 'pypi'] as const, DEFAULT_UV_SOURCE),
    command: argv(r, 'command'),
    groups: r.list('groups', [], { spaces: true }),
    extras: r.list('extras', [], { spaces: true }),
    buildPackages: debianPackages(r, 'build-packages'),
    runtimePackages: debianPackages(r, 'runtime-packages'),
    models,
    compileBytecode: r.bool('compile-bytecode', true),
    user,
    tags: r.list('tags', [], { spaces: true }),
    push: r.bool('push', false),
    platforms: r.list('platforms', [], { spaces: true }),
    cache: r.choice('cache', ['gha', 'none'] as const, 'gha'),
    buildArgs,
    smokeCommand: argv(r, 'smoke-command'),
    sizeBudget: r.size('size-budget'),
    compareNaive: r.bool('compare-naive', false),
    report: loadReportInputs(r),
  };
}

/** Network mode for builds and the smoke run: PYPROD_DOCKER_NETWORK (runners without a bridge need `host`). */
export function networkMode(env: NodeJS.ProcessEnv): string | undefined {
  const v = env.PYPROD_DOCKER_NETWORK?.trim();
  if (!v) return undefined;
  if (!/^[\w.-]+$/.test(v))
    throw new InputError('PYPROD_DOCKER_NETWORK', v, 'expected a network mode such as host');
  return v;
}
