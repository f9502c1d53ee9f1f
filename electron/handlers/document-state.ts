import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { failure, notGrantedMessage } from './messages';
import type { Session } from './window-session';

export async function setDocumentState(s: Session, req: RequestOf<'window:setDocumentState'>): Promise<ResponseMap['window:setDocumentState']> {
  // The path becomes the window's represented file (macOS shows and opens it from the title bar).
  if (req.filePath !== null && !(await s.mayWrite(req.filePath))) return failure(notGrantedMessage(req.filePath));
  s.documentState = req;
  s.deps.setDocumentState?.(req);
  return { status: 'ok' };
}
