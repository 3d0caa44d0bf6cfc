import { Box, Typography } from '@mui/material';
import { type DragEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Takes a zip dropped anywhere inside it, with an overlay while a file is dragged over. Handlers
 * run in the capture phase so Monaco never inserts a dropped zip as text.
 */
export function ZipDropZone({
  onFile,
  disabled,
  children,
}: {
  onFile(file: File): void;
  disabled: boolean;
  children: ReactNode;
}) {
  // dragenter/dragleave fire for every child crossed; a depth count tells when the pointer left.
  const depth = useRef(0);
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // A file dropped outside the zone (on an open dialog, which is portalled to <body>) would make
    // the browser navigate to it and leave the studio; refuse such drops instead.
    const refuse = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  const enter = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setOver(true);
  };
  const overZone = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault(); // without this the browser opens the file instead of dropping it here
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
  };
  const leave = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const drop = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    depth.current = 0;
    setOver(false);
    const files = [...event.dataTransfer.files];
    const file = files.find((f) => f.name.toLowerCase().endsWith('.zip')) ?? files[0];
    if (file) onFile(file);
  };

  return (
    <Box
      onDragEnterCapture={enter}
      onDragOverCapture={overZone}
      onDragLeaveCapture={leave}
      onDropCapture={drop}
      sx={{ position: 'relative', height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      {children}
      {over && (
        <Box
          role="status"
          sx={{
            position: 'absolute',
            inset: 8,
            zIndex: (theme) => theme.zIndex.modal + 1,
            pointerEvents: 'none',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            border: 3,
            borderStyle: 'dashed',
            borderColor: 'primary.main',
            borderRadius: 2,
            bgcolor: 'action.selected',
            backdropFilter: 'blur(2px)',
          }}
        >
          <Typography variant="h5">{t('importZip.dropHere')}</Typography>
        </Box>
      )}
    </Box>
  );
}
