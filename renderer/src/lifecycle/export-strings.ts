import { defineCatalog, plural } from '../../../shared/i18n/catalog';

export const exportStrings = defineCatalog(
  {
    heading: { report: 'Exportera rapporten', change: 'Exportera ändringsansökan', idea: 'Exportera idéskiss' },
    draft: 'Exportera utkast',
    signed: 'Exportera för underskrift',
    idea: 'Exportera idéskiss (DOCX)',
    ideaLead: 'En kort DOCX på 1–2 sidor från de första stegen, för dialogen med VGR innan ansökan.',
    refused: plural('Det kan inte exporteras för underskrift: en sak återstår.', 'Det kan inte exporteras för underskrift: {count} saker återstår.'),
    lock: {
      lead: 'Lås dokumentet när parterna är överens: det får då ett eget Dokument-ID, som skrivs ut och som båda undertecknar.',
      lock: 'Lås för underskrift',
      locked: 'Låst för underskrift {date}, Dokument-ID {id}.',
      changed: 'Det har ändrats sedan dess (nu {id}): lås om innan ni exporterar för underskrift.',
      relock: 'Lås om',
      unlock: 'Lås upp',
      unlocked: 'Låset är borttaget.',
    },
  },
  {
    heading: { report: 'Export the report', change: 'Export the change request', idea: 'Export the idea sketch' },
    draft: 'Export a draft',
    signed: 'Export for signing',
    idea: 'Export the idea sketch (DOCX)',
    ideaLead: 'A short DOCX of 1–2 pages from the first steps, for the dialogue with VGR before the application.',
    refused: plural('It cannot be exported for signing: one thing remains.', 'It cannot be exported for signing: {count} things remain.'),
    lock: {
      lead: 'Lock the document once the parties agree: it then gets its own Document ID, printed on it and signed by both.',
      lock: 'Lock for signing',
      locked: 'Locked for signing {date}, Document ID {id}.',
      changed: 'It has changed since (now {id}): lock it again before exporting for signing.',
      relock: 'Lock again',
      unlock: 'Unlock',
      unlocked: 'The lock is removed.',
    },
  },
);
