import { useT } from '../i18n';
import { ui } from '../i18n/strings';

/**
 * The message under a field. The element always exists (empty when all is well) so screen readers that
 * watch the polite live region hear a problem when it appears, without being interrupted.
 */
export function FieldError({ id, text, severity }: { id: string; text: string; severity: 'error' | 'warning' | null }) {
  const t = useT(ui);
  return (
    <p id={id} className={`field__error${severity ? ` field__error--${severity}` : ''}`} aria-live="polite">
      {text ? (
        <>
          <span className="field__error-kind">{severity === 'warning' ? t('issues.warning') : t('issues.error')}: </span>
          {text}
        </>
      ) : null}
    </p>
  );
}
