/** One redaction for every command line shown anywhere (logs, summary, annotations, JSON, SARIF, comments). */

const MASK = '***';

/** Flags whose next argument (or `=value`) is a secret. */
const SECRET_FLAGS = new Set([
  '--token',
  '--password',
  '--pass',
  '--passwd',
  '--secret',
  '--api-key',
  '--apikey',
  '--auth',
  '--auth-token',
  '--access-token',
  '--client-secret',
  '--private-key',
  '--registry-password',
  '--github-token',
]);

/** Flags whose value is `KEY=VALUE` with a value that may be secret: build args (docker's `-e` too). */
const KEY_VALUE_FLAGS = new Set(['--build-arg']);
const DOCKER_KEY_VALUE_FLAGS = new Set(['--env', '-e']);

/** A `NAME=value` word whose name says it holds a secret (HF_TOKEN=..., DB_PASSWORD=...). */
const SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PWD|API_?KEY|CREDENTIALS?|AUTH|PRIVATE_?KEY)(_|$)/i;

/** `scheme://user:password@host` → `scheme://user:***@host`; `scheme://token@host` → `scheme://***@host`. */
export function redactUrls(text: string): string {
  return text.replace(
    /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:'"]*)(?::([^\s/@'"]*))?@/gi,
    (_m, scheme, user, pass) => (pass !== undefined ? `${scheme}${user}:${MASK}@` : `${scheme}${MASK}@`),
  );
}

export interface Redacted {
  args: string[];
  /** The values taken out (to be scrubbed from output and masked in the runner's log too). */
  secrets: string[];
}

/**
 * Replaces secrets in argv for display: values of `--build-arg`/`--env` (`KEY=***`), of token-like flags
 * (`--token ***`, `docker login -p ***`), secret-named `KEY=VALUE` words, and URL user-info anywhere.
 */
export function redactArgv(file: string, args: readonly string[]): Redacted {
  const secrets: string[] = [];
  const out: string[] = [];
  const docker = /(^|[/\\])docker(\.exe)?$/.test(file);
  const dockerLogin = docker && args[0] === 'login';
  const keyValue = (kv: string): string => {
    const eq = kv.indexOf('=');
    if (eq < 0) return kv;
    const value = kv.slice(eq + 1);
    if (value) secrets.push(value);
    return `${kv.slice(0, eq)}=${MASK}`;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.startsWith('-') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const secretFlag = SECRET_FLAGS.has(flag) || (dockerLogin && (flag === '-p' || flag === '--password'));
    if (secretFlag || KEY_VALUE_FLAGS.has(flag) || (docker && DOCKER_KEY_VALUE_FLAGS.has(flag))) {
      const whole = (v: string): string => {
        secrets.push(v);
        return MASK;
      };
      const hide = secretFlag ? whole : keyValue;
      if (eq > 0) out.push(`${flag}=${hide(a.slice(eq + 1))}`);
      else if (i + 1 < args.length) {
        out.push(a, hide(args[i + 1] as string));
        i++;
      } else out.push(a);
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/s.exec(a);
    if (m && SECRET_NAME.test(m[1] as string)) {
      out.push(keyValue(a));
      continue;
    }
    out.push(a);
  }
  for (const a of args)
    for (const u of a.matchAll(/:\/\/[^\s/@:]*:([^\s/@]+)@/g)) secrets.push(u[1] as string);
  return { args: out.map(redactUrls), secrets: secrets.filter((s) => s.length >= 3) };
}

/** Removes known secret values and URL user-info from tool output shown to people. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let t = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) t = t.split(s).join(MASK);
  return redactUrls(t);
}
