import { defineCatalog } from '../../../../shared/i18n/catalog';

/** The goals step's words for indicators: one list per chain and one for the overall goal. */
export const indicatorStrings = defineCatalog(
  {
    indicators: 'Indikatorer för rad {n}',
    overall: 'Indikatorer för det övergripande målet',
    overallIntro: 'Hur ni ser att det övergripande målet nås. Indikatorerna hamnar i uppföljningstabellen i ansökan.',
    indicator: 'Indikator {n}',
    add: 'Lägg till indikator',
    none: 'Inga indikatorer än. Varje rad behöver minst en, med utgångsvärde, målvärde och datakälla.',
    noneOverall: 'Inga indikatorer för det övergripande målet än.',
  },
  {
    indicators: 'Indicators of row {n}',
    overall: 'Indicators of the overall goal',
    overallIntro: 'How you will see that the overall goal is reached. The indicators go into the follow-up table of the application.',
    indicator: 'Indicator {n}',
    add: 'Add indicator',
    none: 'No indicators yet. Every row needs at least one, with baseline, target and data source.',
    noneOverall: 'No indicators of the overall goal yet.',
  },
);
