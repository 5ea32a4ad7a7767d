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
  it('boolean inputs take --name, --no-name, --name true|false and --name=false', () => {
    const b = new Set(['fail-on-findings', 'fix']);
    const parse = (...argv: string[]) => parseArgs(['secrets', ...argv], b).inputs;
    expect(parse('--fail-on-findings')).toEqual({ 'fail-on-findings': 'true' });
    expect(parse('--no-fail-on-findings')).toEqual({ 'fail-on-findings': 'false' });
    expect(parse('--fail-on-findings', 'false')).toEqual({ 'fail-on-findings': 'false' });
    expect(parse('--fail-on-findings', 'True', '--fix')).toEqual({ 'fail-on-findings': 'true', fix: 'true' });
    expect(parse('--fix=false')).toEqual({ fix: 'false' });
    expect(parse('--no-fix', '--scope', 'files')).toEqual({ fix: 'false', scope: 'files' });
    // A word other than true/false after a boolean flag is not its value.
    expect(() => parse('--fix', 'src')).toThrow(/unexpected argument "src"/);
  });
});
