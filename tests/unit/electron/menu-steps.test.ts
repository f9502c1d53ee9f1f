import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/menu';

type Item = MenuItemConstructorOptions;

describe('moving between steps from the menu', () => {
  for (const [lang, isMac, view, prev, next] of [
    ['sv', false, 'Visa', 'Föregående steg', 'Nästa steg'],
    ['en', true, 'View', 'Previous Step', 'Next Step'],
  ] as const) {
    it(`${view} (${isMac ? 'macOS' : 'Windows'}) has the previous and next step with Ctrl/Cmd+Alt+arrow, sent to the window`, () => {
      const send = vi.fn();
      const template = menuTemplate({ lang, isMac, dev: false, recent: [], send, appName: 'SIM-ansökan' });
      const items = (template.find((m) => m.label === view)!.submenu as Item[]).filter((i) => i.type !== 'separator');
      const byLabel = (label: string) => items.find((i) => i.label === label)!;
      expect(items.slice(0, 2).map((i) => [i.label, i.accelerator])).toEqual([
        [prev, 'CmdOrCtrl+Alt+Left'],
        [next, 'CmdOrCtrl+Alt+Right'],
      ]);
      (byLabel(next).click as () => void)();
      (byLabel(prev).click as () => void)();
      expect(send.mock.calls).toEqual([['nextStep'], ['previousStep']]);
    });
  }
});
