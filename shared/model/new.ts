import type { Programme } from '../program/schema';
import { FORMAT_ID, FORMAT_VERSION, emptyWorkflow, type Application, type Party } from './schema';
import { newId } from './ids';
import { emptyLifecycle } from './lifecycle';

export function emptyParty(role: Party['role'], sector: Party['sector']): Party {
  return {
    id: newId(),
    role,
    sector,
    organisation: '',
    unit: '',
    orgNumber: '',
    address: { street: '', postalCode: '', city: '' },
    contact: { name: '', title: '', phone: '', email: '' },
    signatory: { name: '', title: '' },
    signs: sector !== 'annan',
  };
}

/** A new, empty application for a programme: a municipal owner and a regional partner to fill in. */
export function newApplication(programme: Programme, now: Date = new Date(), language: Application['language'] = 'sv'): Application {
  const stamp = now.toISOString();
  return {
    format: FORMAT_ID,
    formatVersion: FORMAT_VERSION,
    id: newId(),
    programme: { id: programme.id, version: programme.version },
    language,
    createdAt: stamp,
    updatedAt: stamp,
    parties: [emptyParty('owner', 'kommun'), emptyParty('partner', 'region')],
    project: {
      title: '',
      summary: '',
      startDate: '',
      endDate: '',
      municipalities: [],
      leader: { name: '', title: '', phone: '', email: '', partyId: '' },
      diarienummer: '',
    },
    needs: { need: '', extent: '', sources: '', causes: '', consequences: '', whereGreatest: '', existingEfforts: '', jointAnalysis: '' },
    priorities: [],
    targetGroup: {
      description: '',
      ageMin: null,
      ageMax: null,
      childrenReached: null,
      indirectGroups: [],
      selection: '',
      riskFactors: '',
      leftOut: '',
    },
    childRights: {
      articles: programme.mandatoryArticles.map((article) => ({ article, how: '' })),
      viewsBefore: '',
      viewsDuring: '',
      viewsAfter: '',
      bestInterests: {
        whichChildren: '',
        childrenViews: '',
        research: '',
        alternatives: '',
        consequences: '',
        conflicts: '',
        compensatingMeasures: '',
      },
      feedback: '',
    },
    goals: { purpose: '', overallGoal: '', overallIndicators: [], projectGoals: [], logicModel: [] },
    activities: [],
    collaboration: { contributions: [], steering: '', workingGroups: '', otherCollaborators: '' },
    budget: { costLines: [], financingLines: [], comment: '' },
    socioEconomics: {
      peopleReached: [],
      baselineRisk: null,
      baselineRiskSource: '',
      baselineRiskLow: null,
      baselineRiskHigh: null,
      effect: null,
      effectSource: '',
      effectLow: null,
      effectHigh: null,
      priceBaseYear: null,
      horizonYears: 10,
      discountRate: 3.5,
      avoidedCosts: [],
      comment: '',
    },
    followUp: { plan: '', evaluation: '', responsibilities: '', implementation: '', spreading: '', risks: [] },
    workflow: emptyWorkflow(),
    lifecycle: emptyLifecycle(),
  };
}
