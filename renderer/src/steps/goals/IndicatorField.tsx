import { useShallow } from 'zustand/react/shallow';
import { FieldShell, schemaMaxLength, useBound } from '../../components';
import { useStore } from '../../store';
import { useProgramme } from '../../store/derived';
import { fieldId, type Path } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import { indicatorOptions } from './model';
import { strings } from './strings';

/**
 * The indicator of a chain: free text with the programme's example indicators (and those used in other rows)
 * offered as a native suggestion list, which keyboards and screen readers already know how to use.
 */
export function IndicatorField({ path }: { path: Path }) {
  const t = useT(strings);
  const lang = useLang();
  const programme = useProgramme();
  const [value, set] = useBound<string>(path);
  const used = useStore(useShallow((s) => (s.app?.goals.logicModel ?? []).flatMap((r) => r.indicators.map((i) => i.text))));
  const options = indicatorOptions(programme, used, lang).filter((o) => o !== (value ?? '').trim());
  const listId = `${fieldId(path)}-suggestions`;
  return (
    <FieldShell path={path} hint={t('indicatorHint')} className="field--indicator">
      {(control) => (
        <>
          <input
            {...control}
            className="input"
            type="text"
            list={listId}
            autoComplete="off"
            value={value ?? ''}
            maxLength={schemaMaxLength(path) ?? undefined}
            onChange={(e) => set(e.target.value)}
          />
          <datalist id={listId}>
            {options.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </>
      )}
    </FieldShell>
  );
}
