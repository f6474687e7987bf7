/**
 * The signed-in person's tokens, following OAuth 2.0 for Browser-Based Apps: the short-lived
 * access token lives only in memory; the rotating refresh token is kept in localStorage so that a
 * reload or a new tab stays signed in. identity-service rotates the refresh token on every use
 * and revokes the whole session when a rotated one is presented again, so tabs refresh one at a
 * time (a Web Lock) and always with the newest token in storage.
 */

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
}

export interface Claims {
  sub: string;
  email?: string;
  name?: string;
  country?: string;
  agency?: string;
  groups: string[];
  exp: number;
}

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; claims: Claims }
  /** The session ended mid-work (refresh refused): the page stays, a sign-in dialog takes over. */
  | { status: 'expired'; claims: Claims };

export class SignInError extends Error {
  constructor(readonly status: number, readonly problem: unknown) {
    super(`sign-in refused (${status})`);
  }
}

interface Dependencies {
  fetch: typeof fetch;
  storage: Storage;
  locks?: LockManager;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

export const REFRESH_TOKEN_KEY = 'portal.refreshToken';
/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;

export class Session {
  private state: SessionState = { status: 'restoring' };
  private accessToken: string | null = null;
  private listeners = new Set<() => void>();
  private timer: unknown = null;
  private refreshing: Promise<boolean> | null = null;
  private waitingForSignIn: { resolve: (token: string | null) => void; promise: Promise<string | null> } | null = null;

  constructor(private readonly deps: Dependencies) {}

  getState(): SessionState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** On start: a stored refresh token becomes a session; nothing stored means anonymous. */
  async restore(): Promise<void> {
    if (!this.deps.storage.getItem(REFRESH_TOKEN_KEY)) {
      this.setState({ status: 'anonymous' });
      return;
    }
    if (!(await this.refresh())) {
      this.setState({ status: 'anonymous' });
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    const response = await this.deps.fetch('/api/identity/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) {
      throw new SignInError(response.status, await response.json().catch(() => null));
    }
    const previous = this.state.status === 'expired' ? this.state.claims.sub : null;
    this.accept((await response.json()) as TokenResponse);
    if (this.waitingForSignIn) {
      // the person who signs in again may be someone else: their requests must not be replayed with the new token
      const sameAccount = previous !== null && this.state.status === 'signed-in' && this.state.claims.sub === previous;
      this.waitingForSignIn.resolve(sameAccount ? this.accessToken : null);
      this.waitingForSignIn = null;
    }
  }

  async signOut(): Promise<void> {
    const refreshToken = this.deps.storage.getItem(REFRESH_TOKEN_KEY);
    this.clear();
    if (refreshToken) {
      await this.deps
        .fetch('/api/identity/logout', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refresh_token: refreshToken }),
        })
        .catch(() => undefined); // signed out here either way; the token expires by itself
    }
  }

  /** A token for the next request, refreshed first when it is about to expire; null when signed out. */
  async token(): Promise<string | null> {
    if (this.state.status !== 'signed-in' || !this.accessToken) {
      return null;
    }
    if (this.state.claims.exp * 1000 - this.deps.now() < 30_000) {
      await this.refresh();
    }
    return this.accessToken;
  }

  /**
   * After a 401: refresh; if the session is gone, wait until the person signs in again (the dialog)
   * and hand back the new token, or null when they give up or sign in as someone else.
   */
  async recover(): Promise<string | null> {
    if (await this.refresh()) {
      return this.accessToken;
    }
    if (this.state.status !== 'expired') {
      return null;
    }
    if (!this.waitingForSignIn) {
      let resolve!: (token: string | null) => void;
      const promise = new Promise<string | null>((r) => (resolve = r));
      this.waitingForSignIn = { resolve, promise };
    }
    return this.waitingForSignIn.promise;
  }

  /** The person closed the sign-in dialog instead of signing in again. */
  giveUp(): void {
    this.waitingForSignIn?.resolve(null);
    this.waitingForSignIn = null;
    this.clear();
  }

  /** One refresh at a time in this tab, and across tabs when the browser has Web Locks. */
  refresh(): Promise<boolean> {
    if (!this.refreshing) {
      const run = () => this.refreshWithStoredToken();
      const locked = this.deps.locks ? (this.deps.locks.request('portal-token-refresh', run) as unknown as Promise<boolean>) : run();
      this.refreshing = locked.finally(() => (this.refreshing = null));
    }
    return this.refreshing;
  }

  /** Another tab signed out (it removed the refresh token): sign out here too. */
  onStorageChange(key: string | null): void {
    if ((key === REFRESH_TOKEN_KEY || key === null) && !this.deps.storage.getItem(REFRESH_TOKEN_KEY)
        && this.state.status === 'signed-in') {
      this.clear();
    }
  }

  private async refreshWithStoredToken(): Promise<boolean> {
    const refreshToken = this.deps.storage.getItem(REFRESH_TOKEN_KEY);
    if (!refreshToken) {
      this.lose();
      return false;
    }
    let response: Response;
    try {
      response = await this.deps.fetch('/api/identity/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
      });
    } catch {
      return false; // offline: keep what we have, the next request tries again
    }
    if (response.ok) {
      this.accept((await response.json()) as TokenResponse);
      return true;
    }
    if (response.status === 400 || response.status === 401) {
      // refused for good (expired, revoked, or rotated meanwhile by a tab without Web Locks)
      this.deps.storage.removeItem(REFRESH_TOKEN_KEY);
      this.lose();
    }
    return false;
  }

  private accept(tokens: TokenResponse): void {
    this.accessToken = tokens.access_token;
    if (tokens.refresh_token) {
      this.deps.storage.setItem(REFRESH_TOKEN_KEY, tokens.refresh_token);
    }
    const claims = decodeClaims(tokens.access_token);
    this.setState({ status: 'signed-in', claims });
    this.schedule(tokens.expires_in * 1000 - REFRESH_AHEAD_MS);
  }

  /** The session ended without the person asking: keep the page, ask them to sign in again. */
  private lose(): void {
    this.accessToken = null;
    this.cancelTimer();
    if (this.state.status === 'signed-in') {
      this.setState({ status: 'expired', claims: this.state.claims });
    }
  }

  private clear(): void {
    this.accessToken = null;
    this.cancelTimer();
    this.deps.storage.removeItem(REFRESH_TOKEN_KEY);
    this.setState({ status: 'anonymous' });
  }

  private schedule(inMs: number): void {
    this.cancelTimer();
    this.timer = this.deps.setTimer(() => void this.refresh(), Math.max(inMs, 5_000));
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.deps.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private setState(state: SessionState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}

/** Reads the claims for display and navigation only; the services verify the signature. */
export function decodeClaims(jwt: string): Claims {
  const payload = jwt.split('.')[1] ?? '';
  const json = new TextDecoder().decode(
    Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );
  const claims = JSON.parse(json) as Partial<Claims>;
  return { ...claims, groups: claims.groups ?? [], sub: claims.sub ?? '', exp: claims.exp ?? 0 };
}

export function hasRole(state: SessionState, role: string): boolean {
  return (state.status === 'signed-in' || state.status === 'expired') && state.claims.groups.includes(role);
}
