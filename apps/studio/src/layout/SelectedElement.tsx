import { ModelView } from '../readonly-views/ModelView';
import { ServiceView } from '../readonly-views/ServiceView';
import { WorkflowView } from '../readonly-views/WorkflowView';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { ElementWorkbench } from './ElementWorkbench';

/** The open element: approval events in the workbench, what they refer to in read-only views. */
export function SelectedElement({ folder }: { folder: string }) {
  const events = useWorkspaceValue((s) => s.events);
  const context = useWorkspaceValue((s) => s.context);
  if (events.includes(folder)) return <ElementWorkbench folder={folder} />;
  const model = [...context.models.values()].find((m) => m.folder === folder);
  if (model) return <ModelView model={model} />;
  const workflow = context.workflows.find((w) => w.folder === folder);
  if (workflow) return <WorkflowView workflow={workflow} context={context} />;
  const service = [...context.services.values()].find((s) => s.folder === folder);
  if (service) return <ServiceView service={service} />;
  // Anything else (an e.json the runtime cannot read as an event) gets the workbench, which says why.
  return <ElementWorkbench folder={folder} />;
}
