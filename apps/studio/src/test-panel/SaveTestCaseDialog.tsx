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
import type { TFunction } from 'i18next';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowRun } from './use-test-runner';

/** Each expectation the run suggests, as a sentence the user can keep or drop. */
function expectationsOf(t: TFunction, expect: TestExpect): { key: string; label: string }[] {
  const items: { key: string; label: string }[] = [];
  if (expect.fired === false) items.push({ key: 'fired', label: t('testPanel.saveCase.doesNotFire') });
  for (const [field, value] of Object.entries(expect.changed ?? {})) {
    items.push({
      key: `changed:${field}`,
      label: t('testPanel.saveCase.becomes', { field, value: JSON.stringify(value) }),
    });
  }
  if (expect.error === null) items.push({ key: 'error', label: t('testPanel.saveCase.noError') });
  else if (expect.error)
    items.push({
      key: 'error',
      label: t('testPanel.saveCase.raises', { type: expect.error.type ?? t('testPanel.saveCase.anError') }),
    });
  if (expect.saves !== undefined) {
    items.push({ key: 'saves', label: t('testPanel.saveCase.saves', { count: expect.saves }) });
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
  const { t } = useTranslation();
  const suggested = useMemo(() => testCaseFromRun('', run.input, run.row, run.result), [run]);
  const items = expectationsOf(t, suggested.expect);
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
        <DialogTitle id="save-case-title">{t('testPanel.saveCase.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>
            {t('testPanel.saveCase.intro', {
              number: run.rowNumber,
              status: run.input.status ?? t('common.defaultStatus'),
              node: run.input.triggerNode
                ? t('testPanel.saveCase.introNode', { node: run.input.triggerNode })
                : '',
              action: run.input.handleType
                ? t('testPanel.saveCase.introAction', { action: run.input.handleType })
                : '',
            })}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            label={t('testPanel.saveCase.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            helperText={replaces ? t('testPanel.saveCase.replaces') : ' '}
          />
          <FormGroup sx={{ mt: 1 }}>
            <FormLabel component="legend">{t('testPanel.saveCase.expect')}</FormLabel>
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
            label={t('testPanel.saveCase.logLine')}
            value={logLine}
            onChange={(e) => setLogLine(e.target.value)}
            placeholder={run.result.logs[0]?.message}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!name.trim()}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
