// .ci/run's isolation of the tests: its isolate_tests function, run as .ci/run runs it, gives the tests an
// empty HOME and TMPDIR of their own (private, removed when the run ends) while the caches that keep a run
// fast still point at the real ones.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('.ci/run', () => {
  it('parses', () => {
    const r = spawnSync('bash', ['-n', '.ci/run'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs the tests with an empty private HOME and TMPDIR, removed afterwards, keeping the caches', () => {
    const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-ci-run-test-'));
    try {
      const script = [
        'set -uo pipefail',
        'eval "$(sed -n \'/^isolate_tests() {/,/^}/p\' .ci/run)"',
        'isolate_tests >/dev/null || exit 9',
        'echo "HOME=$HOME"',
        'echo "TMPDIR=$TMPDIR"',
        'echo "npm_config_cache=$npm_config_cache"',
        'echo "entries=$(ls -A "$HOME" "$TMPDIR" | grep -vc ":$\\|^$")"',
        'echo "modes=$(stat -c %a "$HOME" "$TMPDIR" | tr "\\n" " ")"',
        'echo "node_tmpdir=$(node -p "require(\'os\').tmpdir()")"',
      ].join('\n');
      const realHome = os.homedir();
      const r = spawnSync('bash', ['-c', script], {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: outer, HOME: realHome },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const v = Object.fromEntries(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      expect(v.HOME?.startsWith(`${outer}/pyprod-ci-run.`)).toBe(true);
      expect(v.TMPDIR).toBe(path.join(path.dirname(v.HOME ?? ''), 'tmp'));
      expect(v.node_tmpdir).toBe(v.TMPDIR);
      expect(v.entries).toBe('0');
      expect(v.modes).toBe('700 700 ');
      // npm's cache is the machine's, not one in the empty home.
      expect(v.npm_config_cache?.startsWith(path.dirname(v.HOME ?? ''))).toBe(false);
      // Removed when the run ends.
      expect(fs.existsSync(path.dirname(v.HOME ?? ''))).toBe(false);
    } finally {
      fs.rmSync(outer, { recursive: true, force: true });
    }
  });
});
