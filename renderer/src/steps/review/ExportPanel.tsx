import type { Issue } from '../../../../shared/rules/types';
import type { Application } from '../../../../shared/model/schema';
import { api } from '../../api';
import { ExportOutcome } from '../../components/ExportOutcome';
import { useExportRun } from '../../components/useExportRun';
import { useT } from '../../i18n';
import { IssueList } from '../../shell/ValidationPanel';
import { strings } from './strings';

const exportApplication = (application: Application, draft: boolean) => api().exportDocx({ application, draft });
const issueList = (issues: Issue[]) => <IssueList issues={issues} />;

/** The two exports. Main decides whether a signature-ready export is allowed (the same rules), and says why not. */
export function ExportPanel() {
  const t = useT(strings);
  const { outcome, start } = useExportRun(exportApplication);
  return (
    <div className="export" id="f-export" tabIndex={-1}>
      <div className="export__buttons">
        <button type="button" className="btn btn--primary btn--large" {...start(false)}>
          {t('exportSign')}
        </button>
        <button type="button" className="btn btn--secondary btn--large" {...start(true)}>
          {t('exportDraft')}
        </button>
      </div>
      <ExportOutcome outcome={outcome} testId="export-outcome" refused={() => t('refused')} issues={issueList} />
    </div>
  );
}
