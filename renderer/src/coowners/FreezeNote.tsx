import { useT } from '../i18n';
import { useFreezeMatches } from './derived';
import { strings } from './strings';

/** A short word in the top bar when the application is frozen for signing; the review says the rest. */
export function FreezeNote() {
  const t = useT(strings);
  const matches = useFreezeMatches();
  if (matches === null) return null;
  return (
    <span className={`badge ${matches ? 'badge--ok' : 'badge--warning'} freeze-note`} data-testid="freeze-note">
      {matches ? t('freeze.topLocked') : t('freeze.topChanged')}
    </span>
  );
}
