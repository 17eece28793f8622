import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

// The api's stable error codes (docs/ARCHITECTURE.md, "Errors"); the catalog maps each one
// the screens can meet to Swedish (`errors.<CODE>`), everything else to a generic message.
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export function codeOf(errors: ReadonlyArray<GraphQLFormattedError> | undefined): string | undefined {
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

function errorsInBody(text: string): ReadonlyArray<GraphQLFormattedError> | undefined {
  try {
    const body = JSON.parse(text) as { errors?: ReadonlyArray<GraphQLFormattedError> };
    return body.errors;
  } catch {
    return undefined;
  }
}

// The code of any error a request can end with: a GraphQL error, an HTTP error whose body is a
// GraphQL response (the api answers 503 for ACCESS_LOG_UNAVAILABLE), or no answer at all.
export function errorCode(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  if (CombinedGraphQLErrors.is(error)) return codeOf(error.errors) ?? 'UNKNOWN';
  if (ServerError.is(error)) return codeOf(errorsInBody(error.bodyText)) ?? 'NETWORK';
  if (error instanceof TypeError) return 'NETWORK'; // fetch failed
  return 'UNKNOWN';
}

export function errorDetails(error: unknown): Record<string, unknown> {
  if (error instanceof ApiError) return error.details;
  if (CombinedGraphQLErrors.is(error)) {
    const details = error.errors[0]?.extensions?.details;
    return details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
  }
  return {};
}

const KNOWN = new Set([
  'AUTH_INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'AUTH_NO_MEMBERSHIP',
  'AUTH_UNAUTHENTICATED',
  'AUTH_TOKEN_EXPIRED',
  'AUTH_REFRESH_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'YOUNG_PERSON_IDENTITY_NUMBER_INVALID',
  'YOUNG_PERSON_DUPLICATE',
  'YOUNG_PERSON_COORDINATOR_INVALID',
  'KAA_NOT_ELIGIBLE',
  'KAA_DATE_INVALID',
  'KAA_NOT_ENROLLED',
  'KAA_ENROLLMENT_ENDED',
  'KAA_ENROLLMENT_OPEN',
  // The young person's page (occupations, measures, plan, consents, referrals, hand-over).
  'MEASURE_TYPE_INVALID',
  'MEASURE_INVALID_TRANSITION',
  'MEASURE_CLOSED',
  'MEASURE_DATE_INVALID',
  'PLAN_ALREADY_ACTIVE',
  'PLAN_CLOSED',
  'PLAN_PART_NOT_FOUND',
  'PLAN_FOLLOW_UP_HELD',
  'PLAN_ORGANIZATION_INVALID',
  'PLAN_PERSON_INVALID',
  'PLAN_DATE_INVALID',
  'CONSENT_RECIPIENT_INVALID',
  'CONSENT_MATURITY_ASSESSMENT_REQUIRED',
  'CONSENT_DOCUMENT_REFERENCE_REQUIRED',
  'CONSENT_DATE_INVALID',
  'CONSENT_ENDED',
  'CONSENT_CATEGORY_REFUSED',
  'CONSENT_CATEGORY_UNKNOWN',
  'CONSENT_REFUSAL_LIFTED',
  'DISCLOSURE_GROUND_INVALID',
  'DISCLOSURE_RECIPIENT_INVALID',
  'REFERRAL_INVALID_TRANSITION',
  'REFERRAL_GROUND_ENDED',
  'HAND_OVER_MUNICIPALITY_INVALID',
  'HAND_OVER_ALREADY_RECEIVED',
  'KAA_ALREADY_ENROLLED',
  'INPUT_REASON_INVALID',
  'ACCESS_LOG_UNAVAILABLE',
  'REPORT_FILTER_TOO_NARROW',
  'REPORT_FILTER_INVALID',
  'REPORT_PERIOD_INVALID',
  // Issue 15, other roles (wt-roles).
  'EMERGENCY_ACCESS_ACTIVE',
  'EMERGENCY_ACCESS_ENDED',
  'EMERGENCY_ACCESS_ROLE_INVALID',
  'ACCESS_REVIEW_CLOSED',
  'ACCESS_REVIEW_PERIOD_INVALID',
  'MEMBERSHIP_ENDED',
  'MEMBERSHIP_END_OWN',
  'MEMBERSHIP_EXISTS',
  'USER_EMAIL_TAKEN',
  'USER_DISABLE_OWN',
  'CONSENT_CATEGORY_CODE_TAKEN',
  'MEASURE_TYPE_CODE_TAKEN',
  'MEASURE_TYPE_INVALID',
  'MUNICIPALITY_TIME_ZONE_INVALID',
  // Stand-ins (issue 17, wt-standin).
  'STAND_IN_COORDINATOR_INVALID',
  'STAND_IN_SAME_PERSON',
  'STAND_IN_DATES_INVALID',
  'STAND_IN_OVERLAP',
  'STAND_IN_CHAINED',
  'STAND_IN_ENDED',
  // Retention (issue 19, wt-retention).
  'RETENTION_YEARS_INVALID',
  'RETENTION_YEARS_BELOW_MINIMUM',
  'RETENTION_RUN_BUSY',
  'LEGAL_HOLD_EXISTS',
  'LEGAL_HOLD_NOT_FOUND',
  'RETENTION_ARCHIVE_EXPIRED',
  // The own view (issue 19, wt-ownview).
  'SELF_SERVICE_IDENTITY_MISSING',
  'SELF_SERVICE_NO_RECORD',
  'SELF_SERVICE_NO_WARD',
  'SELF_SERVICE_SESSION_INVALID',
  'RECTIFICATION_ALREADY_DECIDED',
  'RECTIFICATION_TEXT_INVALID',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  // The api refused an operation this app does not know: the app is older or newer than the api.
  'PERSISTED_QUERY_NOT_ALLOWED',
] as const);

export type KnownErrorCode = typeof KNOWN extends Set<infer T> ? T : never;

// The catalog key for an error: `errors.<CODE>` when the catalog has the code.
export function errorMessageKey(error: unknown): `errors.${KnownErrorCode}` | 'errors.UNKNOWN' {
  const code = errorCode(error);
  return KNOWN.has(code as KnownErrorCode) ? `errors.${code as KnownErrorCode}` : 'errors.UNKNOWN';
}
