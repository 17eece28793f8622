export { clientAddressOf } from './client-address';
export { createLogger, type AppLogger } from './logger';
export { RequestContext, type RequestStore } from './request-context';
