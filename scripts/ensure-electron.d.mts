// Types for the tests that call ensure-electron.mjs's checks directly.
export function platformPath(platform: string): string | null;
export function nodeCanInstall(version: string): boolean;
export function electronState(
  electronDir: string,
  env?: Record<string, string | undefined>,
  platform?: string,
): { version: string; installed: boolean; explicit: boolean };
export function installerReason(stderr: string): string;
