export { SignalImportEntity } from './entities/signal-import.entity';
export { SignalEntity } from './entities/signal.entity';
export { kindOf, parseSignalRow, resolveSignalColumns } from './signal-file';
export * from './signals.enums';
export { SignalsModule } from './signals.module';
export { signalsPolicy } from './signals.policy';
export { SignalsResolver, YoungPersonSignalsResolver } from './signals.resolver';
export { SignalsService } from './signals.service';
