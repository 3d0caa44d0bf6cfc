import { expect, test } from '../fixtures';
import { WorkflowDiagram } from '../pages/workflow-diagram';

// Issue #6's acceptance journey, in one go, as a new user would walk it: nothing is prepared
// behind the studio's back, and every step waits for what the user would see.
test.describe('a new user’s first approval event', () => {
  // Python's cold start and a reload (a second start) on a two-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('creates a NodeHandled event from the diagram, codes it with completions, runs, saves a test case, reloads, switches language and theme, and undoes', async ({
    studio,
    page,
  }) => {
    await studio.open();

    // Create the event.
    await page.getByRole('button', { name: 'New approval event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New approval event' });
    await dialog.getByLabel('Element name').fill('leaveHrHandled');
    await dialog.getByRole('combobox', { name: 'Operate' }).click();
    await page.getByRole('option', { name: 'NodeHandled' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(studio.openElement('events.leaveHrHandled')).toBeVisible();

    // Its model, its handle node by clicking the diagram, its handle types from the picker.
    await studio.choose('Model', /LeaveModel/);
    await new WorkflowDiagram(page).toggle('HR Approval', 'hrApproval');
    await expect(studio.form.getByRole('combobox', { name: 'Handle node' })).toContainText('hrApproval');
    await studio.form.getByLabel('Handle types').click();
    await page.getByRole('option', { name: 'agree', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(studio.form.getByRole('button', { name: 'agree', exact: true })).toBeVisible();

    // The handler, written with the completions the row's model offers.
    const editor = await studio.openEditor();
    await expect(editor).toContainText(
      'def handleLeaveHrHandled(eventOutData, handleType, nodeId, nodeTitle):',
    );
    await editor.getByText('log.info', { exact: false }).last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('eventOutData.row.appr');
    const suggestions = page.locator('.suggest-widget');
    await expect(suggestions.getByText('approvalStatus', { exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.type('.val');
    await expect(suggestions.getByText('value', { exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    // Ends on `)`, not on a name: after a name the completion list may open and take the Enter.
    await page.keyboard.type(' = "hr:" + str(handleType)');
    await page.keyboard.press('Enter');
    await page.keyboard.type('eventOutData.row.save()');
    await expect(editor).toContainText('eventOutData.row.approvalStatus.value = "hr:" + str(handleType)');

    // Generated rows, all run; row 2's diff shows the field the handler set.
    const panel = studio.testPanel;
    await panel.getByLabel('Rows to generate').fill('3');
    await panel.getByRole('button', { name: 'Generate' }).click();
    const rows = panel.getByRole('table', { name: 'Sample rows' });
    await expect(rows.getByRole('radio')).toHaveCount(3);
    await panel.getByRole('button', { name: 'Run all rows' }).click();
    const summary = panel.getByRole('table', { name: 'Results by row' });
    await expect(summary.getByRole('row', { name: /^Show row/ })).toHaveCount(3, { timeout: 120_000 });
    await summary.getByRole('button', { name: "Show row 2's result" }).click();
    const changed = studio.runResult.getByRole('row', { name: /^approvalStatus/ });
    await expect(changed).toHaveAttribute('data-changed', 'true');
    await expect(changed).toContainText('hr:agree');

    // Saved as a test case.
    await panel.getByRole('button', { name: 'Save as test case' }).click();
    const save = page.getByRole('dialog', { name: 'Save as test case' });
    await save.getByLabel('Test case name').fill('hr agrees');
    await expect(save.getByRole('checkbox', { name: 'approvalStatus becomes "hr:agree"' })).toBeChecked();
    await save.getByRole('button', { name: 'Save' }).click();
    await expect(save).toBeHidden();

    // A reload finds everything as it was: the event, its settings, its code, its rows, its case.
    // The workspace is kept within a second of a change; the app bar says when it is.
    await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
    await page.reload();
    await studio.selectEvent(/events\.leaveHrHandled/);
    await expect(studio.form.getByRole('combobox', { name: 'Handle node' })).toContainText('hrApproval');
    await expect(studio.form.getByRole('button', { name: 'agree', exact: true })).toBeVisible();
    await expect(studio.code()).toContainText(
      'eventOutData.row.approvalStatus.value = "hr:" + str(handleType)',
    );
    await expect(rows.getByRole('radio')).toHaveCount(3);
    await panel.getByRole('tab', { name: /^Test cases/ }).click();
    const testCase = panel
      .getByRole('list', { name: 'Test cases' })
      .getByRole('listitem', { name: 'hr agrees' });
    await expect(testCase).toBeVisible();
    await panel.getByRole('button', { name: 'Run tests' }).click();
    await expect(testCase).toContainText('passed', { timeout: 120_000 });

    // Undo a change in the form.
    const title = studio.field('Title');
    await title.fill('HR handled the leave');
    await expect(studio.eventInTree(/HR handled the leave/)).toBeVisible();
    // Out of the text field, whose own undo would take the key.
    await studio.form.getByRole('combobox', { name: 'Operate' }).focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(title).toHaveValue('leaveHrHandled');

    // Chinese and dark mode: the same event, in the other language and scheme.
    await studio.chooseLanguage('中文');
    await expect(
      page.getByRole('form', { name: '审批事件' }).getByLabel('标题', { exact: true }),
    ).toHaveValue('leaveHrHandled');
    await expect(page.getByRole('tab', { name: '测试用例（1）' })).toBeVisible();
    await studio.chooseTheme('深色');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)');
  });
});
