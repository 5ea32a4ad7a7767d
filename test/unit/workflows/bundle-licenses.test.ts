// scripts/check-bundle-licenses.mjs, the check `.ci/run` makes after `npm run bundle`: every dist/<name>/
// has a licenses.txt naming each package.json dependency its sources import. Run as CI runs it, on a
// dist directory made here.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('scripts/check-bundle-licenses.mjs');
const deps = Object.keys(JSON.parse(fs.readFileSync('package.json', 'utf8')).dependencies ?? {});
const bundles = [
  ...fs.readdirSync('src/actions').filter((a) => fs.existsSync(path.join('src/actions', a, 'index.ts'))),
  'pyprod',
];

let dist: string;
beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-licenses-'));
  // Every bundle's file names every dependency, in ncc's format: name, licence, text.
  for (const b of bundles) {
    fs.mkdirSync(path.join(dist, b));
    fs.writeFileSync(
      path.join(dist, b, 'licenses.txt'),
      deps.map((d) => `${d}\nMIT\ntext of ${d}\n`).join('\n'),
    );
  }
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

function check() {
  const r = spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

// Each run parses the sources with TypeScript's parser: seconds on a busy two-core machine.
describe('check-bundle-licenses', { timeout: 60_000 }, () => {
  it('passes when each file names what its bundle imports, and says what that is', () => {
    const r = check();
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    // What the sources import at run time, read from them: the gate starts the other bundles and imports none.
    expect(r.out).toContain('dist/gate/licenses.txt: no third-party code');
    expect(r.out).toMatch(/^dist\/secret-scan\/licenses\.txt: .*\bfflate\b.*\btar\b/m);
    expect(r.out).toMatch(/^dist\/deptry-report\/licenses\.txt: .*\bsmol-toml\b/m);
  });

  it('fails naming the bundle and the package its licences leave out', () => {
    const file = path.join(dist, 'deptry-report', 'licenses.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('smol-toml\n', 'smol-toml-not\n'));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.err).toContain(`${file} does not name smol-toml, which the deptry-report bundle imports`);
  });

  it('fails on a missing or empty file', () => {
    fs.rmSync(path.join(dist, 'secret-scan', 'licenses.txt'));
    fs.writeFileSync(path.join(dist, 'gate', 'licenses.txt'), '\n');
    const r = check();
    expect(r.status).toBe(1);
    expect(r.err).toContain(`${path.join(dist, 'secret-scan', 'licenses.txt')} is missing`);
    expect(r.err).toContain(`${path.join(dist, 'gate', 'licenses.txt')} is empty`);
  });
});
