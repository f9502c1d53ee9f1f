import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', async () => (await import('./electron-fake')).electronModule);
const { contextMenuTemplate, attachContextMenu, configureSpellcheck } = await import('../../../electron/context-menu');
const { FakeWindow, fake } = await import('./electron-fake');

type Item = MenuItemConstructorOptions;
const labels = (items: Item[]) => items.map((i) => (i.type === 'separator' ? '—' : i.label));
const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: false };
const field = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [] as string[], editFlags: flags };
const spell = () => ({ replace: vi.fn(), addWord: vi.fn() });

describe('the right-click menu', () => {
  it('in a text field: Klipp ut, Kopiera, Klistra in, Markera allt, as the field allows', () => {
    const items = contextMenuTemplate({ ...field, editFlags: { ...flags, canCut: false, canCopy: false } }, 'sv', spell());
    expect(labels(items)).toEqual(['Klipp ut', 'Kopiera', 'Klistra in', '—', 'Markera allt']);
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(items.filter((i) => i.enabled === false).map((i) => i.label)).toEqual(['Klipp ut', 'Kopiera']);
  });

  it('over a misspelled word: the suggestions, then Lägg till i ordlistan, then editing', () => {
    const actions = spell();
    const items = contextMenuTemplate({ ...field, misspelledWord: 'ansökn', dictionarySuggestions: ['ansökan', 'ansökans'] }, 'sv', actions);
    expect(labels(items)).toEqual(['ansökan', 'ansökans', '—', 'Lägg till i ordlistan', '—', 'Klipp ut', 'Kopiera', 'Klistra in', '—', 'Markera allt']);
    (items[0]!.click as () => void)();
    expect(actions.replace).toHaveBeenCalledWith('ansökan');
    (items[3]!.click as () => void)();
    expect(actions.addWord).toHaveBeenCalledWith('ansökn');
  });

  it('says so when the dictionary has no suggestion, and is English in English', () => {
    const items = contextMenuTemplate({ ...field, misspelledWord: 'Tranemoborna' }, 'en', spell());
    expect(labels(items)).toEqual(['No Spelling Suggestions', '—', 'Add to Dictionary', '—', 'Cut', 'Copy', 'Paste', '—', 'Select All']);
    expect(items[0]!.enabled).toBe(false);
  });

  it('over selected text outside a field: Kopiera; over nothing: no menu', () => {
    expect(labels(contextMenuTemplate({ ...field, isEditable: false, selectionText: 'Dalsland' }, 'sv', spell()))).toEqual(['Kopiera', '—', 'Markera allt']);
    expect(contextMenuTemplate({ ...field, isEditable: false }, 'sv', spell())).toEqual([]);
  });

  it('opens on the window it was asked in, in the language of the moment, and acts on that page', () => {
    fake.reset();
    const win = new FakeWindow({});
    let lang: 'sv' | 'en' = 'sv';
    attachContextMenu(win as never, () => lang);
    win.webContents.emit('context-menu', {}, { ...field, misspelledWord: 'ansökn', dictionarySuggestions: ['ansökan'] });
    const [shown] = fake.menu.popups as { template: Item[]; window: unknown }[];
    expect(shown!.window).toBe(win);
    expect(labels(shown!.template).slice(0, 3)).toEqual(['ansökan', '—', 'Lägg till i ordlistan']);
    (shown!.template[0]!.click as () => void)();
    expect(win.webContents.replaceMisspelling).toHaveBeenCalledWith('ansökan');
    (shown!.template[2]!.click as () => void)();
    expect(win.webContents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('ansökn');
    lang = 'en';
    win.webContents.emit('context-menu', {}, field);
    expect(labels((fake.menu.popups[1] as { template: Item[] }).template)[0]).toBe('Cut');
  });
});

describe('spell-checking', () => {
  const session = () => ({
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    availableSpellCheckerLanguages: ['en-US', 'sv-SE', 'fi'],
    on: vi.fn(),
  });

  it('on Windows and Linux: Swedish and English, dictionaries looked for inside the app, never downloaded', () => {
    const ses = session();
    configureSpellcheck(ses as never, { isMac: false, dictionaryUrl: 'file:///opt/sim/resources/dictionaries/', log: () => undefined });
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('file:///opt/sim/resources/dictionaries/');
    // The download location first: choosing the languages is what starts loading their dictionaries.
    expect(ses.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]!).toBeLessThan(ses.setSpellCheckerLanguages.mock.invocationCallOrder[0]!);
    expect(ses.setSpellCheckerLanguages).toHaveBeenCalledWith(['sv-SE', 'en-US']);
  });

  it('a language this Electron cannot check is left out rather than refused; one named by language alone is used', () => {
    const ses = { ...session(), availableSpellCheckerLanguages: ['en-US'] };
    configureSpellcheck(ses as never, { isMac: false, dictionaryUrl: 'file:///d/', log: () => undefined });
    expect(ses.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-US']);
    const bySv = { ...session(), availableSpellCheckerLanguages: ['sv', 'en-GB', 'en-US'] };
    configureSpellcheck(bySv as never, { isMac: false, dictionaryUrl: 'file:///d/', log: () => undefined });
    expect(bySv.setSpellCheckerLanguages).toHaveBeenCalledWith(['sv', 'en-US']);
  });

  it('on macOS the system checker chooses: nothing is set', () => {
    const ses = session();
    configureSpellcheck(ses as never, { isMac: true, dictionaryUrl: 'file:///d/', log: () => undefined });
    expect(ses.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(ses.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
  });
});
