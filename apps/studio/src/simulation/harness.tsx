// TEMPORARY visual harness; deleted before handing back.
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import { Box, CssBaseline, ThemeProvider } from '@mui/material';
import { createRoot } from 'react-dom/client';
import { startSandbox } from '../sandbox/sandbox-instance';
import { studioTheme } from '../theme';
import { loadSampleApp } from '../workspace/load-sample-app';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { SimulationPanel } from './SimulationPanel';

startSandbox();
const params = new URLSearchParams(location.search);
void loadSampleApp().then(() => {
  if (params.get('extra')) {
    workspace.writeFiles({
      'events/contractRaise/e.json': JSON.stringify({
        title: 'Raise',
        type: 'events.WorkflowType',
        model: 'models.ContractModel',
        operate: 'NodeHandled',
        handleNode: 'deptApproval',
        handleType: ['agree'],
        func: 'inner.customFunc',
        funcType: 'inner',
      }),
      'events/contractRaise/inner.py':
        'def customFunc(eventOutData, handleType, nodeId, nodeTitle):\n    row = eventOutData.row\n    raise ValueError("amount too high")\n',
      'events/contractAlpha/e.json': JSON.stringify({
        title: 'Alpha',
        type: 'events.WorkflowType',
        model: 'models.ContractModel',
        operate: 'NodeHandled',
        handleNode: 'directorApproval',
        handleType: ['agree'],
        func: 'inner.customFunc',
        funcType: 'inner',
      }),
      'events/contractAlpha/inner.py':
        'def customFunc(eventOutData, handleType, nodeId, nodeTitle):\n    pass\n',
    });
  }
});
const folder = new URLSearchParams(location.search).get('folder') ?? 'events/contractNodeChange';
function Harness() {
  const { status, selected } = useWorkspace();
  if (status !== 'ready') return <div>loading</div>;
  return (
    <Box sx={{ width: 1400 }}>
      selected={selected}
      <SimulationPanel key={folder} folder={folder} />
    </Box>
  );
}
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <ThemeProvider theme={studioTheme}>
      <CssBaseline />
      <Harness />
    </ThemeProvider>,
  );
