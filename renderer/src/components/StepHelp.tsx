import type { StepId } from '../../../shared/model/steps';
import { useProgramme } from '../store/derived';
import { useLang, useTranslation } from '../i18n';

/** What the funder looks for in this step, from the programme definition (so a new call brings new advice). */
export function StepHelp({ step }: { step: StepId }) {
  const programme = useProgramme();
  const lang = useLang();
  const { t } = useTranslation();
  const help = programme.help[step];
  if (!help) return null;
  return (
    <aside className="step-help" aria-labelledby={`help-${step}`}>
      <h2 id={`help-${step}`} className="step-help__title">
        {t('help.title', { funder: programme.funder[lang] })}
      </h2>
      <p>{help[lang]}</p>
    </aside>
  );
}
