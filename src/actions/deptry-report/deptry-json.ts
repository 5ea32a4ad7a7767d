/** One violation of deptry's `--json-output` report, as deptry wrote it. */
export interface DeptryViolation {
  /** `DEP001` ... `DEP005`. */
  code: string;
  message: string;
  /** The imported module (DEP001, DEP003, DEP004) or the declared dependency (DEP002, DEP005), as written. */
  module: string;
  /** Relative to the directory deptry ran in (or as deptry printed it). */
  file: string;
  /** null for DEP002 and DEP005, which point at the file that declares the dependency. */
  line: number | null;
  column: number | null;
}

const SHAPE =
  'a JSON array of {"error": {"code", "message"}, "module", "location": {"file", "line", "column"}} (deptry 0.10 or newer)';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const lineOrNull = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isInteger(v));

/**
 * Reads deptry's JSON report. Anything that is not the documented shape throws, naming the file and what was
 * expected: a report we cannot read must never pass as "no violations".
 */
export function parseDeptryJson(text: string, source: string): DeptryViolation[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(
      `deptry's report ${source} is not valid JSON (${(err as Error).message}); expected ${SHAPE}`,
    );
  }
  if (!Array.isArray(data)) throw new Error(`deptry's report ${source} is not ${SHAPE}`);
  return data.map((item, index): DeptryViolation => {
    const error = isObject(item) ? item.error : undefined;
    const location = isObject(item) ? item.location : undefined;
    if (
      !isObject(item) ||
      !isObject(error) ||
      !isObject(location) ||
      typeof error.code !== 'string' ||
      typeof error.message !== 'string' ||
      typeof item.module !== 'string' ||
      typeof location.file !== 'string' ||
      !lineOrNull(location.line) ||
      !lineOrNull(location.column)
    ) {
      throw new Error(
        `deptry's report ${source}: item ${index} is not of the form expected; expected ${SHAPE}`,
      );
    }
    return {
      code: error.code,
      message: error.message,
      module: item.module,
      file: location.file,
      line: location.line,
      column: location.column,
    };
  });
}
