import { STEP_IDS, type StepId } from '../../../../shared/model/steps';
import { useStore } from '../../store';
import { useT } from '../../i18n';
import { PreviewSection } from './previewParts';
import { ChildRightsPreview, CollaborationPreview, FollowUpPreview, NeedsPreview, PartiesPreview, PrioritiesPreview, ProjectPreview, TargetGroupPreview } from './PreviewText';
import { ActivitiesPreview, BudgetPreview, GoalsPreview, SocioPreview } from './PreviewTables';
import { strings } from './strings';
import type { Application } from '../../../../shared/model/schema';
import type { ComponentType } from 'react';

const PARTS: Record<Exclude<StepId, 'review'>, ComponentType<{ app: Application }>> = {
  parties: PartiesPreview,
  project: ProjectPreview,
  needs: NeedsPreview,
  priorities: PrioritiesPreview,
  targetGroup: TargetGroupPreview,
  childRights: ChildRightsPreview,
  goals: GoalsPreview,
  activities: ActivitiesPreview,
  collaboration: CollaborationPreview,
  budget: BudgetPreview,
  socioEconomics: SocioPreview,
  followUp: FollowUpPreview,
};

/** The whole application as readable text, in the document's order, each part linking back to its step. */
export function Preview() {
  const t = useT(strings);
  const app = useStore((s) => s.app);
  if (!app) return null;
  return (
    <section className="preview form-section" aria-labelledby="preview-title">
      <h2 className="form-section__title" id="preview-title">
        {t('preview')}
      </h2>
      <p className="form-section__intro">{t('previewLead')}</p>
      <div className="preview__document">
        <p className="preview__doc-title">{app.project.title || '—'}</p>
        {STEP_IDS.filter((s): s is Exclude<StepId, 'review'> => s !== 'review').map((step, i) => {
          const Part = PARTS[step];
          return (
            <PreviewSection key={step} step={step} number={i + 1}>
              <Part app={app} />
            </PreviewSection>
          );
        })}
      </div>
    </section>
  );
}
