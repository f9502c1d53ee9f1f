import { lazy, Suspense } from 'react';
import { useStore } from '../store';

// The merge view is needed only when a partner's copy is read: it stays out of the first bundle.
const MergeView = lazy(() => import('./MergeView'));

export function MergeHost() {
  const open = useStore((s) => s.partnerMerge !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <MergeView />
    </Suspense>
  );
}
