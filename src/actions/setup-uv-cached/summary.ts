import * as path from 'node:path';
import type { ProvisionedTool } from '../../provision/types.js';
import type { CacheState } from './caches.js';
import { countInstalled } from './paths.js';
import type { SyncStats } from './sync.js';

export interface SummaryInput {
  uv: ProvisionedTool;
  uvFrom: string;
  python: { version: string; path: string; from?: string };
  caches: CacheState[];
  caching: boolean;
  sync?: SyncStats;
  venv: string;
  projectDir: string;
  workspace: string;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

const HIT_LABEL = { exact: '✅ hit', partial: '🟡 partial (restore key)', miss: '❌ miss' } as const;

export function renderSummary(s: SummaryInput): string {
  const rel = path.relative(s.workspace, s.projectDir) || '.';
  const lines: string[] = [];
  const installed = s.sync?.installed ?? 0;
  const total = s.sync ? countInstalled(s.venv) : 0;
  const verdict = s.sync
    ? `✅ **setup-uv-cached**: uv ${s.uv.version}, Python ${s.python.version}; \`${rel}\` synced in ${s.sync.durationMs} ms (${installed} installed, ${Math.max(0, total - installed)} reused).`
    : `✅ **setup-uv-cached**: uv ${s.uv.version}, Python ${s.python.version}.`;
  lines.push(verdict, '');
  lines.push('| | version | from |', '|---|---|---|');
  lines.push(
    `| uv | ${s.uv.version} | ${s.uvFrom}; ${s.uv.source === 'download' ? `downloaded and verified (sha256 \`${s.uv.sha256?.slice(0, 12)}…\`)` : s.uv.source} |`,
  );
  lines.push(`| Python | ${s.python.version} | ${s.python.from ?? 'uv default'}; \`${s.python.path}\` |`, '');
  if (!s.caching) {
    lines.push('Caching is off (enable-cache, a self-hosted runner, or the local CLI).', '');
  } else {
    lines.push('| cache | result | size | restore time | key |', '|---|---|---|---|---|');
    for (const c of s.caches) {
      const r = c.restore;
      const result = r?.unavailable ? `⚠️ unavailable` : r ? HIT_LABEL[r.hit] : '—';
      lines.push(
        `| ${c.name} | ${result} | ${r?.sizeBytes ? formatBytes(r.sizeBytes) : '—'} | ${r ? `${r.durationMs} ms` : '—'} | \`${c.key}\` |`,
      );
    }
    lines.push('');
  }
  if (s.sync) {
    const st = s.sync;
    lines.push(
      `uv sync: ${st.durationMs} ms; resolved ${st.resolved ?? '?'}, installed ${st.installed}, uninstalled ${st.uninstalled}, prepared (downloaded or built) ${st.prepared}, ${st.createdVenv ? 'new environment' : 'existing environment'} at \`${path.relative(s.workspace, s.venv) || s.venv}\`.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
