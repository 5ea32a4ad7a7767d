// Attack surface: a failed image build shows its command line and output in the log, the summary, an
// annotation and the JSON report (and the PR comment, which the runner's log masking never sees). A private
// index URL with its password passed as a build arg must appear in none of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { dockerProject, fakeDocker } from './fake-docker.js';

const ACTION = path.resolve('actions/docker-slim-build');
const PASSWORD = 'pw-Marker-5e3cr3t';

describe('nothing secret in a displayed command', () => {
  it('a failed build shows build-arg values nowhere: log, summary, annotations, JSON', async () => {
    expect(fs.existsSync(path.resolve('dist/docker-slim-build/index.js'))).toBe(true);
    const docker = fakeDocker({ buildx: false });
    const ws = dockerProject();
    const r = await runAction(ACTION, {
      workspace: ws,
      inputs: {
        'build-args': `INDEX_URL=https://deploy:${PASSWORD}@pkgs.example.com/simple\nHF_TOKEN=hf_${PASSWORD}`,
        cache: 'none',
        'json-file': 'report.json',
        'sarif-file': 'report.sarif',
      },
      baseEnv: machineEnv({ PATH: `${docker.binDir}${path.delimiter}${process.env.PATH ?? ''}` }),
    });
    // The build really ran with the secret (the attack surface exists) and failed.
    const build = docker.calls().find((c) => c.argv.includes('build'));
    expect(build?.argv.join(' ')).toContain(PASSWORD);
    expect(r.failed).toBe(true);
    const errors = r.annotations.map((a) => a.message).join('\n');
    expect(errors).toMatch(/docker build .*--build-arg INDEX_URL=\*\*\* .*exited with code 1/s);
    // Masked for the runner's log too.
    expect(r.masked).toEqual(expect.arrayContaining([PASSWORD]));
    // Raw, before the harness applies the runner's masking: our own redaction must hold without it (the
    // JSON, SARIF and PR comment never pass through the runner's masking).
    const commandFiles = path.join(r.runnerTemp, '_runner_file_commands');
    const shown = [
      r.steps
        .map((s) => `${s.stdout}\n${s.stderr}`)
        .join('\n')
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      ...fs.readdirSync(commandFiles).map((f) => fs.readFileSync(path.join(commandFiles, f), 'utf8')),
      fs.readFileSync(path.join(ws, 'report.json'), 'utf8'),
      fs.existsSync(path.join(ws, 'report.sarif'))
        ? fs.readFileSync(path.join(ws, 'report.sarif'), 'utf8')
        : '',
    ].join('\n');
    expect(shown).toContain('docker build');
    expect(shown).not.toContain(PASSWORD);
    r.cleanup();
  });
});
