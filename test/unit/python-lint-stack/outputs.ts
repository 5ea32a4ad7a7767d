import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Real tool output captured by test/fixtures/python-lint-stack/capture.sh from the `violations` fixture,
 * which it copies to CAPTURE_ROOT first (ruff and isort print absolute paths).
 */
export const CAPTURE_ROOT = '/tmp/pyprod-lint-capture/violations';
export const OUTPUTS = path.resolve(import.meta.dirname, '../../fixtures/python-lint-stack/outputs');
export const VIOLATIONS = path.resolve(import.meta.dirname, '../../fixtures/python-lint-stack/violations');

export function output(name: string): string {
  return fs.readFileSync(path.join(OUTPUTS, name), 'utf8');
}

/** Paths as the tools printed them, relative to the capture directory, which is also the "workspace". */
export const CTX = { cwd: CAPTURE_ROOT, workspace: CAPTURE_ROOT };
