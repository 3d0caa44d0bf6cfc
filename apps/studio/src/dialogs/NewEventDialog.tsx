import { newApprovalEventFiles, OPERATES, type Operate, validateNewElementName } from '@event-studio/runtime';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

/** Asks for a name and an operate, then creates events/<name> with e.json and inner.py. */
export function NewEventDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { tree, context } = useWorkspace();
  const [name, setName] = useState('');
  const [operate, setOperate] = useState<Operate>('Process');
  const [touched, setTouched] = useState(false);
  const problem = validateNewElementName(tree, name);
  const firstModel = context.workflows[0]?.model ?? '';

  const create = () => {
    setTouched(true);
    if (problem) return;
    const files = newApprovalEventFiles({ name, operate, model: firstModel });
    workspace.addElement(`events/${name}`, files);
    setName('');
    setTouched(false);
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('newEvent.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('newEvent.intro')}</DialogContentText>
        <Stack
          spacing={2}
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          <TextField
            autoFocus
            label={t('newEvent.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && Boolean(problem)}
            helperText={(touched && problem) || t('newEvent.nameHelp')}
          />
          <TextField
            select
            label={t('form.operate')}
            value={operate}
            onChange={(e) => setOperate(e.target.value as Operate)}
          >
            {OPERATES.map((op) => (
              <MenuItem key={op} value={op}>
                {op}
              </MenuItem>
            ))}
          </TextField>
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={create}>
          {t('newEvent.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
