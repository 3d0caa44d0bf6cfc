import type { IncomingStudioFile } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { studioFilesTexts } from './studio-files-texts';

const tests: IncomingStudioFile = {
  path: '.event-studio/tests/events/orderApproval.json',
  kind: 'testCases',
  element: 'events/orderApproval',
  count: 1,
  issues: [],
};
const rows: IncomingStudioFile = { ...tests, kind: 'sampleRows', count: 3 };

describe('the texts of the studio files group', () => {
  it('say in English how many files will come, and what each holds', () => {
    const en = studioFilesTexts('en');
    expect(en.heading(1)).toBe('Saved test cases and sample rows: 1 file — will be imported');
    expect(en.heading(2)).toBe('Saved test cases and sample rows: 2 files — will be imported');
    expect(en.heading(0)).toBe('Saved test cases and sample rows: none will be imported');
    expect(en.holds(tests)).toBe('1 test case for events.orderApproval');
    expect(en.holds(rows)).toBe('3 sample rows for events.orderApproval');
    expect(en.notImported(1)).toBe('Not imported: 1 file has problems');
  });

  it('say the same in Chinese, numbers and names kept', () => {
    const zh = studioFilesTexts('zh-CN');
    expect(zh.heading(2)).toContain('2');
    expect(zh.holds(rows)).toBe('events.orderApproval 的 3 个样例行');
    expect(zh.group).not.toBe(studioFilesTexts('en').group);
  });
});
