// The README's two commands are what scripts/fresh-machine.sh runs on a fresh clone: it reads them from
// the <!-- fresh-machine:gate/test --> markers, so this checks the markers hold the commands we promise
// and that the script, in its dry run, reads exactly those.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');

function command(marker: string): string | undefined {
  return new RegExp(`<!-- fresh-machine:${marker} -->\\n\`\`\`sh\\n([^\`]*?)\\n\`\`\``).exec(readme)?.[1];
}

describe("the README's two commands", () => {
  it('runs the gate on the example', () => {
    expect(command('gate')).toBe(
      'node dist/pyprod/index.js gate --working-directory examples/fastapi-service',
    );
  });

  it('installs everything and runs the tests with one script that exists', () => {
    expect(command('test')).toBe('bash scripts/test.sh');
    const script = fs.readFileSync('scripts/test.sh', 'utf8');
    // What "everything" is: the tools, the Node dependencies, then the tests.
    expect(script).toMatch(/bash \.ci\/install-tools\.sh[\s\S]*npm ci[\s\S]*npm test/);
  });

  it('are what scripts/fresh-machine.sh runs', () => {
    const r = spawnSync('bash', ['scripts/fresh-machine.sh', '--dry-run'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `command 1 (the gate):\n${command('gate')}\ncommand 2 (the tests):\n${command('test')}\n`,
    );
  });
});
