import { loadApplicationText } from '../../shared/model/load';
import { newId } from '../../shared/model/ids';
import type { ResponseMap } from '../../shared/ipc/contract';
import { failure } from './messages';
import { messageText } from './message-strings';
import { inBoth } from '../localized';
import type { Session } from './window-session';

/** The complete example, as a new unsaved application: its own id, so saving it never touches another file's identity. */
export async function openExample(s: Session): Promise<ResponseMap['example:open']> {
  const loaded = loadApplicationText(await s.deps.exampleText());
  if (!loaded.ok) {
    s.deps.log?.(`example application is invalid: ${loaded.problems.map((p) => p.message.en).join('; ')}`);
    return failure(inBoth((l) => messageText.t(l, 'exampleFailed')));
  }
  const now = s.clock().toISOString();
  return { status: 'opened', application: { ...loaded.application, id: newId(), createdAt: now, updatedAt: now } };
}
