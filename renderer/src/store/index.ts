import { create } from 'zustand';
import { createDocumentSlice, freshDocument, type DocumentSlice, type FreshForDocument } from './document';
import { createHistorySlice, freshHistory, type HistorySlice } from './history';
import { createUiSlice, freshUi, type UiSlice } from './ui';
import { createAttentionSlice, freshAttention, type AttentionSlice } from './attention';

type Slices = { document: DocumentSlice; history: HistorySlice; ui: UiSlice; attention: AttentionSlice };
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every slice together: a slice is added to `Slices`, which then asks for its fresh state below. */
export type Store = Intersection<Slices[keyof Slices]>;

/**
 * Each slice's own fresh state for a document being opened (or closed, `null`). Keyed by slice, so a new slice that
 * does not say what it forgets fails to compile; opening and closing a document take all of them at once.
 */
const FRESH: { [K in keyof Slices]: (opened: Parameters<FreshForDocument>[0], prev: Store) => Partial<Slices[K]> } = {
  document: (opened, prev) => freshDocument(opened ?? { app: null }, prev),
  history: () => freshHistory(),
  ui: () => freshUi(),
  attention: (opened) => freshAttention(opened?.app ?? null),
};

const freshForDocument: FreshForDocument = (opened, prev) =>
  Object.assign({}, ...Object.values(FRESH).map((fresh) => fresh(opened, prev))) as Partial<Store>;

/** The one store of the window. Select the narrowest value you need: `useStore((s) => s.app?.project.title)`. */
export const useStore = create<Store>()((...a) => ({
  ...createDocumentSlice(freshForDocument)(...a),
  ...createHistorySlice(...a),
  ...createUiSlice(...a),
  ...createAttentionSlice(...a),
}));

export { getIn, setIn, fieldId, pathKey, type Path } from './paths';
