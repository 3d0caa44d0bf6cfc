import { expect, test } from '../fixtures';
import { WorkflowDiagram } from '../pages/workflow-diagram';

test.describe('the workflow as a picture', () => {
  test('creates a NodeHandled event by clicking its node in the diagram', async ({ studio, page }) => {
    await page.getByRole('button', { name: 'New approval event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New approval event' });
    await dialog.getByLabel('Element name').fill('leaveHrHandled');
    await dialog.getByRole('combobox', { name: 'Operate' }).click();
    await page.getByRole('option', { name: 'NodeHandled' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(studio.eventInTree(/events\.leaveHrHandled/)).toBeVisible();

    await studio.choose('Model', /LeaveModel/);
    const diagram = new WorkflowDiagram(page);
    const hr = diagram.node('HR Approval', 'hrApproval');
    await expect(hr).toHaveAttribute('aria-pressed', 'false');
    // Nobody acts on an end node, so it cannot be the handle node.
    await expect(diagram.node('End', 'EndNode')).toHaveAttribute('aria-disabled', 'true');

    await diagram.toggle('HR Approval', 'hrApproval');
    const handleNode = studio.form.getByRole('combobox', { name: 'Handle node' });
    await expect(handleNode).toContainText('hrApproval');

    await studio.form.getByLabel('Handle types').click();
    await page.getByRole('option', { name: 'agree', exact: true }).click();
    await expect(studio.form.getByRole('button', { name: 'agree', exact: true })).toBeVisible();

    // What the clicks chose was written to e.json: the form reads it back when the event reopens.
    await studio.selectEvent(/Order Approval Event/);
    await studio.selectEvent(/events\.leaveHrHandled/);
    await expect(handleNode).toContainText('hrApproval');
    await expect(diagram.node('HR Approval', 'hrApproval')).toHaveAttribute('aria-pressed', 'true');
    await expect(studio.form.getByRole('button', { name: 'agree', exact: true })).toBeVisible();
  });

  test('toggles a trigger node off and on again, by mouse and by keyboard', async ({ studio, page }) => {
    await studio.selectEvent(/Multi-Node Trigger Event/);
    const diagram = new WorkflowDiagram(page);
    const chip = studio.form.getByRole('button', { name: 'managerApproval', exact: true });
    for (const [title, id] of [
      ['Department Approval', 'deptApproval'],
      ['Manager Approval', 'managerApproval'],
      ['Director Approval', 'directorApproval'],
    ] as const) {
      await expect(diagram.node(title, id)).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(chip).toBeVisible();

    await diagram.toggle('Manager Approval', 'managerApproval');
    await expect(chip).toHaveCount(0);
    await diagram.toggle('Manager Approval', 'managerApproval');
    await expect(chip).toBeVisible();

    const start = diagram.node('Submit', 'StartNode');
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(start).toHaveAttribute('aria-pressed', 'true');
    await expect(studio.form.getByRole('button', { name: 'StartNode', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(start).toHaveAttribute('aria-pressed', 'false');
  });

  test('opens models, workflows and services read-only from the tree', async ({ studio, page }) => {
    await studio.tree.getByRole('button', { name: /models\.OrderModel · \d+ fields/ }).click();
    const fields = page.getByRole('table', { name: 'Fields of models.OrderModel' });
    await expect(fields.getByRole('row', { name: /orderNo\s*Order No\s*Serial/ })).toBeVisible();
    await expect(studio.form).toHaveCount(0);

    await studio.tree.getByRole('button', { name: /^Order Approval\s*models\.OrderModel$/ }).click();
    const workflow = new WorkflowDiagram(page, 'Workflow workflows.OrderApproval');
    await expect(workflow.picture('Manager Approval', 'approvalNode')).toBeVisible();
    await page.getByRole('button', { name: 'Order (models.OrderModel)' }).click();
    await expect(fields).toBeVisible();

    await studio.tree.getByRole('button', { name: /^Notification Service/ }).click();
    await expect(
      page.getByRole('list', { name: 'Functions of services.NotificationSvc' }).getByRole('listitem'),
    ).toContainText('sendApprovalNotification(eventOutData: JitDict) → JitDict');
  });
});
