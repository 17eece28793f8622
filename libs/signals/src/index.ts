export { IntegrationCredentialEntity } from './entities/integration-credential.entity';
export { SignalImportEntity } from './entities/signal-import.entity';
export { SignalEntity } from './entities/signal.entity';
export { kindOf, parseSignalRow, resolveSignalColumns } from './signal-file';
export * from './signals.enums';
export { SignalsModule } from './signals.module';
export { signalsPolicy } from './signals.policy';
export { SignalsResolver, YoungPersonSignalsResolver } from './signals.resolver';
export { IntegrationCredentialsResolver } from './integration/integration-credentials.resolver';
export { SignalsService } from './signals.service';
export {
  IntegrationUploads,
  type IntegrationUpload,
  type SchoolFileImportAnswer,
} from './integration/integration-uploads';
export {
  SchoolFileImports,
  senderOf,
  type RowRefusal,
  type SchoolFileImportKind,
  type SchoolFileRules,
  type Sender,
} from './integration/school-file-imports';
export { SchoolFileImportColumns } from './entities/school-file-import.columns';
