// gitleaks built through the Go module proxy when its GitHub release cannot be reached: real `go install`
// (fast once the Go build cache is warm; .ci/install-tools.sh leaves the module in the Go module cache).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { gitleaksFromGo } from '../../../src/provision/go-build.js';
import { provisionTool } from '../../../src/provision/provision.js';
import { verifiedMarker } from '../../../src/provision/tool-cache.js';
import { GITLEAKS_DEFAULT_VERSION, gitleaksSpec } from '../../../src/provision/tools/gitleaks.js';
import type { FetchOptions } from '../../../src/provision/types.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { requireTool } from '../../support/tools.js';
import { sandbox } from './helpers.js';

const V = GITLEAKS_DEFAULT_VERSION;
const fast: FetchOptions = { attempts: 1, timeoutMs: 10_000 };

describe('gitleaks from the Go module proxy', () => {
  let release: MirrorServer | undefined;
  let go: string | undefined;
  const cleanups: Array<() => void> = [];
  beforeAll(async () => {
    go = requireTool('go');
    release = await startMirrorServer(sandbox().top); // empty: every release asset is a 404
  });
  afterAll(async () => {
    await release?.close();
  });
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  /** A private tool cache and temp dir; `go` (and git) on PATH; HOME kept for Go's module and build caches. */
  function box(extraPath: string[] = [], env: Record<string, string> = {}) {
    const b = sandbox([...extraPath, path.dirname(go as string), '/usr/bin', '/bin']);
    Object.assign(b.runtime.env, { HOME: process.env.HOME ?? '', ...env });
    cleanups.push(b.cleanup);
    return b;
  }
  const upstream = () => ({ ...gitleaksSpec, defaultBaseUrl: release?.url ?? '' });

  it('builds gitleaks with go install when the release 404s, stamps the version, records how, then reuses it', async (ctx) => {
    if (!go) return ctx.skip('go is not installed');
    // Settings that would switch Go's checksum database off are overridden, not obeyed.
    const b = box([], { GONOSUMDB: '*', GOSUMDB: 'off', GOFLAGS: '-mod=mod', GOINSECURE: '*' });
    const opts = { version: V, runtime: b.runtime, fetchOptions: fast, fallback: gitleaksFromGo() };
    const t = await provisionTool(upstream(), opts);
    expect(t.source).toBe('go-build');
    expect(t.verification).toBe(
      "built from the Go module proxy, verified by Go's checksum database (GOSUMDB=sum.golang.org)",
    );
    expect((await execTool(t.bin('gitleaks'), ['version'])).stdout.trim()).toBe(V);
    const log = b.logs.join('\n');
    expect(log).toMatch(/HTTP 404.*trying the fallback source/);
    expect(log).toMatch(/Building gitleaks 8\.30\.1 from the Go module proxy/);
    expect(log).toContain('GONOSUMDB=* ignored');
    expect(log).toContain('GOSUMDB=off replaced by sum.golang.org');
    const record = JSON.parse(fs.readFileSync(verifiedMarker(b.toolCache, 'gitleaks', V, 'x64'), 'utf8'));
    expect(record.source).toMatch(/^go install github\.com\/zricethezav\/gitleaks\/v8@v8\.30\.1 \(GOPROXY=/);
    expect(Object.keys(record.files)).toEqual(['gitleaks']);

    const before = release?.total() ?? 0;
    const again = await provisionTool(upstream(), opts);
    expect(again.source).toBe('tool-cache');
    expect(again.verification).toContain("verified by Go's checksum database");
    expect(release?.total()).toBe(before);
  });

  it('never runs a go from the workspace; without a trusted go the error names the inputs that fix it', async (ctx) => {
    if (!go) return ctx.skip('go is not installed');
    const b = sandbox([]);
    cleanups.push(b.cleanup);
    const proof = path.join(b.top, 'fake-go-ran');
    const wsBin = path.join(b.top, 'bin'); // the sandbox's workspace is b.top
    fs.mkdirSync(wsBin);
    fs.writeFileSync(path.join(wsBin, 'go'), `#!/bin/sh\necho ran > "${proof}"\nexit 0\n`, { mode: 0o755 });
    b.runtime.env.PATH = wsBin;
    const err = (await provisionTool(upstream(), {
      version: V,
      runtime: b.runtime,
      fetchOptions: fast,
      fallback: gitleaksFromGo(),
    }).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/HTTP 404.*the fallback failed too: no trusted 'go' on PATH/);
    expect(err.message).toContain("set 'mirror' to a server holding the gitleaks release assets");
    expect(err.message).toContain("'checksum'");
    expect(err.message).toContain("'tool-source: path'");
    expect(fs.existsSync(proof)).toBe(false);
  });

  it('is not tried when mirror or checksum pins the source', async (ctx) => {
    if (!go) return ctx.skip('go is not installed');
    const b = box();
    const err = (await provisionTool(gitleaksSpec, {
      version: V,
      runtime: b.runtime,
      mirror: release?.url,
      fetchOptions: fast,
      fallback: gitleaksFromGo(),
    }).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/HTTP 404.*No other source is tried because 'mirror' is given/);
    expect(b.logs.join('\n')).not.toContain('Building gitleaks');
    const c = box();
    const pinned = (await provisionTool(upstream(), {
      version: V,
      runtime: c.runtime,
      checksum: 'ab'.repeat(32),
      fetchOptions: fast,
      fallback: gitleaksFromGo(),
    }).catch((e: Error) => e)) as Error;
    expect(pinned.message).toMatch(/No other source is tried because 'checksum' is given/);
    expect(fs.existsSync(path.join(c.toolCache, 'gitleaks', V))).toBe(false);
  });
});
