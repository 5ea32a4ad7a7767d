// A stand-in `docker` for attacks on what the docker-slim-build action shows and caches: it records each
// call (argv and environment) and fails every build, echoing its arguments as a build log would.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface FakeDocker {
  /** Put first on PATH. */
  binDir: string;
  /** One JSON line per call: { argv, env }. */
  logFile: string;
  calls(): { argv: string[]; env: Record<string, string> }[];
}

export function fakeDocker(opts: { buildx: boolean }): FakeDocker {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-docker-'));
  const binDir = path.join(root, 'bin');
  fs.mkdirSync(binDir);
  const logFile = path.join(root, 'calls.jsonl');
  const script = `#!${process.execPath}
const fs = require('node:fs');
const argv = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(logFile)}, JSON.stringify({ argv, env: process.env }) + '\\n');
const buildx = ${opts.buildx};
if (argv[0] === 'buildx' && argv[1] === 'version') {
  if (!buildx) process.exit(1);
  console.log('github.com/docker/buildx v0.19.3 0000000');
} else if (argv[0] === 'buildx' && argv[1] === 'inspect') {
  console.log('Name: builder\\nDriver: docker-container');
} else if (argv.includes('build')) {
  // What a failing RUN step prints: the command with the build args expanded.
  for (const a of argv) console.log('#5 [2/3] RUN pip install --index-url ' + a.replace(/^[A-Z_]+=/, ''));
  console.error('ERROR: failed to solve: process did not complete successfully: exit code: 1');
  process.exit(1);
} else {
  process.exit(1);
}
`;
  fs.writeFileSync(path.join(binDir, 'docker'), script, { mode: 0o755 });
  return {
    binDir,
    logFile,
    calls: () =>
      fs.existsSync(logFile)
        ? fs
            .readFileSync(logFile, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
        : [],
  };
}

/** A project with its own Dockerfile that takes a private index URL as a build arg. */
export function dockerProject(name = 'svc'): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-sec-'));
  fs.writeFileSync(
    path.join(ws, 'Dockerfile'),
    'FROM python:3.12-slim\nARG INDEX_URL\nRUN pip install --index-url $INDEX_URL app\nUSER 1000\nCMD ["app"]\n',
  );
  fs.writeFileSync(
    path.join(ws, 'pyproject.toml'),
    `[project]\nname = ${JSON.stringify(name)}\nversion = "1.0"\n`,
  );
  return ws;
}
