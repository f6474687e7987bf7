import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { DIRECTION, initialLocale, loadMessages, LOCALE_KEY, type Locale } from '../lib/i18n/locales';

interface LocaleChoice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) {
    throw new Error('useLocaleChoice outside LocaleProvider');
  }
  return choice;
}

const firstLocale = initialLocale(localStorage.getItem(LOCALE_KEY), navigator.languages ?? [navigator.language]);
// asked for as the script starts, not after the first render: the first screen waits for them
const firstMessages = loadMessages(firstLocale);

/** The person's language: remembered, applied to <html lang dir>, its messages loaded before showing anything. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(firstLocale);
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Record<string, string> } | null>(null);

  useEffect(() => {
    let current = true;
    void (locale === firstLocale ? firstMessages : loadMessages(locale)).then((messages) => {
      if (current) {
        setLoaded({ locale, messages });
        document.documentElement.lang = locale;
        document.documentElement.dir = DIRECTION[locale];
      }
    });
    return () => {
      current = false;
    };
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next);
    setLocaleState(next);
  }, []);

  if (!loaded) {
    return null;
  }
  return (
    // the language chosen, not the one loaded: while its messages load, the picker must not spring
    // back, or a keyboard user stepping through it with the arrow keys could never pass the first
    <LocaleContext.Provider value={{ locale, setLocale }}>
      <IntlProvider locale={loaded.locale} messages={loaded.messages} defaultLocale="en" onError={reportMissingMessage}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

function reportMissingMessage(error: { code?: string; message: string }) {
  // a missing message falls back to its defaultMessage or id; say so in development only
  if (import.meta.env.DEV) {
    console.warn(error.message);
  }
}
