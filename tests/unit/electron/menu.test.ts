import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, windowTitle } from '../../../electron/menu';

type Item = MenuItemConstructorOptions;
const sub = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const labels = (items: Item[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const byLabel = (items: Item[], label: string) => items.find((i) => i.label === label)!;

function build(lang: 'sv' | 'en', isMac = false, recent = [{ path: '/docs/Dalsland.simansokan', title: 'Dalslands barn', openedAt: '' }]) {
  const send = vi.fn();
  const template = menuTemplate({ lang, isMac, dev: false, recent, send, appName: 'SIM-ansökan' });
  return { template, send };
}

describe('menus', () => {
  it('are Swedish: Arkiv, Redigera, Visa, Hjälp with the expected items', () => {
    const { template } = build('sv');
    expect(labels(template)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(labels(sub(template[0]))).toEqual(['Ny', 'Öppna…', 'Öppna senaste', 'Spara', 'Spara som…', 'Exportera…', 'Skicka till samverkanspart…', 'Läs in samverkanspartens version…', 'Stäng', 'Avsluta']);
    expect(labels(sub(template[1]))).toEqual(['Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt']);
    expect(labels(sub(template[3]))).toEqual(['Öppna exempelansökan', 'Om SIM-ansökan']);
  });

  it('are English when the UI is English', () => {
    const { template } = build('en');
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(sub(template[0]))).toEqual(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export…', 'Send to Partner…', "Read Partner's Version…", 'Close', 'Quit']);
  });

  it('use the standard shortcuts and send each command to the renderer', () => {
    const { template, send } = build('sv');
    const file = sub(template[0]);
    const shortcuts = Object.fromEntries(file.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(shortcuts).toEqual({
      Ny: 'CmdOrCtrl+N',
      'Öppna…': 'CmdOrCtrl+O',
      Spara: 'CmdOrCtrl+S',
      'Spara som…': 'CmdOrCtrl+Shift+S',
      'Exportera…': 'CmdOrCtrl+E',
      Stäng: 'CmdOrCtrl+W',
      Avsluta: 'Ctrl+Q',
    });
    const click = (item: Item) => (item.click as () => void)();
    for (const [label, command] of [['Ny', 'new'], ['Öppna…', 'open'], ['Spara', 'save'], ['Spara som…', 'saveAs'], ['Exportera…', 'export'], ['Skicka till samverkanspart…', 'sendToPartner'], ['Läs in samverkanspartens version…', 'readPartner'], ['Stäng', 'close']] as const) {
      click(byLabel(file, label));
      expect(send).toHaveBeenLastCalledWith(command);
    }
    click(byLabel(sub(template[3]), 'Öppna exempelansökan'));
    expect(send).toHaveBeenLastCalledWith('openExample');
    click(byLabel(sub(template[1]), 'Ångra'));
    expect(send).toHaveBeenLastCalledWith('undo');
    expect(byLabel(sub(template[1]), 'Gör om').accelerator).toBe('Ctrl+Y');
    expect(byLabel(sub(template[1]), 'Kopiera').role).toBe('copy');
  });

  it('list recent files by title and open them', () => {
    const { template, send } = build('sv');
    const recent = sub(byLabel(sub(template[0]), 'Öppna senaste'));
    expect(labels(recent)).toEqual(['Dalslands barn (Dalsland.simansokan)']);
    (recent[0]!.click as () => void)();
    expect(send).toHaveBeenCalledWith({ openRecent: '/docs/Dalsland.simansokan' });
    const none = sub(byLabel(sub(build('sv', false, []).template[0]), 'Öppna senaste'));
    expect(none).toEqual([{ label: 'Inga senaste filer', enabled: false }]);
  });

  it('on macOS have the app menu with Om and Avsluta, and a window menu; no Quit in Arkiv', () => {
    const { template } = build('sv', true);
    expect(labels(template)).toEqual(['SIM-ansökan', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(labels(sub(template[0]))).toEqual(['Om SIM-ansökan', 'Tjänster', 'Göm SIM-ansökan', 'Göm övriga', 'Visa alla', 'Avsluta SIM-ansökan']);
    expect(labels(sub(template[1]))).not.toContain('Avsluta');
    expect(byLabel(sub(template[2]), 'Gör om').accelerator).toBe('Cmd+Shift+Z');
  });

  it('show developer tools only when not packaged', () => {
    const dev = menuTemplate({ lang: 'sv', isMac: false, dev: true, recent: [], send: () => undefined, appName: 'SIM-ansökan' });
    expect(labels(sub(dev[2]))).toContain('Utvecklarverktyg');
    expect(labels(sub(build('sv').template[2]))).not.toContain('Utvecklarverktyg');
  });
});

describe('window title', () => {
  it('shows the file name and an edited marker', () => {
    expect(windowTitle({ title: 'Dalslands barn', filePath: '/docs/Dalsland.simansokan', dirty: true }, 'SIM-ansökan', false)).toBe(
      '• Dalsland.simansokan – SIM-ansökan',
    );
    expect(windowTitle({ title: 'Dalslands barn', filePath: null, dirty: false }, 'SIM-ansökan', false)).toBe('Dalslands barn – SIM-ansökan');
    // macOS marks an edited document in the close button instead.
    expect(windowTitle({ title: 'x', filePath: '/docs/a.simansokan', dirty: true }, 'SIM-ansökan', true)).toBe('a.simansokan – SIM-ansökan');
    expect(windowTitle(null, 'SIM-ansökan', false)).toBe('SIM-ansökan');
  });
});
