export * from './types';
export { validate, hasErrors } from './validate';
export { formatIssue } from './format';
export { RULE_MESSAGES, type RuleMessageKey } from './messages';
export { completeness, type Completeness } from './completeness';
export { checkOrgNumber, formatOrgNumber, isBlank, isValidEmail, luhnValid, orgNumberDigits, type OrgNumberVerdict } from './checks';

export { isMissingMessage } from './kinds';
export { validateDecision, validateReport, validateChangeRequest, reportIssueText, reportHasErrors } from './report-validate';
export { REPORT_STEP_IDS, type ReportStepId, type ReportIssue } from './report-context';
