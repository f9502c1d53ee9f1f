import { defineCatalog } from '../i18n/catalog';

/** Why a typed amount is refused; `{input}` is what was typed, trimmed. */
export const moneyStrings = defineCatalog(
  {
    negative: 'Beloppet kan inte vara negativt.',
    commaAmbiguous: '"{input}" är oklart: kommatecken är decimaltecken på svenska. Skriv till exempel 1 250 000.',
    dotAmbiguous: '"{input}" är oklart: punkt kan vara tusentalsavgränsare eller decimaltecken. Skriv till exempel 1 250.',
    decimals: 'Ange beloppet i hela kronor, utan decimaler.',
    notAmount: '"{input}" är inte ett belopp. Skriv till exempel 1 250 000.',
    ore: 'Ange beloppet i hela kronor, utan ören.',
    tooLarge: 'Beloppet är orimligt stort: högst {max} per rad och år.',
  },
  {
    negative: 'The amount cannot be negative.',
    commaAmbiguous: '"{input}" is ambiguous: in Swedish the comma is the decimal sign. Write for example 1 250 000.',
    dotAmbiguous: '"{input}" is ambiguous: a dot may separate thousands or decimals. Write for example 1 250.',
    decimals: 'Enter the amount in whole kronor, without decimals.',
    notAmount: '"{input}" is not an amount. Write for example 1 250 000.',
    ore: 'Enter the amount in whole kronor, without öre.',
    tooLarge: 'The amount is unreasonably large: at most {max} per line and year.',
  },
);
