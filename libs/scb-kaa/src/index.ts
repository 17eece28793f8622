export { codeTableFor, SCB_CODE_TABLES, type Code, type ScbCodeTable } from './layout/code-tables';
export { emptyCounts, encodeFile, encodePerson, type EncodeContext, type ScbFileCounts } from './layout/encoder';
export { halfYear, halfYearOf, parseHalfYear, previousHalfYear, type HalfYear } from './layout/half-year';
export { SCB_COLUMNS, SCB_FILE, ScbBlock, type ScbColumn } from './layout/layout';
export type { ScbContact, ScbMeasure, ScbPerson, ScbRegistration } from './layout/records';
export { checkPerson, hasErrors, ScbIssueCode, ScbIssueSeverity, type ScbIssue } from './layout/validation';
