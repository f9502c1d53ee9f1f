import { LifecycleExport } from '../LifecycleExport';

export function ReportExport({ reportId }: { reportId: string }) {
  return <LifecycleExport target={{ kind: 'report', id: reportId }} />;
}
