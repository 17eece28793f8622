export { eventIterator } from './event-iterator';
export { EVENTS_CHANNEL, PgPubSub, type DomainEvent } from './pg-pubsub.service';
