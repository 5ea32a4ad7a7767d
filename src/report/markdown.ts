/** Small helpers for GitHub-flavoured Markdown that stays valid whatever text the tools put in it. */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for one table cell: HTML is escaped (a message quoting `<script>` stays text), Markdown
 * punctuation is backslash-escaped, `|` cannot end the cell and a newline becomes `<br>`.
 */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\r\n?/g, '\n')
    .replace(/([\\`*_~[\]|#!])/g, '\\$1')
    .replace(/\n/g, '<br>');
}

/** Text for a line outside a table (a headline): as a cell, but newlines become spaces. */
export function escapeInline(text: string): string {
  return escapeCell(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Monospace text that is safe in a table cell. A code span cannot hold a `|` inside a table, so this
 * is `<code>` around escaped text; Markdown still applies inside it, hence the escaping of `__init__`.
 */
export function code(text: string): string {
  return `<code>${escapeInline(text)}</code>`;
}

/** A table; `cells` must already be escaped (escapeCell / code). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A collapsible block. Blank lines around the body let GitHub render Markdown inside the HTML. */
/** A fenced code block that no backtick run inside the text can close early. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
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
