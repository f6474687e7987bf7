import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { Language } from './messages';

/** WCAG 2.2 A and AA, as axe checks them: no violation on the screen as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // legacy mode runs axe in the page itself: no blank page to merge frames' results in (the portal has
  // no cross-origin frames): about 40 % less time a check
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
}

/** A full-page screenshot of a screen, named by language and viewport, kept with the test output. */
export async function screenshot(page: Page, info: TestInfo, language: Language, screen: string): Promise<void> {
  const dir = process.env.PLAYWRIGHT_OUTPUT ?? '../../../target/playwright';
  await page.screenshot({ path: `${dir}/screenshots/${language}-${info.project.name}-${screen}.png`, fullPage: true });
}

/** Every screen the journey reaches is checked and pictured the same way. */
export async function atScreen(page: Page, info: TestInfo, language: Language, screen: string): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0);
  await expectAccessible(page, `${screen} (${language}, ${info.project.name})`);
  await screenshot(page, info, language, screen);
}
