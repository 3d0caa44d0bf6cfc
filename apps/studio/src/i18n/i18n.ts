import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { browserLanguages, detectLanguage, htmlLangOf, isLanguage, readSavedLanguage } from './language';
import { zh } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // English is the source: `t('a.key')` with a key it lacks is a type error.
    resources: { translation: typeof en };
  }
}

/**
 * The studio's i18next instance. Both languages are bundled (a few kilobytes) and initialised
 * synchronously: nothing is fetched, and the first render is already in the right language.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: detectLanguage(readSavedLanguage(), browserLanguages()),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  initAsync: false,
  // React escapes what it renders; escaping here too would show `&lt;name&gt;`.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

/** Keeps `<html lang>` in step with the language, from the first render on. */
function syncHtmlLang(language: string): void {
  if (typeof document !== 'undefined' && isLanguage(language)) {
    document.documentElement.lang = htmlLangOf(language);
  }
}
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);
