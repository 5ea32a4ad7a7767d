import { generateKeyPairSync } from 'node:crypto';

/**
 * Fake credentials for the tests, assembled at run time so that this repository holds no literal a secret
 * scanner would flag (each prefix is split, no value appears in the source). Values come from a seeded
 * generator, so a scenario finds the same rules on every run; they match gitleaks' default rules (random
 * enough to pass its entropy checks) but are no one's credentials.
 */

export interface Planted {
  /** gitleaks' rule id that finds it. */
  rule: string;
  /** The secret value itself: what must never appear in anything the action writes. */
  value: string;
  /** File content holding it. */
  content: string;
}

/** mulberry32: a small deterministic generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const p = (...parts: string[]) => parts.join('');

export class SecretFactory {
  private readonly next: () => number;
  /** Every value made so far, for the "appears nowhere" check. */
  readonly made: Planted[] = [];

  constructor(seed: number) {
    this.next = generator(seed);
  }

  private chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }

  private keep(x: Planted): Planted {
    this.made.push(x);
    return x;
  }

  /** An AWS access key id (aws-access-token). */
  awsKeyId(): Planted {
    const value = p('AK', 'IA') + this.chars(16, `${UPPER}234567`);
    return this.keep({ rule: 'aws-access-token', value, content: `AWS_ACCESS_KEY_ID = "${value}"\n` });
  }

  /** A GitHub personal access token (github-pat). */
  githubToken(): Planted {
    const value = p('gh', 'p_') + this.chars(36, UPPER + LOWER + DIGITS);
    return this.keep({ rule: 'github-pat', value, content: `client = Github("${value}")\n` });
  }

  /** A Slack bot token (slack-bot-token). */
  slackToken(): Planted {
    const value = [
      p('xo', 'xb'),
      this.chars(11, DIGITS),
      this.chars(12, DIGITS),
      this.chars(24, LOWER + DIGITS),
    ].join('-');
    return this.keep({ rule: 'slack-bot-token', value, content: `SLACK = "${value}"\n` });
  }

  /** A generic password assignment (generic-api-key). */
  password(name = 'db_password'): Planted {
    // Digits guaranteed: gitleaks' generic rule passes over values without any.
    const value = this.chars(16, UPPER + LOWER + DIGITS) + this.chars(4, DIGITS) + this.chars(4, LOWER);
    return this.keep({ rule: 'generic-api-key', value, content: `${name} = "${value}"\n` });
  }

  /** An RSA private key in PEM (private-key); its body is what must not leak. */
  privateKey(): Planted {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // A line from the middle of the body stands for the whole key in the leak checks (the first lines
    // of every PKCS#8 RSA key are alike).
    const value = pem.split('\n')[4] ?? '';
    return this.keep({ rule: 'private-key', value, content: pem });
  }
}
