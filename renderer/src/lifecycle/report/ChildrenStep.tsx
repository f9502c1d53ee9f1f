import { TextArea } from '../../components';
import { useT } from '../../i18n';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

export function ChildrenStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const path = ['lifecycle', 'reports', index, 'children'] as const;
  return (
    <>
      <p className="form-section__intro">{t('children.lead')}</p>
      <TextArea path={[...path, 'participation']} label={t('children.participation')} rows={4} />
      <TextArea path={[...path, 'whatChanged']} label={t('children.whatChanged')} rows={4} />
    </>
  );
}
