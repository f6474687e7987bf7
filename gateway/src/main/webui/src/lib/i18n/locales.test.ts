import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import ms from '../../messages/ms.json';
import { initialLocale } from './locales';

describe('initialLocale', () => {
  it('keeps the remembered choice', () => {
    expect(initialLocale('fa', ['en-US'])).toBe('fa');
  });
  it('takes the first supported browser language, region ignored', () => {
    expect(initialLocale(null, ['de-DE', 'ms-MY', 'fa-IR'])).toBe('ms');
  });
  it('ignores a stored value that is not a language of the portal', () => {
    expect(initialLocale('xx', ['fa-IR'])).toBe('fa');
  });
  it('falls back to English', () => {
    expect(initialLocale(null, ['de'])).toBe('en');
  });
});

describe('messages', () => {
  it('every language has every message, and nothing else', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(ms).sort()).toEqual(keys);
    expect(Object.keys(fa).sort()).toEqual(keys);
  });
  it('translations keep the placeholders of the English message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders((ms as Record<string, string>)[key] ?? ''), `ms ${key}`).toEqual(placeholders(text));
      expect(placeholders((fa as Record<string, string>)[key] ?? ''), `fa ${key}`).toEqual(placeholders(text));
    }
  });
});
