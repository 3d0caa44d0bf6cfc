import type { Localization } from '@mui/material/locale';
import { createTheme, type Theme } from '@mui/material/styles';

// Roboto (bundled) draws Latin text; Chinese — the UI in 中文, and titles users write in Chinese in
// either language — falls to the system's own CJK fonts, named so the best one is picked first.
const FONT_FAMILY = [
  'Roboto',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  'Helvetica',
  'Arial',
  'sans-serif',
].join(', ');

/**
 * The studio's look: dense, like an IDE, following the system's light or dark preference. MUI's own
 * component texts (Autocomplete's Clear/Open, Alert's Close) come from `locale` (English when unset).
 */
export function studioTheme(locale: Localization | undefined): Theme {
  return createTheme(
    {
      colorSchemes: { light: true, dark: true },
      typography: { fontSize: 13, fontFamily: FONT_FAMILY },
      components: {
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiFormControl: { defaultProps: { size: 'small', fullWidth: true } },
        MuiButton: { defaultProps: { size: 'small' } },
      },
    },
    locale ?? {},
  );
}
