import { newId } from '../../../shared/model/ids';
import type { Application } from '../../../shared/model/schema';
import type { ChangeRequest } from '../../../shared/model/lifecycle';
import { useStore } from '../store';
import { showLifecycle } from './view';

/** The parts a change request may propose, copied from the decided application so only what changes differs. */
export function newChangeRequest(app: Application, now: Date): ChangeRequest {
  return {
    id: newId(),
    createdAt: now.toISOString(),
    reason: '',
    proposed: structuredClone({ project: app.project, parties: app.parties, activities: app.activities, budget: app.budget }),
    status: 'draft',
    freeze: null,
  };
}

/** Opens the draft change request, starting one when there is none. */
export function requestChange(): void {
  const s = useStore.getState();
  const app = s.app;
  if (!app?.lifecycle.decision) return;
  const draft = app.lifecycle.changeRequests.find((c) => c.status === 'draft');
  if (draft) return showLifecycle({ kind: 'change', changeId: draft.id });
  const cr = newChangeRequest(app, new Date());
  s.addItem(['lifecycle', 'changeRequests'], cr);
  showLifecycle({ kind: 'change', changeId: cr.id });
}
