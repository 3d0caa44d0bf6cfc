import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/** Monaco's suggestion list (its rows are options; the list itself carries no stable name). */
function suggestions(page: Page) {
  return page.locator('.suggest-widget');
}

/**
 * The suggestion row whose label is the part of `start` before its first comma, showing the rest
 * (Monaco rows read "label, detail"): matched by visible text, as a user reads the list.
 */
function option(list: Locator, start: string): Locator {
  const [label = '', ...detail] = start.split(',');
  const rows = list
    .locator('.monaco-list-row')
    .filter({ has: list.page().getByText(label, { exact: true }) });
  const rest = detail.join(',').trim();
  return (rest ? rows.filter({ hasText: rest }) : rows).first();
}

/** Monaco's quick-fix menu (Ctrl+. or the lightbulb). */
function quickFixes(page: Page) {
  return page.getByRole('listbox', { name: 'Action Widget' });
}

/**
 * Shows the first problem in the editor (F8) until its message appears: markers are computed a
 * moment after the text changes, so the first presses may find none.
 */
async function showProblem(page: Page, editor: Locator, message: RegExp): Promise<void> {
  // Inside the editor: the form may list the same problem, and that must not satisfy this wait.
  await expect(async () => {
    await page.keyboard.press('F8');
    await expect(editor.getByText(message).first()).toBeVisible({ timeout: 1_000 });
  }).toPass();
  // Close the problem view; the cursor stays on the problem, where its quick fixes are offered.
  await page.keyboard.press('Escape');
}

test.describe('code intelligence in inner.py', () => {
  test('suggests the row fields with their titles after eventOutData.row.', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    const editor = await studio.openEditor();
    await expect(editor).toContainText('def handleOrderApproval(eventOutData):');

    // The handler's last statement is its `raise`; a new line after it is still inside the handler.
    await editor.getByText('raise', { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('eventOutData.row.');

    const list = suggestions(page);
    await expect(option(list, 'orderNo, Order No · Serial')).toBeVisible();
    await expect(option(list, 'amount, Order Amount · Money')).toBeVisible();
    await expect(list).toContainText('Order No');

    // Narrowed to orderNo and orderDate; the model's declaration order puts orderNo first.
    await page.keyboard.type('ord');
    await expect(option(list, 'orderDate,')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(editor).toContainText('eventOutData.row.orderNo');

    await page.keyboard.type('.');
    await expect(option(list, 'value,')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(editor).toContainText('eventOutData.row.orderNo.value');
  });

  test('suggests log methods and the app element names', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    const editor = await studio.openEditor();
    await editor.getByText('raise', { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');

    await page.keyboard.type('log.');
    const list = suggestions(page);
    for (const level of ['debug', 'info', 'warning', 'error', 'exception']) {
      await expect(option(list, `${level},`)).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('model = app.getElement(');
    await page.keyboard.type('"');
    await expect(option(list, 'models.OrderModel, model · Order')).toBeVisible();
    await expect(option(list, 'services.NotificationSvc,')).toBeVisible();
    await page.keyboard.type('models.Ord');
    await page.keyboard.press('Enter');
    // Only the completed name is checked: Monaco leaves out the auto-closing `")` while the line's
    // colours are still being computed (a busy machine), which is Monaco's choice, not the studio's.
    await expect(editor).toContainText('model = app.getElement("models.OrderModel');
  });

  test('marks a broken handler signature and the quick fix restores it', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.replaceCode(
      'from jit.commons.utils.logger import log\n\n\ndef handleOrderApproval():\n    log.info("checking")\n',
    );
    const problem = /handleOrderApproval accepts 0 positional arguments but is called with 1/;
    await showProblem(page, studio.editor(), problem);

    await page.keyboard.press('ControlOrMeta+.');
    const fix = quickFixes(page).getByRole('option', { name: /Change the parameters to \(eventOutData\)/ });
    await expect(fix).toBeVisible();
    await fix.click();

    await expect(studio.code()).toContainText('def handleOrderApproval(eventOutData):');
    await expect(studio.editor().getByText(problem)).toHaveCount(0);
  });

  test('marks a missing handler and the quick fix writes it with the right signature', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.replaceCode('from jit.commons.utils.logger import log\n\nLIMIT = 1000\n');
    await showProblem(page, studio.editor(), /defines no top-level function 'handleOrderApproval'/);

    await page.keyboard.press('ControlOrMeta+.');
    const fix = quickFixes(page).getByRole('option', {
      name: /Add the handler def handleOrderApproval\(eventOutData\)/,
    });
    await fix.click();

    await expect(studio.code()).toContainText('def handleOrderApproval(eventOutData):');
    await expect(studio.code()).toContainText('LIMIT = 1000');
  });

  test('shows a field title and type on hover', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.replaceCode('def handleOrderApproval(eventOutData):\n    total = eventOutData.row.amount');
    // The cursor ends after `amount`; step into the word and ask for its hover (Ctrl+K Ctrl+I).
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    const hover = page.getByRole('tooltip').filter({ hasText: 'Order Amount' });
    await expect(hover).toBeVisible();
    await expect(hover).toContainText('datatypes.Money');
  });

  test('Ctrl+Enter in the editor runs the handler', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByLabel('Status').fill('approved');
    await (await studio.openEditor()).click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(studio.runResult.getByText(/save\(\) called 1 time/)).toBeVisible();
  });
});
