export const LOCALES = ['en', 'ms', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];

export const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', ms: 'ltr', fa: 'rtl' };
/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ms: 'Bahasa Melayu', fa: 'فارسی' };

export const LOCALE_KEY = 'portal.locale';

/** The remembered choice, else the browser's first supported language, else English. */
export function initialLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) {
    return stored;
  }
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) {
      return language;
    }
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export async function loadMessages(locale: Locale): Promise<Record<string, string>> {
  switch (locale) {
    case 'ms':
      return (await import('../../messages/ms.json')).default;
    case 'fa':
      return (await import('../../messages/fa.json')).default;
    default:
      return (await import('../../messages/en.json')).default;
  }
}
