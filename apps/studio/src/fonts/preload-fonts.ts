import roboto400 from '@fontsource/roboto/files/roboto-latin-400-normal.woff2?url';
import roboto500 from '@fontsource/roboto/files/roboto-latin-500-normal.woff2?url';
import roboto700 from '@fontsource/roboto/files/roboto-latin-700-normal.woff2?url';

/**
 * Starts downloading the Latin Roboto faces the first screen uses while the UI's code still
 * downloads: otherwise the browser asks for them only at the first layout, lays the studio out in a
 * fallback font, and again once they arrive. These are the same files the stylesheet's @font-face
 * rules name (Vite gives one asset one URL), so they are fetched once.
 */
export function preloadFonts(): void {
  for (const href of [roboto400, roboto500, roboto700]) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'font';
    link.type = 'font/woff2';
    // Fonts are fetched in CORS mode; a preload must match, or the browser fetches twice.
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}
