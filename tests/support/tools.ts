import { execFileSync } from 'node:child_process';

/** Asserts an external program is installed. Tests never skip for a missing tool: .ci/run installs them. */
export function requireTool(cmd: string, hint: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${cmd} is not installed: ${hint}`);
  }
}

/** Debian's python3 with python3-docx; the python3 on PATH may be a different interpreter. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
