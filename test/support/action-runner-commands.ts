/**
 * The runner's two command channels, parsed as actions/runner parses them:
 * - workflow commands on stdout/stderr (`::error file=a,line=1::msg`, ActionCommand.TryParseV2), and
 * - file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE: `name=value` lines and `name<<DELIM` heredocs,
 *   EnvFileKeyValuePairs; GITHUB_PATH: one directory a line, AddPathFileCommand).
 */

export type Phase = 'pre' | 'main' | 'post';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  phase: Phase;
  /** The composite step id, for annotations from a composite action's steps. */
  step?: string;
}

export interface LogGroup {
  name: string;
  phase: Phase;
  lines: string[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

// The commands the runner registers; any other `::x::` line is plain output.
const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'echo',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'stop-commands',
]);

// Replacement order matters and is the runner's (`%25` last), not a general URL decode.
const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescapeWith(s: string, table: [string, string][]): string {
  return table.reduce((acc, [from, to]) => acc.split(from).join(to), s);
}

/** @actions/core's escaping of a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core's escaping of a command property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Parses one output line as a workflow command, or returns undefined for plain output. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (!prop) continue;
      const eq = prop.indexOf('=');
      // The runner drops a property with no '=' or with an empty name or value.
      if (eq <= 0 || eq === prop.length - 1) continue;
      properties[prop.slice(0, eq).toLowerCase()] = unescapeWith(prop.slice(eq + 1), PROPERTY_ESCAPES);
    }
  }
  return { command, properties, data: unescapeWith(message.slice(end + 2), DATA_ESCAPES) };
}

/** What the workflow commands of one step did. */
export interface CommandEffects {
  annotations: Annotation[];
  groups: LogGroup[];
  masks: string[];
  debug: string[];
  /** Deprecated `::set-output` / `::save-state`, still honoured by the runner. */
  outputs: Record<string, string>;
  state: Record<string, string>;
  /** Errors the runner reports for commands it refuses (set-env, add-path); they fail the step. */
  commandErrors: string[];
  /** The step's output as the runner's log shows it: commands consumed, registered secrets masked. */
  log: string[];
}

/** Feeds a step's output lines through the runner's command handling. */
export class CommandProcessor {
  readonly effects: CommandEffects = {
    annotations: [],
    groups: [],
    masks: [],
    debug: [],
    outputs: {},
    state: {},
    commandErrors: [],
    log: [],
  };
  private stopToken: string | undefined;
  private group: LogGroup | undefined;

  constructor(
    private readonly phase: Phase,
    private readonly step?: string,
    masks: readonly string[] = [],
  ) {
    this.effects.masks.push(...masks);
  }

  private mask(text: string): string {
    let out = text;
    for (const m of this.effects.masks) if (m) out = out.split(m).join('***');
    return out;
  }

  private print(text: string): void {
    const masked = this.mask(text);
    this.effects.log.push(masked);
    this.group?.lines.push(masked);
  }

  line(raw: string): void {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.stopToken !== undefined) {
      if (text.trim() === `::${this.stopToken}::`) this.stopToken = undefined;
      else this.print(text);
      return;
    }
    const cmd = parseWorkflowCommand(text);
    if (!cmd) {
      this.print(text);
      return;
    }
    const { command, properties: p, data } = cmd;
    switch (command) {
      case 'error':
      case 'warning':
      case 'notice': {
        const num = (k: string) => (p[k] !== undefined && /^\d+$/.test(p[k]) ? Number(p[k]) : undefined);
        const a: Annotation = { level: command, message: data, phase: this.phase };
        if (this.step !== undefined) a.step = this.step;
        if (p.file !== undefined) a.file = p.file;
        if (p.title !== undefined) a.title = p.title;
        for (const k of ['line', 'endLine', 'col', 'endColumn'] as const) {
          const v = num(k.toLowerCase());
          if (v !== undefined) a[k] = v;
        }
        this.effects.annotations.push(a);
        this.print(
          `${command === 'error' ? 'Error' : command === 'warning' ? 'Warning' : 'Notice'}: ${data}`,
        );
        return;
      }
      case 'add-mask':
        if (data.trim()) this.effects.masks.push(data);
        return;
      case 'debug':
        this.effects.debug.push(this.mask(data));
        return;
      case 'group':
        this.group = { name: this.mask(data), phase: this.phase, lines: [] };
        this.effects.groups.push(this.group);
        return;
      case 'endgroup':
        this.group = undefined;
        return;
      case 'set-output':
        if (p.name) this.effects.outputs[p.name] = data;
        return;
      case 'save-state':
        if (p.name) this.effects.state[p.name] = data;
        return;
      case 'stop-commands':
        this.stopToken = data;
        return;
      case 'set-env':
      case 'add-path':
        this.effects.commandErrors.push(
          `Unable to process command '${text}' successfully. The \`${command}\` command is disabled.`,
        );
        return;
      default:
        return; // echo, add-matcher, remove-matcher: no effect the harness models
    }
  }
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file exactly as the runner's EnvFileKeyValuePairs. */
export function parseKeyValueFile(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  let index = 0;
  // Returns the next line without its LF (CR stays: Linux runner) and the newline it ended with.
  const readLine = (): { line: string; newline: string } | undefined => {
    if (index >= text.length) return undefined;
    const lf = text.indexOf('\n', index);
    const start = index;
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: '' };
    }
    index = lf + 1;
    return { line: text.slice(start, lf), newline: '\n' };
  };
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      const start = index;
      let end = index;
      let t = readLine();
      while (t?.line !== delimiter) {
        if (!t) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (!t.newline) throw new Error('Invalid value. EOF marker missing new line.');
        end = index - t.newline.length;
        t = readLine();
      }
      pairs.push([name, end > start ? text.slice(start, end) : '']);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return pairs;
}

/** Parses a GITHUB_PATH file: one directory a line, empty lines ignored. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l !== '');
}
