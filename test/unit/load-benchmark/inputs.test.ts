import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs, parseEnvLines } from '../../../src/actions/load-benchmark/inputs.js';
import { endpointOf, loopbackUrl, scenarioKey } from '../../../src/actions/load-benchmark/urls.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { inputError } from '../../support/input-error.js';

// A real workspace: path inputs are checked to be the kind of path they take.
const WS = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-ws-')));
fs.mkdirSync(path.join(WS, 'svc'), { recursive: true });

const rt = localRuntime({ workspace: WS, log: () => {}, out: () => {} });
const load = (values: Record<string, string>) =>
  loadInputs(
    new InputReader(
      mapInputSource({ command: 'gunicorn app:app', url: 'http://127.0.0.1:8000/', ...values }),
    ),
    rt,
  );

describe('load-benchmark inputs', () => {
  it('applies the defaults action.yml declares', () => {
    const i = load({});
    expect(i).toMatchObject({
      command: ['gunicorn', 'app:app'],
      commandLine: 'gunicorn app:app',
      workingDirectory: WS,
      env: {},
      urls: ['http://127.0.0.1:8000/'],
      readyUrl: 'http://127.0.0.1:8000/',
      readyTimeoutMs: 30_000,
      requests: 1000,
      concurrency: 40,
      warmup: 100,
      http1: true,
      maxRegression: 0.1,
      prComment: false,
    });
    expect(i.durationMs).toBeUndefined();
    expect(i.threads).toBeUndefined();
    expect(i.compareCommand).toBeUndefined();
    expect(i.baseline).toBeUndefined();
  });

  it('reads every input', () => {
    const i = load({
      'working-directory': 'svc',
      env: 'APP_ENV=bench\nDSN=sqlite:///x.db?a=b',
      url: 'http://127.0.0.1:8000/items/3\n# a comment\nhttp://localhost:8000/health',
      'ready-url': 'http://[::1]:8000/health',
      'ready-timeout': '1m30s',
      requests: '300',
      concurrency: '10',
      duration: '5s',
      warmup: '0',
      threads: '2',
      http1: 'false',
      'compare-command': "gunicorn flask_app:app -b '127.0.0.1:8000'",
      baseline: 'main.json',
      'max-regression': '5%',
      'json-file': 'out/bench.json',
      'pr-comment': 'true',
      'github-token': 'ghs_x',
    });
    expect(i).toMatchObject({
      workingDirectory: path.join(WS, 'svc'),
      env: { APP_ENV: 'bench', DSN: 'sqlite:///x.db?a=b' },
      urls: ['http://127.0.0.1:8000/items/3', 'http://localhost:8000/health'],
      readyUrl: 'http://[::1]:8000/health',
      readyTimeoutMs: 90_000,
      requests: 300,
      concurrency: 10,
      durationMs: 5000,
      warmup: 0,
      threads: 2,
      http1: false,
      compareCommand: ['gunicorn', 'flask_app:app', '-b', '127.0.0.1:8000'],
      baseline: path.resolve(path.join(WS, 'main.json')),
      maxRegression: 0.05,
      jsonFile: path.resolve(path.join(WS, 'out/bench.json')),
      prComment: true,
      githubToken: 'ghs_x',
    });
  });

  it('refuses load to anything but loopback, naming the input and the value', () => {
    for (const [name, value] of [
      ['url', 'http://example.com/'],
      ['url', 'http://10.0.0.5:8000/'],
      ['url', 'http://0.0.0.0:8000/'],
      ['ready-url', 'http://192.168.1.2/health'],
      ['url', 'ftp://127.0.0.1/'],
      ['url', 'not a url'],
      ['url', 'http://user:pw@127.0.0.1/'],
    ] as const) {
      const e = inputError(() => load({ [name]: value }));
      expect(e.input).toBe(name);
      expect(e.value).toBe(value);
    }
    expect(inputError(() => load({ url: 'http://example.com/' })).message).toMatch(/loopback/);
  });

  it('bounds counts and times', () => {
    const cases: [string, string, RegExp][] = [
      ['requests', '0', /from 1 to 1000000/],
      ['requests', '2000000', /from 1 to 1000000/],
      ['concurrency', '5000', /from 1 to 1000/],
      ['warmup', '-1', /from 0 to 100000/],
      ['threads', '100', /from 1 to 64/],
      ['duration', '11m', /1s to 10m/],
      ['duration', '500ms', /1s to 10m/],
      ['ready-timeout', '1h', /1ms to 10m/],
      ['max-regression', '150%', /below 100%/],
      ['max-regression', 'ten', /percentage/],
      ['http1', 'yes', /true or false/],
    ];
    for (const [name, value, why] of cases) {
      const e = inputError(() => load({ [name]: value }));
      expect(e.input).toBe(name);
      expect(e.message).toMatch(why);
    }
    const many = Array.from({ length: 21 }, (_, n) => `http://127.0.0.1:8000/${n}`).join('\n');
    expect(inputError(() => load({ url: many })).message).toMatch(/at most 20/);
    expect(inputError(() => load({ url: '' })).input).toBe('url');
    expect(inputError(() => load({ command: '' })).input).toBe('command');
    expect(inputError(() => load({ 'compare-command': 'a | b' })).input).toBe('compare-command');
  });

  it('reads env lines as NAME=value', () => {
    expect(parseEnvLines(['A=1', 'B==2', 'C='])).toEqual({ A: '1', B: '=2', C: '' });
    for (const bad of ['=x', 'NO_EQUALS', '1A=x', 'A B=x']) {
      expect(inputError(() => parseEnvLines([bad])).message).toMatch(/NAME=value/);
    }
  });
});

describe('loopback URLs', () => {
  it('accepts 127/8, ::1 and localhost, and gives the endpoint and the scenario key', () => {
    expect(endpointOf(loopbackUrl('http://127.0.0.2:9000/x', 'url'))).toEqual({
      host: '127.0.0.2',
      port: 9000,
    });
    expect(endpointOf(loopbackUrl('http://[::1]/', 'url'))).toEqual({ host: '::1', port: 80 });
    expect(endpointOf(loopbackUrl('https://localhost/', 'url'))).toEqual({ host: 'localhost', port: 443 });
    expect(scenarioKey('http://127.0.0.1:8000/items/3?q=1')).toBe('/items/3?q=1');
  });
});
