import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';
import { schemaMaxLength } from './schemaLimits';
import { Counter } from './Counter';
import { useProgramme } from '../store/derived';
import { pathPattern } from '../../../shared/model/labels';

type Props = CommonFieldProps & {
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  placeholder?: string;
};

/** A one-line text bound to a string in the application. */
export function TextField({ type = 'text', autoComplete = 'off', inputMode, placeholder, ...shell }: Props) {
  const [value, set] = useBound<string>(shell.path);
  // Short texts get a counter only where the funder sets a limit (a project title, say).
  const limit = useProgramme().textLimits[pathPattern(shell.path)];
  return (
    <FieldShell {...shell} extra={limit ? <Counter length={(value ?? '').length} limit={limit} /> : undefined}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          value={value ?? ''}
          maxLength={schemaMaxLength(shell.path) ?? undefined}
          autoComplete={autoComplete}
          inputMode={inputMode}
          placeholder={placeholder}
          spellCheck={type === 'text'}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
