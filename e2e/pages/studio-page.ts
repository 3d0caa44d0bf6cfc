import { expect, type Locator, type Page } from '@playwright/test';

/** The studio as a user sees it: the element tree, the form, the editor, the test panel. */
export class StudioPage {
  readonly tree: Locator;
  readonly form: Locator;
  readonly testPanel: Locator;
  readonly runResult: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('navigation', { name: 'Elements' });
    this.form = page.getByRole('form', { name: 'Approval event' });
    this.testPanel = page.getByRole('region', { name: 'Test run' });
    this.runResult = page.getByRole('region', { name: 'Run result' });
  }

  /** Opens the studio and waits until the sample app's events are listed. */
  async open(): Promise<void> {
    await this.page.goto('/');
    // Generous: a loaded machine has been seen to take 30 s and more to show the app.
    await expect(this.tree.getByRole('button').first()).toBeVisible({ timeout: 60_000 });
  }

  eventInTree(name: string | RegExp): Locator {
    return this.tree.getByRole('button', { name });
  }

  async selectEvent(name: string | RegExp): Promise<void> {
    await this.eventInTree(name).click();
    await expect(this.form).toBeVisible();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** Picks an option of an MUI select field by its visible text. */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await this.form.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The Monaco editor's text area: where a user types. */
  editor(): Locator {
    return this.page
      .getByRole('group', { name: /^Code editor/ })
      .locator('.monaco-editor')
      .first();
  }

  /**
   * Replaces inner.py's text the way a user pastes code: select all, then a paste event carrying
   * the text (typing it would let Monaco's auto-indent re-indent every line).
   */
  async replaceCode(code: string): Promise<void> {
    const editor = this.editor();
    await expect(editor).toBeVisible();
    await editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
    }, code);
    await expect(editor).toContainText(code.split('\n')[0] ?? '');
  }

  async run(): Promise<void> {
    await this.testPanel.getByRole('button', { name: 'Run', exact: true }).click();
    // The first run may wait for Python's cold start, which a busy machine stretches.
    await expect(this.runResult.or(this.page.getByText('The event did not fire'))).toBeVisible({
      timeout: 120_000,
    });
  }
}
