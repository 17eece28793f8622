export { hashPassword, verifyPassword } from './password-hasher';
export { PRINCIPAL_SOURCE, type Principal, type PrincipalLoad, type PrincipalSource } from './principal';
export { SigningKeyProvider } from './signing-key.provider';
export {
  newOpaqueToken,
  sha256,
  TokenService,
  unauthenticated,
  type AccessToken,
  type VerifiedToken,
} from './token.service';
