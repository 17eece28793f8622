// The early-warning pages' paths (the routes, the navigation and the pages' links).
export const EARLY_WARNING_PATH = '/tidiga-signaler';
export const EARLY_WARNING_SETTINGS_PATH = '/tidiga-signaler-indikatorer';
export const EARLY_WARNING_MENTORS_PATH = '/tidiga-signaler-mentorer';
export const EARLY_WARNING_ABSENCE_PATH = '/tidiga-signaler-franvaro';
