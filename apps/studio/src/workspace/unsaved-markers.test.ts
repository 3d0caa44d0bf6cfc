import { baselineOf, encodeText, fingerprintTree, treeFromTexts } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { ExportMarks, unexportedSummary } from './unsaved-markers';

const app = () =>
  treeFromTexts({
    'app.json': '{}',
    'events/a/e.json': '{"title": "A"}',
    'events/b/e.json': '{"title": "B"}',
  });

describe('unexportedSummary', () => {
  it('says nothing is unexported before an app is open', () => {
    expect(unexportedSummary(app(), undefined).any).toBe(false);
  });

  it('counts changed and deleted elements, and gives the same answer object while it holds', () => {
    const fingerprint = fingerprintTree(app());
    const edited = new Map(app()).set('events/a/e.json', encodeText('{"title": "A2"}'));
    edited.delete('events/b/e.json');
    const summary = unexportedSummary(edited, fingerprint);
    expect([...summary.folders]).toEqual(['events/a', 'events/b']);
    expect(summary).toMatchObject({ present: 1, removed: 1, any: true });
    // Another keystroke in the same element: a new tree, the same markers.
    const typedOn = new Map(edited).set('events/a/e.json', encodeText('{"title": "A23"}'));
    expect(unexportedSummary(typedOn, fingerprint)).toBe(summary);
  });

  it('told which paths a write touched, looks at those only and still gets every marker right', () => {
    const opened = app();
    const fingerprint = fingerprintTree(opened);
    expect(unexportedSummary(opened, fingerprint).any).toBe(false);
    const edited = new Map(opened).set('events/a/e.json', encodeText('{"title": "A2"}'));
    const afterEdit = unexportedSummary(edited, fingerprint, { from: opened, paths: ['events/a/e.json'] });
    expect([...afterEdit.folders]).toEqual(['events/a']);
    // Typed back to what was exported: the marker goes.
    const undone = new Map(edited).set('events/a/e.json', encodeText('{"title": "A"}'));
    const afterUndo = unexportedSummary(undone, fingerprint, { from: edited, paths: ['events/a/e.json'] });
    expect(afterUndo).toMatchObject({ present: 0, removed: 0, any: false });
    // app.json is no element, but it is work not in a zip.
    const renamed = new Map(undone).set('app.json', encodeText('{"name": "x"}'));
    expect(unexportedSummary(renamed, fingerprint, { from: undone, paths: ['app.json'] })).toMatchObject({
      present: 0,
      any: true,
    });
  });
});

describe('ExportMarks', () => {
  it('clears an exported element’s marker, and every marker on a whole-app export', () => {
    const marks = new ExportMarks();
    let notified = 0;
    marks.subscribe(() => notified++);
    marks.reset(baselineOf(app()));
    const edited = new Map(app())
      .set('events/a/e.json', encodeText('{"title": "A2"}'))
      .set('events/b/e.json', encodeText('{"title": "B2"}'));
    marks.markExported(edited, ['events/a']);
    expect([...unexportedSummary(edited, marks.fingerprint).folders]).toEqual(['events/b']);
    marks.markExported(edited);
    expect(unexportedSummary(edited, marks.fingerprint).any).toBe(false);
    expect(notified).toBe(3);
  });
});
