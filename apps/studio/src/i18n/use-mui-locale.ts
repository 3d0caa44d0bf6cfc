import type { Localization } from '@mui/material/locale';
import { useEffect, useState } from 'react';
import type { Language } from './language';

// MUI's Chinese texts are loaded only for Chinese: building the locale makes an Intl.NumberFormat
// for zh-CN, which costs ≈ 0.1 s of the first screen on these machines, for nothing in English.
async function loadMuiLocale(language: Language): Promise<Localization | undefined> {
  if (language !== 'zh') return undefined;
  const { zhCN } = await import('@mui/material/locale');
  return zhCN;
}

/** MUI's own component texts for the language: undefined (English) until they have loaded. */
export function useMuiLocale(language: Language): Localization | undefined {
  const [loaded, setLoaded] = useState<{ language: Language; locale: Localization | undefined }>();
  useEffect(() => {
    let current = true;
    void loadMuiLocale(language).then((locale) => {
      if (current) setLoaded({ language, locale });
    });
    return () => {
      current = false;
    };
  }, [language]);
  return loaded?.language === language ? loaded.locale : undefined;
}
