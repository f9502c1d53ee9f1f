import type { ReactNode } from 'react';

/** A titled part of a step; headings give screen-reader users the step's outline. */
export function Section({ title, intro, children, id }: { title: string; intro?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section className="form-section" aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 className="form-section__title" id={id ? `${id}-title` : undefined}>
        {title}
      </h2>
      {intro ? <p className="form-section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
