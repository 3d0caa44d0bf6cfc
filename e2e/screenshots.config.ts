import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The README screenshot script: the e2e setup, pointed at screenshots/. */
export default defineConfig({ ...base, testDir: './screenshots' });
