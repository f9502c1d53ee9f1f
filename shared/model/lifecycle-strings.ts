import { defineCatalog } from '../i18n/catalog';

/**
 * Names of the follow-up's fields (format 4), for messages that say where: the tree follows the file, `item` stands
 * for any item of a list and `_` names a group or list itself (lifecycle-labels.ts looks them up).
 */
const REPORTING_DATE = { _: 'Rapporteringstillfälle', id: 'Id', kind: 'Slag', period: 'Period', periodStart: 'Periodens början', periodEnd: 'Periodens slut', dueDate: 'Sista dag' };
const REPORTING_DATE_EN = { _: 'Reporting date', id: 'Id', kind: 'Kind', period: 'Period', periodStart: 'Period start', periodEnd: 'Period end', dueDate: 'Due date' };
const LOCK = { _: 'Låsning för underskrift', documentId: 'Dokument-ID', at: 'Låst' };
const LOCK_EN = { _: 'Lock for signing', documentId: 'Document ID', at: 'Locked' };

export const lifecycleFieldStrings = defineCatalog(
  {
    lifecycle: {
      _: 'Uppföljning efter beslut',
      decision: {
        _: 'Beslut',
        date: 'Beslutsdatum',
        diarienummer: 'Diarienummer',
        funder: 'Beviljande organisation',
        grantedPerYear: { _: 'Beviljat belopp per år', item: 'År' },
        conditions: 'Villkor',
        reportingDates: { _: 'Rapporteringstillfällen', item: REPORTING_DATE },
        decidedDocumentId: 'Den beslutade ansökans Dokument-ID',
        signedDocumentId: 'Dokument-ID på den undertecknade ansökan',
        recordedAt: 'Registrerat',
      },
      reports: {
        _: 'Rapporter',
        item: {
          _: 'Rapport',
          id: 'Id',
          kind: 'Slag',
          period: 'Period',
          periodStart: 'Periodens början',
          periodEnd: 'Periodens slut',
          summary: 'Sammanfattning',
          indicators: {
            _: 'Indikatorer',
            item: {
              _: 'Indikator',
              id: 'Indikator',
              values: { _: 'Mätvärden', item: { _: 'Mätvärde', id: 'Id', date: 'Datum', value: 'Värde', source: 'Källa', comment: 'Kommentar' } },
              comment: 'Kommentar',
            },
          },
          activities: { _: 'Aktiviteter', item: { _: 'Aktivitet', id: 'Aktivitet', status: 'Status', comment: 'Kommentar', newStart: 'Ny start', newEnd: 'Nytt slut' } },
          outcomes: { _: 'Utfall', item: { _: 'Kostnadsrad', id: 'Kostnadsrad', amounts: { _: 'Utfall per år', item: 'År' } } },
          outcomeComment: 'Kommentar till utfallet',
          deviations: { _: 'Avvikelser', item: { _: 'Avvikelse', id: 'Id', subject: 'Gäller', subjectId: 'Vad den gäller', explanation: 'Förklaring', action: 'Åtgärd' } },
          children: { _: 'Barns delaktighet', participation: 'Hur barn deltog i uppföljningen', whatChanged: 'Vad det ändrade' },
          final: {
            _: 'Slutrapportens delar',
            implementation: { _: 'Implementering', item: { _: 'Del som implementeras', id: 'Id', what: 'Vad', partyId: 'Av vem', financing: 'Finansiering' } },
            spreading: 'Spridning',
            socio: {
              _: 'Samhällsekonomisk uppföljning',
              peopleReached: { _: 'Nådda personer per år', item: 'År' },
              effect: 'Uppnådd effekt',
              effectSource: 'Källa för effekten',
              comment: 'Kommentar',
            },
          },
          freeze: LOCK,
        },
      },
      changeRequests: {
        _: 'Ändringsansökningar',
        item: { _: 'Ändringsansökan', id: 'Id', createdAt: 'Skapad', reason: 'Skäl', proposed: 'Föreslagen ändring', status: 'Status', freeze: LOCK },
      },
    },
    exchangeBase: 'Gemensam uppföljning med samverkansparten',
  },
  {
    lifecycle: {
      _: 'Follow-up after the decision',
      decision: {
        _: 'Decision',
        date: 'Decision date',
        diarienummer: 'Case number',
        funder: 'Funder',
        grantedPerYear: { _: 'Granted amount per year', item: 'Year' },
        conditions: 'Conditions',
        reportingDates: { _: 'Reporting dates', item: REPORTING_DATE_EN },
        decidedDocumentId: "The decided application's Document ID",
        signedDocumentId: 'Document ID on the signed application',
        recordedAt: 'Recorded',
      },
      reports: {
        _: 'Reports',
        item: {
          _: 'Report',
          id: 'Id',
          kind: 'Kind',
          period: 'Period',
          periodStart: 'Period start',
          periodEnd: 'Period end',
          summary: 'Summary',
          indicators: {
            _: 'Indicators',
            item: {
              _: 'Indicator',
              id: 'Indicator',
              values: { _: 'Measurements', item: { _: 'Measurement', id: 'Id', date: 'Date', value: 'Value', source: 'Source', comment: 'Comment' } },
              comment: 'Comment',
            },
          },
          activities: { _: 'Activities', item: { _: 'Activity', id: 'Activity', status: 'Status', comment: 'Comment', newStart: 'New start', newEnd: 'New end' } },
          outcomes: { _: 'Outcome', item: { _: 'Cost line', id: 'Cost line', amounts: { _: 'Outcome per year', item: 'Year' } } },
          outcomeComment: 'Comment on the outcome',
          deviations: { _: 'Deviations', item: { _: 'Deviation', id: 'Id', subject: 'Concerns', subjectId: 'What it concerns', explanation: 'Explanation', action: 'Action' } },
          children: { _: "Children's participation", participation: 'How children took part in the follow-up', whatChanged: 'What it changed' },
          final: {
            _: "The final report's parts",
            implementation: { _: 'Implementation', item: { _: 'Part implemented', id: 'Id', what: 'What', partyId: 'By whom', financing: 'Financing' } },
            spreading: 'Spreading',
            socio: {
              _: 'Socio-economic follow-up',
              peopleReached: { _: 'People reached per year', item: 'Year' },
              effect: 'Effect achieved',
              effectSource: 'Source of the effect',
              comment: 'Comment',
            },
          },
          freeze: LOCK_EN,
        },
      },
      changeRequests: {
        _: 'Change requests',
        item: { _: 'Change request', id: 'Id', createdAt: 'Created', reason: 'Reason', proposed: 'Proposed change', status: 'Status', freeze: LOCK_EN },
      },
    },
    exchangeBase: 'Follow-up shared with the partner',
  },
);
