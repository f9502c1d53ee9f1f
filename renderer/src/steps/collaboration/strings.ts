import { defineCatalog } from '../../../../shared/i18n/catalog';

export const strings = defineCatalog(
  {
    contributions: 'Vad varje part bidrar med',
    contributionsIntro: 'Både den kommunala och den regionala parten deltar i arbetet. Beskriv vad varje part gör och bidrar med (personal, kompetens, lokaler).',
    contributionOf: 'Vad {party} bidrar med',
    orphan: 'Bidrag från en part som inte längre finns i ansökan',
    orphanRemove: 'Ta bort bidraget',
    orphanName: 'Bidrag från borttagen part',
    governance: 'Styrning och samverkan',
    steeringHint: 'Vilka sitter i styrgruppen, hur ofta möts den och vad beslutar den om?',
    noParties: 'Lägg först till parterna i steget Parter.',
  },
  {
    contributions: 'What each party contributes',
    contributionsIntro: 'Both the municipal and the regional party take part in the work. Describe what each party does and contributes (staff, expertise, premises).',
    contributionOf: 'What {party} contributes',
    orphan: 'Contribution from a party no longer in the application',
    orphanRemove: 'Remove the contribution',
    orphanName: 'Contribution from a removed party',
    governance: 'Steering and collaboration',
    steeringHint: 'Who sits on the steering group, how often does it meet and what does it decide?',
    noParties: 'First add the parties in the Parties step.',
  },
);
