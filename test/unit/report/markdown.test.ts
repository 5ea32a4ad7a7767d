import { describe, expect, it } from 'vitest';
import {
  code,
  defuse,
  details,
  escapeCell,
  escapeHtmlText,
  fenced,
  inlineToText,
  limit,
  link,
  MAX_INLINE_CHARS,
  openBlockClosers,
} from '../../../src/report/markdown.js';

const ZW = '\u200B';

describe('untrusted text in Markdown', () => {
  it('defuses mentions, e-mail addresses, references and autolinks with zero-width spaces', () => {
    expect(defuse('@octocat mail@x.io #12 GH-3 o/r#4 https://x.io www.x.io')).toBe(
      `${ZW}@${ZW}octocat mail${ZW}@${ZW}x.io #${ZW}12 GH-${ZW}3 o/r#${ZW}4 https:/${ZW}/x.io www${ZW}.x.io`,
    );
    expect(escapeCell('@dev | <img src=x> [a](https://e.x)\nnext')).toBe(
      `${ZW}@${ZW}dev \\| &lt;img src=x&gt; \\[a\\](https:/${ZW}/e.x)<br>next`,
    );
  });

  it('escapes $ so that GitHub draws no math', () => {
    expect(escapeCell('$\\textsf{passed}$')).toBe('\\$\\\\textsf{passed}\\$');
  });

  it('shows bidi controls as their code points', () => {
    expect(escapeCell('a\u202Eb\u2066c')).toBe('a⟦U+202E⟧b⟦U+2066⟧c');
    expect(fenced('x\u202Ey')).toBe('```\nx⟦U+202E⟧y\n```');
  });

  it('cuts long strings and says how much was cut: inline keeps the start, blocks the end', () => {
    const long = `${'a'.repeat(MAX_INLINE_CHARS)}TAIL`;
    expect(escapeCell(long)).toBe(`${'a'.repeat(MAX_INLINE_CHARS)} … \\[4 more characters not shown\\]`);
    expect(limit('0123456789', 4, 'tail')).toBe('[6 more characters not shown] … 6789');
    expect(limit('ab😀', 3)).toBe('ab … [2 more characters not shown]');
  });

  it('fences with more backticks than any run inside, and a clean info string', () => {
    expect(fenced('a\n```\n`````b', 'sh; rm')).toBe('``````shrm\na\n```\n`````b\n``````');
  });

  it('percent-encodes what would end a link target; only http(s) links', () => {
    expect(link('t', 'https://x.io/a)b[c]|d<e>')).toBe('[t](https://x.io/a%29b%5Bc%5D%7Cd%3Ce%3E)');
    expect(link('t', 'https://x.io/a b')).toBe('t');
    expect(link('t', 'javascript:alert(1)')).toBe('t');
    expect(link('t', `https://x.io/${'a'.repeat(MAX_INLINE_CHARS)}`)).toBe('t');
  });

  it('keeps HTML text on one line (a blank line would end the HTML block)', () => {
    expect(escapeHtmlText('a\n\n# b <i>')).toBe('a # b &lt;i&gt;');
    expect(details('x\n\n@y', 'body')).toBe(
      `<details><summary>x ${ZW}@${ZW}y</summary>\n\nbody\n\n</details>`,
    );
    expect(code('__init__\n@x')).toBe(`<code>\\_\\_init\\_\\_ ${ZW}@${ZW}x</code>`);
  });

  it('closes the fence and <details> a cut left open, ignoring tags inside code', () => {
    expect(openBlockClosers('<details>\n\n````text\nlog </details>\n```')).toBe('\n````\n\n</details>');
    expect(openBlockClosers('```\n<details>\n```\ndone')).toBe('');
    expect(openBlockClosers('~~~\nx')).toBe('\n~~~');
  });
});

describe('inlineToText', () => {
  it('undoes what escapeCell and code did, so a rendered headline can be escaped once more', () => {
    for (const plain of [
      'examples/fastapi-service synced in 948 ms',
      'pull_request #12: a <b> & "c" | d $x$ @user https://x.example',
      '__init__.py \\ back\\slash [x](y) `tick`',
    ]) {
      expect(inlineToText(escapeCell(plain))).toBe(plain);
    }
    expect(inlineToText(`✅ setup-uv-cached: ${code('examples/svc')} synced`)).toBe(
      '✅ setup-uv-cached: examples/svc synced',
    );
    expect(escapeCell(inlineToText(code('a<b')))).toBe(escapeCell('a<b'));
  });
});
