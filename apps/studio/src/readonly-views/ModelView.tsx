import type { ModelInfo } from '@event-studio/runtime';
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import { ElementHeading } from './ElementHeading';

/** A model, read-only: its fields (as model.py declares them) in a table. */
export function ModelView({ model }: { model: ModelInfo }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 2 }}>
      <ElementHeading title={model.title} fullName={model.fullName} />
      {model.fields.length === 0 ? (
        <Typography color="text.secondary">{t('readonly.noFields', { folder: model.folder })}</Typography>
      ) : (
        <TableContainer sx={{ maxWidth: 760 }}>
          <Table size="small" aria-label={t('readonly.fieldsOf', { name: model.fullName })}>
            <TableHead>
              <TableRow>
                <TableCell>{t('readonly.name')}</TableCell>
                <TableCell>{t('readonly.title')}</TableCell>
                <TableCell>{t('readonly.type')}</TableCell>
                <TableCell>{t('readonly.notes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {model.fields.map((field) => (
                <TableRow key={field.name}>
                  <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                    <AppText text={field.name} />
                  </TableCell>
                  <TableCell>
                    <AppText text={field.title ?? ''} />
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{field.type}</TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{fieldNotes(t, field)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}

/** What else a handler author should know about a field: key, origin and choices. */
function fieldNotes(t: TFunction, field: ModelInfo['fields'][number]): string {
  const notes: string[] = [];
  if (field.primaryKey) notes.push(t('readonly.primaryKey'));
  if (field.inheritedFrom) notes.push(t('readonly.inheritedFrom', { name: field.inheritedFrom }));
  if (field.options?.length) notes.push(t('readonly.options', { options: field.options.join(', ') }));
  return notes.join('; ');
}
