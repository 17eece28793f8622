import { Module } from '@nestjs/common';

import { YoungPeopleModule } from '@app/young-people';

import { RegisterImportJobs } from './register-import.jobs';
import { RegisterImportRepository } from './register-import.repository';
import { RegisterImportResolver } from './register-import.resolver';
import { RegisterImportService } from './register-import.service';

@Module({
  imports: [YoungPeopleModule],
  providers: [RegisterImportRepository, RegisterImportService, RegisterImportResolver, RegisterImportJobs],
  exports: [RegisterImportService, RegisterImportJobs],
})
export class RegisterImportModule {}
