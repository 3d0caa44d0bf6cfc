import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { StudioPage } from '../pages/studio-page';

/** Opens the test panel's Simulate tab on an event and simulates one action there. */
async function simulate(studio: StudioPage, page: Page, node: string, action: string): Promise<Locator> {
  await studio.testPanel.getByRole('tab', { name: 'Simulate' }).click();
  const simulation = page.getByRole('region', { name: 'Simulation' });
  await simulation.getByRole('combobox', { name: 'Node' }).click();
  await page.getByRole('option', { name: new RegExp(`\\(${node}\\)$`) }).click();
  await simulation.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: new RegExp(`\\b${action}\\b`) }).click();
  await simulation.getByRole('button', { name: 'Simulate' }).click();
  return simulation;
}

/** A step of the timeline, found by its heading. */
function step(simulation: Locator, heading: RegExp): Locator {
  return simulation
    .getByRole('list', { name: 'Timeline' })
    .getByRole('listitem')
    .filter({ has: simulation.page().getByRole('heading', { name: heading }) });
}

test.describe('the simulation timeline for an approval action', () => {
  // Each test waits for Python's cold start and Monaco, which a busy two-core machine stretches.
  test.describe.configure({ timeout: 180_000 });

  test('agree at deptApproval reaches managerApproval, whose NodeChange event runs', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Multi-Node Trigger Event/);
    const simulation = await simulate(studio, page, 'deptApproval', 'agree');

    // The plan shows at once, in order, before Python has run anything.
    const timeline = simulation.getByRole('list', { name: 'Timeline' });
    await expect(timeline.getByRole('heading')).toHaveText([
      /^NodeHandled at .*\(deptApproval\): agree$/,
      // after.deptApproval (the node approved), then before.managerApproval (the next reached)
      /^NodeChange after .*\(deptApproval\)$/,
      /^NodeChange at .*\(managerApproval\)$/,
    ]);

    const nodeChange = step(simulation, /NodeChange at .*managerApproval/).getByRole('region', {
      name: 'events.contractNodeChange',
    });
    // The first run may wait for Python's cold start, which a busy machine stretches.
    await expect(nodeChange.getByText('ok', { exact: true })).toBeVisible({ timeout: 120_000 });
    await expect(nodeChange).toContainText('changed approvalStage');

    const finalRow = simulation.getByRole('region', { name: 'Final row' });
    const stage = finalRow.getByRole('row', { name: /^approvalStage/ });
    await expect(stage).toHaveAttribute('data-changed', 'true');
    await expect(stage).toContainText('"draft"');
    await expect(stage).toContainText('"manager"');

    // The full run result is one click away.
    await nodeChange.getByRole('button', { name: 'Details' }).click();
    await expect(nodeChange.getByRole('list', { name: 'Logs' })).toContainText(
      'Contract CON-0001 is awaiting manager approval',
    );
  });

  test('a handler that raises aborts the action and keeps none of its changes', async ({ studio, page }) => {
    await studio.selectEvent(/Multi-Node Trigger Event/);
    await studio.replaceCode(
      'def handleMultiNodeChange(eventOutData, triggerNode):\n    eventOutData.row.approvalStage.value = "broken"\n    raise ValueError("no stage for " + triggerNode)\n',
    );
    const simulation = await simulate(studio, page, 'deptApproval', 'agree');

    const nodeChange = step(simulation, /NodeChange at .*managerApproval/).getByRole('region', {
      name: 'events.contractNodeChange',
    });
    await expect(nodeChange.getByText('error', { exact: true })).toBeVisible({ timeout: 120_000 });
    await expect(nodeChange).toContainText('ValueError: no stage for managerApproval (line 3)');
    const finalRow = simulation.getByRole('region', { name: 'Final row' });
    await expect(finalRow).toContainText('events.contractNodeChange raised an error');
    await expect(finalRow).toContainText('No field changed.');

    await nodeChange.getByRole('button', { name: 'Details' }).click();
    await nodeChange.getByRole('button', { name: 'Go to line 3' }).click();
    await expect(page.locator('.monaco-editor .active-line-number')).toHaveText('3');
  });

  test('submit at the start lists the events that do not fire, with the reason', async ({ studio, page }) => {
    await studio.selectEvent(/Multi-Node Trigger Event/);
    const simulation = await simulate(studio, page, 'StartNode', 'submit');

    const atStart = step(simulation, /NodeChange after .*\(StartNode\)/).getByRole('region', {
      name: 'events.contractNodeChange',
    });
    await expect(atStart).toContainText('Does not fire:');
    const atDept = step(simulation, /NodeChange at .*\(deptApproval\)/).getByRole('region', {
      name: 'events.contractNodeChange',
    });
    await expect(atDept.getByText('ok', { exact: true })).toBeVisible({ timeout: 120_000 });
    await expect(simulation.getByRole('list', { name: 'Timeline' }).getByRole('heading').last()).toHaveText(
      /^Process: status becomes /,
    );
    await expect(
      simulation.getByRole('region', { name: 'Final row' }).getByRole('row', { name: /^approvalStage/ }),
    ).toContainText('"dept"');
  });

  test('the chosen action and its timeline survive a switch to another tab and back', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Multi-Node Trigger Event/);
    const simulation = await simulate(studio, page, 'deptApproval', 'agree');
    const nodeChange = step(simulation, /NodeChange at .*managerApproval/).getByRole('region', {
      name: 'events.contractNodeChange',
    });
    await expect(nodeChange.getByText('ok', { exact: true })).toBeVisible({ timeout: 120_000 });

    await studio.testPanel.getByRole('tab', { name: 'Run', exact: true }).click();
    await expect(simulation).toBeHidden();
    await studio.testPanel.getByRole('tab', { name: 'Simulate' }).click();
    await expect(simulation.getByRole('combobox', { name: 'Node' })).toContainText('deptApproval');
    await expect(simulation.getByRole('combobox', { name: 'Action' })).toContainText('agree');
    await expect(nodeChange.getByText('ok', { exact: true })).toBeVisible();
    await expect(nodeChange).toContainText('changed approvalStage');
  });

  test('starts from the Run tab’s selected sample row, and another one can be picked', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Multi-Node Trigger Event/);
    const panel = studio.testPanel;
    await panel.getByLabel('Rows to generate').fill('3');
    await panel.getByRole('button', { name: 'Generate' }).click();
    await panel.getByRole('radio', { name: 'Use row 2' }).check();

    await panel.getByRole('tab', { name: 'Simulate' }).click();
    const simulation = page.getByRole('region', { name: 'Simulation' });
    const row = simulation.getByLabel('Row (JSON)');
    await expect(row).toHaveValue(/"contractNo": "CON-0002"/);
    await simulation.getByRole('combobox', { name: 'Start from a sample row' }).click();
    await page.getByRole('option', { name: 'Sample row 3' }).click();
    await expect(row).toHaveValue(/"contractNo": "CON-0003"/);

    await simulate(studio, page, 'deptApproval', 'agree');
    const nodeChange = step(simulation, /NodeChange at .*managerApproval/).getByRole('region', {
      name: 'events.contractNodeChange',
    });
    // The first run may wait for Python's cold start, which a busy machine stretches.
    await expect(nodeChange.getByText('ok', { exact: true })).toBeVisible({ timeout: 120_000 });
    await nodeChange.getByRole('button', { name: 'Details' }).click();
    // The handler logs the contract number of the row it was given.
    await expect(nodeChange.getByRole('list', { name: 'Logs' })).toContainText(
      'Contract CON-0003 is awaiting manager approval',
    );
  });
});
