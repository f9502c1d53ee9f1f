import type { MessageBoxOptions } from 'electron';
import type { Lang } from '../shared/i18n/catalog';
import { menuStrings } from './menu-strings';

/** Button indices of the prompt, in the order shown. */
export const CLOSE_SAVE = 0;
export const CLOSE_DONT_SAVE = 1;
export const CLOSE_CANCEL = 2;

export function closePromptOptions(lang: Lang, name: string): MessageBoxOptions {
  const t = menuStrings.in(lang);
  return {
    type: 'question',
    message: t('closePrompt.question', { name }),
    detail: t('closePrompt.detail'),
    buttons: [t('closePrompt.save'), t('closePrompt.dontSave'), t('closePrompt.cancel')],
    defaultId: CLOSE_SAVE,
    cancelId: CLOSE_CANCEL,
    noLink: true,
  };
}
