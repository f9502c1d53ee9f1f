import { describe, expect, it } from 'vitest';
import { allPriorities } from '../../../shared/program/schema';
import { VGR_SIM_2022_2024 } from '../../../shared/program/vgr-sim-2022-2024';

/** The call's own words, as VGR's page "Har du en idé om en social investering?" gives them (shared/DOMAIN.md). */
const CALL = {
  'ph-1': 'Utveckla samverkan mellan skola och region för en sammanhållen barn-, elev- och ungdomshälsa.',
  'ph-2':
    'Förbättra förutsättningarna för barn/unga med misstanke om utvecklingsrelaterade funktionsavvikelser genom t.ex. tidiga insatser, särskilt stöd, sammanhållet vårdförlopp, samordning och trygghet.',
  'fr-1':
    'Förstärka och tillgängliggöra stöd till vårdnadshavare i hela länet, med särskilt fokus på föräldrar med migrationsbakgrund eller låg utbildningsbakgrund.',
  'ls-1': 'Utveckla samverkansformer för hälsofrämjande och förebyggande insatser för barn och unga med språkstörning.',
  'mf-1': 'Utveckla och sprida metoder för barn och ungas delaktighet och inflytande.',
  'mf-2': 'Utveckla och sprida metoder för skolanknytning, närvaro och meningsfullhet i skolan.',
};

describe("the 2022–2024 call's priorities", () => {
  it("are titled in the call's own words, word for word, with our explanation beside them", () => {
    const priorities = allPriorities(VGR_SIM_2022_2024);
    expect(Object.fromEntries(priorities.map((p) => [p.id, p.title.sv]))).toEqual(CALL);
    for (const p of priorities) expect(p.description.sv).not.toBe(p.title.sv);
    expect(JSON.stringify(VGR_SIM_2022_2024)).not.toMatch(/neuropsykiatrisk/);
  });
});
