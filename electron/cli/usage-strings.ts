import { defineCatalog, type Lang } from '../../shared/i18n/catalog';

/** The help text and the command-line mistakes are in Swedish: they come before any `--lang` is read. */
export const USAGE_LANG: Lang = 'sv';

/** The command-line tool's help, its commands' one-line summaries, and what it says about a wrong command line. */
export const usageText = defineCatalog(
  {
    heading: 'Användning: npm run cli -- <kommando> [argument]',
    commands: 'Kommandon:',
    usageOf: 'Användning: npm run cli -- {usage}',
    unknownCommand: 'Okänt kommando: {name}.',
    unexpected: 'Ett oväntat fel inträffade i kommandot {name}: {detail}',
    unknownOption: 'Okänt eller ofullständigt val: {option}.',
    badOptions: 'Felaktiga val på kommandoraden.',
    badLang: 'Språket måste vara sv eller en, inte "{value}".',
    unknownArgument: 'Okänt argument: {arg}.',
    check: { usage: 'check <fil> [--lang sv|en]', summary: 'Kontrollerar en ansökan och listar fel och varningar per steg.', oneFile: 'Ange exakt en fil att kontrollera.' },
    calc: {
      usage: 'calc <fil> [--json] [--lang sv|en]',
      summary: 'Visar den samhällsekonomiska kalkylen: indata och resultat (--json: maskinläsbart, hela kronor).',
      oneFile: 'Ange exakt en fil att räkna på.',
    },
    export: {
      usage: 'export <fil> --out <fil.docx> [--draft | --idea] [--lang sv|en]',
      summary: 'Exporterar ansökan till ett Word-dokument för underskrift (eller ett utkast med --draft).',
      oneFile: 'Ange exakt en ansökan att exportera.',
      noOut: 'Ange Word-dokumentet att skriva med --out <fil.docx>.',
    },
    report: {
      usage: 'report <fil> (--period <n> | --final) --out <fil.docx> [--draft] [--lang sv|en]',
      summary: 'Exporterar en lägesrapport eller slutrapporten till ett Word-dokument för underskrift (eller ett utkast med --draft).',
      oneFile: 'Ange exakt en fil med rapporten.',
    },
    change: {
      usage: 'change <fil> [--id <id>] --out <fil.docx> [--draft] [--lang sv|en]',
      summary: 'Exporterar en ändringsansökan (den senaste, eller den med --id) till ett Word-dokument för underskrift.',
      oneFile: 'Ange exakt en fil med ändringsansökan.',
    },
    new: {
      usage: 'new --out <fil> [--force]',
      summary: 'Skapar en ny, tom ansökan.',
      noOut: 'Ange filen att skapa med --out <fil>.',
      exists: 'Filen {file} finns redan och skrivs inte över. Använd --force för att ersätta den.',
      notWritten: 'Filen {file} kunde inte skrivas. Kontrollera att mappen finns och att du har behörighet.',
      created: 'Skapade en ny, tom ansökan: {file}',
    },
    schema: {
      usage: 'schema',
      summary: 'Skriver ut JSON Schema för filformatet.',
      noArguments: 'schema tar inga argument.',
      title: 'SIM-ansökan, filformat version {version}',
      description: 'En ansökan om sociala investeringsmedel (.simansokan), UTF-8 JSON.',
    },
  },
  {
    heading: 'Usage: npm run cli -- <command> [arguments]',
    commands: 'Commands:',
    usageOf: 'Usage: npm run cli -- {usage}',
    unknownCommand: 'Unknown command: {name}.',
    unexpected: 'An unexpected error occurred in the command {name}: {detail}',
    unknownOption: 'Unknown or incomplete option: {option}.',
    badOptions: 'Invalid options on the command line.',
    badLang: 'The language must be sv or en, not "{value}".',
    unknownArgument: 'Unknown argument: {arg}.',
    check: { usage: 'check <file> [--lang sv|en]', summary: 'Checks an application and lists errors and warnings per step.', oneFile: 'Give exactly one file to check.' },
    calc: {
      usage: 'calc <file> [--json] [--lang sv|en]',
      summary: 'Shows the socio-economic calculation: inputs and results (--json: machine-readable, whole kronor).',
      oneFile: 'Give exactly one file to calculate.',
    },
    export: {
      usage: 'export <file> --out <file.docx> [--draft | --idea] [--lang sv|en]',
      summary: 'Exports the application to a Word document for signature (or a draft with --draft).',
      oneFile: 'Give exactly one application to export.',
      noOut: 'Give the Word document to write with --out <file.docx>.',
    },
    report: {
      usage: 'report <file> (--period <n> | --final) --out <file.docx> [--draft] [--lang sv|en]',
      summary: 'Exports a progress report or the final report to a Word document for signature (or a draft with --draft).',
      oneFile: 'Give exactly one file with the report.',
    },
    change: {
      usage: 'change <file> [--id <id>] --out <file.docx> [--draft] [--lang sv|en]',
      summary: 'Exports a change request (the latest, or the one with --id) to a Word document for signature.',
      oneFile: 'Give exactly one file with the change request.',
    },
    new: {
      usage: 'new --out <file> [--force]',
      summary: 'Creates a new, empty application.',
      noOut: 'Give the file to create with --out <file>.',
      exists: 'The file {file} already exists and is not overwritten. Use --force to replace it.',
      notWritten: 'The file {file} could not be written. Check that the folder exists and that you have permission.',
      created: 'Created a new, empty application: {file}',
    },
    schema: {
      usage: 'schema',
      summary: 'Prints the JSON Schema of the file format.',
      noArguments: 'schema takes no arguments.',
      title: 'SIM-ansökan, file format version {version}',
      description: 'An application for social investment funds (.simansokan), UTF-8 JSON.',
    },
  },
);

/** In the help's language. */
export const usage = usageText.in(USAGE_LANG);
