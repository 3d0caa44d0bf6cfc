import { expect, test } from '../fixtures';
import { StudioPage } from '../pages/studio-page';

// The test panel's code is loaded after the first screen (apps/studio/src/later). When it cannot be
// (the server went away, a new version replaced this tab's files), the studio says so in its place
// and everything else keeps working.
test('a part of the studio that cannot be loaded says so, and the form keeps working', async ({ page }) => {
  await page.route(/\/assets\/TestPanel-[^/]+\.js$/, (route) => route.abort());
  const studio = new StudioPage(page);
  await studio.open();

  await expect(page.getByText('This part of the studio could not be loaded.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();

  await studio.field('Title').fill('Still editable');
  await expect(studio.field('Title')).toHaveValue('Still editable');
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();

  // Once the file can be fetched again, Reload brings the panel back with the edit kept.
  await page.unroute(/\/assets\/TestPanel-[^/]+\.js$/);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('region', { name: 'Test run' })).toBeVisible({ timeout: 60_000 });
  await expect(studio.field('Title')).toHaveValue('Still editable');
});
