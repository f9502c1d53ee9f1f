import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { formatKronor } from '../../../../shared/finance/money';
import { FieldError } from '../../components';
import { useFieldIssueText } from '../../store/derived';
import { fieldId, type Path } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import type { YearColumn } from './grid';
import { strings } from './strings';
import { LineTools, type LinePlace, type useLineActions } from './LineTools';

type Layout = { grid?: boolean };

/** The editing grids' columns: the line's name and tools, its fields (wrapping as needed), one per year, then the sum. */
export function gridColumns(years: number): CSSProperties {
  return { '--bgrid-cols': `4.6rem minmax(14rem, 1fr) repeat(${years}, 6.8rem) 7rem` } as CSSProperties;
}

/** The first cell of a line: its name, the move and remove buttons, and what the rules say about the line as a whole. */
export function LineHead({ path, index, name, place, actions }: { path: Path; index: number; name: string; place: LinePlace; actions: ReturnType<typeof useLineActions> }) {
  const t = useT(strings);
  return (
    <div role="gridcell" data-col="line" className="bgrid__head-cell">
      <span className="line-head__name" id={fieldId(path)} tabIndex={-1}>
        <span className="visually-hidden">{name}</span>
        <span aria-hidden="true">{t('lineShort', { n: index + 1 })}</span>
      </span>
      <LineTools place={place} actions={actions} />
      <PathIssues path={path} />
    </div>
  );
}

/**
 * Column headers: "År 1" with the year's dates beneath, then the sum. `grid` draws the ARIA-table form used by
 * the editing grids, whose rows are boxes that can skip layout off screen (table rows cannot).
 */
export function YearHeads({ columns, first, grid }: { columns: YearColumn[]; first: string } & Layout) {
  const t = useT(strings);
  const Row = grid ? 'div' : 'tr';
  const Head = grid ? 'div' : 'th';
  const head = grid ? { role: 'columnheader' } : { scope: 'col' };
  return (
    <Row role={grid ? 'row' : undefined} className={grid ? 'bgrid__row bgrid__row--head' : undefined}>
      {grid ? (
        <Head {...head}>
          <span className="visually-hidden">{t('lineColumn')}</span>
        </Head>
      ) : null}
      <Head {...head} className="budget-table__what">
        {first}
      </Head>
      {columns.map((c) => (
        <Head key={c.index} {...head} className="num">
          {t('year', { n: c.index + 1 })}
          {c.start && c.end ? (
            <span className="budget-table__dates">
              <span>{c.start} –</span> <span>{c.end}</span>
            </span>
          ) : null}
        </Head>
      ))}
      <Head {...head} className="num">
        {t('sum')}
      </Head>
    </Row>
  );
}

/** A row of sums (a party's cash, the total financing…) across the years and in total. */
export function SumRow(props: { label: string; hiddenLabel?: string; values: readonly number[]; className?: string } & Layout) {
  const { label, hiddenLabel, values, className, grid } = props;
  const total = values.reduce((a, b) => a + b, 0);
  const Row = grid ? 'div' : 'tr';
  const Cell = grid ? 'div' : 'td';
  const cell = grid ? { role: 'gridcell' } : {};
  const rowHead = grid ? <div role="rowheader" className="bgrid__sum-label">{label}{hiddenLabel ? <span className="visually-hidden">{hiddenLabel}</span> : null}</div> : (
    <th scope="row">
      {label}
      {hiddenLabel ? <span className="visually-hidden">{hiddenLabel}</span> : null}
    </th>
  );
  return (
    <Row role={grid ? 'row' : undefined} className={[grid ? 'bgrid__row' : '', className ?? ''].filter(Boolean).join(' ') || undefined}>
      {rowHead}
      {values.map((v, i) => (
        <Cell key={i} {...cell} className="num">
          {formatKronor(v, { unit: false })}
        </Cell>
      ))}
      <Cell {...cell} className="num">
        {formatKronor(total, { unit: false })}
      </Cell>
    </Row>
  );
}

/**
 * What the rules say about a list or a line as a whole (no costs, a line with no amounts). The element carries
 * the path's id so the validation panel can take the user here.
 */
export function PathIssues({ path, focusable = false }: { path: Path; focusable?: boolean }) {
  const lang = useLang();
  const issue = useFieldIssueText(path, lang);
  const id = fieldId(path);
  return (
    <div id={focusable ? id : undefined} tabIndex={focusable ? -1 : undefined} className="budget-issues">
      <FieldError id={`${id}-error`} text={issue.text} severity={issue.severity} />
    </div>
  );
}

/**
 * The box a wide table scrolls in. Only while it actually overflows (many project years, a narrow window) is
 * it a tab stop with a name, so keyboard users can scroll it and nobody meets an empty stop otherwise.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const t = useT(strings);
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={`budget-table-wrap${overflows ? ' budget-table-wrap--scrolls' : ''}`}
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? t('scrollable', { name: label }) : undefined}
    >
      {children}
    </div>
  );
}
