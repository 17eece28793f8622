import { DynamicModule, Global, Module } from '@nestjs/common';

import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

@Global()
@Module({})
export class ConfigModule {
  // The config is built before Nest starts (main.ts validates first, so a bad environment
  // never gets as far as opening sockets) and handed in here.
  static forRoot(config: AppConfig = new AppConfig(validateEnvironment(process.env))): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
