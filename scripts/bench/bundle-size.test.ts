import { describe, expect, it } from 'vitest';
import { eagerAssets } from './bundle-size.js';

describe('eagerAssets', () => {
  it('counts the entry, the UI it imports at once and their static imports, not what the UI loads later', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['src/render-studio.tsx'] },
      'src/render-studio.tsx': {
        file: 'assets/render-studio.js',
        css: ['assets/render-studio.css'],
        imports: ['src/shared.ts'],
        dynamicImports: ['src/preview.tsx', 'virtual:monaco-python'],
      },
      'src/shared.ts': { file: 'assets/shared.js' },
      'src/preview.tsx': { file: 'assets/preview.js', imports: ['src/render-studio.tsx', 'src/diff.ts'] },
      'src/diff.ts': { file: 'assets/diff.js' },
      'virtual:monaco-python': { file: 'assets/monaco.js' },
    };
    expect(eagerAssets(manifest).sort()).toEqual([
      'assets/index.js',
      'assets/render-studio.css',
      'assets/render-studio.js',
      'assets/shared.js',
    ]);
  });
});
