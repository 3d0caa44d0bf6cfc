import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import TranslateIcon from '@mui/icons-material/Translate';
import { useColorScheme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangOf, type Language } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';
import { type Choice, ChoiceMenu } from './ChoiceMenu';

type Mode = 'system' | 'light' | 'dark';

// Each language is offered in its own words, so a user can find theirs whatever the page speaks.
const LANGUAGE_CHOICES: readonly Choice<Language>[] = [
  { value: 'en', label: 'English', lang: htmlLangOf('en') },
  { value: 'zh', label: '中文', lang: htmlLangOf('zh') },
];

const MODE_ICONS: Record<Mode, ReactNode> = {
  system: <SettingsBrightnessIcon fontSize="small" />,
  light: <LightModeIcon fontSize="small" />,
  dark: <DarkModeIcon fontSize="small" />,
};

/** The app bar's settings: the language (English / 中文) and the theme (system, light or dark). */
export function SettingsMenu() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  // MUI keeps the mode in localStorage (`mui-mode`), so the choice survives a reload.
  const { mode, setMode } = useColorScheme();
  const current: Mode = mode ?? 'system';
  return (
    <>
      <ChoiceMenu
        label={t('settings.language')}
        icon={<TranslateIcon fontSize="small" />}
        choices={LANGUAGE_CHOICES}
        value={language}
        onChange={setLanguage}
      />
      <ChoiceMenu<Mode>
        label={t('settings.theme')}
        icon={MODE_ICONS[current]}
        choices={[
          { value: 'system', label: t('settings.themeSystem') },
          { value: 'light', label: t('settings.themeLight') },
          { value: 'dark', label: t('settings.themeDark') },
        ]}
        value={current}
        onChange={setMode}
      />
    </>
  );
}
