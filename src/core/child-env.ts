/**
 * The one list of credentials no tool process gets. Tools load code the pull request controls (pylint's
 * `init-hook`, build backends, conftest.py), so whatever is in their environment is the author's.
 */
const RUNNER_CREDENTIALS = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_PIPELINE_URL',
] as const;

/** A credential a call site may name to keep: one of the runner's, or a token-like input by its variable. */
export type RunnerCredential = (typeof RUNNER_CREDENTIALS)[number] | `INPUT_${string}`;

const NAMED = new Set<string>(RUNNER_CREDENTIALS);

/** Whether a variable is a credential a tool must not see: the list above, and every token-like input. */
export function isCredentialVariable(name: string): boolean {
  const upper = name.toUpperCase();
  if (NAMED.has(upper)) return true;
  // INPUT_GITHUB-TOKEN, INPUT_TOKEN, INPUT_API_KEY, INPUT_REGISTRY-PASSWORD, ...: any secret-looking input.
  return upper.startsWith('INPUT_') && /TOKEN|PASSWORD|SECRET|API[-_]?KEY|CREDENTIAL/.test(upper);
}

/**
 * The environment a tool process gets: `base` without credentials. A step that needs one (buildx's gha cache
 * reads ACTIONS_RUNTIME_TOKEN and the cache URLs) names it in `keep`, at that one call site.
 */
export function childEnv(base: NodeJS.ProcessEnv, keep: readonly RunnerCredential[] = []): NodeJS.ProcessEnv {
  const kept = new Set<string>(keep);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    if (v !== undefined && (kept.has(k) || !isCredentialVariable(k))) env[k] = v;
  }
  return env;
}
