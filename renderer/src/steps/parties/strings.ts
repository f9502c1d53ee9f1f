import { defineCatalog } from '../../../../shared/i18n/catalog';

export const strings = defineCatalog(
  {
    item: 'Part {n}',
    add: 'Lägg till part',
    empty: 'Inga parter än. Lägg till den kommunala och den regionala parten.',
    role: { owner: 'Projektägare', partner: 'Samverkanspart' },
    sector: { kommun: 'Kommun', region: 'Region (VGR)', annan: 'Annan (t.ex. ideell organisation, kommunalförbund)' },
    orgNumberHint: '10 siffror, NNNNNN-NNNN. Kommuner börjar med 212000-, VGR har 232100-0131.',
    ownerMoved: '{name} är nu projektägare; övriga parter är samverkansparter.',
    identity: 'Organisation',
    address: 'Adress',
    contact: 'Kontaktperson',
    signatory: 'Firmatecknare eller behörig företrädare',
    signsHint: 'Båda huvudmännen skriver under ansökan.',
  },
  {
    item: 'Party {n}',
    add: 'Add a party',
    empty: 'No parties yet. Add the municipal and the regional party.',
    role: { owner: 'Project owner', partner: 'Partner' },
    sector: { kommun: 'Municipality', region: 'Region (VGR)', annan: 'Other (e.g. non-profit, municipal association)' },
    orgNumberHint: '10 digits, NNNNNN-NNNN. Municipalities start with 212000-, VGR is 232100-0131.',
    ownerMoved: '{name} is now the project owner; the other parties are partners.',
    identity: 'Organisation',
    address: 'Address',
    contact: 'Contact person',
    signatory: 'Authorised signatory or representative',
    signsHint: 'Both principals sign the application.',
  },
);
