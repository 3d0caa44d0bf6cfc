import type { AppContext } from '@event-studio/runtime';
import type { ReactNode } from 'react';
import { LaterPart } from '../later/LaterPart';
import { ModelView, ServiceView, WorkflowView } from '../later/later-parts';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { ElementWorkbench } from './ElementWorkbench';

/** The open element: approval events in the workbench, what they refer to in read-only views. */
export function SelectedElement({ folder }: { folder: string }) {
  const events = useWorkspaceValue((s) => s.events);
  const context = useWorkspaceValue((s) => s.context);
  if (events.includes(folder)) return <ElementWorkbench folder={folder} />;
  const view = readOnlyView(folder, context);
  if (view) return <LaterPart>{view}</LaterPart>;
  // Anything else (an e.json the runtime cannot read as an event) gets the workbench, which says why.
  return <ElementWorkbench folder={folder} />;
}

/** The read-only view of a model, workflow or service folder, if the folder is one. */
function readOnlyView(folder: string, context: AppContext): ReactNode {
  const model = [...context.models.values()].find((m) => m.folder === folder);
  if (model) return <ModelView model={model} />;
  const workflow = context.workflows.find((w) => w.folder === folder);
  if (workflow) return <WorkflowView workflow={workflow} context={context} />;
  const service = [...context.services.values()].find((s) => s.folder === folder);
  return service ? <ServiceView service={service} /> : undefined;
}
