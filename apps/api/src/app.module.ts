import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ClientConfig } from 'pg';
import { DataSource } from 'typeorm';

import { ActionPlansModule } from '@app/action-plans';
import { AlertsModule } from '@app/alerts';
import { NotificationsModule } from '@app/notifications';
import { ConsentsModule } from '@app/consents';
import { DataExportModule } from '@app/data-export';
import { EarlyWarningModule } from '@app/early-warning';
import { AccessLogService, AuditService, ChainAnchorService, SecurityEventService } from '@app/core/audit';
import { SigningKeyProvider, TokenService } from '@app/core/auth';
import { PolicyGuard } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { AppConfig, ConfigModule } from '@app/core/config';
import { dataSourceOptions, TransactionHost, type ConnectionSettings } from '@app/core/database';
import { FILE_LIMITS, FilesController, FileStore } from '@app/core/files';
import { JobQueue, JobRunner, JobsResolver } from '@app/core/jobs';
import { createValidationPipe } from '@app/core/errors';
import { CallerSource, MutationTransactionInterceptor } from '@app/core/graphql';
import { RequestContext, type AppLogger } from '@app/core/logging';
import { PgPubSub } from '@app/core/pubsub';
import { IdentityModule } from '@app/identity';
import { MeasuresModule } from '@app/measures';
import { OrganizationsModule } from '@app/organizations';
import { OversightModule } from '@app/oversight';
import { ReferralsModule } from '@app/referrals';
import { ReportsModule } from '@app/reports';
import { ScbKaaModule } from '@app/scb-kaa';
import { RegisterImportModule } from '@app/register-import';
import { RetentionModule } from '@app/retention';
import { SelfServiceModule } from '@app/self-service';
import { SignalsModule } from '@app/signals';
import { TargetGroupModule } from '@app/target-group';
import { YoungPeopleModule } from '@app/young-people';

import { AppLoggerService } from './app-logger.service';
import { AuthenticationService } from './auth/authentication.service';
import { allEntities } from './database/entities';
import { FieldPolicyCheck } from './graphql/field-policy.check';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { GraphqlOptions } from './graphql/graphql.options';
import { BackgroundWork } from './health/background-work';
import { HealthController } from './health/health.controller';
import { Lifecycle } from './health/lifecycle';
import { httpAuthMiddleware } from './http/http-auth.middleware';
import { requestContextMiddleware } from './http/request-context.middleware';

export interface AppModuleOptions {
  config: AppConfig;
  connection: ConnectionSettings;
  logger: AppLogger;
  // The one source of time for every rule (tests pass a clock they move).
  clock: Clock;
}

// TypeORM's own logger would print failing SQL with its parameters to stdout; this one
// writes only the error message to the JSON log (parameters can hold personal data), and
// counts statements per request when the count is exposed (tests and the benchmark).
class TypeOrmLogger {
  constructor(
    private readonly logger: AppLogger,
    private readonly countStatements: boolean,
  ) {}
  logQuery(): void {
    if (!this.countStatements) return;
    const store = RequestContext.current();
    if (store) store.sqlStatements += 1;
  }
  logQueryError(error: string | Error): void {
    this.logger.warn({ err: { message: typeof error === 'string' ? error : error.message } }, 'query failed');
  }
  logQuerySlow(time: number): void {
    this.logger.warn({ ms: time }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ component: 'typeorm' }, String(message));
  }
}

@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const pubsubConnection: ClientConfig = {
      connectionString: options.connection.url,
      options: options.connection.role ? `-c role=${options.connection.role}` : undefined,
    };
    return {
      module: CoreModule,
      imports: [IdentityModule],
      providers: [
        { provide: AppLoggerService, useValue: new AppLoggerService(options.logger) },
        { provide: Clock, useValue: options.clock },
        TransactionHost,
        AuditService,
        AccessLogService,
        {
          provide: SecurityEventService,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new SecurityEventService(dataSource, options.logger, {
              accountThreshold: options.config.env.SECURITY_ANOMALY_ACCOUNT_FAILURES,
              addressThreshold: options.config.env.SECURITY_ANOMALY_ADDRESS_FAILURES,
              importThreshold: options.config.env.SECURITY_ANOMALY_IMPORT_REFUSALS,
              windowSeconds: options.config.env.SECURITY_ANOMALY_WINDOW_SECONDS,
              flushDelayMs: 200,
            }),
        },
        {
          provide: ChainAnchorService,
          useValue: new ChainAnchorService(options.logger, options.config.env.AUDIT_ANCHOR_FILE, options.clock),
        },
        SigningKeyProvider,
        TokenService,
        AuthenticationService,
        { provide: CallerSource, useExisting: AuthenticationService },
        Lifecycle,
        {
          provide: JobRunner,
          inject: [TransactionHost],
          useFactory: (tx: TransactionHost) => new JobRunner(tx, options.clock, options.logger),
        },
        {
          provide: JobQueue,
          inject: [TransactionHost],
          useFactory: (tx: TransactionHost) =>
            new JobQueue(tx, options.clock, options.logger, {
              work: options.config.jobs,
              concurrency: options.config.env.JOB_CONCURRENCY,
              pollMs: 1000,
              leaseMs: 60_000,
            }),
        },
        {
          provide: FileStore,
          inject: [TransactionHost],
          useFactory: (tx: TransactionHost) => new FileStore(tx, options.clock, options.logger),
        },
        {
          provide: FILE_LIMITS,
          useValue: { maxUploadBytes: options.config.env.UPLOAD_MAX_BYTES, uploadKeepDays: 7 },
        },
        JobsResolver,
        BackgroundWork,
        {
          provide: PgPubSub,
          inject: [TransactionHost],
          useFactory: (tx: TransactionHost) => new PgPubSub(tx, pubsubConnection, options.logger),
        },
      ],
      exports: [
        AppLoggerService,
        Clock,
        TransactionHost,
        AuditService,
        AccessLogService,
        SecurityEventService,
        ChainAnchorService,
        TokenService,
        AuthenticationService,
        CallerSource,
        JobRunner,
        JobQueue,
        FileStore,
        FILE_LIMITS,
        PgPubSub,
        Lifecycle,
      ],
      controllers: [FilesController],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  private static logger: AppLogger;

  static forRoot(options: AppModuleOptions): DynamicModule {
    AppModule.logger = options.logger;
    const typeormLogger = new TypeOrmLogger(options.logger, options.config.exposeSqlStatementCount);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            dataSourceOptions(options.connection, allEntities, typeormLogger, options.config.exposeSqlStatementCount),
          dataSourceFactory: async (dsOptions) => {
            if (!dsOptions) throw new Error('No data source options');
            return new DataSource(dsOptions).initialize();
          },
        }),
        CoreModule.forRoot(options),
        DiscoveryModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, useClass: GraphqlOptions }),
        OrganizationsModule,
        IdentityModule,
        YoungPeopleModule,
        MeasuresModule,
        ActionPlansModule,
        ConsentsModule,
        OversightModule,
        ReferralsModule,
        DataExportModule,
        ReportsModule,
        ScbKaaModule,
        TargetGroupModule,
        RegisterImportModule,
        SignalsModule,
        AlertsModule,
        EarlyWarningModule,
        NotificationsModule,
        RetentionModule,
        SelfServiceModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        FieldPolicyCheck,
      ],
    };
  }

  constructor(private readonly auth: AuthenticationService) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware(AppModule.logger)).forRoutes('*path');
    // The file routes (and a disposal's archive file) authenticate like /graphql (a bearer token), before the guard runs.
    consumer.apply(httpAuthMiddleware(this.auth)).forRoutes('files', 'files/*path', 'retention/archives/*path');
  }
}
