import { writeZip } from '../../packages/runtime/src/bundle/write-zip.js';
import { appFiles } from '../app-files';
import { expect, test } from '../fixtures';

// An app from anywhere, whose texts try to be more than text: a field title that is Markdown for an
// image and a link on a foreign origin, a field title ending in a right-to-left override, and two
// events whose titles read "Order Approval Event" like the real one. The fixture fails the test if
// the page asks anything of 127.0.0.1:9 (the image).

const MARKDOWN_TITLE = '![i](http://127.0.0.1:9/x.png) [link](http://127.0.0.1:9/)';
const RLO = '\u202E';
const ZWSP = '\u200B';

function replaced(text: string, from: string, to: string): string {
  const next = text.replace(from, to);
  expect(next, `${from} is in the sample app`).not.toBe(text);
  return next;
}

/** The sample app with the hostile texts above written into model.py and two copies of orderApproval. */
function hostileAppZip(): Buffer {
  const files = appFiles();
  const text = (path: string) => new TextDecoder().decode(files.get(path));
  const bytes = (value: string) => new TextEncoder().encode(value);
  let model = text('models/OrderModel/model.py');
  model = replaced(model, 'title="Remark"', `title="${MARKDOWN_TITLE}"`);
  model = replaced(model, 'title="Order Amount"', `title="Order Amount${RLO}"`);
  files.set('models/OrderModel/model.py', bytes(model));
  const eJson = text('events/orderApproval/e.json');
  for (const [folder, title] of [
    ['orderApprovalTwin', `Order${ZWSP} Approval Event`],
    ['orderApprovalFlip', `Order Approval${RLO} Event`],
  ] as const) {
    files.set(`events/${folder}/e.json`, bytes(replaced(eJson, '"Order Approval Event"', `"${title}"`)));
    files.set(`events/${folder}/inner.py`, files.get('events/orderApproval/inner.py') ?? new Uint8Array());
    files.set(`events/${folder}/__init__.py`, new Uint8Array());
  }
  return Buffer.from(writeZip(files));
}

test.describe('hostile content stays text', () => {
  test.beforeEach(async ({ studio }) => {
    // Each test opens a second app from a zip (read, checked, its context built) beside the sample.
    test.slow();
    await studio.openApp({ name: 'hostile-app.zip', buffer: hostileAppZip() });
    await expect(studio.appButton('hostile-app')).toHaveAttribute('aria-current', 'page');
  });

  test('a field title written as Markdown shows as literal text in the hover, no image, no link', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/^Order Approval Event events\.orderApproval$/);
    await studio.replaceCode(
      'def handleOrderApproval(eventOutData):\n    row = eventOutData.row\n    note = row.remark',
    );
    // The cursor ends after `remark`; step into the word and ask for its hover (Ctrl+K Ctrl+I).
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    const hover = page.getByRole('tooltip').filter({ hasText: 'datatypes.Ltext' });
    await expect(hover).toBeVisible();
    await expect(hover).toContainText(`remark — ${MARKDOWN_TITLE}`);
    await expect(hover.locator('img')).toHaveCount(0);
    await expect(hover.locator('a')).toHaveCount(0);
  });

  test('look-alike titles read differently in the tree, each warned about in the form', async ({
    studio,
  }) => {
    const real = studio.eventInTree(/events\.orderApproval$/);
    const twin = studio.eventInTree(/events\.orderApprovalTwin$/);
    const flip = studio.eventInTree(/events\.orderApprovalFlip$/);
    await expect(real).toHaveText('Order Approval Eventevents.orderApproval');
    // The hidden characters are shown where they are, as marks: the three rows no longer look alike.
    await expect(twin).toHaveText('OrderU+200B Approval Eventevents.orderApprovalTwin');
    await expect(flip).toHaveText('Order ApprovalU+202E Eventevents.orderApprovalFlip');
    await expect(flip.getByTitle('U+202E RIGHT-TO-LEFT OVERRIDE')).toBeVisible();
    // Each title is isolated from the studio's text beside it.
    await expect(flip.locator('bdi').first()).toHaveCSS('unicode-bidi', 'isolate');

    await twin.click();
    await expect(studio.form).toContainText(
      "Warning: title 'Order<U+200B> Approval Event' contains the invisible character U+200B ZERO WIDTH SPACE at position 6; remove it: it makes two names look the same",
    );
    // The model's field title is warned about too, where it is (model.py) and as a warning only.
    const others = studio.form.getByRole('list', { name: 'Other problems' });
    await expect(others).toContainText(
      "the title of field amount of models.OrderModel 'Order Amount<U+202E>' contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 13",
    );
    await expect(others).toContainText('models/OrderModel/model.py');
  });

  test('a right-to-left override in a field title stays inside the title in the test panel', async ({
    studio,
  }) => {
    await studio.selectEvent(/^Order Approval Event events\.orderApproval$/);
    const rows = studio.testPanel.getByRole('table', { name: 'Sample rows' });
    const title = rows.locator('bdi').filter({ hasText: `Order Amount${RLO}` });
    await expect(title).toHaveCSS('unicode-bidi', 'isolate');
    // The studio's own text after the title is outside the isolate, so it is not turned around.
    await expect(title.locator('xpath=..')).toContainText(`Order Amount${RLO}\u2069 · Money`);
  });
});
