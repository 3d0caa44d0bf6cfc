/** The languages the studio speaks. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's own choice of language is kept (the browser's language decides until then). */
export const LANGUAGE_STORAGE_KEY = 'event-studio.language';

/** Whether a value is one of the studio's languages (a stored value may be anything). */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/**
 * The language to start in: the user's saved choice, else the browser's first language
 * (any `zh…` — zh-CN, zh-TW, zh-Hans — is Chinese), else English.
 */
export function detectLanguage(
  saved: string | null | undefined,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(saved)) return saved;
  return browserLanguages[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The `lang` attribute for a language, so screen readers and fonts pick the right one. */
export function htmlLangOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** The saved choice, or undefined when there is none or storage is unavailable (private modes, tests). */
export function readSavedLanguage(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the user's choice for the next visit; a browser that refuses storage just forgets it. */
export function saveLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled: the choice still holds for this visit.
  }
}

/** The browser's preferred languages, best first; none outside a browser. */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}
