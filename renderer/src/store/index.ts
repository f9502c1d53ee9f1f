import { create } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './document';
import { createHistorySlice, type HistorySlice } from './history';
import { createUiSlice, type UiSlice } from './ui';
import { createAttentionSlice, type AttentionSlice } from './attention';

export type Store = DocumentSlice & HistorySlice & UiSlice & AttentionSlice;

/** The one store of the window. Select the narrowest value you need: `useStore((s) => s.app?.project.title)`. */
export const useStore = create<Store>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createHistorySlice(...a),
  ...createUiSlice(...a),
  ...createAttentionSlice(...a),
}));

export { getIn, setIn, fieldId, pathKey, type Path } from './paths';
