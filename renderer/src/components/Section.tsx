import type { ReactNode } from 'react';

/**
 * A titled part of a step; its heading gives screen-reader users the step's outline. Deliberately not a
 * named region: a form of a dozen landmarks is harder to move through than one with headings. `offscreen` for one of
 * many sections of a long form: while off screen it skips style, layout and paint (fields.css).
 */
export function Section({ title, intro, children, id, offscreen }: { title: string; intro?: ReactNode; children: ReactNode; id?: string; offscreen?: boolean }) {
  return (
    <section className={offscreen ? 'form-section form-section--offscreen' : 'form-section'}>
      <h2 className="form-section__title" id={id ? `${id}-title` : undefined}>
        {title}
      </h2>
      {intro ? <p className="form-section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
