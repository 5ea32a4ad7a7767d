// Registers every action with the CLI. Each line is one action; adding an action adds one line here.
import { register } from './registry.js';

register(
  'setup-uv',
  'setup-uv-cached',
  async () => (await import('./setup-uv-cached/definition.js')).definition,
);
register('licenses', 'license-gate', async () => (await import('./license-gate/definition.js')).definition);
register('secrets', 'secret-scan', async () => (await import('./secret-scan/definition.js')).definition);
register('audit', 'vuln-audit', async () => (await import('./vuln-audit/definition.js')).definition);
register('deps', 'deptry-report', async () => (await import('./deptry-report/definition.js')).definition);
register('bench', 'load-benchmark', async () => (await import('./load-benchmark/definition.js')).definition);
register(
  'lint',
  'python-lint-stack',
  async () => (await import('./python-lint-stack/definition.js')).definition,
);
register('gate', 'gate', async () => (await import('./gate/definition.js')).definition);
register(
  'image',
  'docker-slim-build',
  async () => (await import('./docker-slim-build/definition.js')).definition,
);
register('projects', 'projects', async () => (await import('./projects/definition.js')).definition);
register(
  'merge-reports',
  'merge-reports',
  async () => (await import('./merge-reports/definition.js')).definition,
);
