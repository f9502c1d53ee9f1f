import { startChangeRequest } from '../../../shared/workflow/report';
import { newId } from '../../../shared/model/ids';
import { useStore } from '../store';
import { showLifecycle } from './view';

/** Opens the draft change request, starting one from the decided version when there is none. */
export function requestChange(): void {
  const s = useStore.getState();
  const app = s.app;
  if (!app?.lifecycle.decision) return;
  const draft = app.lifecycle.changeRequests.find((c) => c.status === 'draft');
  if (draft) return showLifecycle({ kind: 'change', changeId: draft.id });
  const id = newId();
  s.update(['lifecycle', 'changeRequests'], startChangeRequest(app, new Date(), id).lifecycle.changeRequests);
  showLifecycle({ kind: 'change', changeId: id });
}
