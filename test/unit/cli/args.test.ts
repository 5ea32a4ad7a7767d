import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';

describe('pyprod argument parsing', () => {
  it('maps flags one to one onto inputs', () => {
    const a = parseArgs(['lint', '--working-directory', 'examples/x', '--tools=ruff,pylint', '--fix']);
    expect(a.command).toBe('lint');
    expect(a.inputs).toEqual({ 'working-directory': 'examples/x', tools: 'ruff,pylint', fix: 'true' });
  });
  it('knows boolean inputs, so a following command word is not taken as their value', () => {
    const a = parseArgs(['setup-uv', '--sync', '--python-version', '3.12'], new Set(['sync']));
    expect(a.inputs).toEqual({ sync: 'true', 'python-version': '3.12' });
    expect(parseArgs(['setup-uv', '--no-sync'], new Set(['sync'])).inputs).toEqual({ sync: 'false' });
  });
  it('joins repeated flags with new lines for multi-line inputs', () => {
    expect(parseArgs(['bench', '--url', 'http://a', '--url', 'http://b']).inputs.url).toBe(
      'http://a\nhttp://b',
    );
  });
  it('rejects stray positional arguments', () => {
    expect(() => parseArgs(['lint', 'oops'])).toThrow(/--name value/);
  });
});
