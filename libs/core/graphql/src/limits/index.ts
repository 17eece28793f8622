export { aliasLimitRule, ALIAS_LIMIT_CODE } from './alias-limit.rule';
export { costLimitPlugin, COST_LIMIT_CODE } from './cost-limit.plugin';
export type { CostLimitOptions } from './cost-limit.plugin';
export { depthLimitRule, operationDepth, DEPTH_LIMIT_CODE, INTROSPECTION_ROOT_FIELDS } from './depth-limit.rule';
export type { IntrospectionLimitOptions } from './depth-limit.rule';
export { directiveLimitRule, DIRECTIVE_LIMIT_CODE } from './directive-limit.rule';
export { operationCost } from './operation-cost';
export type { OperationCostArgs, OperationCostOptions } from './operation-cost';
