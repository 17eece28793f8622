export { LoginAttemptEntity } from './entities/login-attempt.entity';
export { MembershipEntity } from './entities/membership.entity';
export { RefreshTokenEntity } from './entities/refresh-token.entity';
export { SigningKeyEntity } from './entities/signing-key.entity';
export { UserEntity } from './entities/user.entity';
