import { describe, expect, it } from 'vitest';
import {
  finalStage,
  parseDockerfile,
  parseKeyValues,
  runText,
  substitute,
} from '../../../src/actions/docker-slim-build/dockerfile-parse.js';

describe('parseDockerfile', () => {
  it('reads directives, comments, continuations and stages with their lines', () => {
    const d = parseDockerfile(
      [
        '# syntax=docker/dockerfile:1',
        '# escape=\\',
        '',
        '# a comment',
        'ARG PY=3.12',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax
        'FROM --platform=$BUILDPLATFORM python:${PY}-slim AS build',
        'RUN apt-get update \\',
        '  # comment inside',
        '',
        '  && apt-get install -y gcc',
        'from build',
        'USER app',
      ].join('\n'),
    );
    expect(d.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '\\' });
    expect(d.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['ARG', 5, 5],
      ['FROM', 6, 6],
      ['RUN', 7, 10],
      ['FROM', 11, 11],
      ['USER', 12, 12],
    ]);
    expect(d.instructions[2]?.args).toBe('apt-get update    && apt-get install -y gcc');
    expect(d.stages).toHaveLength(2);
    expect(d.stages[0]).toMatchObject({
      image: 'python:3.12-slim',
      name: 'build',
      platform: '$BUILDPLATFORM',
      line: 6,
    });
    expect(d.stages[1]).toMatchObject({ image: 'build', fromStage: true, line: 11 });
    expect(finalStage(d)?.instructions.map((i) => i.keyword)).toEqual(['FROM', 'USER']);
  });

  it('a directive after a comment is a comment; the backtick escape continues lines', () => {
    const d = parseDockerfile(
      ['# escape=`', 'FROM mcr.microsoft.com/windows:ltsc2022', 'RUN dir `', '  c:\\'].join('\n'),
    );
    expect(d.escape).toBe('`');
    expect(d.instructions[1]?.args).toBe('dir    c:\\');
    const late = parseDockerfile(['# hello', '# escape=`', 'FROM x:1'].join('\n'));
    expect(late.directives).toEqual({});
  });

  it('reads heredocs as part of their instruction', () => {
    const d = parseDockerfile(['FROM x:1', 'RUN <<EOF', 'pip install uv', 'EOF', 'USER app'].join('\n'));
    expect(d.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 4],
      ['USER', 5, 5],
    ]);
    expect(runText(d.instructions[1] as never)).toContain('pip install uv');
  });

  it('joins the exec form for matching', () => {
    const d = parseDockerfile('FROM x:1\nRUN ["python3", "-m", "compileall", "/app"]');
    expect(runText(d.instructions[1] as never)).toBe('python3 -m compileall /app');
  });
});

describe('ARG and ENV forms', () => {
  it('reads every form', () => {
    expect(parseKeyValues('A', 'ARG')).toEqual([['A', undefined]]);
    expect(parseKeyValues('A=1 B="two words" C', 'ARG')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', undefined],
    ]);
    expect(parseKeyValues('PATH /app/bin:$PATH', 'ENV')).toEqual([['PATH', '/app/bin:$PATH']]);
    expect(parseKeyValues('K="a \\"q\\"" L=\'x y\'', 'ENV')).toEqual([
      ['K', 'a "q"'],
      ['L', 'x y'],
    ]);
  });

  it('substitutes variables with defaults', () => {
    const vars = new Map<string, string | undefined>([
      ['A', 'a'],
      ['E', ''],
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax
    expect(substitute('$A-${A}-${E:-d}-${U:-u}-${A:+p}-$U', vars)).toBe('a-a-d-u-p-$U');
  });
});
