import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../shared/model/steps';
import { STEP_RULES } from '../../../shared/rules/validate';
import { REPORT_STEP_IDS } from '../../../shared/rules/report-context';

const camel = (file: string) => file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('rules by step', () => {
  it('keeps one rules file per step, named after its step id, and no other file among them', () => {
    const files = readdirSync(join(__dirname, '../../../shared/rules/steps')).filter((f) => f.endsWith('.ts'));
    // The application's steps and the follow-up's (decision, report parts, change request) share the folder.
    const steps: readonly string[] = [...STEP_IDS, ...REPORT_STEP_IDS];
    expect(files.map(camel).filter((id) => !steps.includes(id))).toEqual([]);
    expect(REPORT_STEP_IDS.filter((id) => !files.map(camel).includes(id))).toEqual([]);
    const withRules = STEP_IDS.filter((id) => STEP_RULES[id].length > 0);
    expect(withRules.filter((id) => !files.map(camel).includes(id))).toEqual([]);
  });

  it('lists every step in STEP_RULES', () => {
    expect(Object.keys(STEP_RULES).sort()).toEqual([...STEP_IDS].sort());
  });
});
