import type { ReactNode } from 'react';
import type { StepId } from '../../../../shared/model/steps';
import { useStore } from '../../store';
import { labelFor, stepLabel, useLang, useT } from '../../i18n';
import type { Path } from '../../store/paths';
import { strings } from './strings';

/** One part of the preview: the step's heading as in the document, and a link back to the step. */
export function PreviewSection({ step, number, children }: { step: StepId; number: number; children: ReactNode }) {
  const t = useT(strings);
  const lang = useLang();
  const goTo = useStore((s) => s.goTo);
  const id = `preview-${step}`;
  return (
    <section className="preview__section">
      <div className="preview__head">
        <h3 id={id}>
          {number}. {stepLabel(step, lang)}
        </h3>
        <a
          href={`#${step}`}
          className="preview__edit"
          onClick={(e) => {
            e.preventDefault();
            goTo(step);
          }}
        >
          {t('edit', { step: stepLabel(step, lang) })}
        </a>
      </div>
      {children}
    </section>
  );
}

/** A value as the document prints it; empty values say so instead of leaving a hole. */
export function Value({ children }: { children: ReactNode }) {
  const t = useT(strings);
  const empty = children === null || children === undefined || (typeof children === 'string' && children.trim() === '');
  return empty ? <span className="preview__empty">{t('empty')}</span> : <span className="preview__text">{children}</span>;
}

/** Question and answer pairs, labelled from the shared field catalog (the DOCX uses the same words). */
export function Answers({ base, items }: { base: Path; items: readonly [string, ReactNode][] }) {
  const lang = useLang();
  return (
    <dl className="preview__answers">
      {items.map(([key, value]) => (
        <div key={key} className="preview__answer">
          <dt>{labelFor([...base, ...key.split('.')], lang)}</dt>
          <dd>
            <Value>{value}</Value>
          </dd>
        </div>
      ))}
    </dl>
  );
}
