import type { AppContext, ModelInfo, WorkflowNode } from '../app/app-context.types.js';

// A small hand-built app context for the element tests; the real one is built by app/.

function model(name: string): [string, ModelInfo] {
  return [`models.${name}`, { fullName: `models.${name}`, folder: `models/${name}`, fields: [] }];
}

function node(id: string, kind: WorkflowNode['kind'], handles: string[] = []): WorkflowNode {
  const codes: Record<string, number> = { submit: 0, agree: 2, reject: 3, transmit: 8, cancel: 16 };
  const typeCode = { start: 0, approval: 1, end: 7 }[kind as 'start' | 'approval' | 'end'] ?? 1;
  return {
    id,
    title: id,
    kind,
    typeCode,
    handles: handles.map((name) => ({ code: codes[name] ?? 99, name })),
  };
}

/** Models Order/Leave/Contract/NoFlow, workflows for Order and Leave, one NotificationSvc. */
export function testAppContext(): AppContext {
  return {
    models: new Map([model('OrderModel'), model('LeaveModel'), model('ContractModel'), model('NoFlowModel')]),
    workflows: [
      {
        fullName: 'workflows.OrderApproval',
        folder: 'workflows/OrderApproval',
        model: 'models.OrderModel',
        nodes: [
          node('StartNode', 'start', ['submit']),
          node('node1', 'approval', ['agree', 'reject']),
          node('managerApproval', 'approval', ['agree', 'reject']),
          node('EndNode', 'end'),
        ],
        links: [],
      },
      {
        fullName: 'workflows.LeaveApproval',
        folder: 'workflows/LeaveApproval',
        model: 'models.LeaveModel',
        nodes: [
          node('StartNode', 'start', ['submit']),
          node('hrApproval', 'approval', ['agree', 'reject', 'transmit']),
          node('deptApproval', 'approval'),
          node('EndNode', 'end'),
        ],
        links: [],
      },
      {
        fullName: 'workflows.ContractApproval',
        folder: 'workflows/ContractApproval',
        model: 'models.ContractModel',
        nodes: [node('StartNode', 'start', ['submit']), node('EndNode', 'end')],
        links: [],
      },
    ],
    services: new Map([
      [
        'services.NotificationSvc',
        {
          fullName: 'services.NotificationSvc',
          folder: 'services/NotificationSvc',
          functions: [
            { name: 'sendApprovalNotification', args: [] },
            { name: 'onHandled', args: [] },
          ],
          hasImplementation: true,
        },
      ],
    ]),
    issues: [],
  };
}
