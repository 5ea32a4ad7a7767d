/**
 * The one way untrusted text (from a file, a tool, a commit, package metadata) enters the Markdown of a
 * job summary or pull request comment. Besides keeping the Markdown valid, every helper here makes the
 * text inert on GitHub: no HTML element, no link or image, no `@mention` (which would ping someone),
 * no `#1` / `GH-1` / `owner/repo#1` reference, no autolinked URL or e-mail address, no bidi override that
 * makes the text read differently from what it is, and no string so long that it crowds out the rest.
 */

/** An untrusted string in running text or a table cell is cut here (with a note saying so). */
export const MAX_INLINE_CHARS = 2_000;
/** An untrusted block (a log tail, build output) is cut here. */
export const MAX_BLOCK_CHARS = 20_000;

// Explicit directional formatting (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI) and the marks: they can make
// a file name or a line of output display as something else (CVE-2021-42574, "Trojan Source").
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ZWSP = '\u200B';

/** Bidi controls shown as their code point (`<U+202E>` reads as text once HTML-escaped). */
export function showBidi(text: string): string {
  return text.replace(
    BIDI,
    (c) => `\u27E6U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\u27E7`,
  );
}

/** Cuts text longer than `max` characters, keeping its start (or its end) and saying how much was cut. */
export function limit(text: string, max: number, keep: 'head' | 'tail' = 'head'): string {
  if (text.length <= max) return text;
  let kept = keep === 'head' ? text.slice(0, max) : text.slice(text.length - max);
  // Do not leave half a surrogate pair at the cut.
  kept = keep === 'head' ? kept.replace(/[\uD800-\uDBFF]$/, '') : kept.replace(/^[\uDC00-\uDFFF]/, '');
  const note = `[${(text.length - kept.length).toLocaleString('en-US')} more characters not shown]`;
  return keep === 'head' ? `${kept} … ${note}` : `${note} … ${kept}`;
}

/**
 * What GitHub would turn into a notification or a link in rendered text, made inert with an invisible
 * zero-width space: `@user` and e-mail addresses (around `@`), `#1`, `GH-1`, `owner/repo#1` (after `#`),
 * URLs (`https:/​/`) and `www.` autolinks. The text still reads the same.
 */
export function defuse(text: string): string {
  return text
    .replace(/@/g, `${ZWSP}@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Untrusted text inside raw HTML (a `<summary>`): escaped, defused and on one line (a blank line would end
 * the HTML block and let Markdown apply to the rest).
 */
export function escapeHtmlText(text: string, max = MAX_INLINE_CHARS): string {
  return defuse(escapeHtml(showBidi(limit(text.replace(/\s*[\r\n]+\s*/g, ' '), max))));
}

/**
 * Text for one table cell: HTML is escaped (a message quoting `<script>` stays text), Markdown
 * punctuation is backslash-escaped (`$` too: GitHub renders `$…$` as math, which can draw any text), `|` cannot end the cell, a newline becomes `<br>`, and it is
 * defused (no mention, reference or autolink) and cut at MAX_INLINE_CHARS.
 */
export function escapeCell(text: string, max = MAX_INLINE_CHARS): string {
  return defuse(
    escapeHtml(showBidi(limit(text, max)))
      .replace(/\r\n?/g, '\n')
      .replace(/([\\`*_~[\]|#!$])/g, '\\$1')
      .replace(/\n/g, '<br>'),
  );
}

/** Text for a line outside a table (a headline): as a cell, but newlines become spaces. */
export function escapeInline(text: string, max = MAX_INLINE_CHARS): string {
  return escapeCell(text.replace(/\s*[\r\n]+\s*/g, ' '), max);
}

/**
 * The plain text of a line our own helpers rendered (a check's headline, which the gate shows again in its
 * table): `<code>` tags and `<br>` dropped, and escapeCell's escapes and zero-width spaces undone, so that it
 * can be escaped once more where it goes without showing `&lt;code&gt;` or doubled backslashes. Only for
 * Markdown these helpers made: what it returns is untrusted text again.
 */
export function inlineToText(markdown: string): string {
  return markdown
    .replace(/<\/?code>/g, '')
    .replace(/<br>/g, ' ')
    .replaceAll(ZWSP, '')
    .replace(/\\([\\`*_~[\]|#!$])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Monospace text that is safe in a table cell. A code span cannot hold a `|` inside a table, so this
 * is `<code>` around escaped text; Markdown still applies inside it, hence the escaping of `__init__`.
 */
export function code(text: string): string {
  return `<code>${escapeInline(text)}</code>`;
}

/**
 * A link on already-escaped text, only for an http(s) URL; the target is percent-encoded where a
 * character would end the link or the cell (a file name with `)` cannot cut it short). Else the text.
 */
export function link(text: string, uri: string | undefined): string {
  if (!uri || uri.length > MAX_INLINE_CHARS || !/^https?:\/\/[^\s]+$/i.test(uri)) return text;
  const safe = uri.replace(/[()[\]{}|<>"'\\`*_~$ ]|[^\x21-\x7E]/gu, (c) =>
    encodeURIComponent(c).replace(/[()'*~!]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`),
  );
  return `[${text}](${safe})`;
}

/** A table; `cells` must already be escaped (escapeCell / code). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * A fenced code block for untrusted text (a log, build output): the fence is longer than any backtick run
 * inside, so nothing in the text can close it; bidi controls are shown as code points; text over `max`
 * characters keeps its end (where a log's error is). GitHub makes no mention or link inside code blocks.
 */
export function fenced(text: string, lang = '', max = MAX_BLOCK_CHARS): string {
  const body = showBidi(limit(text.replace(/\r\n?/g, '\n'), max, 'tail'));
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang.replace(/[^\w+-]/g, '')}\n${body}\n${fence}`;
}

/**
 * What closes the code fence and the `<details>` blocks still open at the end of `markdown`, for a cut
 * that may fall inside them (else the rest of the page would render as code, or fold into the block).
 * A `<details>` written inside a code block is text, not a block, and is not counted.
 */
export function openBlockClosers(markdown: string): string {
  let fence: string | undefined;
  let details = 0;
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const mark = m?.[1];
      if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark)
        fence = undefined;
      continue;
    }
    if (m?.[1]) {
      fence = m[1];
      continue;
    }
    details += (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
  }
  return (fence ? `\n${fence}` : '') + '\n\n</details>'.repeat(Math.max(0, details));
}

/** A collapsible block. Blank lines around the body let GitHub render Markdown inside the HTML. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtmlText(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

/** Cuts text to at most `max` characters (not splitting a surrogate pair), marking the cut with `…`. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Bytes in binary units: `812 B`, `3.4 MiB`, `1.2 GiB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

/**
 * The leading rows (rendered table lines) that fit in `budget` bytes, one newline each, and how many did not:
 * for tables whose length the checked repository decides.
 */
export function fitRows(rows: readonly string[], budget: number): { rows: string[]; omitted: number } {
  const kept: string[] = [];
  let left = budget;
  for (const row of rows) {
    const cost = byteLength(row) + 1;
    if (cost > left) break;
    kept.push(row);
    left -= cost;
  }
  return { rows: kept, omitted: rows.length - kept.length };
}
