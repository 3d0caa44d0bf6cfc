import { describe, expect, it } from 'vitest';
import { readSampleRowsFile, sampleRowsPath, writeSampleRowsFile } from './sample-rows-file.js';

const FOLDER = 'events/orderApproval';

describe('sample-rows file', () => {
  it('lives with the studio files, outside the element folder', () => {
    expect(sampleRowsPath(FOLDER)).toBe('.event-studio/rows/events/orderApproval.json');
  });

  it('reads back what it wrote, with the row Run uses', () => {
    const rows = [
      { id: 1, orderNo: 'ORD-0001', amount: 12.5, tags: ['a', 'b'], note: null },
      { id: 2, orderNo: 'ORD-0002', amount: 0, tags: [], note: 'x' },
    ];
    const read = readSampleRowsFile(writeSampleRowsFile('models.OrderModel', rows, 1), FOLDER);
    expect(read).toEqual({ rows, model: 'models.OrderModel', selected: 1, issues: [] });
  });

  it('keeps a field called __proto__ as a field', () => {
    const text = '{"version":1,"model":"m","rows":[{"__proto__":"x","id":1}],"selected":0}';
    const row = readSampleRowsFile(text, FOLDER).rows?.[0];
    expect(Object.keys(row ?? {})).toContain('id');
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('has no rows when there is no file', () => {
    expect(readSampleRowsFile(undefined, FOLDER)).toEqual({
      rows: undefined,
      model: undefined,
      selected: 0,
      issues: [],
    });
  });

  it('clamps a selected index past the end to the last row', () => {
    const read = readSampleRowsFile('{"version":1,"model":"m","rows":[{"id":1}],"selected":7}', FOLDER);
    expect(read.selected).toBe(0);
  });

  it('reports broken JSON with the file, and starts afresh', () => {
    const read = readSampleRowsFile('{"version":1,', FOLDER);
    expect(read.rows).toBeUndefined();
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'sampleRows.json',
        file: '.event-studio/rows/events/orderApproval.json',
        message: expect.stringContaining('is not valid JSON'),
      }),
    ]);
  });

  it('reports a file of the wrong shape, naming what is wrong and what is expected', () => {
    const read = readSampleRowsFile('{"version":1,"model":"m","rows":"nope","selected":0}', FOLDER);
    expect(read.rows).toBeUndefined();
    expect(read.issues[0]?.message).toMatch(/wrong: rows; expected \{"version": 1, "model"/);
  });
});
