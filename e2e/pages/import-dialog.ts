import { readFileSync } from 'node:fs';
import { type Download, expect, type Locator, type Page } from '@playwright/test';

/** What Export offers, by its menu item's name. */
export type ExportChoice = 'This element' | 'All approval events' | 'Whole app';

/** A zip handed to the Import file input: an earlier download (under its own name), or bytes with a name. */
export type ZipInput = Download | { name: string; buffer: Buffer };

/** Import and export as a user drives them: the app bar's buttons, the Import dialog, the refusal. */
export class ImportDialog {
  /** The review dialog, named by its title. */
  readonly dialog: Locator;
  /** The dialog that says a zip was refused. */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import', exact: true });
    this.refusal = page.getByRole('alertdialog', { name: 'Import refused' });
  }

  /** Picks a zip through Import's file input (what the file picker fills). */
  async pick(zip: ZipInput): Promise<void> {
    // A download is stored under a random name; the user's file would carry the suggested one.
    const { name, buffer } =
      'buffer' in zip ? zip : { name: zip.suggestedFilename(), buffer: readFileSync(await zip.path()) };
    await this.page
      .getByLabel('Zip file to import')
      .setInputFiles({ name, buffer, mimeType: 'application/zip' });
  }

  /** Picks a zip and waits for the review dialog. */
  async open(zip: ZipInput): Promise<void> {
    await this.pick(zip);
    await expect(this.dialog).toBeVisible();
  }

  /** The group of the studio's own files a whole-app zip brings (saved test cases, sample rows). */
  studioFiles(): Locator {
    return this.dialog.getByRole('region', { name: 'Saved test cases and sample rows' });
  }

  /** The Replace / Keep both / Skip choice for an existing element. */
  conflict(fullName: string): Locator {
    return this.dialog.getByRole('radiogroup', { name: `What to do with ${fullName}` });
  }

  async choose(fullName: string, choice: 'Replace' | 'Keep both' | 'Skip'): Promise<void> {
    await this.conflict(fullName).getByRole('radio', { name: choice }).check();
  }

  async applyToAll(choice: 'Replace' | 'Keep both' | 'Skip'): Promise<void> {
    await this.dialog
      .getByRole('radiogroup', { name: 'Apply to all' })
      .getByRole('radio', { name: choice })
      .check();
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Import', exact: true });
  }

  /** Presses Import and waits for the dialog to close. */
  async confirm(): Promise<void> {
    await this.importButton().click();
    await expect(this.dialog).toBeHidden();
  }

  /** Exports through the Export menu and returns the download. */
  async export(choice: ExportChoice): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: choice }).click(),
    ]);
    return download;
  }
}
