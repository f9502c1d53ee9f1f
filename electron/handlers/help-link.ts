import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { checkedHelpLink } from '../policy';
import type { Session } from './window-session';

export async function openHelpLink(s: Session, req: RequestOf<'help:openLink'>): Promise<ResponseMap['help:openLink']> {
  // Only the URL as parsed and checked goes to the OS, never the text the renderer sent.
  const url = checkedHelpLink(req.url);
  if (url === null) {
    s.deps.log?.(`refused to open link outside the help allow-list: ${req.url.slice(0, 200)}`);
    return { status: 'refused' };
  }
  await s.deps.openExternal(url);
  return { status: 'opened' };
}
