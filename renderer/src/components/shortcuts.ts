/** macOS says ⌘; everyone else Ctrl. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function undoShortcut(): string {
  return isMac() ? '⌘Z' : 'Ctrl+Z';
}
