import * as path from 'node:path';

/**
 * The checks the production gate runs, each through its own action's bundle (or `pyprod <command>` in the
 * terminal), with the inputs the gate passes on. One row here is all a new check needs.
 */
export const CHECK_NAMES = ['lint', 'deps', 'licenses', 'secrets'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface GateOptions {
  workingDirectory: string;
  /** Directory (relative to the workspace) for one SARIF file per check; undefined: none written. */
  sarifDir?: string;
  onlyLicenses?: string;
  failLicenses?: string;
  githubToken?: string;
  prComment: boolean;
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

/** The reporting inputs every findings action shares. */
function report(o: GateOptions, name: string): Record<string, string | undefined> {
  return {
    'sarif-file': sarif(o, name),
    'pr-comment': String(o.prComment),
    'github-token': o.githubToken,
  };
}

export const SETUP: CheckSpec = {
  name: 'setup',
  action: 'setup-uv-cached',
  command: 'setup-uv',
  title: 'uv, Python and the environment',
  inputs: (o) => ({ 'working-directory': o.workingDirectory }),
};

export const CHECKS: Record<CheckName, CheckSpec> = {
  lint: {
    name: 'lint',
    action: 'python-lint-stack',
    command: 'lint',
    title: 'Lint',
    inputs: (o) => ({ 'working-directory': o.workingDirectory, ...report(o, 'lint') }),
  },
  deps: {
    name: 'deps',
    action: 'deptry-report',
    command: 'deps',
    title: 'Dependencies',
    needsEnvironment: true,
    inputs: (o) => ({ 'working-directory': o.workingDirectory, ...report(o, 'deps') }),
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
    inputs: (o) => ({ 'working-directory': o.workingDirectory, ...report(o, 'secrets') }),
  },
};
