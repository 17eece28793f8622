export { Clock, ManualClock, SystemClock } from './clock';
export { addDays, dayIn, DEFAULT_TIME_ZONE, isTimeZone } from './day';
