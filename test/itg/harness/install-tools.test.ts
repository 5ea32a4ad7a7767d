import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { IN_CI, TOOLS_DIR } from '../../support/tools.js';

function pinned(): Record<string, string> {
  const text = fs.readFileSync('.ci/versions.env', 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((l) => /^([A-Z0-9_]+)=(\S*)/.exec(l.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

describe('.ci/install-tools.sh', () => {
  // Run after the tools are installed (.ci/run installs them first): a second run must only check versions.
  it('reports every tool at its pinned version without reinstalling anything', async (ctx) => {
    if (!IN_CI && !fs.existsSync(path.join(TOOLS_DIR, 'bin', 'act'))) {
      return ctx.skip(`the tools are not installed in ${TOOLS_DIR}; run .ci/install-tools.sh first`);
    }
    const v = pinned();
    const r = await execTool('bash', ['.ci/install-tools.sh'], { timeoutMs: 600_000 });
    const lines = r.stdout.trim().split('\n');
    const line = (tool: string) => lines.find((l) => l.startsWith(`${tool} `)) ?? '';
    expect(line('node24')).toMatch(
      new RegExp(`^node24 v${(v.NODE24_VERSION ?? '24').replace(/\./g, '\\.')}\\S* /`),
    );
    expect(line('act')).toBe(`act ${v.ACT_VERSION?.replace(/^v/, '')} ${path.join(TOOLS_DIR, 'bin', 'act')}`);
    expect(line('gitleaks')).toBe(
      `gitleaks ${v.GITLEAKS_VERSION?.replace(/^v/, '')} ${path.join(TOOLS_DIR, 'bin', 'gitleaks')}`,
    );
    if (v.UV_VERSION) expect(line('uv')).toMatch(new RegExp(`^uv ${v.UV_VERSION.replace(/\./g, '\\.')} `));
    else expect(line('uv')).toBe('uv skipped: UV_VERSION is not set in .ci/versions.env');
    // Nothing was installed: the script logs to stderr only when it installs or builds.
    expect(r.stderr).not.toMatch(/installing|building|downloading|extracting/);
  });
});
