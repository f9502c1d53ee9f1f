import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions, type Session } from 'electron';
import type { Lang } from '../shared/i18n/catalog';
import { menuText } from './menu';

type Params = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

export type SpellActions = { replace(word: string): void; addWord(word: string): void };

/**
 * The right-click menu for what was clicked: spelling suggestions and "add to dictionary" over a misspelled
 * word, then cut, copy, paste and select all in a text field, or copy over selected text elsewhere.
 */
export function contextMenuTemplate(p: Params, lang: Lang, spell: SpellActions): MenuItemConstructorOptions[] {
  const t = menuText(lang);
  const items: MenuItemConstructorOptions[] = [];
  if (p.isEditable && p.misspelledWord) {
    const word = p.misspelledWord;
    const suggestions = p.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0) items.push({ label: t('noSuggestions'), enabled: false });
    for (const s of suggestions) items.push({ label: s, click: () => spell.replace(s) });
    items.push({ type: 'separator' }, { label: t('addToDictionary'), click: () => spell.addWord(word) }, { type: 'separator' });
  }
  if (p.isEditable) {
    items.push(
      { label: t('cut'), role: 'cut', enabled: p.editFlags.canCut },
      { label: t('copy'), role: 'copy', enabled: p.editFlags.canCopy },
      { label: t('paste'), role: 'paste', enabled: p.editFlags.canPaste },
      { type: 'separator' },
      { label: t('selectAll'), role: 'selectAll', enabled: p.editFlags.canSelectAll },
    );
  } else if (p.selectionText.trim() !== '') {
    items.push({ label: t('copy'), role: 'copy', enabled: p.editFlags.canCopy }, { type: 'separator' }, { label: t('selectAll'), role: 'selectAll' });
  }
  return items;
}

/** Shows the menu on right-click (and the context-menu key) in the window's page, in the UI's language. */
export function attachContextMenu(win: BrowserWindow, lang: () => Lang): void {
  const contents = win.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, lang(), {
      replace: (word) => contents.replaceMisspelling(word),
      addWord: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}

/** The languages checked where the app chooses (Windows and Linux); macOS's own checker picks by itself. */
export const SPELLCHECK_LANGUAGES = ['sv-SE', 'en-US'];

/**
 * Spell-checking that never reaches the network. Chromium fetches missing Hunspell dictionaries from
 * Google's CDN by default (Windows and Linux; macOS uses the system's checker and downloads nothing), so
 * the download location is pointed at a file: URL inside the app, which never touches the network. A
 * dictionary already in the profile (`<userData>/Dictionaries`) is used; a missing one is not checked. On
 * Windows, languages the system has spelling for are checked by Windows itself.
 */
export function configureSpellcheck(ses: Session, o: { isMac: boolean; dictionaryUrl: string; log: (m: string) => void }): void {
  if (o.isMac) return;
  // Before the languages: setting them starts loading their dictionaries.
  ses.setSpellCheckerDictionaryDownloadURL(o.dictionaryUrl);
  const available = new Set(ses.availableSpellCheckerLanguages);
  // Chromium names some dictionaries by language alone ("sv"); a code it does not know would be refused outright.
  const supported = (code: string): string | null => {
    if (available.size === 0 || available.has(code)) return code;
    const language = code.split('-')[0]!;
    return available.has(language) ? language : null;
  };
  const languages = SPELLCHECK_LANGUAGES.map(supported).filter((l): l is string => l !== null);
  if (languages.length > 0) ses.setSpellCheckerLanguages(languages);
  ses.on('spellcheck-dictionary-download-failure', (_event, language) => o.log(`no spelling dictionary for ${language} on this computer; not checked`));
}
