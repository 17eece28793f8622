export {
  AccessPredicateError,
  accessPredicate,
  whereAccessible,
  type RelationMapping,
  type SqlFragment,
  type SubjectMapping,
} from './access-predicate';
export { accessibleRows, type RowAccess } from './accessible-rows';
