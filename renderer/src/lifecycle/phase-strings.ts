import { defineCatalog } from '../../../shared/i18n/catalog';

/** The project's phases as the top bar shows them. */
export const phaseStrings = defineCatalog(
  {
    label: 'Projektets fas',
    current: 'nuvarande fas',
    done: 'avklarad',
    coming: 'kommande',
    phases: {
      idea: 'Idéskiss',
      application: 'Ansökan',
      decided: 'Beslutad',
      reports: 'Rapporter',
    },
    explain: {
      idea: 'Ni beskriver idén inför dialogen med VGR. Fortsätt med ansökan när idén är förankrad.',
      application: 'Ni skriver ansökan. När den är undertecknad och beviljad registrerar ni beslutet.',
      decided: 'Ansökan är beviljad. Den beslutade versionen ändras inte; en ändring begärs med en ändringsansökan.',
      reports: 'Projektet följs upp mot den beslutade ansökan med lägesrapporter och en slutrapport.',
    },
  },
  {
    label: "The project's phase",
    current: 'current phase',
    done: 'done',
    coming: 'to come',
    phases: {
      idea: 'Idea sketch',
      application: 'Application',
      decided: 'Decided',
      reports: 'Reports',
    },
    explain: {
      idea: 'You are describing the idea for the dialogue with VGR. Go on to the application once the idea is agreed.',
      application: 'You are writing the application. Record the decision once it is signed and granted.',
      decided: 'The application is granted. The decided version does not change; a change is asked for with a change request.',
      reports: 'The project is followed up against the decided application in progress reports and a final report.',
    },
  },
);

export { PHASES, type Phase as PhaseId } from '../../../shared/workflow/phase';
