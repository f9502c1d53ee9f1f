import { defineCatalog } from '../i18n/catalog';

/** The label of a cost per hour once the hours are chosen; the unit costs' own names are programme data. */
export const unitCostStrings = defineCatalog(
  { perHour: '{label}, {hours} timmar per år' },
  { perHour: '{label}, {hours} hours a year' },
);
