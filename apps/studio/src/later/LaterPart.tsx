import { Alert, Button } from '@mui/material';
import { type ReactNode, Suspense } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useAfterFirstPaint } from '../hooks/use-after-first-paint';

interface LaterPartProps {
  children: ReactNode;
  /** What holds the part's place while its code loads. */
  placeholder?: ReactNode;
}

/**
 * Where a part from later-parts.ts is rendered: its placeholder until the studio's first screen is
 * painted (on a cold load the form and the tree are what the user reaches for, and these parts each
 * took about as long to render as them) and while its code loads, and a message in its place, not
 * a blank studio, if the code cannot be loaded (the server went away, or a new version replaced the
 * files this tab was built from). The work is in IndexedDB, so reloading is safe.
 */
export function LaterPart({ children, placeholder = null }: LaterPartProps) {
  const painted = useAfterFirstPaint();
  if (!painted) return placeholder;
  return (
    <ErrorBoundary FallbackComponent={PartNotLoaded}>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function PartNotLoaded(_props: FallbackProps) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      sx={{ m: 1, py: 0 }}
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {t('laterPart.reload')}
        </Button>
      }
    >
      {t('laterPart.notLoaded')}
    </Alert>
  );
}
