import { Session } from './session';

/** The one session of this tab. */
export const session = new Session({
  fetch: (input, init) => fetch(input, init),
  storage: window.localStorage,
  locks: navigator.locks,
  now: () => Date.now(),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (timer) => window.clearTimeout(timer as number),
});

window.addEventListener('storage', (event) => session.onStorageChange(event.key));
