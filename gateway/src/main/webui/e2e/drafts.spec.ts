import { expect, test, type Page } from '@playwright/test';
import { atScreen } from './support/checks';
import { t } from './support/messages';
import { PASSWORD, Portal } from './support/portal';

/**
 * A draft edited in two places is never overwritten silently: the second save is refused (412)
 * and the person chooses whose version stays. An application withdrawn says so, with its reason.
 */
test.describe('drafts', () => {
  test.skip(({ isMobile }) => isMobile, 'the same at every width');

  test('changed elsewhere: the page keeps what was typed and lets the person choose', async ({ page, request }, info) => {
    const portal = await Portal.start(request);
    const call = await portal.openCall();
    const startup = await portal.account('STARTUP', 'MY', undefined, 'Twice Edited Sdn Bhd');
    const auth = { Authorization: `Bearer ${startup.token}` };
    const body = { callId: call.id, title: 'Edited in two places', summary: 'First words', partners: [], requestedAmounts: {}, answers: {} };
    const created = await request.post('/api/funding/applications', { headers: auth, data: body });
    const { id } = (await created.json()) as { id: string };

    await signInAt(page, `/applications/${id}`, startup.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Edited in two places' })).toBeVisible();

    // meanwhile a partner saves from another browser
    const elsewhere = await request.put(`/api/funding/applications/${id}`, {
      headers: { ...auth, 'If-Match': '"0"' },
      data: { ...body, summary: 'Their words' },
    });
    expect(elsewhere.status()).toBe(200);

    await page.getByLabel(t('en', 'application.summary')).fill('My words');
    const conflict = page.getByRole('alert').filter({ hasText: t('en', 'draft.conflict.title') });
    await expect(conflict).toBeVisible();
    await expect(page.getByLabel(t('en', 'application.summary'))).toHaveValue('My words');
    await atScreen(page, info, 'en', 'changed-elsewhere');

    await conflict.getByRole('button', { name: t('en', 'draft.conflict.theirs') }).click();
    await expect(page.getByLabel(t('en', 'application.summary'))).toHaveValue('Their words');

    // knowingly saving over theirs works too
    await request.put(`/api/funding/applications/${id}`, { headers: { ...auth, 'If-Match': '"1"' }, data: { ...body, summary: 'Third words' } });
    await page.getByLabel(t('en', 'application.summary')).fill('Mine, on purpose');
    await page.getByRole('alert').getByRole('button', { name: t('en', 'draft.conflict.mine') }).click();
    await expect(async () => {
      const stored = await request.get(`/api/funding/applications/${id}`, { headers: auth });
      expect(((await stored.json()) as { summary: string }).summary).toBe('Mine, on purpose');
    }).toPass({ timeout: 15_000 });
  });

  test('a withdrawn application says so, with the reason in its history', async ({ page, request }) => {
    const portal = await Portal.start(request);
    const call = await portal.openCall();
    const startup = await portal.account('STARTUP', 'MY', undefined, 'Second Thoughts Sdn Bhd');
    const created = await request.post('/api/funding/applications', {
      headers: { Authorization: `Bearer ${startup.token}` },
      data: { callId: call.id, title: 'Not this year', summary: 'We will apply next time', partners: [], requestedAmounts: {}, answers: {} },
    });
    const { id } = (await created.json()) as { id: string };

    await signInAt(page, `/applications/${id}`, startup.email);
    await page.getByRole('button', { name: t('en', 'withdraw.open'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('en', 'withdraw.title') });
    await dialog.getByLabel(t('en', 'withdraw.reason')).fill('The team changed');
    await dialog.getByRole('button', { name: t('en', 'withdraw.confirm'), exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(t('en', 'next.WITHDRAWN'), { exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: t('en', 'history.action.withdraw') })).toContainText('The team changed');
  });
});

async function signInAt(page: Page, path: string, email: string) {
  await page.goto(path);
  await page.getByLabel(t('en', 'account.email')).fill(email);
  await page.getByLabel(t('en', 'account.password')).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: t('en', 'signIn.submit') }).click();
}
