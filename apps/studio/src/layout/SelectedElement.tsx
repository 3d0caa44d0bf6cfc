import { LaterPart } from '../later/LaterPart';
import { ModelView, ServiceView, WorkflowView } from '../later/later-parts';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { ElementWorkbench } from './ElementWorkbench';

/** The open element: approval events in the workbench, what they refer to in read-only views. */
export function SelectedElement({ folder }: { folder: string }) {
  const events = useWorkspaceValue((s) => s.events);
  const context = useWorkspaceValue((s) => s.context);
  if (events.includes(folder)) return <ElementWorkbench folder={folder} />;
  const model = [...context.models.values()].find((m) => m.folder === folder);
  if (model)
    return (
      <LaterPart>
        <ModelView model={model} />
      </LaterPart>
    );
  const workflow = context.workflows.find((w) => w.folder === folder);
  if (workflow)
    return (
      <LaterPart>
        <WorkflowView workflow={workflow} context={context} />
      </LaterPart>
    );
  const service = [...context.services.values()].find((s) => s.folder === folder);
  if (service)
    return (
      <LaterPart>
        <ServiceView service={service} />
      </LaterPart>
    );
  // Anything else (an e.json the runtime cannot read as an event) gets the workbench, which says why.
  return <ElementWorkbench folder={folder} />;
}
