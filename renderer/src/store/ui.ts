import type { StateCreator } from 'zustand';
import type { StepId } from '../../../shared/model/steps';
import type { Lang } from '../../../shared/model/labels';
import type { ReadonlyPath } from './paths';
import type { Store } from './index';
import type { PendingMerge } from './mergeState';
import { readPanelChoice } from './panelChoice';
import type { LifecycleView, LifecycleViewState } from './lifecycleView';

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
  focusRequest: { path: ReadonlyPath; nonce: number } | null;
  /** The latest message for the polite live region. */
  announcement: { text: string; nonce: number };
  dialog: DialogRequest | null;
  /** Whether the list of errors and to-dos is shown beside the form: the user's choice, or null for "as room allows". */
  panelOpen: boolean | null;
  setPanelOpen: (open: boolean) => void;
  /** `focusPath` is a field's path, or a panel's own (`['export']`, `['exchange']`). */
  goTo: (step: StepId, focusPath?: ReadonlyPath) => void;
  /** The follow-up screen shown in place of an application step (null: the step); any goTo clears it. */
  lifecycleView: LifecycleViewState;
  showLifecycle: (view: LifecycleView | null) => void;
  setLanguage: (lang: Lang) => void;
  announce: (text: string) => void;
  /** Shows a modal question and resolves with the id of the chosen answer. */
  ask: (req: Omit<DialogRequest, 'resolve'>) => Promise<string>;
  closeDialog: (choiceId: string) => void;
  /** Who is working, from the app's settings (never the file): the user's name and their party per application id. */
  userName: string;
  actingFor: Record<string, string>;
  setIdentity: (identity: { userName?: string; actingFor?: Record<string, string> }) => void;
  /** Applications whose "who are you working as?" question was put aside in this window. */
  whoDismissed: string[];
  dismissWho: (applicationId: string) => void;
  /** The question is open because the user asked to change who they are (shown even when already answered). */
  whoEditing: boolean;
  setWhoEditing: (open: boolean) => void;
  /**
   * The question has had its moment for the document now open: it is asked when the document opens and stays only
   * until the user moves to another step (the top bar asks again on request), never on every step until answered.
   */
  whoAsked: boolean;
  /** The partner's copy read and merged, waiting for the user's choices; nothing is applied while it is here. */
  partnerMerge: PendingMerge | null;
  setPartnerMerge: (merge: PendingMerge | null) => void;
};

let nonce = 0;

/**
 * What the window shows of a document just opened (or closed): its first step, no field waiting for focus, the
 * who-are-you question not yet had its moment, no partner's merge pending. Language, identity and the panel stay.
 */
export const freshUi = (): Pick<UiSlice, 'step' | 'focusRequest' | 'whoAsked' | 'whoEditing' | 'partnerMerge' | 'lifecycleView'> => ({
  step: 'parties',
  focusRequest: null,
  lifecycleView: { view: null, nonce: 0 },
  whoAsked: false,
  whoEditing: false,
  partnerMerge: null,
});

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  ...freshUi(),
  language: 'sv',
  announcement: { text: '', nonce: 0 },
  dialog: null,
  panelOpen: readPanelChoice(),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  goTo: (step, focusPath) =>
    set((s) => ({
      step,
      focusRequest: { path: focusPath ?? [], nonce: ++nonce },
      whoAsked: s.whoAsked || step !== s.step,
      lifecycleView: s.lifecycleView.view ? { view: null, nonce: ++nonce } : s.lifecycleView,
    })),
  // Moving on to another part of the follow-up is moving on, as another step is: "Vem arbetar du som?" goes.
  showLifecycle: (view) =>
    set((s) => ({ lifecycleView: { view, nonce: ++nonce }, whoAsked: s.whoAsked || JSON.stringify(view) !== JSON.stringify(s.lifecycleView.view) })),
  setLanguage: (language) => set({ language }),
  announce: (text) => set({ announcement: { text, nonce: ++nonce } }),
  ask: (req) =>
    new Promise<string>((resolve) => {
      // A question still open is answered with its cancel choice: only one modal at a time.
      get().dialog?.resolve(get().dialog!.cancelId);
      set({ dialog: { ...req, resolve } });
    }),
  userName: '',
  actingFor: {},
  setIdentity: ({ userName, actingFor }) =>
    set((s) => ({ userName: userName ?? s.userName, actingFor: actingFor ?? s.actingFor })),
  whoDismissed: [],
  dismissWho: (id) => set((s) => ({ whoDismissed: [...s.whoDismissed, id], whoEditing: false })),
  setWhoEditing: (whoEditing) => set({ whoEditing }),
  setPartnerMerge: (partnerMerge) => set({ partnerMerge }),
  closeDialog: (choiceId) => {
    const d = get().dialog;
    set({ dialog: null });
    d?.resolve(choiceId);
  },
});
