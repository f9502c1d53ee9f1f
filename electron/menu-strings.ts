import { defineCatalog } from '../shared/i18n/catalog';

/** The menus' words: the application menu, the right-click menu and the close prompt. */
export const menuStrings = defineCatalog(
  {
    menu: {
      file: 'Arkiv', new: 'Ny', open: 'Öppna…', recent: 'Öppna senaste', noRecent: 'Inga senaste filer', save: 'Spara',
      saveAs: 'Spara som…', export: 'Exportera…', close: 'Stäng', quit: 'Avsluta',
      sendToPartner: 'Skicka till samverkanspart…', readPartner: 'Läs in samverkanspartens version…',
      recentItem: '{title} ({file})',
      edit: 'Redigera', undo: 'Ångra', redo: 'Gör om', cut: 'Klipp ut', copy: 'Kopiera', paste: 'Klistra in', selectAll: 'Markera allt',
      view: 'Visa', nextStep: 'Nästa steg', previousStep: 'Föregående steg',
      resetZoom: 'Normal storlek', zoomIn: 'Zooma in', zoomOut: 'Zooma ut', fullscreen: 'Helskärm',
      reload: 'Läs in igen', devtools: 'Utvecklarverktyg',
      window: 'Fönster', minimize: 'Minimera', zoom: 'Zooma',
      help: 'Hjälp', example: 'Öppna exempelansökan', about: 'Om SIM-ansökan',
      services: 'Tjänster', hide: 'Göm SIM-ansökan', hideOthers: 'Göm övriga', unhide: 'Visa alla', quitMac: 'Avsluta SIM-ansökan',
      addToDictionary: 'Lägg till i ordlistan', noSuggestions: 'Inga stavningsförslag',
    },
    closePrompt: {
      question: 'Vill du spara ändringarna i "{name}"?',
      detail: 'Om du inte sparar går ändringarna förlorade.',
      save: 'Spara',
      dontSave: 'Spara inte',
      cancel: 'Avbryt',
    },
  },
  {
    menu: {
      file: 'File', new: 'New', open: 'Open…', recent: 'Open Recent', noRecent: 'No recent files', save: 'Save',
      saveAs: 'Save As…', export: 'Export…', close: 'Close', quit: 'Quit',
      sendToPartner: 'Send to Partner…', readPartner: "Read Partner's Version…",
      recentItem: '{title} ({file})',
      edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
      view: 'View', nextStep: 'Next Step', previousStep: 'Previous Step',
      resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullscreen: 'Full Screen',
      reload: 'Reload', devtools: 'Developer Tools',
      window: 'Window', minimize: 'Minimize', zoom: 'Zoom',
      help: 'Help', example: 'Open Example Application', about: 'About SIM-ansökan',
      services: 'Services', hide: 'Hide SIM-ansökan', hideOthers: 'Hide Others', unhide: 'Show All', quitMac: 'Quit SIM-ansökan',
      addToDictionary: 'Add to Dictionary', noSuggestions: 'No Spelling Suggestions',
    },
    closePrompt: {
      question: 'Do you want to save the changes to "{name}"?',
      detail: 'Your changes will be lost if you don’t save them.',
      save: 'Save',
      dontSave: 'Don’t Save',
      cancel: 'Cancel',
    },
  },
);
