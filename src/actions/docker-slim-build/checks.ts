import type { UnfingerprintedFinding } from '../../findings/fingerprint.js';
import { type Dockerfile, finalStage, parseKeyValues, runText, type Stage } from './dockerfile-parse.js';

export const TOOL = 'docker-slim-build';

/** The rules every Dockerfile is checked against, in the order of the summary's checks table. */
export const RULES = {
  'non-root-user': 'The container runs as a non-root user (last USER of the final stage)',
  'no-alpine': 'The base image is not Alpine (musl breaks manylinux wheels)',
  'pinned-base': 'Base images are pinned to a tag or digest (not latest, not untagged)',
  'multi-stage': 'Build tools stay in a builder stage, out of the final image',
  'bytecode-compiled': 'Bytecode is compiled at build time (compileall or UV_COMPILE_BYTECODE)',
  'models-offline': 'After a model download, HF_HUB_OFFLINE=1 and TRANSFORMERS_OFFLINE=1 are set',
  'no-secret-args': 'No secret-looking ARG or ENV with a value (it stays in the image history)',
  'torch-cpu': 'torch on a CPU target does not pull the CUDA nvidia-* wheels',
} as const;

export type RuleId = keyof typeof RULES;

export type CheckFinding = UnfingerprintedFinding & { rule: RuleId };

function finding(rule: RuleId, file: string, line: number, message: string): CheckFinding {
  return { tool: TOOL, rule, severity: 'error', message, file, line };
}

const ROOT_USERS = /^(root|0)(:.*)?$/;
const MODEL_DOWNLOAD =
  /\b(snapshot_download|hf_hub_download|huggingface-cli\s+download|hf\s+download|from_pretrained|SentenceTransformer\s*\()/;
// Build tools that must not reach the final image: compilers, headers, package managers' build extras, uv.
const BUILD_TOOL_PATTERNS: Array<[RegExp, string]> = [
  [
    /\b(apt-get|apt|apk|dnf|yum|microdnf)\b[^\n;&|]*\b(build-essential|build-base|gcc|g\+\+|clang|make|cmake|cargo|rustc|[\w.+-]+-dev|[\w.+-]+-devel)\b/,
    'installs compilers or headers',
  ],
  [
    /\bpip3?\s+install\b[^\n;&|]*\b(cython|setuptools-rust|maturin|ninja|cmake|uv)\b/i,
    'pip-installs build tools',
  ],
  [/astral\.sh\/uv|ghcr\.io\/astral-sh\/uv/, 'installs uv'],
];
const PY_INSTALL = /\b(pip3?\s+install|uv\s+(sync|pip\s+install)|poetry\s+install|pdm\s+install)\b/;
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|PRIVATE_?KEY|_KEY$|^KEY$)/i;
// Names that look secret but are not: a public key's fingerprint, or where a secret file lives.
const NOT_SECRET = /^(GPG_KEY|.*PUBLIC_?KEY.*|.*_(FILE|PATH|DIR|ID)$)/i;

/** Checks one parsed Dockerfile; `file` is its repository-relative path for the findings. */
export function checkDockerfile(d: Dockerfile, file: string): CheckFinding[] {
  const out: CheckFinding[] = [];
  const last = finalStage(d);
  if (!last) return out;
  out.push(...userCheck(last, file));
  for (const s of d.stages) {
    if (s.fromStage || s.image.toLowerCase() === 'scratch') continue;
    if (/alpine/i.test(s.image)) {
      out.push(
        finding(
          'no-alpine',
          file,
          s.line,
          `Base image ${s.image} is Alpine: use a Debian slim image (musl breaks manylinux wheels).`,
        ),
      );
    }
    const pin = pinProblem(s.image);
    if (pin) out.push(finding('pinned-base', file, s.line, pin));
  }
  out.push(...multiStageCheck(d, last, file));
  out.push(...bytecodeCheck(d, last, file));
  out.push(...offlineCheck(d, last, file));
  out.push(...secretCheck(d, file));
  return out;
}

function userCheck(last: Stage, file: string): CheckFinding[] {
  const users = last.instructions.filter((i) => i.keyword === 'USER');
  const user = users[users.length - 1];
  if (!user) {
    return [
      finding('non-root-user', file, last.line, 'The final stage has no USER: the container runs as root.'),
    ];
  }
  if (ROOT_USERS.test(user.args.trim())) {
    return [
      finding(
        'non-root-user',
        file,
        user.line,
        `The last USER is ${user.args.trim()}: the container runs as root.`,
      ),
    ];
  }
  return [];
}

/** Why a base image reference is not pinned, or undefined when it is. */
export function pinProblem(image: string): string | undefined {
  if (image.includes('$')) return undefined; // a variable without a default: decided at build time
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return undefined;
  const lastPart = image.split('/').pop() ?? image;
  const colon = lastPart.lastIndexOf(':');
  if (colon < 0) return `Base image ${image} has no tag (it means latest): pin a version tag or a digest.`;
  if (lastPart.slice(colon + 1) === 'latest')
    return `Base image ${image} uses the latest tag: pin a version tag or a digest.`;
  return undefined;
}

function multiStageCheck(d: Dockerfile, last: Stage, file: string): CheckFinding[] {
  const out: CheckFinding[] = [];
  const runs = last.instructions.filter((i) => i.keyword === 'RUN');
  if (d.stages.length === 1) {
    const install = runs.find((i) => PY_INSTALL.test(runText(i)));
    if (install) {
      out.push(
        finding(
          'multi-stage',
          file,
          install.line,
          'Single-stage build installs packages in the final image: build the environment in a builder stage and copy only it.',
        ),
      );
    }
  }
  for (const ins of last.instructions) {
    const text =
      ins.keyword === 'RUN' ? runText(ins) : ins.keyword === 'COPY' ? `${ins.flags.from ?? ''}` : '';
    for (const [re, what] of BUILD_TOOL_PATTERNS) {
      const m = re.exec(text);
      if (m) {
        out.push(
          finding(
            'multi-stage',
            file,
            ins.line,
            `The final stage ${what} (${m[0].split(/\s+/).pop()}): keep build tools in a builder stage.`,
          ),
        );
        break;
      }
    }
  }
  return out;
}

function envOf(stage: Stage | undefined, d: Dockerfile): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>();
  const instructions = stage ? stage.instructions : d.instructions;
  for (const i of instructions) {
    if (i.keyword === 'ENV' || i.keyword === 'ARG') {
      for (const [k, v] of parseKeyValues(i.args, i.keyword)) vars.set(k, v);
    }
  }
  return vars;
}

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v);

function bytecodeCheck(d: Dockerfile, last: Stage, file: string): CheckFinding[] {
  const vars = envOf(undefined, d);
  if (truthy(vars.get('UV_COMPILE_BYTECODE'))) return [];
  for (const i of d.instructions) {
    if (i.keyword !== 'RUN') continue;
    const t = runText(i);
    if (/\bcompileall\b|UV_COMPILE_BYTECODE=(1|true)|--compile-bytecode\b/.test(t)) return [];
    // pip compiles what it installs unless told not to (only what it installs into the final image counts).
    if (i.stage === last.index && /\bpip3?\s+install\b/.test(t) && !/--no-compile\b/.test(t)) return [];
  }
  return [
    finding(
      'bytecode-compiled',
      file,
      last.line,
      'No bytecode is compiled at build time (no compileall, no UV_COMPILE_BYTECODE=1): every container start compiles it again, as a non-root user it cannot even cache it.',
    ),
  ];
}

function offlineCheck(d: Dockerfile, last: Stage, file: string): CheckFinding[] {
  const download = d.instructions.find((i) => i.keyword === 'RUN' && MODEL_DOWNLOAD.test(runText(i)));
  if (!download) return [];
  const vars = envOf(last, d);
  const missing = ['HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE'].filter((n) => !truthy(vars.get(n)));
  if (missing.length === 0) return [];
  return [
    finding(
      'models-offline',
      file,
      download.line,
      `Models are downloaded at build time but the final stage does not set ${missing.map((n) => `${n}=1`).join(' and ')}: a hub outage can still break a boot.`,
    ),
  ];
}

function secretCheck(d: Dockerfile, file: string): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const i of d.instructions) {
    if (i.keyword !== 'ARG' && i.keyword !== 'ENV') continue;
    for (const [name, value] of parseKeyValues(i.args, i.keyword)) {
      if (!value || !SECRET_NAME.test(name) || NOT_SECRET.test(name)) continue;
      // The value is never repeated: only the name and where it is.
      out.push(
        finding(
          'no-secret-args',
          file,
          i.line,
          `${i.keyword} ${name} has a value that looks like a secret: it is stored in the image; use a build secret (RUN --mount=type=secret) or a runtime variable.`,
        ),
      );
    }
  }
  return out;
}
