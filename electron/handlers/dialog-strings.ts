import { defineCatalog } from '../../shared/i18n/catalog';

/** The words of the native dialogs main shows: titles, file-type filters, suggested names, buttons. */
export const dialogText = defineCatalog(
  {
    filter: { application: 'SIM-ansökan', openable: 'SIM-ansökan eller exporterad ansökan', exported: 'Exporterad ansökan (Word)', word: 'Word-dokument' },
    open: { title: 'Öppna ansökan' },
    saveAs: { title: 'Spara ansökan som', defaultName: 'Ny ansökan' },
    replace: { question: '"{name}" finns redan. Vill du ersätta den?', replace: 'Ersätt', cancel: 'Avbryt' },
    saveCopy: { title: 'Spara en kopia till samverkansparten', defaultName: 'Ansökan till samverkanspart' },
    readCopy: { title: 'Läs in samverkanspartens version' },
    export: {
      title: 'Exportera till Word',
      defaultName: 'SIM-ansökan',
      draftName: '{name} (utkast)',
      saved: 'Word-dokumentet "{name}" är sparat.',
      openDocument: 'Öppna dokumentet',
      showInFolder: 'Visa i mappen',
      close: 'Stäng',
    },
  },
  {
    filter: { application: 'SIM application', openable: 'SIM application or exported application', exported: 'Exported application (Word)', word: 'Word document' },
    open: { title: 'Open application' },
    saveAs: { title: 'Save application as', defaultName: 'New application' },
    replace: { question: '"{name}" already exists. Do you want to replace it?', replace: 'Replace', cancel: 'Cancel' },
    saveCopy: { title: 'Save a copy for the partner', defaultName: 'Application for partner' },
    readCopy: { title: "Read the partner's version" },
    export: {
      title: 'Export to Word',
      defaultName: 'SIM application',
      draftName: '{name} (draft)',
      saved: 'The Word document "{name}" has been saved.',
      openDocument: 'Open document',
      showInFolder: 'Show in folder',
      close: 'Close',
    },
  },
);
