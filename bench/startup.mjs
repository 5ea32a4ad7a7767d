// Startup time of every bundle: from launching node to the bundle's first log line, against a bare
// `node -e` printing one line (the floor no bundle can beat). Median of RUNS launches each.
//   node bench/startup.mjs [runs]
// Goal (foundation issue): at most 150 ms per bundle.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const LIMIT_MS = 150;

function firstLine(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let done = false;
    child.stdout.on('data', () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
      child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => {
      if (!done) reject(new Error(`${args.join(' ')} printed nothing`));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function measure(args, env) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstLine(args, env));
  return median(times);
}

// A runner-like environment in a scratch dir, so the bundles read inputs and write nowhere that matters.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-startup-'));
for (const f of ['output', 'summary', 'state', 'env', 'path']) fs.writeFileSync(path.join(scratch, f), '');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: scratch,
  GITHUB_OUTPUT: path.join(scratch, 'output'),
  GITHUB_STEP_SUMMARY: path.join(scratch, 'summary'),
  GITHUB_STATE: path.join(scratch, 'state'),
  GITHUB_ENV: path.join(scratch, 'env'),
  GITHUB_PATH: path.join(scratch, 'path'),
  RUNNER_TEMP: scratch,
  // An invalid input makes each action stop right after its first line, so only start-up is timed.
  'INPUT_WORKING-DIRECTORY': path.join(scratch, 'does-not-exist'),
};

const floor = await measure(['-e', 'console.log("ready")'], env);
console.log(`node ${process.version}, ${runs} runs each, median ms`);
console.log(`${'bare node -e'.padEnd(28)} ${floor.toFixed(1).padStart(7)}`);
let failed = 0;
const bundles = fs
  .readdirSync(path.join(root, 'dist'))
  .filter((d) => fs.existsSync(path.join(root, 'dist', d, 'index.js')));
for (const name of bundles.sort()) {
  const args =
    name === 'pyprod'
      ? [path.join(root, 'dist', name, 'index.js'), '--help']
      : [path.join(root, 'dist', name, 'index.js')];
  const ms = await measure(args, env);
  const ok = ms <= LIMIT_MS;
  if (!ok) failed++;
  console.log(
    `${`dist/${name}`.padEnd(28)} ${ms.toFixed(1).padStart(7)}  ${(ms / floor).toFixed(2)}x bare node  ${ok ? 'ok' : `OVER ${LIMIT_MS} ms`}`,
  );
}
fs.rmSync(scratch, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
