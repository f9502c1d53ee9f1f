import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import { DateField, Repeater, Section, Select, TextArea, TextField } from '../../components';
import { useStore } from '../../store';
import { useT } from '../../i18n';
import { changeStrings } from './change-strings';
import { ProposedBudget } from './ProposedBudget';
import { ChangeDifferences } from './ChangeDifferences';
import { LifecycleExport } from '../LifecycleExport';

/**
 * A change request: the proposed period, budget, parties and activities (copies of the decided ones, edited here)
 * and, beneath, every field that differs from the decided application.
 */
export function ChangeRequestView({ changeId }: { changeId: string }) {
  const t = useT(changeStrings);
  const index = useStore((s) => s.app?.lifecycle.changeRequests.findIndex((c) => c.id === changeId) ?? -1);
  const created = useStore((s) => s.app?.lifecycle.changeRequests[index]?.createdAt.slice(0, 10) ?? '');
  const decidedId = useStore((s) => s.app?.lifecycle.decision?.signedDocumentId || s.app?.lifecycle.decision?.decidedDocumentId || '');
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), [changeId]);
  const C = ['lifecycle', 'changeRequests', index] as const;
  const statuses = (['draft', 'sent', 'approved', 'rejected'] as const).map((v) => ({ value: v, label: t(`statuses.${v}`) }));
  return (
    <div className="step change" data-testid="change-view">
      <h1 className="step__title" id="step-title" tabIndex={-1} ref={titleRef}>
        {t('title', { n: index + 1 })}
      </h1>
      {index < 0 ? (
        <p className="notice notice--warning">{t('missing')}</p>
      ) : (
        <div className="step__form">
          <p className="form-section__intro">
            {t('lead', { id: decidedId })} {created ? t('created', { date: created }) : null}
          </p>
          <div className="field-row">
            <Select path={[...C, 'status']} label={t('status')} options={statuses} />
          </div>
          <TextArea path={[...C, 'reason']} label={t('reason')} rows={3} />
          <Section title={t('period')}>
            <div className="field-row">
              <DateField path={[...C, 'proposed', 'project', 'startDate']} label={t('startDate')} />
              <DateField path={[...C, 'proposed', 'project', 'endDate']} label={t('endDate')} />
            </div>
          </Section>
          <ProposedBudget index={index} />
          <ProposedParties index={index} />
          <Section title={t('activities')}>
            <Repeater
              path={[...C, 'proposed', 'activities']}
              itemName={(i) => t('activity', { n: i + 1 })}
              summaryOf={(a) => a.name}
              create={() => ({ id: newId(), name: '', description: '', responsiblePartyId: '', startDate: '', endDate: '' })}
              addLabel={t('addActivity')}
              max={LIMITS.activities}
              headingLevel={3}
            >
              {(p) => (
                <div className="field-row">
                  <TextField path={[...p, 'name']} label={t('activityName')} />
                  <DateField path={[...p, 'startDate']} label={t('activityStart')} />
                  <DateField path={[...p, 'endDate']} label={t('activityEnd')} />
                </div>
              )}
            </Repeater>
          </Section>
          <ChangeDifferences index={index} />
          <LifecycleExport target={{ kind: 'change', id: changeId }} />
        </div>
      )}
    </div>
  );
}

function ProposedParties({ index }: { index: number }) {
  const t = useT(changeStrings);
  const ids = useStore(useShallow((s) => s.app?.lifecycle.changeRequests[index]?.proposed.parties.map((p) => p.id) ?? []));
  const P = ['lifecycle', 'changeRequests', index, 'proposed', 'parties'] as const;
  return (
    <Section title={t('parties')}>
      {ids.map((id, k) => (
        <div className="field-row" key={id}>
          <TextField path={[...P, k, 'organisation']} label={t('organisation', { n: k + 1 })} />
          <TextField path={[...P, k, 'signatory', 'name']} label={t('signatoryName', { n: k + 1 })} />
          <TextField path={[...P, k, 'signatory', 'title']} label={t('signatoryTitle', { n: k + 1 })} />
        </div>
      ))}
    </Section>
  );
}
