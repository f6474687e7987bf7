import axe from 'axe-core';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { Language } from './messages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 A and AA, as axe checks them: no violation on the screen as it is now. axe goes into the
 * page once (the client keeps it across its screens until a reload) and runs there; only the
 * violations come back.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axe.source);
  }
  const violations = await page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  }, WCAG_22_AA);
  expect(violations, `axe on ${screen}`).toEqual([]);
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
