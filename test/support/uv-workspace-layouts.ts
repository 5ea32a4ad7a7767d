import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Directory layouts around uv workspaces, each with the answer uv gives from one directory: the project,
 * the workspace root, the lock file and the environment. The unit test checks src/core/uv-project.ts against
 * these answers; the integration test (test/itg/uv-workspace) checks the same answers against uv itself, so
 * an answer written here that uv does not give fails there.
 */

const project = (name: string, extra = '') =>
  `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.8"\ndependencies = []\n${extra}`;
const workspace = (members: string[], exclude: string[] = []) =>
  `[tool.uv.workspace]\nmembers = ${JSON.stringify(members)}\n${exclude.length ? `exclude = ${JSON.stringify(exclude)}\n` : ''}`;

export interface Layout {
  name: string;
  files: Record<string, string>;
  /** Where uv runs, relative to the layout. */
  cwd: string;
  /** UV_PROJECT_ENVIRONMENT; `{dir}` is replaced by the layout's directory. */
  projectEnvironment?: string;
  expect: {
    /** Relative to the layout; an absolute `{dir}`-free value for an environment outside it. */
    projectDir: string;
    root: string;
    member: boolean;
    workspace: boolean;
    environment: string;
  };
}

const ROOT_AB = {
  'pyproject.toml': project('root', workspace(['packages/*'], ['packages/b'])),
  'packages/a/pyproject.toml': project('a'),
  'packages/a/src/a/__init__.py': '',
  'packages/b/pyproject.toml': project('b'),
};

export const LAYOUTS: Layout[] = [
  {
    name: 'a member matched by packages/*',
    files: ROOT_AB,
    cwd: 'packages/a',
    expect: { projectDir: 'packages/a', root: '.', member: true, workspace: true, environment: '.venv' },
  },
  {
    name: "a directory inside a member: the member's project",
    files: ROOT_AB,
    cwd: 'packages/a/src/a',
    expect: { projectDir: 'packages/a', root: '.', member: true, workspace: true, environment: '.venv' },
  },
  {
    name: 'a directory the members glob matches but exclude removes: its own root',
    files: ROOT_AB,
    cwd: 'packages/b',
    expect: {
      projectDir: 'packages/b',
      root: 'packages/b',
      member: false,
      workspace: false,
      environment: 'packages/b/.venv',
    },
  },
  {
    name: 'the workspace root itself',
    files: ROOT_AB,
    cwd: '.',
    expect: { projectDir: '.', root: '.', member: false, workspace: true, environment: '.venv' },
  },
  {
    name: 'a project no members glob matches: its own root',
    files: { ...ROOT_AB, 'tools/gen/pyproject.toml': project('gen') },
    cwd: 'tools/gen',
    expect: {
      projectDir: 'tools/gen',
      root: 'tools/gen',
      member: false,
      workspace: false,
      environment: 'tools/gen/.venv',
    },
  },
  {
    name: 'a virtual root without [project]',
    files: {
      'pyproject.toml': workspace(['services/*']),
      'services/api/pyproject.toml': project('api'),
    },
    cwd: 'services/api',
    expect: { projectDir: 'services/api', root: '.', member: true, workspace: true, environment: '.venv' },
  },
  {
    name: '** spans several directories',
    files: {
      'pyproject.toml': project('root', workspace(['libs/**/deep'])),
      'libs/group/deep/pyproject.toml': project('deep'),
    },
    cwd: 'libs/group/deep',
    expect: { projectDir: 'libs/group/deep', root: '.', member: true, workspace: true, environment: '.venv' },
  },
  {
    name: 'a project between the member and the root decides: not a member',
    files: {
      'pyproject.toml': project('root', workspace(['libs/**'])),
      'libs/group/pyproject.toml': project('group'),
      'libs/group/deep/pyproject.toml': project('deep'),
    },
    cwd: 'libs/group/deep',
    expect: {
      projectDir: 'libs/group/deep',
      root: 'libs/group/deep',
      member: false,
      workspace: false,
      environment: 'libs/group/deep/.venv',
    },
  },
  {
    name: '* stays inside one directory',
    files: {
      'pyproject.toml': project('root', workspace(['libs/*'])),
      'libs/group/deep/pyproject.toml': project('deep'),
    },
    cwd: 'libs/group/deep',
    expect: {
      projectDir: 'libs/group/deep',
      root: 'libs/group/deep',
      member: false,
      workspace: false,
      environment: 'libs/group/deep/.venv',
    },
  },
  {
    name: 'character classes and ? in members',
    files: {
      'pyproject.toml': project('root', workspace(['svc-[ab]', 'tool?'])),
      'svc-a/pyproject.toml': project('svc-a'),
      'tool1/pyproject.toml': project('tool1'),
    },
    cwd: 'tool1',
    expect: { projectDir: 'tool1', root: '.', member: true, workspace: true, environment: '.venv' },
  },
  {
    name: '* matches a hidden directory too',
    files: {
      'pyproject.toml': project('root', workspace(['packages/*'])),
      'packages/.hidden/pyproject.toml': project('hidden'),
    },
    cwd: 'packages/.hidden',
    expect: {
      projectDir: 'packages/.hidden',
      root: '.',
      member: true,
      workspace: true,
      environment: '.venv',
    },
  },
  {
    name: 'a pyproject.toml above with neither [project] nor a workspace: not a member',
    files: {
      'pyproject.toml': project('root', workspace(['packages/*'])),
      'packages/pyproject.toml': '[tool.black]\nline-length = 100\n',
      'packages/a/pyproject.toml': project('a'),
    },
    cwd: 'packages/a',
    expect: {
      projectDir: 'packages/a',
      root: 'packages/a',
      member: false,
      workspace: false,
      environment: 'packages/a/.venv',
    },
  },
  {
    name: "a member declaring its own [tool.uv.workspace] is that workspace's root",
    files: {
      'pyproject.toml': project('root', workspace(['packages/*'])),
      'packages/a/pyproject.toml': project('a', workspace(['plugins/*'])),
      'packages/a/plugins/p/pyproject.toml': project('p'),
    },
    cwd: 'packages/a/plugins/p',
    expect: {
      projectDir: 'packages/a/plugins/p',
      root: 'packages/a',
      member: true,
      workspace: true,
      environment: 'packages/a/.venv',
    },
  },
  {
    name: 'a member listed by its path, with ./',
    files: {
      'pyproject.toml': project('root', workspace(['./services/api'])),
      'services/api/pyproject.toml': project('api'),
    },
    cwd: 'services/api',
    expect: { projectDir: 'services/api', root: '.', member: true, workspace: true, environment: '.venv' },
  },
  {
    name: 'UV_PROJECT_ENVIRONMENT relative: against the workspace root, not the member',
    files: ROOT_AB,
    cwd: 'packages/a',
    projectEnvironment: 'envs/ci',
    expect: { projectDir: 'packages/a', root: '.', member: true, workspace: true, environment: 'envs/ci' },
  },
  {
    name: 'UV_PROJECT_ENVIRONMENT absolute',
    files: ROOT_AB,
    cwd: 'packages/a',
    projectEnvironment: '{dir}/elsewhere/env',
    expect: {
      projectDir: 'packages/a',
      root: '.',
      member: true,
      workspace: true,
      environment: 'elsewhere/env',
    },
  },
];

/** Writes a layout's files under `dir`. */
export function writeLayout(dir: string, layout: Layout): void {
  for (const [file, text] of Object.entries(layout.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** The layout's environment variables with `{dir}` filled in. */
export function layoutEnv(dir: string, layout: Layout): NodeJS.ProcessEnv {
  return layout.projectEnvironment
    ? { UV_PROJECT_ENVIRONMENT: layout.projectEnvironment.replaceAll('{dir}', dir) }
    : {};
}
