export { createLogger, type AppLogger } from './logger';
export { RequestContext, type RequestStore } from './request-context';
