import { expect, type Page } from '@playwright/test';
import type { Actor } from './actor';
import { t, type Language } from './messages';
import { PASSWORD } from './portal';

/** Picks the language in the header and checks the page follows: lang, and dir right to left for Persian. */
export async function chooseLanguage(page: Page, actor: Actor, language: Language) {
  const names: Record<Language, string> = { en: 'English', ms: 'Bahasa Melayu', fa: 'فارسی' };
  const current = ((await page.locator('html').getAttribute('lang')) ?? 'en') as Language;
  if (current !== language) {
    await actor.select(page.getByRole('combobox', { name: t(current, 'nav.language') }), names[language]);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'fa' ? 'rtl' : 'ltr');
  if (language === 'fa') {
    // right to left for real: the portal's name sits to the right of the navigation
    const brand = await page.getByRole('link', { name: t('fa', 'app.name') }).boundingBox();
    const nav = await page.getByRole('navigation').boundingBox();
    expect(brand!.x).toBeGreaterThan(nav!.x);
  }
}

export async function signIn(page: Page, actor: Actor, language: Language, email: string, password = PASSWORD) {
  await actor.click(page.getByRole('navigation').getByRole('link', { name: t(language, 'nav.signIn') }));
  await actor.fill(page.getByLabel(t(language, 'account.email')), email);
  await actor.fill(page.getByLabel(t(language, 'account.password')), password);
  await actor.click(page.getByRole('main').getByRole('button', { name: t(language, 'signIn.submit'), exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: t(language, 'dashboard.title') })).toBeVisible();
}

export async function signOut(page: Page, actor: Actor, language: Language) {
  await actor.click(page.getByRole('button', { name: t(language, 'nav.signOut'), exact: true }));
  await expect(page.getByRole('navigation').getByRole('link', { name: t(language, 'nav.signIn') })).toBeVisible();
}

/** The words of a message before its first placeholder's value. */
export function before(text: string): string {
  return text.split('\u0000')[0]!.trim();
}

export function countryName(language: Language, code: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(code)!;
}
