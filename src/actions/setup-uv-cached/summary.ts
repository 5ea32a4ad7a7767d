import * as path from 'node:path';
import { describeUvProject, type UvProject } from '../../core/uv-project.js';
import { countInstalled } from '../../core/venv-paths.js';
import type { ProvisionedTool } from '../../provision/types.js';
import { code, escapeCell, escapeInline, formatBytes, formatDuration, table } from '../../report/markdown.js';
import type { CacheState } from './caches.js';
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
  /** The uv project of projectDir, when there is one: in a workspace, the member and the root. */
  project?: UvProject;
  workspace: string;
}

const HIT_LABEL = { exact: '✅ hit', partial: '🟡 partial (restore key)', miss: '❌ miss' } as const;

/** Which binary runs and the check actually made (from provisioning, never embellished here). */
function uvSource(uv: ProvisionedTool): string {
  return `${code(uv.bin('uv'))}: ${escapeCell(uv.verification)}`;
}

/** The job summary: verdict line first, then versions, caches and the sync. */
export function renderSummary(s: SummaryInput): string {
  const rel = path.relative(s.workspace, s.projectDir) || '.';
  // `packages/backend` (member of the uv workspace at .): the member synced and the root whose lock it uses.
  const named = s.project && describeUvProject(s.project, s.workspace);
  const what = named?.role ? `${code(named.dir)} (${escapeInline(named.role)})` : code(rel);
  const out: string[] = [];
  const installed = s.sync?.installed ?? 0;
  const total = s.sync ? countInstalled(s.venv) : 0;
  const head = `✅ **setup-uv-cached**: uv ${escapeInline(s.uv.version)}, Python ${escapeInline(s.python.version)}`;
  out.push(
    s.sync
      ? `${head}; ${what} synced in ${s.sync.durationMs} ms (${installed} installed, ${Math.max(0, total - installed)} reused).`
      : `${head}.`,
    '',
  );
  out.push(
    table(
      ['', 'version', 'from'],
      [
        ['uv', escapeCell(s.uv.version), `${escapeCell(s.uvFrom)}; ${uvSource(s.uv)}`],
        [
          'Python',
          escapeCell(s.python.version),
          `${escapeCell(s.python.from ?? 'uv default')}; ${code(s.python.path)}`,
        ],
      ],
    ),
    '',
  );
  if (!s.caching) {
    out.push('Caching is off (enable-cache, a self-hosted runner, or the local CLI).', '');
  } else {
    const rows = s.caches.map((c) => {
      const r = c.restore;
      const result = r?.unavailable ? '⚠️ unavailable' : r ? HIT_LABEL[r.hit] : '—';
      return [
        c.name,
        result,
        r?.sizeBytes ? formatBytes(r.sizeBytes) : '—',
        r ? formatDuration(r.durationMs) : '—',
        code(c.key),
      ];
    });
    out.push(table(['cache', 'result', 'size', 'restore time', 'key'], rows), '');
  }
  if (s.sync) {
    const st = s.sync;
    const where = path.relative(s.workspace, s.venv) || s.venv;
    out.push(
      `uv sync: ${formatDuration(st.durationMs)}; resolved ${st.resolved ?? '?'}, installed ${st.installed}, uninstalled ${st.uninstalled}, downloaded or built ${st.prepared}; ${st.createdVenv ? 'new' : 'existing'} environment at ${code(where)}.`,
    );
  }
  return `${out.join('\n')}\n`;
}
