import { useProgramme } from '../store/derived';
import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';
import { schemaMaxLength, textLimit } from './schemaLimits';
import { Counter } from './Counter';

type Props = CommonFieldProps & { rows?: number };

/**
 * Running text with a live character counter. The counter counts toward the funder's limit when the
 * programme sets one; the file format's cap is the hard maximum the field accepts.
 */
export function TextArea({ rows = 4, ...shell }: Props) {
  const [value, set] = useBound<string>(shell.path);
  const programme = useProgramme();
  const limit = textLimit(shell.path, programme);
  const text = value ?? '';
  return (
    <FieldShell {...shell} extra={limit ? <Counter length={text.length} limit={limit} /> : undefined}>
      {(control) => (
        <textarea
          {...control}
          className="input textarea"
          rows={rows}
          value={text}
          maxLength={schemaMaxLength(shell.path) ?? undefined}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
