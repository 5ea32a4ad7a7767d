/**
 * A URL fit for a log line or an error: user name and password removed, also from a string that is not a
 * valid URL. Kept apart from download.ts so that reading it does not load the HTTP client.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
  }
}
