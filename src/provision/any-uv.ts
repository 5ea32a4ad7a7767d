import type { Runtime } from '../core/runtime.js';
import { describeTool, provisionTool } from './provision.js';
import { uvFromPyPI } from './pypi-wheel.js';
import { UV_DEFAULT_VERSION, uvSpec } from './tools/uv.js';
import type { ToolSource } from './trust.js';
import type { ProvisionedTool } from './types.js';

/**
 * A uv for actions that only use it to start a Python tool (lint, deptry): with `tool-source: path`, any uv on
 * PATH (outside the workspace and the project's environment on the runner); otherwise the newest verified
 * release, from the tool cache entry we verified or downloaded and checked (PyPI's wheel if GitHub is down).
 */
export async function provisionAnyUv(rt: Runtime, toolSource: ToolSource): Promise<ProvisionedTool> {
  const uv = await provisionTool(uvSpec, {
    version: UV_DEFAULT_VERSION,
    runtime: rt,
    toolSource,
    accept: () => true,
    fallback: uvFromPyPI(),
  });
  rt.debug(`uv for the tools: ${describeTool(uv, 'uv')}`);
  return uv;
}
