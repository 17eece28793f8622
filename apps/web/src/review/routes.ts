// The security events' path, shared by the log reviewer's menu, the routes and the start page's
// notice (a module of its own so that the menu does not pull the page's code).
export const SECURITY_EVENTS_PATH = '/sakerhetshandelser';
