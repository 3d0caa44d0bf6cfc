import { type PlainValue, type TestCase, type TestExpect, testCaseFromRun } from '@event-studio/runtime';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  TextField,
} from '@mui/material';
import { type FormEvent, useMemo, useState } from 'react';
import type { RowRun } from './use-test-runner';

/** Each expectation the run suggests, as a sentence the user can keep or drop. */
function expectationsOf(expect: TestExpect): { key: string; label: string }[] {
  const items: { key: string; label: string }[] = [];
  if (expect.fired === false) items.push({ key: 'fired', label: 'The event does not fire' });
  for (const [field, value] of Object.entries(expect.changed ?? {})) {
    items.push({ key: `changed:${field}`, label: `${field} becomes ${JSON.stringify(value)}` });
  }
  if (expect.error === null) items.push({ key: 'error', label: 'No error' });
  else if (expect.error) items.push({ key: 'error', label: `Raises ${expect.error.type ?? 'an error'}` });
  if (expect.saves !== undefined) {
    items.push({ key: 'saves', label: `save() called ${expect.saves} time${expect.saves === 1 ? '' : 's'}` });
  }
  return items;
}

/** The expectations with the unticked ones left out, plus a log line when one was given. */
function keep(expect: TestExpect, dropped: ReadonlySet<string>, logLine: string): TestExpect {
  // fromEntries defines own keys, so a field called __proto__ stays a field.
  const changed: Record<string, PlainValue> = Object.fromEntries(
    Object.entries(expect.changed ?? {}).filter(([field]) => !dropped.has(`changed:${field}`)),
  );
  return {
    ...(expect.fired === false && !dropped.has('fired') ? { fired: false } : {}),
    ...(Object.keys(changed).length > 0 ? { changed } : {}),
    ...(expect.error !== undefined && !dropped.has('error') ? { error: expect.error } : {}),
    ...(expect.saves !== undefined && !dropped.has('saves') ? { saves: expect.saves } : {}),
    ...(logLine.trim() ? { logIncludes: [logLine.trim()] } : {}),
  };
}

/** Names a run and picks which of its outcomes the test case expects from now on. */
export function SaveTestCaseDialog({
  run,
  existingNames,
  onSave,
  onClose,
}: {
  run: RowRun;
  existingNames: readonly string[];
  onSave: (testCase: TestCase) => void;
  onClose: () => void;
}) {
  const suggested = useMemo(() => testCaseFromRun('', run.input, run.row, run.result), [run]);
  const items = expectationsOf(suggested.expect);
  const [name, setName] = useState('');
  const [logLine, setLogLine] = useState('');
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const replaces = existingNames.includes(name.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onSave({ ...suggested, name: name.trim(), expect: keep(suggested.expect, dropped, logLine) });
    onClose();
  };
  const toggle = (key: string) =>
    setDropped((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="save-case-title">
      <form onSubmit={submit}>
        <DialogTitle id="save-case-title">Save as test case</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>
            Row {run.rowNumber} with status {run.input.status ?? '(default)'}
            {run.input.triggerNode ? `, node ${run.input.triggerNode}` : ''}
            {run.input.handleType ? `, action ${run.input.handleType}` : ''}. Run tests will run it again and
            check what you tick below.
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            label="Test case name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            helperText={replaces ? 'A test case of this name exists; saving replaces it.' : ' '}
          />
          <FormGroup sx={{ mt: 1 }}>
            <FormLabel component="legend">Expect</FormLabel>
            {items.map((item) => (
              <FormControlLabel
                key={item.key}
                label={item.label}
                control={<Checkbox checked={!dropped.has(item.key)} onChange={() => toggle(item.key)} />}
              />
            ))}
          </FormGroup>
          <TextField
            fullWidth
            sx={{ mt: 1 }}
            label="A log line includes (optional)"
            value={logLine}
            onChange={(e) => setLogLine(e.target.value)}
            placeholder={run.result.logs[0]?.message}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!name.trim()}>
            Save
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
