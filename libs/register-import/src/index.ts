export { RegisterImportMappingEntity, type RegisterImportColumns } from './entities/register-import-mapping.entity';
export { RegisterImportRowEntity } from './entities/register-import-row.entity';
export { RegisterImportEntity } from './entities/register-import.entity';
export * from './register-import.enums';
export { DRY_RUN_JOB, REGISTER_IMPORT_KEEP_HOURS, RegisterImportJobs } from './register-import.jobs';
export { RegisterImportModule } from './register-import.module';
export { registerImportPolicy } from './register-import.policy';
export { RegisterImportResolver } from './register-import.resolver';
export { RegisterImportService } from './register-import.service';
