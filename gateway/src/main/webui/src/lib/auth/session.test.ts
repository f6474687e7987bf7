import { describe, expect, it } from 'vitest';
import { authorizedFetch } from '../api/http';
import { REFRESH_TOKEN_KEY, Session } from './session';

/** identity-service as the browser sees it: rotating refresh tokens, a reused one is refused. */
class FakeIdentity {
  private next = 0;
  readonly live = new Map<string, string>(); // refresh token -> subject
  readonly requests: string[] = [];

  jwt(sub: string): string {
    const encode = (value: object) =>
      btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
        .replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    return `${encode({ alg: 'RS256' })}.${encode({ sub, name: 'آیشا رحمان', groups: ['STARTUP'], exp: Math.floor(Date.now() / 1000) + 900 })}.sig`;
  }

  private issue(sub: string) {
    const refresh = `rt-${++this.next}`;
    this.live.set(refresh, sub);
    return new Response(JSON.stringify({ access_token: this.jwt(sub), refresh_token: refresh, expires_in: 900 }), { status: 200 });
  }

  fetch: typeof fetch = async (input, init) => {
    const url = String(input);
    this.requests.push(url);
    await Promise.resolve();
    if (url.endsWith('/login')) {
      const { email } = JSON.parse(String(init?.body)) as { email: string };
      return this.issue(email);
    }
    if (url.endsWith('/token')) {
      const token = new URLSearchParams(String(init?.body)).get('refresh_token') ?? '';
      const sub = this.live.get(token);
      if (!sub) return new Response('{"error":"invalid_grant"}', { status: 400 });
      this.live.delete(token);
      return this.issue(sub);
    }
    if (url.endsWith('/logout')) {
      this.live.delete((JSON.parse(String(init?.body)) as { refresh_token: string }).refresh_token);
      return new Response(null, { status: 204 });
    }
    return new Response(null, { status: 404 });
  };
}

/** Web Locks as a browser gives them to tabs of one origin: one holder at a time. */
class FakeLocks {
  private tail: Promise<unknown> = Promise.resolve();
  request = ((_: string, callback: () => Promise<unknown>) => {
    const run = this.tail.then(callback);
    this.tail = run.catch(() => undefined);
    return run;
  }) as unknown as LockManager['request'];
}

function session(identity: FakeIdentity, storage: Storage = new MemoryStorage(), locks?: FakeLocks) {
  return new Session({
    fetch: identity.fetch,
    storage,
    locks: locks as unknown as LockManager,
    now: () => Date.now(),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
}

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 100) throw new Error('never happened');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

class MemoryStorage implements Storage {
  private values = new Map<string, string>();
  get length() { return this.values.size; }
  clear() { this.values.clear(); }
  getItem(key: string) { return this.values.get(key) ?? null; }
  key(index: number) { return [...this.values.keys()][index] ?? null; }
  removeItem(key: string) { this.values.delete(key); }
  setItem(key: string, value: string) { this.values.set(key, value); }
}

describe('Session', () => {
  it('is anonymous without a stored refresh token, and signed in with one', async () => {
    const identity = new FakeIdentity();
    const storage = new MemoryStorage();
    const first = session(identity, storage);
    await first.restore();
    expect(first.getState().status).toBe('anonymous');

    await first.signIn('founder@acme.example', 'pw');
    expect(first.getState()).toMatchObject({ status: 'signed-in', claims: { sub: 'founder@acme.example', name: 'آیشا رحمان' } });

    const reloaded = session(identity, storage);
    await reloaded.restore();
    expect(reloaded.getState().status).toBe('signed-in');
  });

  it('refreshes once for many callers at the same moment', async () => {
    const identity = new FakeIdentity();
    const tab = session(identity);
    await tab.signIn('a@example', 'pw');
    identity.requests.length = 0;
    expect(await Promise.all([tab.refresh(), tab.refresh(), tab.refresh()])).toEqual([true, true, true]);
    expect(identity.requests.filter((r) => r.endsWith('/token'))).toHaveLength(1);
  });

  it('never presents a rotated refresh token when two tabs refresh at once', async () => {
    const identity = new FakeIdentity();
    const storage = new MemoryStorage();
    const locks = new FakeLocks();
    const one = session(identity, storage, locks);
    await one.signIn('a@example', 'pw');
    const two = session(identity, storage, locks);
    await two.restore();

    expect(await Promise.all([one.refresh(), two.refresh()])).toEqual([true, true]);
    expect(one.getState().status).toBe('signed-in');
    expect(two.getState().status).toBe('signed-in');
    expect(identity.live.has(storage.getItem(REFRESH_TOKEN_KEY)!)).toBe(true);
  });

  it('asks to sign in again when the session is gone, then hands the waiting request a new token', async () => {
    const identity = new FakeIdentity();
    const tab = session(identity);
    await tab.signIn('a@example', 'pw');
    identity.live.clear(); // ended elsewhere

    const waiting = tab.recover();
    await until(() => tab.getState().status === 'expired');
    await tab.signIn('a@example', 'pw');
    expect(await waiting).toMatch(/\.sig$/);
    expect(tab.getState().status).toBe('signed-in');
  });

  it('does not replay the previous person’s request for someone else who signs in', async () => {
    const identity = new FakeIdentity();
    const tab = session(identity);
    await tab.signIn('a@example', 'pw');
    identity.live.clear();
    const waiting = tab.recover();
    await until(() => tab.getState().status === 'expired');
    await tab.signIn('b@example', 'pw');
    expect(await waiting).toBeNull();
  });

  it('signs out: the refresh token is revoked at identity and forgotten here; other tabs follow', async () => {
    const identity = new FakeIdentity();
    const storage = new MemoryStorage();
    const tab = session(identity, storage);
    await tab.signIn('a@example', 'pw');
    const other = session(identity, storage);
    await other.restore();
    const token = storage.getItem(REFRESH_TOKEN_KEY)!;

    await tab.signOut();
    expect(identity.live.has(token)).toBe(false);
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    other.onStorageChange(REFRESH_TOKEN_KEY);
    expect(other.getState().status).toBe('anonymous');
  });
});

describe('authorizedFetch', () => {
  it('sends the token, and after a 401 sends the same request again with a new one', async () => {
    const seen: { auth: string | null; body: string }[] = [];
    let tokens = ['old', 'new'];
    const auth = {
      token: async () => tokens[0]!,
      recover: async () => {
        tokens = tokens.slice(1);
        return tokens[0]!;
      },
    };
    const send = async (request: Request) => {
      seen.push({ auth: request.headers.get('Authorization'), body: await request.text() });
      return new Response(null, { status: seen.length === 1 ? 401 : 200 });
    };
    const response = await authorizedFetch(auth, send as typeof fetch)(new Request('http://portal/api/x', { method: 'PUT', body: 'typed text' }));
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      { auth: 'Bearer old', body: 'typed text' },
      { auth: 'Bearer new', body: 'typed text' },
    ]);
  });

  it('gives a 401 back when the person does not sign in again', async () => {
    const auth = { token: async () => 'old', recover: async () => null };
    const send = async () => new Response(null, { status: 401 });
    expect((await authorizedFetch(auth, send as typeof fetch)(new Request('http://portal/api/x'))).status).toBe(401);
  });
});
