import type { ServiceFunction, ServiceInfo } from '@event-studio/runtime';
import { Alert, Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AppText, appTextString } from '../app-text/AppText';
import { ElementHeading } from './ElementHeading';

/** `name(arg: type, …) → returnType`: how a handler would call the function. */
function signatureOf(fn: ServiceFunction): string {
  const args = fn.args.map((a) => (a.dataType ? `${a.name}: ${a.dataType}` : a.name)).join(', ');
  return `${fn.name}(${args})${fn.returnType ? ` → ${fn.returnType}` : ''}`;
}

/** A service, read-only: the functions its e.json declares. */
export function ServiceView({ service }: { service: ServiceInfo }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 2 }}>
      <ElementHeading title={service.title} fullName={service.fullName} />
      {!service.hasImplementation && (
        <Alert severity="info" sx={{ mb: 2, maxWidth: 760 }}>
          {t('readonly.noServicePy', { folder: service.folder })}
        </Alert>
      )}
      {service.functions.length === 0 ? (
        <Typography color="text.secondary">{t('readonly.noFunctions')}</Typography>
      ) : (
        <List aria-label={t('readonly.functionsOf', { name: service.fullName })} sx={{ maxWidth: 760 }}>
          {service.functions.map((fn) => (
            <ListItem key={fn.name} divider alignItems="flex-start">
              <ListItemText
                primary={
                  <>
                    <Box component="span" sx={{ fontWeight: 600 }}>
                      <AppText text={fn.title ?? fn.name} />
                    </Box>{' '}
                    <Box component="code" sx={{ fontSize: 12 }}>
                      {signatureOf(fn)}
                    </Box>
                  </>
                }
                secondary={
                  <>
                    {fn.args.length > 0 && (
                      <Box component="span" sx={{ display: 'block' }}>
                        {t('readonly.arguments')}{' '}
                        {fn.args
                          .map((a) => `${a.name}${a.title ? ` (${appTextString(a.title)})` : ''}`)
                          .join(', ')}
                      </Box>
                    )}
                    <Box component="span" sx={{ display: 'block' }}>
                      {t('readonly.returns', { type: fn.returnType ?? t('readonly.nothingDeclared') })}
                    </Box>
                    {fn.desc && (
                      <Box component="span" sx={{ display: 'block' }}>
                        {fn.desc}
                      </Box>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
