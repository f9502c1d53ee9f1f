import { defineCatalog, plural } from '../../../shared/i18n/catalog';

/** The shell's strings for the to-do list, the collapsible panel and moving between steps. */
export const strings = defineCatalog(
  {
    todo: {
      title: 'Att göra',
      lead: 'Det här är inte ifyllt än. Det blir fel först när ansökan ska exporteras för underskrift.',
      count: plural('{count} att göra', '{count} att göra'),
      kind: 'Att göra',
    },
    panel: {
      open: 'Visa listan att göra och rätta',
      close: 'Dölj listan',
      label: 'Att göra och rätta',
    },
    paste: {
      undone: '{what} ångrad.',
    },
  },
  {
    todo: {
      title: 'To do',
      lead: 'Not filled in yet. These become errors only when the application is exported for signing.',
      count: plural('{count} to do', '{count} to do'),
      kind: 'To do',
    },
    panel: {
      open: 'Show the list of things to do and correct',
      close: 'Hide the list',
      label: 'To do and correct',
    },
    paste: {
      undone: '{what} undone.',
    },
  },
);
