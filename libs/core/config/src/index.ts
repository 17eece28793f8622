export { AppConfig, type GraphqlLimits, type OidcSignInConfig, type ScheduleSetting } from './app-config';
export { ConfigModule } from './config.module';
export { ConfigValidationError, EnvironmentVariables, SENSITIVE_VARIABLES, validateEnvironment } from './environment';
