import { Module } from '@nestjs/common';

import { ScbKaaRepository } from './scb-kaa.repository';
import { ScbKaaResolver } from './scb-kaa.resolver';
import { ScbKaaService } from './scb-kaa.service';

@Module({
  providers: [ScbKaaRepository, ScbKaaService, ScbKaaResolver],
  exports: [ScbKaaService],
})
export class ScbKaaModule {}
