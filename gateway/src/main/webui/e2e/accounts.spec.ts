import { expect, test, type Locator } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mouse } from './support/actor';
import { atScreen } from './support/checks';
import { t, type Language } from './support/messages';
import { Portal, type Account } from './support/portal';
import { chooseLanguage, signIn } from './support/steps';

/**
 * An administrator changes an account's roles on /admin/accounts: at desktop width in English, at
 * phone width in Persian (right to left). The account is a fresh one, registered through the API.
 * The administrator makes it a reviewer of an agency and sees the change saved; after a reload the
 * page still shows it. Then, while the administrator is editing, another administrator (another
 * tab: the API here) changes the account, and the page reads its list again when its tab is back
 * in front: saving the edit is refused with the page's own message, never laid over the other
 * change; the page shows the account as it is now, and saving again from there works (the page
 * sends the new version as If-Match). The page with the change saved passes axe and is pictured in
 * English, Malay and Persian, the refusal in the run's own language.
 */
test('an administrator changes an account’s roles; an edit made stale by another change is refused, not laid over it', async ({ page, request }, info) => {
  const language: Language = info.project.name === 'phone' ? 'fa' : 'en';
  const say = (id: string, values?: Record<string, string | number>) => t(language, id, values);
  const portal = await Portal.start(request);
  const agency = await portal.agency('MY', 'MYR');
  const person = await portal.account('STARTUP', 'MY', undefined, `Farah Aziz ${randomUUID().slice(0, 4)}`);
  const actor = mouse();
  const role = (card: Locator, name: string) => card.getByRole('checkbox', { name: say(`role.${name}`), exact: true });
  const findAccount = async () => {
    await page.getByRole('navigation').getByRole('link', { name: say('nav.accounts') }).click();
    await page.getByLabel(say('accounts.email')).fill(person.email);
    await page.getByRole('button', { name: say('accounts.search'), exact: true }).click();
    await expect(page.getByText(say('accounts.count', { total: 1 }))).toBeVisible();
    await page.getByText(say('accounts.manage', { email: person.email })).click();
    return page.getByRole('main').getByRole('listitem').filter({ hasText: person.email });
  };
  const save = (card: Locator) => card.getByRole('button', { name: say('accounts.saveRoles'), exact: true }).click();

  await page.clock.install(); // time runs as usual; the stale edit below moves it on
  await page.goto('/');
  await chooseLanguage(page, actor, language);
  await signIn(page, actor, language, process.env.PORTAL_ADMIN_EMAIL!, process.env.PORTAL_ADMIN_PASSWORD!);

  await test.step('the startup also becomes a reviewer of the agency', async () => {
    const card = await findAccount();
    await expect(role(card, 'STARTUP')).toBeChecked();
    await expect(role(card, 'REVIEWER')).not.toBeChecked();
    await role(card, 'REVIEWER').check();
    await card.getByLabel(say('accounts.agency'), { exact: true }).selectOption({ label: `${agency.name} (${agency.code})` });
    await save(card);
    await expect(card.getByRole('status').filter({ hasText: say('accounts.rolesSaved') })).toBeVisible();
    expect(await rolesOf(portal, person)).toEqual({ roles: ['REVIEWER', 'STARTUP'], agency: agency.code });
    for (const shown of ['en', 'ms', 'fa'] as Language[]) {
      await chooseLanguage(page, actor, shown);
      await expect(card.getByRole('status').filter({ hasText: t(shown, 'accounts.rolesSaved') })).toBeVisible();
      await atScreen(page, info, shown, 'admin-accounts-roles');
    }
    await chooseLanguage(page, actor, language);
  });

  await test.step('after a reload the page shows the roles saved', async () => {
    await page.reload();
    const card = await findAccount();
    await expect(role(card, 'STARTUP')).toBeChecked();
    await expect(role(card, 'REVIEWER')).toBeChecked();
    await expect(card.getByLabel(say('accounts.agency'), { exact: true })).toHaveValue(agency.code);
  });

  await test.step('an edit begun before another tab changed the account is refused, and the page shows the account as it is now', async () => {
    const card = page.getByRole('main').getByRole('listitem').filter({ hasText: person.email });
    await role(card, 'STARTUP').uncheck();
    // meanwhile another administrator, in another tab, makes the reviewer a mentor too
    await portal.setRoles(person, ['STARTUP', 'REVIEWER', 'MENTOR'], agency.code);
    // back on this tab a while later: the page reads the accounts again (the edit must keep its version)
    const listedAgain = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('/api/identity/admin/accounts?'));
    await page.clock.fastForward('00:30');
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await listedAgain;
    await save(card);
    await expect(card.getByRole('alert').filter({ hasText: say('accounts.rolesConflict') })).toBeVisible();
    await expect(card.getByRole('status').filter({ hasText: say('accounts.rolesSaved') })).toHaveCount(0);
    expect(await rolesOf(portal, person)).toEqual({ roles: ['MENTOR', 'REVIEWER', 'STARTUP'], agency: agency.code });
    for (const shown of ['STARTUP', 'REVIEWER', 'MENTOR']) {
      await expect(role(card, shown)).toBeChecked();
    }
    await atScreen(page, info, language, 'admin-accounts-conflict');
    // the choice made again over the account as it is now is saved
    await role(card, 'STARTUP').uncheck();
    await save(card);
    await expect(card.getByRole('status').filter({ hasText: say('accounts.rolesSaved') })).toBeVisible();
    await expect(card.getByRole('alert')).toHaveCount(0);
    expect(await rolesOf(portal, person)).toEqual({ roles: ['MENTOR', 'REVIEWER'], agency: agency.code });
  });
});

/** The account's roles (sorted) and agency, as identity has them now. */
async function rolesOf(portal: Portal, account: Account): Promise<{ roles: string[]; agency?: string }> {
  const { roles, agency } = await portal.rolesOf(account);
  return { roles: [...roles].sort(), agency };
}
