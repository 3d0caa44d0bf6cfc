import { writeZip } from '../../packages/runtime/src/bundle/write-zip.js';
import { appFiles } from '../app-files';
import { expect, test } from '../fixtures';

// An app whose model is at the studio's field cap (2,000 fields). Before, opening an event on it
// rendered an input per field and row, and froze the page for seconds (issue #23); now the sample
// rows table holds the cells near its view, and the user can still reach and edit every field.

const FIELD_CAP = 2000;
const SAMPLE_FIELDS = 12;
/** The last text field (the very last one is a member). */
const LAST = `extra${FIELD_CAP - SAMPLE_FIELDS - 2}`;

/** The sample app with OrderModel grown to the cap: extra0…extra1987, text and member (JSON) by turns. */
function largeModelAppZip(): Buffer {
  const files = appFiles();
  const modelPath = 'models/OrderModel/model.py';
  const model = new TextDecoder().decode(files.get(modelPath));
  const extra = Array.from({ length: FIELD_CAP - SAMPLE_FIELDS }, (_, index) =>
    index % 2 === 0
      ? `    extra${index} = datatypes.Stext(name="extra${index}", title="Text ${index}")`
      : `    extra${index} = datatypes.Member(name="extra${index}", title="Member ${index}")`,
  );
  const grown = model.replace('\n    class Meta:', `\n${extra.join('\n')}\n\n    class Meta:`);
  expect(grown, 'the sample OrderModel has a class Meta').not.toBe(model);
  files.set(modelPath, new TextEncoder().encode(grown));
  return Buffer.from(writeZip(files));
}

test.describe('an event on a model with 2,000 fields', () => {
  test.beforeEach(async ({ studio }) => {
    test.slow();
    await studio.openApp({ name: 'large-model.zip', buffer: largeModelAppZip() });
    await expect(studio.appButton('large-model')).toHaveAttribute('aria-current', 'page');
    await studio.selectEvent(/^Order Approval Event events\.orderApproval$/);
  });

  test('the rows table shows the cells in view; the last field scrolls in, editable, beside the row’s radio', async ({
    studio,
  }) => {
    const rows = studio.testPanel.getByRole('table', { name: 'Sample rows' });
    await expect(rows.getByRole('columnheader', { name: /^orderNo/ })).toBeVisible();
    // Every field is a column for assistive technology, though only the near ones are in the page.
    await expect(rows).toHaveAttribute('aria-colcount', String(FIELD_CAP + 3));
    expect(await rows.locator('input[title$=", row 1"]').count()).toBeLessThan(100);

    await rows.locator('xpath=..').evaluate((scroller) => {
      scroller.scrollLeft = scroller.scrollWidth;
    });
    const last = rows.getByTitle(`${LAST}, row 1`);
    await expect(last).toBeInViewport();
    await expect(rows.getByRole('radio', { name: 'Use row 1' })).toBeInViewport();
    await expect(rows.getByRole('button', { name: 'Remove row 1' })).toBeInViewport();
    await last.fill('typed at the far end');
    await last.blur();
    await expect(rows.getByText('Not valid; Run uses the last valid value')).toHaveCount(0);

    // Back to the start and out again: the value is the row's, not the input's.
    await rows.locator('xpath=..').evaluate((scroller) => {
      scroller.scrollLeft = 0;
    });
    await expect(rows.getByTitle(`${LAST}, row 1`)).toHaveCount(0);
    await rows.locator('xpath=..').evaluate((scroller) => {
      scroller.scrollLeft = scroller.scrollWidth;
    });
    await expect(rows.getByTitle(`${LAST}, row 1`)).toHaveValue('typed at the far end');
  });

  test('half-typed text in a cell survives scrolling it out of view and back', async ({ studio }) => {
    const rows = studio.testPanel.getByRole('table', { name: 'Sample rows' });
    const member = rows.getByTitle('extra1, row 1');
    await member.scrollIntoViewIfNeeded();
    // Half a JSON object is not a member yet: the cell says so and keeps the text.
    await member.fill('{"half": ');
    await expect(rows.getByText('Not valid; Run uses the last valid value')).toBeVisible();
    await rows.locator('xpath=..').evaluate((scroller) => {
      scroller.scrollLeft = scroller.scrollWidth;
    });
    await expect(rows.getByTitle('extra1, row 1')).toHaveCount(0);
    await rows.locator('xpath=..').evaluate((scroller) => {
      scroller.scrollLeft = 0;
    });
    await rows.getByTitle('extra1, row 1').scrollIntoViewIfNeeded();
    await expect(rows.getByTitle('extra1, row 1')).toHaveValue('{"half": ');
  });
});
