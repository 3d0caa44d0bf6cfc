import { describe, expect, it } from 'vitest';
import { parseRowsText } from './rows-import.js';
import { readSampleRowsFile } from './sample-rows-file.js';
import { readTestCasesFile } from './test-case-file.js';

// The studio's own files come from the workspace and from imported zips; rows are pasted. Three
// million levels overflowed the recursive readers behind them.
const DEPTH = 3_000_000;
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

describe('JSON nested three million deep', () => {
  it('in a sample-rows or test-case file: an issue saying why it is not read', () => {
    expect(readSampleRowsFile(deepObject, 'events/a').issues[0]?.message).toBe(
      '.event-studio/rows/events/a.json is not read (values nest deeper than 256 levels at line 1, column 1281); the next edit of the rows replaces it.',
    );
    expect(readTestCasesFile(deepArray, 'events/a').issues[0]).toMatchObject({
      code: 'testCases.json',
      message: expect.stringMatching(
        /is not read \(values nest deeper than 256 levels at line 1, column 257\)/,
      ),
    });
  });

  it('in pasted rows or a JSON cell: an error on its line', () => {
    const model = {
      fullName: 'models.A',
      folder: 'models/A',
      fields: [{ name: 'who', type: 'Member', line: 1 }],
    };
    expect(parseRowsText(`\n${deepArray}`, model).issues).toEqual([
      {
        severity: 'error',
        line: 2,
        message: 'Line 2: values nest deeper than 256 levels; a row needs two or three.',
      },
    ]);
  });
});
