import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, ButtonBase, IconButton, Snackbar, Typography } from '@mui/material';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import type { AppEntry } from '../workspace/app-list';
import { UnexportedDot } from '../workspace/UnexportedDot';
import { appShelf } from './app-shelf';
import { CloseAppDialog } from './CloseAppDialog';
import { OpenAppMenu } from './OpenAppMenu';
import { useAppShelf } from './use-app-shelf';

// The app bar is coloured (primary): the tabs draw on it with translucent white.
const TAB_BORDER = 'rgba(255, 255, 255, 0.3)';
const ACTIVE_BACKGROUND = 'rgba(255, 255, 255, 0.22)';

/** One app's tab: its name (opens it), a dot when it has unexported changes, and × to close it. */
const AppTab = memo(function AppTab({
  app,
  active,
  closable,
  onClose,
}: {
  app: AppEntry;
  active: boolean;
  closable: boolean;
  onClose(app: AppEntry): void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      role="group"
      aria-label={app.name}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexShrink: 0,
        maxWidth: 220,
        height: 28,
        pl: 1.25,
        pr: closable ? 0.25 : 1.25,
        borderRadius: 1,
        border: 1,
        borderColor: active ? 'rgba(255, 255, 255, 0.7)' : TAB_BORDER,
        bgcolor: active ? ACTIVE_BACKGROUND : 'transparent',
      }}
    >
      <ButtonBase
        onClick={() => void appShelf.switchTo(app.id)}
        aria-current={active ? 'page' : undefined}
        title={app.name}
        sx={{
          minWidth: 0,
          height: '100%',
          borderRadius: 0.5,
          '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 1 },
        }}
      >
        <Typography
          variant="body2"
          noWrap
          sx={{ fontWeight: active ? 700 : 400, opacity: active ? 1 : 0.85 }}
        >
          <AppText text={app.name} />
        </Typography>
      </ButtonBase>
      {app.unexported && (
        <UnexportedDot label={t('apps.appUnexported')} sx={{ ml: 0.75, bgcolor: 'warning.light' }} />
      )}
      {closable && (
        <IconButton
          color="inherit"
          size="small"
          aria-label={t('apps.close', { name: app.name })}
          onClick={() => onClose(app)}
          sx={{ ml: 0.25, p: 0.25 }}
        >
          <CloseIcon sx={{ fontSize: 16 }} />
        </IconButton>
      )}
    </Box>
  );
});

/**
 * The apps open side by side, as tabs in the app bar: the one being edited is highlighted, the
 * others open on a click (their work kept), "+" opens another. The last app cannot be closed.
 */
export function AppTabs({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { apps, activeId, notice } = useAppShelf();
  const [closing, setClosing] = useState<AppEntry>();

  const askToClose = useCallback((app: AppEntry) => {
    // Closing removes the app from this browser: only work that is in a zip survives it.
    if (appShelf.hasUnexported(app.id)) setClosing(app);
    else void appShelf.close(app.id);
  }, []);

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, flex: 1 }}>
      <Box
        component="nav"
        aria-label={t('apps.switcher')}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          minWidth: 0,
          overflowX: 'auto',
          scrollbarWidth: 'thin',
        }}
      >
        {apps.map((app) => (
          <AppTab
            key={app.id}
            app={app}
            active={app.id === activeId}
            closable={apps.length > 1}
            onClose={askToClose}
          />
        ))}
      </Box>
      <OpenAppMenu disabled={disabled} />
      {closing && (
        <CloseAppDialog
          name={closing.name}
          onCancel={() => setClosing(undefined)}
          onConfirm={() => {
            setClosing(undefined);
            void appShelf.close(closing.id);
          }}
        />
      )}
      <Snackbar open={notice !== undefined} onClose={() => appShelf.dismissNotice()}>
        <Alert severity="warning" onClose={() => appShelf.dismissNotice()}>
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  );
}
