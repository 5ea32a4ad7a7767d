import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { publishWithInputs } from '../../../src/report/inputs.js';
import { sampleFindings, sampleReport } from './sample-report.js';

describe('report path inputs', () => {
  it('a directory where a file goes is an input error naming the input, before anything is written', async () => {
    const ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'report-paths-')));
    fs.mkdirSync(path.join(ws, 'reports'));
    const lines: string[] = [];
    const rt = localRuntime({ env: {}, workspace: ws, log: (l) => lines.push(l), out: (t) => lines.push(t) });
    for (const input of ['sarif-file', 'json-file', 'write-baseline', 'baseline'] as const) {
      const key = {
        'sarif-file': 'sarifFile',
        'json-file': 'jsonFile',
        'write-baseline': 'writeBaseline',
        baseline: 'baseline',
      }[input];
      const err = await publishWithInputs(sampleReport(sampleFindings()), rt, {
        prComment: false,
        [key]: 'reports',
      }).catch((e) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).toMatch(
        new RegExp(`^Input '${input}' has an invalid value "reports": expected .*reports is a directory\\.$`),
      );
      expect(err.message).not.toMatch(/EISDIR|ENOENT/);
    }
    expect(fs.readdirSync(path.join(ws, 'reports'))).toEqual([]);
    expect(lines).toEqual([]);
  });
});
