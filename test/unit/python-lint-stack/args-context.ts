import type { ArgsContext } from '../../../src/actions/python-lint-stack/argv.js';

/** The arguments context of a default check of `app` (the action's defaults), for argv tests. */
export const BASE_ARGS: ArgsContext = {
  targets: ['.'],
  expandedTargets: ['app'],
  maxLineLength: 88,
  maxComplexity: 10,
  fast: false,
  jobs: 1,
};
