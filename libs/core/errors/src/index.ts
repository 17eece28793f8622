export { conflict, DomainError, forbidden, notFound } from './domain-error';
export { databaseFailureCode, isSerializationFailure } from './database-failure';
export { ErrorCode, HTTP_STATUS } from './error-codes';
export { formatGraphqlError, type ErrorLogger } from './format-error';
export { createValidationPipe, invalidInput, type FieldProblems } from './validation';
