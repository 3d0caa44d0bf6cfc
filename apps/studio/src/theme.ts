import { createTheme } from '@mui/material/styles';

/** The studio's look: dense, like an IDE, following the system's light or dark preference. */
export const studioTheme = createTheme({
  colorSchemes: { light: true, dark: true },
  typography: { fontSize: 13 },
  components: {
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiFormControl: { defaultProps: { size: 'small', fullWidth: true } },
    MuiButton: { defaultProps: { size: 'small' } },
  },
});
