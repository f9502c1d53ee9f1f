import type { MessageBoxOptions } from 'electron';
import type { Lang } from '../shared/model/labels';

/** The close prompt's words: main's own catalog, Swedish first, English with every key Swedish has. */
const sv = {
  question: 'Vill du spara ändringarna i "{name}"?',
  detail: 'Om du inte sparar går ändringarna förlorade.',
  save: 'Spara',
  dontSave: 'Spara inte',
  cancel: 'Avbryt',
};
const en: Record<keyof typeof sv, string> = {
  question: 'Do you want to save the changes to "{name}"?',
  detail: 'Your changes will be lost if you don’t save them.',
  save: 'Save',
  dontSave: 'Don’t Save',
  cancel: 'Cancel',
};
const TEXT: Record<Lang, Record<keyof typeof sv, string>> = { sv, en };

/** Button indices of the prompt, in the order shown. */
export const CLOSE_SAVE = 0;
export const CLOSE_DONT_SAVE = 1;
export const CLOSE_CANCEL = 2;

export function closePromptOptions(lang: Lang, name: string): MessageBoxOptions {
  const t = TEXT[lang];
  return {
    type: 'question',
    message: t.question.replace('{name}', name),
    detail: t.detail,
    buttons: [t.save, t.dontSave, t.cancel],
    defaultId: CLOSE_SAVE,
    cancelId: CLOSE_CANCEL,
    noLink: true,
  };
}
