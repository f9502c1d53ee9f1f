import { useState } from 'react';
import type { StepId } from '../../../shared/model/steps';
import { useProgramme } from '../store/derived';
import { useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';

/** Windows this short need their height for the form: the advice starts folded to its one-line title. */
const TALL_ENOUGH = '(min-height: 780px)';

/**
 * What the funder looks for in this step, from the programme definition (so a new call brings new advice). Open on
 * a tall window; on a laptop's short one folded to its title, so the step's first field is in view when it opens.
 */
export function StepHelp({ step }: { step: StepId }) {
  const programme = useProgramme();
  const lang = useLang();
  const t = useT(ui);
  const [open] = useState(() => typeof matchMedia === 'function' && matchMedia(TALL_ENOUGH).matches);
  const help = programme.help[step];
  if (!help) return null;
  return (
    <aside className="step-help" aria-labelledby={`help-${step}`}>
      <details open={open} key={step}>
        <summary className="step-help__summary">
          <h2 id={`help-${step}`} className="step-help__title">
            {t('help.title', { funder: programme.funder[lang] })}
          </h2>
        </summary>
        <p>{help[lang]}</p>
      </details>
    </aside>
  );
}
