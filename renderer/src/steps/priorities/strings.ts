import { defineCatalog, plural } from '../../../../shared/i18n/catalog';

export const strings = defineCatalog(
  {
    lead: 'Välj de prioriteringar projektet bidrar till. Varje prioritering står med utlysningens egna ord, med en kort förklaring under. Motivera varje val.',
    motivation: 'Motivering: hur bidrar projektet till prioriteringen ”{title}”?',
    motivationHint: 'Koppla till behovsanalysen och till målen i logikmodellen.',
    unknown: 'Prioritering som inte finns i utlysningen ({id})',
    removeUnknown: 'Ta bort',
    removed: 'Prioriteringen {title}',
    chosenCount: plural('{count} prioritering vald.', '{count} prioriteringar valda.'),
    legend: 'Utlysningens prioriteringar',
  },
  {
    lead: "Choose the priorities the project contributes to. Each priority is given in the call's own words, translated, with a short explanation below. Give a motivation for each.",
    motivation: 'Motivation: how does the project contribute to the priority “{title}”?',
    motivationHint: 'Link it to the needs analysis and to the goals of the logic model.',
    unknown: 'Priority not in the call ({id})',
    removeUnknown: 'Remove',
    removed: 'Priority {title}',
    chosenCount: plural('{count} priority chosen.', '{count} priorities chosen.'),
    legend: "The call's priorities",
  },
);
