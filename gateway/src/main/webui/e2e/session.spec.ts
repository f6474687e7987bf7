import { expect, test } from '@playwright/test';
import { atScreen } from './support/checks';
import { t } from './support/messages';
import { PASSWORD, Portal } from './support/portal';

/**
 * Tokens in the browser: the session survives a reload and a new tab, ends on sign-out (the
 * refresh token is revoked, not only forgotten), and when it ends mid-work the page keeps what
 * was typed, asks to sign in again, and then saves it.
 */
test.describe('the session', () => {
  test.skip(({ isMobile }) => isMobile, 'the same at every width');

  test('stays across reloads and tabs and is revoked on sign-out', async ({ page, context, request }) => {
    const portal = await Portal.start(request);
    const startup = await portal.account('STARTUP', 'MY', undefined, 'Reload Labs');
    await page.goto('/signin');
    await page.getByLabel(t('en', 'account.email')).fill(startup.email);
    await page.getByLabel(t('en', 'account.password')).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: t('en', 'signIn.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('en', 'dashboard.title') })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t('en', 'dashboard.title') })).toBeVisible();
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByRole('heading', { level: 1, name: t('en', 'dashboard.title') })).toBeVisible();
    expect(page.url()).not.toContain('token');

    const refreshToken = await page.evaluate(() => localStorage.getItem('portal.refreshToken'));
    // the page signs out at once and revokes at identity without holding the page: wait for that answer
    const revoked = page.waitForResponse((response) => response.url().endsWith('/api/identity/logout'));
    await page.getByRole('button', { name: t('en', 'nav.signOut') }).click();
    await expect(page.getByRole('navigation').getByRole('link', { name: t('en', 'nav.signIn') })).toBeVisible();
    expect((await revoked).status()).toBe(204);
    const refused = await request.post('/api/identity/token', { form: { grant_type: 'refresh_token', refresh_token: refreshToken! } });
    expect(refused.status()).toBe(400);
    // the other tab follows: it is signed out too
    await expect(second.getByRole('navigation').getByRole('link', { name: t('en', 'nav.signIn') })).toBeVisible();
  });

  test('is slowed down after wrong passwords, and the page says for how long', async ({ page, request }) => {
    const portal = await Portal.start(request);
    const startup = await portal.account('STARTUP', 'MY', undefined, 'Typo Labs');
    await page.goto('/signin');
    await page.getByLabel(t('en', 'account.email')).fill(startup.email);
    const alert = page.getByRole('main').getByRole('alert');
    const delayed = /Too many wrong passwords from here\. Try again in \d+ seconds?, or ask an administrator/;
    // a few wrong passwords are free, then each one doubles the wait (2 s, 4 s, ...): keep trying until it shows
    for (let attempt = 0; attempt < 8; attempt++) {
      await page.getByLabel(t('en', 'account.password')).fill(`not the password ${attempt}`);
      await page.getByRole('main').getByRole('button', { name: t('en', 'signIn.submit') }).click();
      await expect(alert).toBeVisible();
      if (delayed.test((await alert.textContent()) ?? '')) {
        break;
      }
    }
    await expect(alert).toHaveText(delayed);
  });

  test('that ends mid-work keeps what was typed and saves it after signing in again', async ({ page, request }, info) => {
    const portal = await Portal.start(request);
    const call = await portal.openCall();
    const startup = await portal.account('STARTUP', 'MY', undefined, 'Midwork Sdn Bhd');
    const created = await request.post('/api/funding/applications', {
      headers: { Authorization: `Bearer ${startup.token}` },
      data: { callId: call.id, title: 'Kept while signed out', summary: 'First words', partners: [], requestedAmounts: {}, answers: {} },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/applications/${id}`);
    await page.getByLabel(t('en', 'account.email')).fill(startup.email);
    await page.getByLabel(t('en', 'account.password')).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: t('en', 'signIn.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kept while signed out' })).toBeVisible();

    // the session is ended elsewhere (all of this person's sessions), then they go on typing
    const sessions = await request.post('/api/identity/logout', {
      data: { refresh_token: await page.evaluate(() => localStorage.getItem('portal.refreshToken')) },
    });
    expect(sessions.status()).toBe(204);
    let refused = false;
    await page.route('**/api/funding/applications/*', async (route) => {
      // the access token is still valid for minutes; answer the next save as an expired token would be
      if (route.request().method() === 'PUT' && !refused) {
        refused = true;
        await route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: '/problems/unauthorized', status: 401 }) });
      } else {
        await route.continue();
      }
    });
    await page.getByLabel(t('en', 'application.summary')).fill('Words typed after the session ended');

    const dialog = page.getByRole('dialog', { name: t('en', 'session.ended.title') });
    await expect(dialog).toBeVisible();
    await atScreen(page, info, 'en', 'session-ended');
    await dialog.getByLabel(t('en', 'account.password')).fill(PASSWORD);
    await dialog.getByRole('button', { name: t('en', 'signIn.submit') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel(t('en', 'application.summary'))).toHaveValue('Words typed after the session ended');
    await expect(async () => {
      const stored = await request.get(`/api/funding/applications/${id}`, { headers: { Authorization: `Bearer ${startup.token}` } });
      expect(((await stored.json()) as { summary: string }).summary).toBe('Words typed after the session ended');
    }).toPass({ timeout: 15_000 });
  });
});
