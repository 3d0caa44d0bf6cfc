import type { ImportedElement } from '@event-studio/runtime';
import { List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';

/** The elements a zip holds: title (or full name), full name and type. */
export function FoundElementList({ elements }: { elements: readonly ImportedElement[] }) {
  const { t } = useTranslation();
  return (
    <List
      dense
      disablePadding
      aria-label={t('importZip.elementsFound')}
      sx={{ maxHeight: 200, overflow: 'auto' }}
    >
      {elements.map((element) => (
        <ListItem key={element.folder} disableGutters>
          <ListItemText
            primary={<AppText text={element.title ?? element.fullName} />}
            secondary={element.type ? `${element.fullName} · ${element.type}` : element.fullName}
          />
        </ListItem>
      ))}
    </List>
  );
}
