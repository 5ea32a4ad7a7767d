import type { LintInputs } from '../../../src/actions/python-lint-stack/inputs.js';

/** The action's default inputs for a project in `workingDirectory`, with `overrides`. */
export function lintInputs(workingDirectory: string, overrides: Partial<LintInputs> = {}): LintInputs {
  return {
    tools: ['autoflake', 'flake8', 'ruff', 'isort', 'pylint'],
    fast: false,
    paths: ['.'],
    workingDirectory,
    changedFilesOnly: false,
    cache: true,
    failOn: 'error',
    toolVersions: {},
    maxLineLength: 88,
    maxComplexity: 10,
    fix: false,
    toolSource: 'verified',
    report: { prComment: false },
    ...overrides,
  };
}
