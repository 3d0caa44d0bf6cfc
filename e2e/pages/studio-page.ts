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

  /** inner.py's area: Monaco once loaded, the code as plain text before (for reading its text). */
  code(): Locator {
    return this.page.getByRole('group', { name: /^Code editor/ }).first();
  }

  /** The Monaco editor's text area: where a user types (see openEditor). */
  editor(): Locator {
    return this.code().locator('.monaco-editor').first();
  }

  /**
   * Makes sure Monaco is there, as a user does: the studio loads it once Python has started, or
   * at once when the user clicks the code.
   */
  async openEditor(): Promise<Locator> {
    const editor = this.editor();
    // Retried: Monaco may replace the preview between the check and the click.
    await expect(async () => {
      if (!(await editor.isVisible())) await this.code().locator('pre').click({ timeout: 2_000 });
      await expect(editor).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    return editor;
  }

  /**
   * Replaces inner.py's text the way a user pastes code: select all, then a paste event carrying
   * the text (typing it would let Monaco's auto-indent re-indent every line).
   */
  async replaceCode(code: string): Promise<void> {
    const editor = await this.openEditor();
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

  /** The “More actions” button of an event's row, by the event's folder name (`orderApproval`). */
  eventMenu(name: string): Locator {
    return this.tree.getByRole('button', { name: `More actions for ${name}`, exact: true });
  }

  /** Runs Rename…, Duplicate or Delete… from an event row's menu. */
  async eventAction(name: string, action: 'Rename…' | 'Duplicate' | 'Delete…'): Promise<void> {
    await this.eventMenu(name).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Picks a language in the app bar's language menu (named “Language” or “语言”, as the studio speaks). */
  async chooseLanguage(language: 'English' | '中文'): Promise<void> {
    await this.page.getByRole('button', { name: /^(Language|语言)$/ }).click();
    await this.page.getByRole('menuitemradio', { name: language }).click();
  }

  /** Picks a theme in the app bar's theme menu, by the item's name in the studio's current language. */
  async chooseTheme(theme: string): Promise<void> {
    await this.page.getByRole('button', { name: /^(Theme|主题)$/ }).click();
    await this.page.getByRole('menuitemradio', { name: theme }).click();
  }

  /** Reloads the page and waits until the element tree is back, in whatever language the studio speaks. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByRole('navigation').getByRole('button').first()).toBeVisible({
      timeout: 60_000,
    });
  }

  /** The open element's full name, as its heading shows it. */
  openElement(fullName: string): Locator {
    return this.page.getByRole('heading', { name: fullName, exact: true });
  }

  /** The lines the editor shows, top to bottom (Monaco draws spaces as no-break spaces). */
  async editorText(): Promise<string> {
    const lines = await this.editor()
      .locator('.view-line')
      .evaluateAll((nodes) =>
        nodes
          .map((node) => ({
            top: Number.parseFloat((node as HTMLElement).style.top),
            text: node.textContent ?? '',
          }))
          .sort((a, b) => a.top - b.top)
          .map((line) => line.text),
      );
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /** The app tabs in the app bar. */
  appTabs(): Locator {
    return this.page.getByRole('navigation', { name: 'Open apps' });
  }

  /** One app's tab (its name, its marker, its close button), by the app's name. */
  appTab(name: string): Locator {
    return this.appTabs().getByRole('group', { name, exact: true });
  }

  /** The button that opens an app, by its tab's name. */
  appButton(name: string): Locator {
    return this.appTab(name).getByRole('button', { name, exact: true });
  }

  /** Opens another app through the tabs' "+" menu ("Open the sample app" or "Open an app zip…"). */
  async openApp(zip?: { name: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole('button', { name: 'Open an app', exact: true }).click();
    if (!zip) {
      await this.page.getByRole('menuitem', { name: 'Open the sample app' }).click();
      return;
    }
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('menuitem', { name: 'Open an app zip…' }).click(),
    ]);
    await chooser.setFiles({ name: zip.name, buffer: zip.buffer, mimeType: 'application/zip' });
  }

  /** Opens an app by its tab and waits until it is the one shown. */
  async switchApp(name: string): Promise<void> {
    await this.appButton(name).click();
    await expect(this.appButton(name)).toHaveAttribute('aria-current', 'page');
  }

  /** Closes an app by its tab's ×, confirming when the studio asks (changes not exported). */
  async closeApp(name: string, confirm = false): Promise<void> {
    await this.appTab(name)
      .getByRole('button', { name: `Close ${name}` })
      .click();
    if (confirm) {
      await this.page
        .getByRole('alertdialog', { name: `Close ${name}?` })
        .getByRole('button', {
          name: 'Close without exporting',
        })
        .click();
    }
    await expect(this.appTab(name)).toHaveCount(0);
  }

  /** The tab's dot saying that the app has changes not exported to a zip. */
  appUnexportedMarker(name: string): Locator {
    return this.appTab(name).getByRole('img', { name: /^Not exported/ });
  }

  /** The tree's dot saying that an element changed since the last export, by its row's name. */
  unexportedMarker(row: string | RegExp): Locator {
    return this.tree
      .locator('[data-export-mark]')
      .filter({ has: this.page.getByRole('button', { name: row }) })
      .getByRole('img', { name: 'Not exported: changed since the last export' });
  }

  /** Shows one of the open element's files beside the form: inner.py in the editor, or e.json. */
  async showFile(name: 'inner.py' | 'e.json'): Promise<void> {
    const button = this.page.getByRole('group', { name: 'File shown' }).getByRole('button', { name });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** The e.json preview: the file as the form writes it, with its changes since the last export. */
  elementJson(): Locator {
    return this.page.getByRole('region', { name: /e\.json with its changes since the last export$/ });
  }
}
