/** PEP 503 normalised distribution name: lower case, runs of '-', '_' and '.' become one '-'. */
export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
