import { expect, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';

/**
 * Set-up through the API, as an administrator would do it before handing accounts out (and the
 * agencies' side of the startup journey, which the staff journey drives in the browser), with real
 * accounts on the running suite: the administrator comes from the suite's
 * bootstrap (PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD).
 */
export const PASSWORD = 'a browser-test passphrase';

export interface Account {
  id: string;
  email: string;
  name: string;
  token: string;
}

export interface JointCall {
  id: string;
  title: string;
  my: string;
  ir: string;
  myName: string;
  irName: string;
  myOfficer: Account;
  irOfficer: Account;
  reviewer: Account;
  /** The Malaysian agency's cap per application, in MYR. */
  myCap: number;
}

export class Portal {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly adminToken: string,
  ) {}

  static async start(api: APIRequestContext): Promise<Portal> {
    const email = process.env.PORTAL_ADMIN_EMAIL;
    const password = process.env.PORTAL_ADMIN_PASSWORD;
    if (!email || !password) {
      throw new Error('PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD must name the suite’s administrator');
    }
    return new Portal(api, await login(api, email, password));
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    token: string,
    data?: unknown,
    expected = 200,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.api.fetch(path, { method, data, headers: { Authorization: `Bearer ${token}`, ...headers } });
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(expected);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  async agency(country: string, currency: string): Promise<{ code: string; name: string }> {
    const code = `${country}-${randomUUID().slice(0, 8).toUpperCase()}`;
    const name = `${country} Innovation Agency ${code.slice(3)}`;
    await this.call('POST', '/api/funding/agencies', this.adminToken, { code, name, country, currency }, 201);
    return { code, name };
  }

  /** A self-registered account; staff roles are then granted by the administrator, as in real life. */
  async account(role: string, country: string, agency?: string, name?: string): Promise<Account> {
    const email = `${role.toLowerCase()}-${randomUUID()}@browser.test`;
    const displayName = name ?? `Browser ${role}`;
    const registered = await this.api.post('/api/identity/register', {
      data: { email, displayName, country, password: PASSWORD, role: role === 'MENTOR' ? 'MENTOR' : 'STARTUP' },
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    if (agency) {
      await this.setRoles({ id }, [role], agency);
    }
    return { id, email, name: displayName, token: await login(this.api, email, PASSWORD) };
  }

  /** The account's roles, agency and version (its ETag), as the administrator reads them now. */
  async rolesOf(account: Pick<Account, 'id'>): Promise<{ roles: string[]; agency?: string; version: number }> {
    return this.call('GET', `/api/identity/admin/accounts/${account.id}`, this.adminToken);
  }

  /** Sets the account's roles as another administrator (another tab, a script) would: read, then PUT with If-Match. */
  async setRoles(account: Pick<Account, 'id'>, roles: string[], agency?: string): Promise<void> {
    const { version } = await this.rolesOf(account);
    await this.call('PUT', `/api/identity/admin/accounts/${account.id}/roles`, this.adminToken, { roles, agency }, 200, {
      'If-Match': `"${version}"`,
    });
  }

  /** An OPEN call by a Malaysian and an Iranian agency, needing a partner from each country. */
  async openCall({ blindReview = false } = {}): Promise<JointCall> {
    const { code: my, name: myName } = await this.agency('MY', 'MYR');
    const { code: ir, name: irName } = await this.agency('IR', 'IRR');
    const myOfficer = await this.account('AGENCY_ADMIN', 'MY', my);
    const irOfficer = await this.account('AGENCY_ADMIN', 'IR', ir);
    const reviewer = await this.account('REVIEWER', 'MY', my);
    const title = `Green Fintech Corridor ${randomUUID().slice(0, 6)}`;
    const myCap = 250000;
    const { id, version } = await this.call<{ id: string; version: number }>('POST', '/api/funding/calls', myOfficer.token, {
      title,
      description: 'Malaysian and Iranian startups building payments that cut emissions, together.',
      sectors: ['fintech', 'cleantech'],
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 21 * 86_400_000).toISOString(),
      funders: [
        { agency: my, budget: 1000000, maxRequest: myCap },
        { agency: ir, budget: 90000000000 },
      ],
      eligibility: { requiredCountries: ['MY', 'IR'], minPartners: 2, maxPartners: 4 },
      criteria: [
        { name: 'Innovation', weight: 2, maxScore: 10, threshold: 3 },
        { name: 'Team', weight: 1, maxScore: 10, threshold: 0 },
      ],
      blindReview,
    }, 201);
    // the Malaysian agency leads and proposed the Iranian share; the Iranian agency confirms it itself
    await this.call('PUT', `/api/funding/calls/${id}/funders/${ir}`, irOfficer.token, { budget: 90000000000 }, 200, {
      'If-Match': `"${version}"`,
    });
    await this.call('POST', `/api/funding/calls/${id}/open`, myOfficer.token);
    return { id, title, my, ir, myName, irName, myOfficer, irOfficer, reviewer, myCap };
  }

  /** A complete application by `startup` with an Iranian partner, submitted to the call. */
  async submittedApplication(call: JointCall, startup: Account, partner: string): Promise<{ id: string; title: string }> {
    const title = `${startup.name}: carbon-aware payments`;
    const { id } = await this.call<{ id: string }>('POST', '/api/funding/applications', startup.token, {
      callId: call.id,
      title,
      summary: 'A payment rail that prices the carbon cost of each transaction.',
      partners: [
        { name: startup.name, country: 'MY', role: 'lead' },
        { name: partner, country: 'IR', role: 'partner' },
      ],
      requestedAmounts: { [call.my]: 200000, [call.ir]: 5000000000 },
      answers: { Innovation: 'Carbon priced at the point of payment.', Team: 'Payments engineers in Kuala Lumpur and Tehran.' },
    }, 201);
    await this.call('POST', `/api/funding/applications/${id}/submit`, startup.token);
    return { id, title };
  }

  /** Closes the call and starts its evaluation: reviewers can be assigned. */
  async startEvaluation(call: JointCall): Promise<void> {
    await this.call('POST', `/api/funding/calls/${call.id}/close`, call.myOfficer.token);
    await this.call('POST', `/api/funding/calls/${call.id}/start-evaluation`, call.myOfficer.token);
  }

  /** Closes the call, has it reviewed, and both agencies approve their shares: the application is AWARDED. */
  async award(call: JointCall, applicationId: string): Promise<void> {
    await this.startEvaluation(call);
    const review = await this.call<{ id: string }>('POST', '/api/funding/reviews', call.myOfficer.token,
      { applicationId, reviewerId: call.reviewer.id, reviewerAgency: call.my }, 201);
    await this.call('POST', `/api/funding/reviews/${review.id}/submit`, call.reviewer.token, {
      scores: [
        { criterion: 'Innovation', score: 8, comment: 'A new way to price carbon' },
        { criterion: 'Team', score: 7, comment: 'Both sides can deliver' },
      ],
    });
    await this.call('POST', `/api/funding/applications/${applicationId}/award/approve`, call.myOfficer.token);
    const award = await this.call<{ status: string }>('POST', `/api/funding/applications/${applicationId}/award/approve`, call.irOfficer.token);
    expect(award.status).toBe('AWARDED');
  }

  /** The startup's applications, as the API lists them to it. */
  async applicationsOf(account: Account): Promise<{ id: string; title: string; status: string }[]> {
    const page = await this.call<{ items: { id: string; title: string; status: string }[] }>('GET', '/api/funding/applications?limit=100', account.token);
    return page.items;
  }
}

export async function login(api: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await api.post('/api/identity/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A small valid PDF, as a startup's proposal would be. */
export function proposalPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}
