import type { ReactNode } from 'react';

/**
 * A titled part of a step; its heading gives screen-reader users the step's outline. Deliberately not a
 * named region: a form of a dozen landmarks is harder to move through than one with headings.
 */
export function Section({ title, intro, children, id }: { title: string; intro?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section className="form-section">
      <h2 className="form-section__title" id={id ? `${id}-title` : undefined}>
        {title}
      </h2>
      {intro ? <p className="form-section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
