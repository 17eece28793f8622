export { conflict, DomainError, forbidden, notFound } from './domain-error';
export { databaseFailureCode } from './database-failure';
export { ErrorCode, HTTP_STATUS } from './error-codes';
export { formatGraphqlError, type ErrorLogger } from './format-error';
export { createValidationPipe, invalidInput, type FieldProblems } from './validation';
