import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  AppBar,
  Box,
  Button,
  CircularProgress,
  Divider,
  Stack,
  Toolbar,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useZipImport } from '../import/use-zip-import';
import { ZipDropZone } from '../import/ZipDropZone';
import { LaterPart } from '../later/LaterPart';
import {
  AppTabs,
  ExportMenu,
  ImportButton,
  ImportFlow,
  NewEventDialog,
  SettingsMenu,
} from '../later/later-parts';
import { SandboxStatus } from '../sandbox/SandboxStatus';
import { useStartPythonOncePainted } from '../sandbox/use-start-python-once-painted';
import { ElementTree } from '../tree/ElementTree';
import { AutosaveBanner } from '../workspace/AutosaveBanner';
import { AutosaveStatus } from '../workspace/AutosaveStatus';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { SelectedElement } from './SelectedElement';

/** App bar, element tree on the left, the open element on the right. */
export function StudioLayout() {
  const { t } = useTranslation();
  const status = useWorkspaceValue((s) => s.status);
  const loadError = useWorkspaceValue((s) => s.loadError);
  const selected = useWorkspaceValue((s) => s.selected);
  const [creating, setCreating] = useState(false);
  const zipImport = useZipImport();
  useStartPythonOncePainted(status !== 'loading');

  return (
    <Box sx={{ height: '100vh' }}>
      <ZipDropZone onFile={zipImport.start} disabled={status !== 'ready'}>
        <AppBar position="static" elevation={0} enableColorOnDark>
          <Toolbar variant="dense" sx={{ gap: 1.5 }}>
            <Typography variant="h6" component="h1" sx={{ fontSize: 16, fontWeight: 700 }}>
              Event Studio
            </Typography>
            {/* On narrower screens the app tabs need the room. */}
            <Typography variant="body2" noWrap sx={{ opacity: 0.8, display: { xs: 'none', xl: 'block' } }}>
              {t('appBar.subtitle')}
            </Typography>
            {/* The app bar's tabs and actions come after the first screen, like the code and the test
                panel; the placeholder keeps the status chips where the tabs leave them. */}
            <LaterPart placeholder={<Box sx={{ flex: 1 }} />}>
              <AppTabs disabled={status !== 'ready'} />
            </LaterPart>
            <AutosaveStatus />
            <SandboxStatus />
            <LaterPart>
              <Button
                color="inherit"
                variant="outlined"
                startIcon={<AddIcon />}
                onClick={() => setCreating(true)}
                disabled={status !== 'ready'}
              >
                {t('appBar.newEvent')}
              </Button>
              <ImportButton onFile={zipImport.start} disabled={status !== 'ready'} />
              <ExportMenu disabled={status !== 'ready'} />
              <SettingsMenu />
            </LaterPart>
          </Toolbar>
        </AppBar>
        <AutosaveBanner />
        {status === 'loading' && (
          <Stack sx={{ alignItems: 'center', justifyContent: 'center', flex: 1 }} role="status">
            <CircularProgress />
            <Typography sx={{ mt: 1 }}>{t('layout.opening')}</Typography>
          </Stack>
        )}
        {status === 'failed' && (
          <Alert severity="error" sx={{ m: 2 }}>
            {loadError}
          </Alert>
        )}
        {status === 'ready' && (
          <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
            <Box
              component="aside"
              sx={{ width: 260, flexShrink: 0, overflow: 'hidden', borderRight: 1, borderColor: 'divider' }}
            >
              <ElementTree />
            </Box>
            <Divider orientation="vertical" flexItem />
            <Box component="main" sx={{ flex: 1, minWidth: 0, overflow: 'auto' }}>
              {selected ? (
                <SelectedElement key={selected} folder={selected} />
              ) : (
                <Typography sx={{ p: 3 }} color="text.secondary">
                  {t('layout.noEvent')}
                </Typography>
              )}
            </Box>
          </Box>
        )}
      </ZipDropZone>
      <LaterPart>
        {creating && <NewEventDialog open onClose={() => setCreating(false)} />}
        <ImportFlow state={zipImport.state} onDone={zipImport.reset} />
      </LaterPart>
    </Box>
  );
}
