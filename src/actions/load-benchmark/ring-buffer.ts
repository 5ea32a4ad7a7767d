/**
 * The last lines of a process's output, bounded in lines and in line length, so a chatty service cannot
 * fill memory while it is loaded. Chunks of stdout and stderr are split into lines as they arrive; a line
 * still being written is kept apart until its newline comes (or `lines()` is asked for).
 */
export class LineRing {
  private readonly ring: string[] = [];
  private next = 0;
  private count = 0;
  private readonly partial: Record<string, string> = {};
  /** Lines written so far, including those that fell out of the ring. */
  total = 0;

  constructor(
    private readonly maxLines = 200,
    private readonly maxLineChars = 2000,
  ) {}

  /** Adds a chunk of text from one stream; returns the lines it completed. */
  write(chunk: string, stream = 'out'): string[] {
    const parts = ((this.partial[stream] ?? '') + chunk).split(/\r?\n/);
    this.partial[stream] = (parts.pop() ?? '').slice(-this.maxLineChars * 2);
    return parts.map((line) => this.push(line));
  }

  private push(line: string): string {
    const clipped = line.length > this.maxLineChars ? `${line.slice(0, this.maxLineChars)}…` : line;
    this.ring[this.next] = clipped;
    this.next = (this.next + 1) % this.maxLines;
    this.count = Math.min(this.count + 1, this.maxLines);
    this.total++;
    return clipped;
  }

  /** The last `n` lines (all kept lines by default), oldest first, unfinished lines last. */
  lines(n = this.maxLines): string[] {
    const kept: string[] = [];
    for (let i = this.count; i > 0; i--) {
      kept.push(this.ring[(this.next - i + this.maxLines) % this.maxLines] as string);
    }
    const pending = Object.values(this.partial).filter((p) => p.length > 0);
    return [...kept, ...pending].slice(-n);
  }

  /** The last `n` lines as one block of text. */
  tail(n = 30): string {
    return this.lines(n).join('\n');
  }

  /** Whether any kept line matches. */
  some(re: RegExp): boolean {
    return this.lines().some((l) => re.test(l));
  }
}
