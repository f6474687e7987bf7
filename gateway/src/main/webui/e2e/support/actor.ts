import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How a person operates the page. The same journey runs with the mouse and with the keyboard
 * alone: the keyboard actor reaches every control with Tab (never by clicking), so a control that
 * cannot be reached or used from the keyboard fails the journey.
 */
export interface Actor {
  readonly name: 'mouse' | 'keyboard';
  click(target: Locator): Promise<void>;
  fill(target: Locator, text: string): Promise<void>;
  select(target: Locator, label: string): Promise<void>;
  upload(target: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
}

export function mouse(): Actor {
  return {
    name: 'mouse',
    click: (target) => target.click(),
    fill: (target, text) => target.fill(text),
    select: async (target, label) => void (await target.selectOption({ label })),
    upload: (target, file) => target.setInputFiles(file),
  };
}

export function keyboard(page: Page): Actor {
  async function tabTo(target: Locator) {
    await expect(target).toBeVisible({ visible: true }).catch(() => undefined);
    for (let presses = 0; presses < 150; presses++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target}`);
  }
  return {
    name: 'keyboard',
    async click(target) {
      await tabTo(target);
      await page.keyboard.press('Enter');
    },
    async fill(target, text) {
      await tabTo(target);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(text);
    },
    async select(target, label) {
      await tabTo(target);
      const values = await target.evaluate((select: HTMLSelectElement) =>
        [...select.options].map((o) => o.label),
      );
      const index = values.indexOf(label);
      if (index < 0) throw new Error(`no option ${label}`);
      // the element itself, not the locator: choosing a language renames the select as it changes
      const select = (await target.elementHandle())!;
      // as a person does in a long list: type the first word to jump near it, then arrow to it
      await page.keyboard.type(label.split(' ')[0]!);
      const at = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
      for (let i = at; i < index; i++) await page.keyboard.press('ArrowDown');
      for (let i = at; i > index; i--) await page.keyboard.press('ArrowUp');
      await expect.poll(() => select.evaluate((s: HTMLSelectElement, i) => s.selectedIndex === i, index)).toBe(true);
    },
    async upload(target, file) {
      await tabTo(target);
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Enter');
      await (await chooser).setFiles(file);
    },
  };
}
