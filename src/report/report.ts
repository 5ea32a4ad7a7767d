import type { Finding } from '../findings/finding.js';

export type Verdict = 'pass' | 'fail' | 'warn';

/** A block of action-specific Markdown (a license table, benchmark numbers, ...). */
export interface ReportSection {
  title: string;
  markdown: string;
  /** Render inside a closed `<details>` block. */
  collapsed?: boolean;
}

/** One run of one external tool, for the "tools" table and the SARIF run's driver. */
export interface ToolRun {
  tool: string;
  version?: string;
  findings: number;
  durationMs: number;
  exitCode: number | null;
  /** The tool's home page (SARIF `tool.driver.informationUri`); a default exists for well-known tools. */
  informationUri?: string;
}

/** What an action found, in one shape for every reporter (summary, annotations, SARIF, JSON, comment). */
export interface Report {
  /** The action's name, e.g. `python-lint-stack`. */
  action: string;
  /** A human title, e.g. `Python lint`. */
  title: string;
  verdict: Verdict;
  /** One sentence that says what happened, e.g. `3 new errors in 2 files`. */
  headline: string;
  findings: Finding[];
  sections: ReportSection[];
  toolRuns?: ToolRun[];
}
