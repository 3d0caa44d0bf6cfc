import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff';

const before = '{\n  "title": "Notify",\n  "type": "events.WorkflowType",\n  "operate": "Process"\n}\n';

describe('lineDiff', () => {
  it('shows a changed value as its old line removed and its new line added, in place', () => {
    const after = before.replace('"Notify"', '"Notify the applicant"');
    const diff = lineDiff(before, after);
    expect(diff).toMatchObject({ added: 1, removed: 1 });
    expect(diff.lines.map((line) => [line.kind, line.text, line.number])).toEqual([
      ['same', '{', 1],
      ['removed', '  "title": "Notify",', undefined],
      ['added', '  "title": "Notify the applicant",', 2],
      ['same', '  "type": "events.WorkflowType",', 3],
      ['same', '  "operate": "Process"', 4],
      ['same', '}', 5],
    ]);
  });

  it('finds nothing to show for the same text', () => {
    const diff = lineDiff(before, before);
    expect(diff).toMatchObject({ added: 0, removed: 0 });
    expect(diff.lines.every((line) => line.kind === 'same')).toBe(true);
    expect(diff.lines).toHaveLength(5);
  });

  it('shows every line as added for a file new since (no earlier version)', () => {
    const diff = lineDiff(undefined, before);
    expect(diff).toMatchObject({ added: 5, removed: 0 });
  });

  it('shows a dropped final newline as a change of the last line (the bytes differ, so the marker shows)', () => {
    const diff = lineDiff(before, before.trimEnd());
    expect(diff.lines.filter((line) => line.kind !== 'same').map((line) => line.text)).toEqual(['}', '}']);
  });
});
