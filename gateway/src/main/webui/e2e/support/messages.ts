import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../src/messages/en.json' with { type: 'json' };
import fa from '../../src/messages/fa.json' with { type: 'json' };
import ms from '../../src/messages/ms.json' with { type: 'json' };

export type Language = 'en' | 'ms' | 'fa';
const catalogues: Record<Language, Record<string, string>> = { en, ms, fa };

/** The text a person reading `language` sees for a message, so tests find controls by what they say. */
export function t(language: Language, id: string, values?: Record<string, string | number>): string {
  const message = catalogues[language][id];
  if (message === undefined) {
    throw new Error(`no message ${id} in ${language}`);
  }
  return String(new IntlMessageFormat(message, language).format(values));
}
