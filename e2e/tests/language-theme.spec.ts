import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// MUI's dark and light page backgrounds (palette.background.default).
const DARK = 'rgb(18, 18, 18)';
const LIGHT = 'rgb(255, 255, 255)';

/** The app bar, the tree and the form of the Order Approval Event, in Chinese. */
async function expectChinese(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '新建审批事件' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  const tree = page.getByRole('navigation', { name: '元素' });
  for (const section of ['审批事件', '模型', '工作流', '服务'])
    await expect(tree.getByText(section, { exact: true })).toBeVisible();
  // Titles, names and operate values are the app's own: they stay as written.
  await tree.getByRole('button', { name: /Order Approval Event/ }).click();
  const form = page.getByRole('form', { name: '审批事件' });
  await expect(form.getByLabel('标题', { exact: true })).toHaveValue('Order Approval Event');
  await expect(form.getByRole('combobox', { name: '触发时机' })).toHaveText('Process');
  await expect(form.getByRole('combobox', { name: '模型' })).toContainText('models.OrderModel');
  await expect(form.getByRole('combobox', { name: '函数类型' })).toContainText('内部函数');
  await expect(page.getByRole('tab', { name: '模拟' })).toBeVisible();
}

test.describe('language and theme', () => {
  // Each reload starts Python again, which a busy two-core machine stretches.
  test.describe.configure({ timeout: 180_000 });

  test('a user switches to 中文, keeps it across a reload, and switches back to English', async ({
    studio,
    page,
  }) => {
    // Playwright's Chromium asks for English: that is what a first visit shows.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await studio.chooseLanguage('中文');
    await expectChinese(page);
    await studio.reload();
    await expectChinese(page);
    // The runtime's validation messages follow the studio's language too.
    const form = page.getByRole('form', { name: '审批事件' });
    await form.getByLabel('标题', { exact: true }).fill('');
    await expect(form.getByText(/title 不能为空；请填写/)).toBeVisible();

    await studio.chooseLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(studio.tree.getByText('Approval events', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New approval event' })).toBeVisible();
    await expect(studio.form.getByRole('combobox', { name: 'Operate' })).toHaveText('Process');
    await expect(studio.form.getByText(/title is required/)).toBeVisible();
  });

  test('a user switches to the dark theme, keeps it across a reload, and goes back to the system’s', async ({
    studio,
    page,
  }) => {
    const body = page.locator('body');
    // Playwright's Chromium asks for a light scheme, which "System" follows.
    await expect(body).toHaveCSS('background-color', LIGHT);

    await studio.chooseTheme('Dark');
    await expect(body).toHaveCSS('background-color', DARK);
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
    await studio.reload();
    await expect(body).toHaveCSS('background-color', DARK);

    await studio.chooseTheme('System');
    await expect(body).toHaveCSS('background-color', LIGHT);
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  });
});
