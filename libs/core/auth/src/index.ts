export { hashPassword, verifyPassword } from './password-hasher';
export {
  PRINCIPAL_SOURCE,
  SELF_PRINCIPAL_SOURCE,
  SELF_SERVICE_SIGN_IN,
  type Principal,
  type PrincipalLoad,
  type PrincipalSource,
  type SelfPrincipal,
  type SelfPrincipalLoad,
  type SelfPrincipalSource,
  type SelfServiceActor,
  type SelfServiceSignIn,
  type SelfServiceSignInOutcome,
} from './principal';
export { SigningKeyProvider } from './signing-key.provider';
export {
  newOpaqueToken,
  sha256,
  TokenService,
  unauthenticated,
  type AccessToken,
  type VerifiedToken,
} from './token.service';
