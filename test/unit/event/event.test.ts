import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EventError,
  isSafeBranchName,
  isZeroSha,
  mergeGroupInfo,
  pullRequestInfo,
  pushInfo,
  readEvent,
  shaField,
} from '../../../src/core/event.js';
import { HistoryError, isSha, splitNul } from '../../../src/core/git.js';
import { type FixtureName, loadEvent, writeEvent } from '../../fixtures/events/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pyprod-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const Z = '0'.repeat(40);

describe('readEvent', () => {
  it('reads the name and the JSON payload', () => {
    const file = writeEvent(dir, { action: 'opened', number: 3 }, 'ok.json');
    const ev = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file });
    expect(ev).toEqual({ name: 'pull_request', path: file, payload: { action: 'opened', number: 3 } });
  });

  it('is `none` with an empty payload outside Actions', () => {
    expect(readEvent({})).toEqual({ name: 'none', payload: {} });
  });

  it('names GITHUB_EVENT_PATH and the path when the file is missing', () => {
    const file = path.join(dir, 'nope', 'event.json');
    const read = () => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file });
    expect(read).toThrow(EventError);
    expect(read).toThrow(`GITHUB_EVENT_PATH points to ${file}, which does not exist`);
  });

  it('names GITHUB_EVENT_PATH when it is unset but the event name is', () => {
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push' })).toThrow(
      /GITHUB_EVENT_PATH is not set for event 'push'/,
    );
  });

  it('names GITHUB_EVENT_NAME when only the path is set', () => {
    const file = writeEvent(dir, {}, 'empty.json');
    expect(() => readEvent({ GITHUB_EVENT_PATH: file })).toThrow(/GITHUB_EVENT_NAME is not set/);
  });

  it('reports invalid JSON with the file and the parser message', () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{"ref": "refs/heads/main",');
    const read = () => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file });
    expect(read).toThrow(EventError);
    expect(read).toThrow(new RegExp(`GITHUB_EVENT_PATH file ${file} is not valid JSON: .+`));
  });

  it('rejects JSON that is not an object', () => {
    for (const [text, got] of [
      ['[1,2]', 'an array'],
      ['null', 'null'],
      ['"push"', 'string'],
    ] as const) {
      const file = path.join(dir, 'shape.json');
      writeFileSync(file, text);
      expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file })).toThrow(
        `must hold a JSON object (the event payload), got ${got}`,
      );
    }
  });
});

describe('zero sha detection', () => {
  it('knows the all-zeros id of SHA-1 and SHA-256 repositories', () => {
    expect(isZeroSha(Z)).toBe(true);
    expect(isZeroSha('0'.repeat(64))).toBe(true);
  });

  it('rejects near misses and non-strings', () => {
    for (const v of ['0'.repeat(39), '0'.repeat(41), `${'0'.repeat(39)}1`, '', 'zero', 0, null, undefined]) {
      expect(isZeroSha(v)).toBe(false);
    }
  });

  it('a zero before makes a push `created`, a zero after makes it `deleted`, even without the flags', () => {
    expect(pushInfo({ ref: 'refs/heads/x', before: Z, after: A })).toMatchObject({
      created: true,
      deleted: false,
    });
    expect(pushInfo({ ref: 'refs/heads/x', before: A, after: Z })).toMatchObject({
      created: false,
      deleted: true,
    });
    // and the zero sha itself never becomes a commit to look at
    expect(pushInfo({ before: Z, after: A }).before).toBeUndefined();
  });
});

describe('payload fields', () => {
  it('only takes well-formed shas, so no payload value can become a git option', () => {
    expect(shaField({ s: A.toUpperCase() }, 's')).toBe(A);
    for (const bad of ['--upload-pack=touch /tmp/x', 'HEAD', 'abc123', `${A} `, 42]) {
      expect(shaField({ s: bad }, 's')).toBeUndefined();
    }
    expect(isSha('f'.repeat(64))).toBe(true);
  });

  it('reads push commits, flags and the default branch, ignoring malformed entries', () => {
    const info = pushInfo({
      ref: 'refs/heads/feature',
      before: A,
      after: C,
      forced: true,
      commits: [{ id: B }, { id: 'nope' }, 'junk', { id: C }],
      repository: { default_branch: 'trunk' },
    });
    expect(info).toEqual({
      ref: 'refs/heads/feature',
      before: A,
      after: C,
      created: false,
      deleted: false,
      forced: true,
      commitIds: [B, C],
      defaultBranch: 'trunk',
    });
  });

  it('tolerates a payload of the wrong shape', () => {
    expect(pushInfo({ commits: 'many', created: 'yes' })).toMatchObject({ commitIds: [], created: false });
    expect(pullRequestInfo({ pull_request: [] })).toEqual({
      number: undefined,
      baseSha: undefined,
      baseRef: undefined,
      headSha: undefined,
      commits: undefined,
    });
  });

  it('branch names that could be read as options or ranges are not safe', () => {
    expect(isSafeBranchName('main')).toBe(true);
    expect(isSafeBranchName('release/1.4')).toBe(true);
    for (const bad of ['-x', '--output=/tmp/x', 'a..b', 'a b', 'a:b', 'x^', 'x~1', '', undefined]) {
      expect(isSafeBranchName(bad)).toBe(false);
    }
  });
});

describe('fixtures have the fields GitHub sends', () => {
  const vars = {
    BRANCH: 'feature',
    BEFORE: A,
    AFTER: C,
    COMMIT_1: A,
    COMMIT_2: B,
    COMMIT_3: C,
    TAG: 'v1.4.0',
    TAG_COMMIT: C,
    NUMBER: 42,
    BASE_REF: 'main',
    BASE_SHA: A,
    HEAD_REF: 'feature',
    HEAD_SHA: C,
    COMMITS: 2,
    CHANGED_FILES: 2,
  };
  const trees = Object.fromEntries(
    ['COMMIT_1', 'COMMIT_2', 'COMMIT_3', 'TAG_COMMIT', 'HEAD_SHA'].map((k) => [`${k}_TREE`, B]),
  );
  const load = (name: FixtureName) => loadEvent(name, { ...vars, ...trees });

  it('push payloads', () => {
    expect(pushInfo(load('push'))).toMatchObject({
      before: A,
      after: C,
      created: false,
      commitIds: [A, B, C],
    });
    expect(pushInfo(load('push-new-branch'))).toMatchObject({
      before: undefined,
      created: true,
      commitIds: [A, B],
    });
    expect(pushInfo(load('push-forced'))).toMatchObject({ forced: true, before: A, after: C });
    expect(pushInfo(load('push-deleted'))).toMatchObject({ deleted: true, after: undefined, commitIds: [] });
    expect(pushInfo(load('push-tag'))).toMatchObject({
      ref: 'refs/tags/v1.4.0',
      created: true,
      defaultBranch: 'main',
    });
  });

  it('pull request payloads carry numbers as numbers', () => {
    for (const name of [
      'pull_request-opened',
      'pull_request-synchronize',
      'pull_request_target-opened',
    ] as const) {
      expect(pullRequestInfo(load(name))).toEqual({
        number: 42,
        baseSha: A,
        baseRef: 'main',
        headSha: C,
        commits: 2,
      });
    }
    expect(load('pull_request_target-opened')).toMatchObject({
      pull_request: { head: { repo: { fork: true } } },
    });
  });

  it('merge group, schedule and workflow_dispatch payloads', () => {
    expect(mergeGroupInfo(load('merge_group-checks_requested'))).toEqual({
      baseSha: A,
      headSha: C,
      baseRef: 'refs/heads/main',
    });
    expect(load('schedule')).toMatchObject({ schedule: '17 3 * * 1' });
    expect(load('workflow_dispatch')).toMatchObject({
      ref: 'refs/heads/main',
      inputs: { 'full-scan': 'true' },
    });
  });

  it('an unfilled placeholder is an error, not a silent "{{X}}"', () => {
    expect(() => loadEvent('push', { BRANCH: 'main' })).toThrow(/no value for .*AFTER/);
  });
});

describe('git output helpers', () => {
  it('splitNul keeps names with newlines, tabs and spaces whole', () => {
    expect(splitNul('a b.txt\0new\nline\0tab\there\0')).toEqual(['a b.txt', 'new\nline', 'tab\there']);
    expect(splitNul('')).toEqual([]);
  });

  it('HistoryError says what to set on actions/checkout', () => {
    expect(new HistoryError('the range x..y is beyond this clone').message).toBe(
      'the range x..y is beyond this clone. Set `fetch-depth: 0` on actions/checkout so the history is there.',
    );
    expect(new HistoryError('deeper', 6).message).toContain(
      '`fetch-depth: 0` on actions/checkout (or at least `fetch-depth: 6`)',
    );
  });
});
