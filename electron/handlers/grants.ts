import { isAbsolute, resolve } from 'node:path';

/**
 * The paths main itself handed to one window (one webContents). The renderer is untrusted: a path merely named
 * in a request is never read or written. `readable` paths came from the OS (double-click, command line, macOS
 * open-file) or an Open dialog and may only be opened; `writable` ones are documents: opened as an application,
 * chosen in a Save dialog, or restored from the window's recovery copy. A DOCX restored from is never writable.
 */
export class PathGrants {
  private readonly readable = new Set<string>();
  private readonly writable = new Set<string>();

  grantRead(path: string): void {
    const k = key(path);
    if (k) this.readable.add(k);
  }

  grantWrite(path: string): void {
    const k = key(path);
    if (k) this.writable.add(k);
  }

  mayRead(path: string): boolean {
    const k = key(path);
    return k !== null && (this.readable.has(k) || this.writable.has(k));
  }

  mayWrite(path: string): boolean {
    const k = key(path);
    return k !== null && this.writable.has(k);
  }

  /** Every path handed out, for checks that must cover them all (an export never overwrites one). */
  all(): string[] {
    return [...new Set([...this.readable, ...this.writable])];
  }
}

/** Only absolute paths, compared after `.` and `..` are resolved; a relative one would depend on main's cwd. */
export function samePathKey(a: string, b: string): boolean {
  const ka = key(a);
  return ka !== null && ka === key(b);
}

function key(path: string): string | null {
  if (path.length === 0 || path.includes('\0') || !isAbsolute(path)) return null;
  return resolve(path);
}
