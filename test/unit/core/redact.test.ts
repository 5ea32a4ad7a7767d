import { describe, expect, it } from 'vitest';
import { displayCommand } from '../../../src/core/exec.js';
import { redactArgv, redactUrls, scrubText } from '../../../src/core/redact.js';

describe('redaction of displayed commands', () => {
  it('hides build-arg values, both forms, keeping the key', () => {
    const shown = displayCommand('docker', [
      'build',
      '--build-arg',
      'INDEX_URL=https://deploy:s3cr3t-pw@pkgs.example.com/simple',
      '--build-arg=PY=3.12',
      '.',
    ]);
    expect(shown).toBe('docker build --build-arg INDEX_URL=*** --build-arg=PY=*** .');
    expect(shown).not.toContain('s3cr3t');
  });

  it('hides URL user-info anywhere, with or without a password', () => {
    expect(redactUrls('uv pip install --index-url https://user:hunter22@pkgs.example.com/simple')).toBe(
      'uv pip install --index-url https://user:***@pkgs.example.com/simple',
    );
    expect(redactUrls('git clone https://ghp_abcdef123456@github.com/o/r')).toBe(
      'git clone https://***@github.com/o/r',
    );
    expect(redactUrls('see https://example.com/a@b')).toBe('see https://example.com/a@b');
  });

  it('hides token-like flags, docker login -p, and secret-named KEY=VALUE words', () => {
    expect(displayCommand('gh', ['api', '--token', 'ghp_x1', '--password=pw123'])).toBe(
      'gh api --token *** --password=***',
    );
    expect(displayCommand('docker', ['login', '-u', 'me', '-p', 'pw123', 'ghcr.io'])).toBe(
      'docker login -u me -p *** ghcr.io',
    );
    expect(displayCommand('docker', ['run', '-e', 'A=1', '--env=HF_TOKEN=hf_x', 'img'])).toBe(
      'docker run -e A=*** --env=HF_TOKEN=*** img',
    );
    expect(displayCommand('env', ['HF_TOKEN=hf_abc', 'AUTHOR=me', 'tool'])).toBe(
      'env HF_TOKEN=*** AUTHOR=me tool',
    );
    // Not docker: -p and -e mean other things and stay as they are.
    expect(displayCommand('node', ['-e', 'x=1', '-p', '2'])).toBe('node -e x=1 -p 2');
  });

  it('collects the values it took out, to scrub tool output', () => {
    const r = redactArgv('docker', ['build', '--build-arg', 'U=https://a:pw-123@h/x', '--token', 'tok123']);
    expect(r.secrets).toEqual(expect.arrayContaining(['https://a:pw-123@h/x', 'pw-123', 'tok123']));
    expect(scrubText('fetching https://a:pw-123@h/x failed; tok123 rejected', r.secrets)).not.toMatch(
      /pw-123|tok123/,
    );
  });
});
