// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub expressions, not JS templates
import { describe, expect, it } from 'vitest';
import {
  CommandProcessor,
  escapeData,
  escapeProperty,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommand,
} from '../../support/action-runner-commands.js';
import {
  ExpressionError,
  evaluate,
  evaluateCondition,
  interpolate,
} from '../../support/action-runner-expressions.js';

const NASTY = [
  'plain',
  '100%',
  '%0A literal',
  '%25',
  'a\nb',
  'cr\r\nlf',
  'x:y,z',
  '::',
  '%%0D%',
  'ünïcode ✓',
  '',
];

describe('workflow commands', () => {
  it('round-trips @actions/core escaping through the runner unescaping, for messages and properties', () => {
    for (const s of NASTY) {
      const cmd = parseWorkflowCommand(
        `::error file=${escapeProperty(s)},title=${escapeProperty(`t${s}`)}::${escapeData(s)}`,
      );
      expect(cmd?.data).toBe(s);
      expect(cmd?.properties.title).toBe(`t${s}`);
      // The runner drops a property with an empty value.
      expect(cmd?.properties.file).toBe(s === '' ? undefined : s);
    }
  });

  it('leaves unknown commands and non-commands as plain output', () => {
    expect(parseWorkflowCommand('::not-a-command::x')).toBeUndefined();
    expect(parseWorkflowCommand('text ::error::x')).toBeUndefined();
    expect(parseWorkflowCommand('::error x')).toBeUndefined();
    expect(parseWorkflowCommand('   ::notice::indented')).toEqual({
      command: 'notice',
      properties: {},
      data: 'indented',
    });
  });

  it('drops malformed properties and reads property names case-insensitively', () => {
    expect(parseWorkflowCommand('::warning LINE=3,novalue,=x,col=::m')?.properties).toEqual({ line: '3' });
  });

  it('masks, groups, stops commands and refuses set-env', () => {
    const p = new CommandProcessor('main');
    for (const l of [
      '::add-mask::tok3n',
      'using tok3n here',
      '::group::G',
      'in group',
      '::endgroup::',
      '::stop-commands::pause123',
      '::error::not a command now',
      '::pause123::',
      '::set-env name=A::b',
      '::set-output name=legacy::v',
    ]) {
      p.line(l);
    }
    expect(p.effects.log).toEqual(['using *** here', 'in group', '::error::not a command now']);
    expect(p.effects.groups).toEqual([{ name: 'G', phase: 'main', lines: ['in group'] }]);
    expect(p.effects.annotations).toEqual([]);
    expect(p.effects.commandErrors).toHaveLength(1);
    expect(p.effects.outputs).toEqual({ legacy: 'v' });
  });
});

describe('command files', () => {
  it('reads name=value lines and heredocs as the runner does', () => {
    const text = [
      'a=1',
      'b=x=y<<z',
      'multi<<EOF',
      'line 1',
      '',
      'line 3 with EOF inside',
      'EOF',
      'empty<<D',
      'D',
      'crlf<<E',
      'v\r',
      'E',
      '',
    ].join('\n');
    expect(parseKeyValueFile(text)).toEqual([
      ['a', '1'],
      ['b', 'x=y<<z'],
      ['multi', 'line 1\n\nline 3 with EOF inside'],
      ['empty', ''],
      ['crlf', 'v\r'],
    ]);
  });

  it('rejects what the runner rejects', () => {
    expect(() => parseKeyValueFile('x<<EOF\nnever closed\n')).toThrow("Matching delimiter not found 'EOF'");
    expect(() => parseKeyValueFile('x<<EOF\nvalue')).toThrow('EOF marker missing new line');
    expect(() => parseKeyValueFile('<<EOF\nEOF\n')).toThrow('Name must not be empty');
    expect(() => parseKeyValueFile('no separator\n')).toThrow("Invalid format 'no separator'");
  });

  it('reads GITHUB_PATH lines', () => {
    expect(parsePathFile('/a\n\n/b c\r\n')).toEqual(['/a', '/b c']);
  });
});

describe('expressions', () => {
  const scope = {
    contexts: {
      inputs: { 'working-directory': 'sub', flag: 'true' },
      github: { action_path: '/act', event: { pull_request: { number: 7 } } },
      env: { X: 'ex' },
      steps: { s1: { outputs: { o: 'out' } } },
      runner: { os: 'Linux' },
    },
  };

  it('reads contexts, literals and operators', () => {
    expect(interpolate('${{ inputs.working-directory }}/${{ github.action_path }}', scope)).toBe('sub//act');
    expect(interpolate("${{ steps.s1.outputs.o }}-${{ env.X }}-${{ 'a}}b' }}", scope)).toBe('out-ex-a}}b');
    expect(evaluate("github.event.pull_request['number'] == 7", scope)).toBe(true);
    expect(evaluate("runner.os == 'linux' && !(inputs.flag != 'TRUE')", scope)).toBe(true);
    expect(evaluate("inputs.missing || 'fallback'", scope)).toBe('fallback');
    expect(interpolate('${{ steps.nope.outputs.o }}', scope)).toBe('');
  });

  it('evaluates conditions with the runner defaults', () => {
    expect(evaluateCondition(undefined, { ...scope, status: 'failure' }, 'success()')).toBe(false);
    expect(evaluateCondition('${{ always() }}', { ...scope, status: 'failure' }, 'success()')).toBe(true);
    expect(evaluateCondition("runner.os == 'Linux'", { ...scope, status: 'failure' }, 'success()')).toBe(
      false,
    );
    expect(evaluateCondition("runner.os == 'Linux'", scope, 'success()')).toBe(true);
    expect(evaluateCondition('failure()', { ...scope, status: 'failure' }, 'success()')).toBe(true);
  });

  it('fails loudly on what it does not understand', () => {
    expect(() => evaluate("hashFiles('a')", scope)).toThrow(ExpressionError);
    expect(() => evaluate('secrets.TOKEN', scope)).toThrow(/unknown context 'secrets'/);
    expect(() => evaluate('1 < 2', scope)).toThrow(/unsupported character/);
    expect(() => interpolate('${{ inputs.x', scope)).toThrow(/missing '}}'/);
  });
});
