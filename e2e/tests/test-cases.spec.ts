import { expect, test } from '../fixtures';

const RAISING_HANDLER =
  'from jit.commons.utils.logger import log\n\ndef handleOrderApproval(eventOutData):\n    log.info("checking")\n    raise ValueError("amount too high")\n';

test.describe('sample rows and saved test cases', () => {
  test('generates three rows and runs them all, with a result per row; imports CSV rows', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    const panel = studio.testPanel;
    await panel.getByLabel('Rows to generate').fill('3');
    await panel.getByRole('button', { name: 'Generate' }).click();
    const rows = panel.getByRole('table', { name: 'Sample rows' });
    await expect(rows.getByRole('radio')).toHaveCount(3);
    await expect(rows.getByTitle('orderNo, row 3')).toHaveValue('ORD-0003');
    await expect(rows.getByTitle('amount, row 1')).toHaveAttribute('type', 'number');
    await expect(rows.getByTitle('orderDate, row 1')).toHaveAttribute('type', 'date');

    await panel.getByLabel('Status').fill('approved');
    await panel.getByRole('button', { name: 'Run all rows' }).click();
    const summary = panel.getByRole('table', { name: 'Results by row' });
    // The first run may wait for Python's cold start, which a busy machine stretches.
    await expect(summary.getByRole('row', { name: /^Show row/ })).toHaveCount(3, { timeout: 120_000 });
    for (const number of [1, 2, 3]) {
      const line = summary.getByRole('row', { name: new RegExp(`^Show row ${number}'s result`) });
      await expect(line).toContainText('ok');
      await expect(line).toContainText('status');
    }
    await summary.getByRole('button', { name: "Show row 3's result" }).click();
    await expect(panel.getByRole('heading', { name: /Result for row 3/ })).toBeVisible();
    await expect(studio.runResult.getByRole('row', { name: /^orderNo/ })).toContainText('ORD-0003');
    await expect(studio.runResult.getByRole('row', { name: /^status/ })).toHaveAttribute(
      'data-changed',
      'true',
    );

    // Rows pasted as CSV replace the table, each value read by its field's type.
    await panel.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import rows' });
    await dialog.getByLabel('Rows (JSON or CSV)').fill('orderNo,amount,orderDate\nORD-7,"12,800",2024/3/9\n');
    await expect(dialog.getByRole('status', { name: 'Import check' })).toContainText('1 row read from CSV');
    await dialog.getByRole('button', { name: 'Replace rows' }).click();
    await expect(dialog).toBeHidden();
    await expect(rows.getByRole('radio')).toHaveCount(1);
    await expect(rows.getByTitle('amount, row 1')).toHaveValue('12800');
    await expect(rows.getByTitle('orderDate, row 1')).toHaveValue('2024-03-09');
  });

  test('a saved test case passes, fails with a reason after a breaking edit, and survives a reload', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByLabel('Status').fill('approved');
    await studio.run();
    await studio.testPanel.getByRole('button', { name: 'Save as test case' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as test case' });
    await dialog.getByLabel('Test case name').fill('approves');
    await expect(dialog.getByRole('checkbox', { name: 'status becomes "processing"' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'No error' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    await studio.testPanel.getByRole('tab', { name: /^Test cases/ }).click();
    const approves = studio.testPanel.getByRole('list', { name: 'Test cases' }).getByRole('listitem', {
      name: 'approves',
    });
    await expect(approves).toContainText('not run');
    await studio.testPanel.getByRole('button', { name: 'Run tests' }).click();
    await expect(approves).toContainText('passed', { timeout: 120_000 });
    await expect(studio.testPanel.getByRole('status', { name: 'Test summary' })).toHaveText('1 of 1 passed');

    await studio.replaceCode(RAISING_HANDLER);
    await studio.testPanel.getByRole('button', { name: 'Run tests' }).click();
    await expect(approves).toContainText('failed', { timeout: 120_000 });
    await expect(approves.getByRole('list', { name: 'Why approves failed' })).toContainText(
      'expected no error; the handler raised ValueError: amount too high (line 5)',
    );

    await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
    await page.reload();
    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByRole('tab', { name: /^Test cases/ }).click();
    await expect(approves).toBeVisible();
    await expect(approves).toContainText('status = "processing"');
  });
});
