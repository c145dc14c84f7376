/** A request's code and token, remembered on the device only when the requester asks for it. */
export interface TrackedAccess {
  trackingCode: string;
  accessToken: string;
}

const REMEMBER_KEY = 'blk.tracked';
const SURVEY_KEY = 'blk.survey';

function read(storage: Storage, key: string): TrackedAccess | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<TrackedAccess>;
    return typeof v.trackingCode === 'string' && typeof v.accessToken === 'string'
      ? { trackingCode: v.trackingCode, accessToken: v.accessToken }
      : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: TrackedAccess | null): void {
  try {
    if (value) storage.setItem(key, JSON.stringify(value));
    else storage.removeItem(key);
  } catch {
    // Storage blocked: nothing is remembered.
  }
}

export const loadTracked = () => read(localStorage, REMEMBER_KEY);
export const rememberTracked = (access: TrackedAccess) => write(localStorage, REMEMBER_KEY, access);
export const forgetTracked = () => write(localStorage, REMEMBER_KEY, null);

/** The survey page gets the request it is about from the tracking page, for this tab only. */
export const loadSurveyAccess = () => read(sessionStorage, SURVEY_KEY);
export const saveSurveyAccess = (access: TrackedAccess) =>
  write(sessionStorage, SURVEY_KEY, access);
