import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { Lang } from '../shared/i18n/catalog';
import { menuStrings } from './menu-strings';
import type { MenuCommand, RecentFile } from '../shared/ipc/contract';

export type MenuOptions = {
  lang: Lang;
  isMac: boolean;
  /** Developer items (reload, dev tools) only when not packaged. */
  dev: boolean;
  recent: RecentFile[];
  /** Sends a menu command to the focused window's renderer. */
  send: (command: MenuCommand | { openRecent: string }) => void;
  appName: string;
};

/** A word of the menus (the application menu and the right-click menu share them). */
export type MenuKey = Exclude<keyof (typeof menuStrings.sv)['menu'], 'recentItem'>;

export const menuText = (lang: Lang) => {
  const tr = menuStrings.in(lang);
  return (key: MenuKey): string => tr(`menu.${key}`);
};

/** The application menu as a template: Swedish or English, standard shortcuts on Windows and macOS. */
export function menuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const t = menuText(o.lang);
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => o.send(command),
  });
  const recent: MenuItemConstructorOptions[] =
    o.recent.length === 0
      ? [{ label: t('noRecent'), enabled: false }]
      : o.recent.map((f) => ({ label: menuStrings.t(o.lang, 'menu.recentItem', { title: f.title, file: basename(f.path) }), click: () => o.send({ openRecent: f.path }) }));

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      cmd(t('new'), 'new', 'CmdOrCtrl+N'),
      cmd(t('open'), 'open', 'CmdOrCtrl+O'),
      { label: t('recent'), submenu: recent },
      { type: 'separator' },
      cmd(t('save'), 'save', 'CmdOrCtrl+S'),
      cmd(t('saveAs'), 'saveAs', 'CmdOrCtrl+Shift+S'),
      cmd(t('export'), 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      cmd(t('sendToPartner'), 'sendToPartner'),
      cmd(t('readPartner'), 'readPartner'),
      { type: 'separator' },
      cmd(t('close'), 'close', 'CmdOrCtrl+W'),
      ...(o.isMac ? [] : [{ type: 'separator' } as const, { label: t('quit'), role: 'quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };
  // Undo and redo go to the renderer: it decides between the text field's own undo and putting back a removed item.
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      cmd(t('undo'), 'undo', 'CmdOrCtrl+Z'),
      cmd(t('redo'), 'redo', o.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { label: t('cut'), role: 'cut' },
      { label: t('copy'), role: 'copy' },
      { label: t('paste'), role: 'paste' },
      { label: t('selectAll'), role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...stepItems(o),
      { type: 'separator' },
      { label: t('resetZoom'), role: 'resetZoom' },
      { label: t('zoomIn'), role: 'zoomIn' },
      { label: t('zoomOut'), role: 'zoomOut' },
      { type: 'separator' },
      { label: t('fullscreen'), role: 'togglefullscreen' },
      ...(o.dev ? [{ type: 'separator' } as const, { label: t('reload'), role: 'reload' } as const, { label: t('devtools'), role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: [cmd(t('example'), 'openExample'), ...(o.isMac ? [] : [{ type: 'separator' } as const, cmd(t('about'), 'about')])],
  };
  if (!o.isMac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: o.appName,
    submenu: [
      cmd(t('about'), 'about'),
      { type: 'separator' },
      { label: t('services'), role: 'services' },
      { type: 'separator' },
      { label: t('hide'), role: 'hide' },
      { label: t('hideOthers'), role: 'hideOthers' },
      { label: t('unhide'), role: 'unhide' },
      { type: 'separator' },
      { label: t('quitMac'), role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t('window'),
    role: 'windowMenu',
    submenu: [
      { label: t('minimize'), role: 'minimize' },
      { label: t('zoom'), role: 'zoom' },
    ],
  };
  return [appMenu, file, edit, view, windowMenu, help];
}

// Moving between steps, in a block of its own. Ctrl+Alt+arrow (Cmd+Alt on macOS): plain Alt+arrow moves list items
// and Ctrl+arrow moves by word inside a text, so neither may be taken.
export const STEP_ACCELERATORS = { nextStep: 'CmdOrCtrl+Alt+Right', previousStep: 'CmdOrCtrl+Alt+Left' } as const;

function stepItems(o: MenuOptions): MenuItemConstructorOptions[] {
  return (['previousStep', 'nextStep'] as const).map((command) => ({
    label: menuStrings.t(o.lang, `menu.${command}`),
    accelerator: STEP_ACCELERATORS[command],
    click: () => o.send(command),
  }));
}

/** The window title: file name (or the application's title) and an edited marker, like other document apps. */
export function windowTitle(state: { title: string; filePath: string | null; dirty: boolean } | null, appName: string, isMac: boolean): string {
  if (!state) return appName;
  const name = state.filePath ? basename(state.filePath) : state.title;
  // macOS shows the edited state as a dot in the close button; elsewhere the title carries it.
  const marker = state.dirty && !isMac ? '• ' : '';
  return name && name !== appName ? `${marker}${name} – ${appName}` : `${marker}${appName}`;
}
