import { memo, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useStore } from '../store';
import { sameElements, useAt } from '../store/at';
import { fieldId, type Path, type ReadonlyPath } from '../store/paths';
import { useT } from '../i18n';
import { ui } from '../i18n/strings';
import { removeWithUndo } from './removeWithUndo';
import './repeater.css';

type Item = { id?: string } & Record<string, unknown>;

type Props<T extends Item, P extends Path> = {
  /** Path of the list in the application. */
  path: P;
  /** What one item is called, numbered from 1: "Part 2". */
  itemName: (index: number) => string;
  /** A few words from the item for its heading ("Bengtsfors kommun"); selected narrowly so typing elsewhere does not re-render. */
  summaryOf?: (item: T) => string;
  create: () => T;
  addLabel: string;
  /** The file schema's cap on the list. */
  max: number;
  /** Items that must stay (e.g. a list that needs one row); removal is offered above this count. */
  min?: number;
  emptyText?: string;
  /** The form for one item; its fields subscribe to their own values. */
  /** `itemPath` is the list's path and the item's index, so the form's paths are checked against the schema. */
  children: (itemPath: readonly [...P, number], index: number) => ReactNode;
  /** Heading level of each item, to fit the step's outline. */
  headingLevel?: 3 | 4;
};

/**
 * A list of items that can be added, removed (undoably) and reordered with buttons or Alt+↑/↓.
 * The list itself re-renders only when items are added, removed or moved: it selects their ids, not their content.
 */
const NO_KEYS: readonly string[] = [];

export function Repeater<T extends Item, const P extends Path = Path>(props: Props<T, P>) {
  const { path, itemName, create, addLabel, max, min = 0, emptyText, children, headingLevel = 3 } = props;
  const t = useT(ui);
  const keys = useAt(path, (list: unknown) => (Array.isArray(list) ? (list as T[]).map((it, i) => it.id ?? String(i)) : NO_KEYS), sameElements);
  // Read when used, not subscribed to: every subscription runs on every keystroke.
  const { addItem, moveItem, announce } = useStore.getState();
  const listId = fieldId(path);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<(() => void) | null>(null);

  useLayoutEffect(() => {
    const f = pendingFocus.current;
    pendingFocus.current = null;
    f?.();
  }, [keys]);

  const focusItem = (index: number) => {
    pendingFocus.current = () => {
      const el = document.getElementById(fieldId([...path, index]));
      (el ?? addRef.current)?.focus();
    };
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= keys.length) return;
    const active = document.activeElement as HTMLElement | null;
    pendingFocus.current = () => {
      if (active && active.isConnected && document.activeElement !== active) active.focus();
    };
    moveItem(path, from, to);
    announce(t('repeater.moved', { name: itemName(from), position: to + 1, total: keys.length }));
  };

  const remove = (index: number) => {
    removeWithUndo(path, index, itemName(index));
    focusItem(Math.min(index, keys.length - 2));
  };

  const add = () => {
    addItem(path, create());
    announce(t('repeater.added', { name: itemName(keys.length) }));
    focusItem(keys.length);
  };

  const onKeyDown = (index: number) => (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
    }
  };

  return (
    <div className="repeater" id={listId} tabIndex={-1}>
      {keys.length === 0 && emptyText ? <p className="repeater__empty">{emptyText}</p> : null}
      <ol className="repeater__list">
        {keys.map((key, index) => (
          <li key={key} className="repeater__item" onKeyDown={onKeyDown(index)}>
            <div className="repeater__head">
              <ItemHeading
                level={headingLevel}
                id={fieldId([...path, index])}
                name={itemName(index)}
                path={[...path, index]}
                summaryOf={props.summaryOf as ((item: Item) => string) | undefined}
              />
              <div className="repeater__tools" role="group" aria-label={t('repeater.toolsFor', { name: itemName(index) })}>
                <button type="button" className="btn btn--small btn--ghost" onClick={() => move(index, index - 1)} disabled={index === 0} aria-keyshortcuts="Alt+ArrowUp">
                  <span aria-hidden="true">↑ </span>
                  {t('repeater.moveUp')}
                  <span className="visually-hidden"> {itemName(index)}</span>
                </button>
                <button
                  type="button"
                  className="btn btn--small btn--ghost"
                  onClick={() => move(index, index + 1)}
                  disabled={index === keys.length - 1}
                  aria-keyshortcuts="Alt+ArrowDown"
                >
                  <span aria-hidden="true">↓ </span>
                  {t('repeater.moveDown')}
                  <span className="visually-hidden"> {itemName(index)}</span>
                </button>
                {keys.length > min ? (
                  <button type="button" className="btn btn--small btn--danger" onClick={() => remove(index)}>
                    {t('repeater.remove')}
                    <span className="visually-hidden"> {itemName(index)}</span>
                  </button>
                ) : null}
              </div>
            </div>
            <ItemBody render={children} path={path} index={index} />
          </li>
        ))}
      </ol>
      <button ref={addRef} type="button" className="btn btn--secondary repeater__add" onClick={add} disabled={keys.length >= max}>
        <span aria-hidden="true">+ </span>
        {addLabel}
      </button>
      {keys.length >= max ? <p className="field__hint">{t('repeater.full', { max })}</p> : null}
    </div>
  );
}

const ItemHeading = memo(function ItemHeading(props: {
  level: 3 | 4;
  id: string;
  name: string;
  path: ReadonlyPath;
  summaryOf?: (item: Item) => string;
}) {
  const summary = useAt(props.path, (item: Item | undefined) => (item && props.summaryOf ? props.summaryOf(item).trim() : ''));
  const H = props.level === 3 ? 'h3' : 'h4';
  return (
    <H className="repeater__title" id={props.id} tabIndex={-1}>
      {props.name}
      {summary ? <span className="repeater__summary">: {summary}</span> : null}
    </H>
  );
});

/** Keeps an item's form from re-rendering when a sibling is added or moved, unless its index changed. */
const ItemBody = memo(
  function ItemBody({ render, path, index }: { render: (p: never, i: number) => ReactNode; path: ReadonlyPath; index: number }) {
    return <div className="repeater__body">{render([...path, index] as never, index)}</div>;
  },
  (a, b) => a.index === b.index && a.path.join('.') === b.path.join('.'),
);
