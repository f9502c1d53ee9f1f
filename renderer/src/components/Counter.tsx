import { formatNumber } from '../../../shared/finance/money';
import { useT } from '../i18n';
import { ui } from '../i18n/strings';

/** "120 av 1 500 tecken"; past the limit it says by how much, in red. */
export function Counter({ length, limit }: { length: number; limit: number }) {
  const t = useT(ui);
  const over = length > limit;
  return (
    <span className={`counter${over ? ' counter--over' : ''}`}>
      {over
        ? t('fields.counterOver', { length: formatNumber(length), limit: formatNumber(limit), over: formatNumber(length - limit) })
        : t('fields.counter', { length: formatNumber(length), limit: formatNumber(limit) })}
    </span>
  );
}
