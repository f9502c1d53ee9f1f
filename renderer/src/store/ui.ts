import type { StateCreator } from 'zustand';
import type { StepId } from '../../../shared/model/steps';
import type { Lang } from '../../../shared/model/labels';
import type { Path } from './paths';
import type { Store } from './index';

export type DialogChoice = { id: string; label: string; primary?: boolean };
export type DialogRequest = {
  title: string;
  body: string[];
  choices: DialogChoice[];
  /** The choice Escape stands for. */
  cancelId: string;
  resolve: (choiceId: string) => void;
};

export type UiSlice = {
  step: StepId;
  language: Lang;
  /** A field to focus once its step has rendered; the nonce makes the same path focusable twice. */
  focusRequest: { path: Path; nonce: number } | null;
  /** The latest message for the polite live region. */
  announcement: { text: string; nonce: number };
  dialog: DialogRequest | null;
  /** Whether the list of errors and warnings is shown beside the form. */
  panelOpen: boolean;
  togglePanel: () => void;
  goTo: (step: StepId, focusPath?: Path) => void;
  setLanguage: (lang: Lang) => void;
  announce: (text: string) => void;
  /** Shows a modal question and resolves with the id of the chosen answer. */
  ask: (req: Omit<DialogRequest, 'resolve'>) => Promise<string>;
  closeDialog: (choiceId: string) => void;
};

let nonce = 0;

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  step: 'parties',
  language: 'sv',
  focusRequest: null,
  announcement: { text: '', nonce: 0 },
  dialog: null,
  panelOpen: true,
  togglePanel: () => set({ panelOpen: !get().panelOpen }),
  goTo: (step, focusPath) => set({ step, focusRequest: { path: focusPath ?? [], nonce: ++nonce } }),
  setLanguage: (language) => set({ language }),
  announce: (text) => set({ announcement: { text, nonce: ++nonce } }),
  ask: (req) =>
    new Promise<string>((resolve) => {
      // A question still open is answered with its cancel choice: only one modal at a time.
      get().dialog?.resolve(get().dialog!.cancelId);
      set({ dialog: { ...req, resolve } });
    }),
  closeDialog: (choiceId) => {
    const d = get().dialog;
    set({ dialog: null });
    d?.resolve(choiceId);
  },
});
