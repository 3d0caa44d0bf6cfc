import type { AppContext, WorkflowInfo } from '@event-studio/runtime';
import {
  Box,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import { WorkflowDiagram } from '../workflow-diagram/WorkflowDiagram';
import { workspace } from '../workspace/workspace-store';
import { ElementHeading } from './ElementHeading';

/** A workflow, read-only: the diagram at full width, its bound model, and each node's buttons. */
export function WorkflowView({ workflow, context }: { workflow: WorkflowInfo; context: AppContext }) {
  const { t } = useTranslation();
  const model = context.models.get(workflow.model);
  return (
    <Box sx={{ p: 2 }}>
      <ElementHeading title={workflow.title} fullName={workflow.fullName}>
        <Typography variant="body2">
          {t('readonly.modelLabel')}{' '}
          {model ? (
            <Link component="button" variant="body2" onClick={() => workspace.select(model.folder)}>
              <AppText text={model.title ?? model.fullName} />
              {model.title ? ` (${model.fullName})` : ''}
            </Link>
          ) : (
            t('readonly.notAModel', { model: workflow.model || t('readonly.noModel') })
          )}
        </Typography>
      </ElementHeading>
      <WorkflowDiagram
        workflow={workflow}
        highlighted={[]}
        label={t('diagram.workflowNamed', { name: workflow.fullName })}
      />
      <TableContainer sx={{ maxWidth: 760, mt: 2 }}>
        <Table size="small" aria-label={t('readonly.nodesOf', { name: workflow.fullName })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('common.node')}</TableCell>
              <TableCell>{t('readonly.nodeId')}</TableCell>
              <TableCell>{t('readonly.kind')}</TableCell>
              <TableCell>{t('readonly.handleTypes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {workflow.nodes.map((node) => (
              <TableRow key={node.id}>
                <TableCell component="th" scope="row">
                  <AppText text={node.title} />
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{node.id}</TableCell>
                <TableCell>{node.kind}</TableCell>
                <TableCell>{node.handles.map((h) => h.name).join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
