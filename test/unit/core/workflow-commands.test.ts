import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubRuntime } from '../../../src/core/runtime.js';
import { escapeData, formatCommand, keyValueBlock } from '../../../src/core/workflow-commands.js';

describe('workflow commands', () => {
  it('escapes messages and properties as the runner decodes them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(
      formatCommand('error', { file: 'a,b:c.py', line: 3, col: undefined, title: 'F401' }, 'unused\nimport'),
    ).toBe('::error file=a%2Cb%3Ac.py,line=3,title=F401::unused%0Aimport');
  });

  it('writes multi-line values with a random delimiter that the value cannot contain', () => {
    const block = keyValueBlock('report', 'line 1\nline 2');
    const [first, ...rest] = block.trimEnd().split(os.EOL);
    const delimiter = first?.split('<<')[1];
    expect(first).toMatch(/^report<<ghadelimiter_[0-9a-f-]{36}$/);
    expect(rest).toEqual(['line 1', 'line 2', delimiter]);
  });

  it('sends outputs, state, env, path and summary to the runner files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfc-'));
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => {
        const f = path.join(dir, k);
        fs.writeFileSync(f, '');
        return [k, f];
      }),
    );
    const env: NodeJS.ProcessEnv = { ...files, PATH: '/usr/bin', STATE_seen: 'yes' };
    const rt = githubRuntime(env);
    rt.setOutput('venv', '/w/.venv');
    rt.saveState('key', 'abc');
    rt.exportVariable('UV_CACHE_DIR', '/t/uv');
    rt.addPath('/t/bin');
    await rt.appendSummary('## ok');
    const read = (k: string) => fs.readFileSync(files[k] as string, 'utf8');
    expect(read('GITHUB_OUTPUT')).toMatch(/^venv<<(ghadelimiter_\S+)\n\/w\/\.venv\n\1\n$/);
    expect(read('GITHUB_STATE')).toMatch(/^key<<\S+\nabc\n/);
    expect(read('GITHUB_ENV')).toMatch(/^UV_CACHE_DIR<<\S+\n\/t\/uv\n/);
    expect(read('GITHUB_PATH')).toBe('/t/bin\n');
    expect(read('GITHUB_STEP_SUMMARY')).toBe('## ok\n');
    expect(env.PATH).toBe('/t/bin:/usr/bin');
    expect(env.UV_CACHE_DIR).toBe('/t/uv');
    expect(rt.getState('seen')).toBe('yes');
  });
});
