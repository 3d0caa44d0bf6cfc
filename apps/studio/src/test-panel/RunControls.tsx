import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';
import StopIcon from '@mui/icons-material/Stop';
import { Button, Tooltip, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Run, Run all rows and (once a run takes a while) Stop, with the row a Run uses. Memoised with
 * primitive props: a run re-renders only these buttons, not the rows or the last result.
 */
export const RunControls = memo(function RunControls({
  running,
  showStop,
  sandboxLoading,
  selectedRow,
  rowCount,
  onRun,
  onRunAll,
  onStop,
}: {
  running: boolean;
  showStop: boolean;
  sandboxLoading: boolean;
  /** The number of the row a Run uses, if any. */
  selectedRow: number | undefined;
  rowCount: number;
  onRun: () => void;
  onRunAll: () => void;
  onStop: () => void;
}) {
  const { t } = useTranslation();
  const runButton = (
    <Button
      variant="contained"
      startIcon={<PlayArrowIcon />}
      onClick={onRun}
      disabled={running || selectedRow === undefined}
      sx={{ height: 40 }}
    >
      {t('common.run')}
    </Button>
  );
  return (
    <>
      {/* Only while Python loads: a Tooltip costs a few ms a render even when it has nothing to say. */}
      {sandboxLoading ? (
        <Tooltip title={t('testPanel.loadingTooltip')}>
          <span>{runButton}</span>
        </Tooltip>
      ) : (
        runButton
      )}
      <Button
        variant="outlined"
        startIcon={<PlaylistPlayIcon />}
        onClick={onRunAll}
        disabled={running || rowCount === 0}
        sx={{ height: 40 }}
      >
        {t('testPanel.runAllRows')}
      </Button>
      {showStop && (
        <Button
          variant="outlined"
          color="error"
          startIcon={<StopIcon />}
          onClick={onStop}
          sx={{ height: 40 }}
        >
          {t('common.stop')}
        </Button>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
        {selectedRow === undefined
          ? t('testPanel.addRowToRun')
          : t('testPanel.runUsesRow', { number: selectedRow })}
      </Typography>
    </>
  );
});
