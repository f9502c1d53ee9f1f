import type { Application } from '../../shared/model/schema';
import { formatProblems, loadApplicationValue } from '../../shared/model/load';
import type { Failure } from '../../shared/ipc/contract';
import { failure } from './messages';
import { messageText } from './message-strings';
import { inBoth } from '../localized';

/** The application as sent by the renderer, checked against the file schema before it is written anywhere. */
export function checkApplication(raw: unknown): { ok: true; app: Application } | { ok: false; failure: Failure } {
  const loaded = loadApplicationValue(raw);
  if (loaded.ok) return { ok: true, app: loaded.application };
  return {
    ok: false,
    failure: failure(inBoth((l) => messageText.t(l, 'invalidApplication', { problems: formatProblems(loaded.problems, l) }))),
  };
}
