import { useTranslation } from 'react-i18next';
import { isLanguage, type Language, saveLanguage } from './language';

/** The studio's language and a way to change it; the choice is kept for the next visit. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return {
    language: isLanguage(current) ? current : 'en',
    setLanguage: (language) => {
      saveLanguage(language);
      void i18n.changeLanguage(language);
    },
  };
}
