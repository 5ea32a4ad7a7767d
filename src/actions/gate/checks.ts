import * as path from 'node:path';

/**
 * The checks the production gate runs, each through its own action's bundle (or `pyprod <command>` in the
 * terminal), with the inputs the gate passes on. One row here is all a new check needs.
 */
export const CHECK_NAMES = ['lint', 'deps', 'licenses', 'secrets', 'audit', 'image', 'bench'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface GateOptions {
  workingDirectory: string;
  /** Directory (relative to the workspace) for one SARIF file per check; undefined: none written. */
  sarifDir?: string;
  onlyLicenses?: string;
  failLicenses?: string;
  /** secret-scan's `canary-kinds` (the positive control). */
  canaryKinds?: string;
  /** docker-slim-build's `base-image`, `uv-source`, `build-packages`, `runtime-packages` (empty: its defaults). */
  baseImage?: string;
  uvSource?: string;
  buildPackages?: string;
  runtimePackages?: string;
  /** vuln-audit's `osv-url` (a mirror of the OSV API; empty: its default). */
  osvUrl?: string;
  /** load-benchmark's `command` and `url`. */
  benchCommand?: string;
  benchUrl?: string;
  githubToken?: string;
  prComment: boolean;
  /** `tool-source` passed on to every check that runs a tool (undefined: each check's default). */
  toolSource?: string;
}

export interface CheckSpec {
  name: CheckName | 'setup';
  /** Folder under actions/ and dist/. */
  action: string;
  /** The `pyprod` subcommand. */
  command: string;
  title: string;
  /** Reads the project's environment (the venv setup makes): not run when setup failed. */
  needsEnvironment?: boolean;
  /** The inputs it gets, by action.yml name; empty values are left out (the action's default applies). */
  inputs(o: GateOptions): Record<string, string | undefined>;
}

function sarif(o: GateOptions, name: string): string | undefined {
  return o.sarifDir ? path.posix.join(o.sarifDir.replace(/\\/g, '/'), `${name}.sarif`) : undefined;
}

/** The reporting inputs every findings action shares (load-benchmark has no SARIF). */
function report(o: GateOptions, name: string, withSarif = true): Record<string, string | undefined> {
  return {
    ...(withSarif ? { 'sarif-file': sarif(o, name) } : {}),
    'pr-comment': String(o.prComment),
    'github-token': o.githubToken,
  };
}

export const SETUP: CheckSpec = {
  name: 'setup',
  action: 'setup-uv-cached',
  command: 'setup-uv',
  title: 'uv, Python and the environment',
  inputs: (o) => ({ 'working-directory': o.workingDirectory, 'tool-source': o.toolSource }),
};

export const CHECKS: Record<CheckName, CheckSpec> = {
  lint: {
    name: 'lint',
    action: 'python-lint-stack',
    command: 'lint',
    title: 'Lint',
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      'tool-source': o.toolSource,
      ...report(o, 'lint'),
    }),
  },
  deps: {
    name: 'deps',
    action: 'deptry-report',
    command: 'deps',
    title: 'Dependencies',
    needsEnvironment: true,
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      'tool-source': o.toolSource,
      ...report(o, 'deps'),
    }),
  },
  licenses: {
    name: 'licenses',
    action: 'license-gate',
    command: 'licenses',
    title: 'Licences',
    needsEnvironment: true,
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      'only-licenses': o.onlyLicenses,
      'fail-licenses': o.failLicenses,
      ...report(o, 'licenses'),
    }),
  },
  secrets: {
    name: 'secrets',
    action: 'secret-scan',
    command: 'secrets',
    title: 'Secrets',
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      'canary-kinds': o.canaryKinds,
      'tool-source': o.toolSource,
      ...report(o, 'secrets'),
    }),
  },
  audit: {
    name: 'audit',
    action: 'vuln-audit',
    command: 'audit',
    title: 'Vulnerabilities',
    // uv.lock is all it reads: it runs when setup failed too.
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      'osv-url': o.osvUrl,
      ...report(o, 'audit'),
    }),
  },
  image: {
    name: 'image',
    action: 'docker-slim-build',
    command: 'image',
    title: 'Image',
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      'base-image': o.baseImage,
      'uv-source': o.uvSource,
      'build-packages': o.buildPackages,
      'runtime-packages': o.runtimePackages,
      ...report(o, 'image'),
    }),
  },
  bench: {
    name: 'bench',
    action: 'load-benchmark',
    command: 'bench',
    title: 'Load benchmark',
    // The service runs from the environment setup made.
    needsEnvironment: true,
    inputs: (o) => ({
      'working-directory': o.workingDirectory,
      command: o.benchCommand,
      url: o.benchUrl,
      ...report(o, 'bench', false),
    }),
  },
};
