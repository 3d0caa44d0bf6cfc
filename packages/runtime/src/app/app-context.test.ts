import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext, emptyAppContext, workflowForModel } from './app-context.js';
import type { AppContext, ModelInfo } from './app-context.types.js';
import { readAppFolder, sampleAppDir } from './app-folder.node.js';
import type { AppTree } from './app-tree.js';
import { elementTypeOf } from './element-type.js';

let tree: AppTree;
let context: AppContext;

beforeAll(async () => {
  tree = await readAppFolder(sampleAppDir());
  context = buildAppContext(tree);
});

/** `name:Type` per field, the compact form the expectations below are written in. */
function fieldsOf(model: ModelInfo | undefined): string[] {
  return (model?.fields ?? []).map((field) => `${field.name}:${field.type}`);
}

describe('buildAppContext on the sample app', () => {
  it('reads it without a single issue', () => {
    expect(context.issues).toEqual([]);
  });

  it('finds the four models and their fields, in declaration order', () => {
    expect([...context.models.keys()]).toEqual([
      'models.ContractModel',
      'models.InvoiceModel',
      'models.LeaveModel',
      'models.OrderModel',
    ]);
    expect(fieldsOf(context.models.get('models.OrderModel'))).toEqual([
      'id:AutoInt',
      'orderNo:Serial',
      'customerName:Stext',
      'amount:Money',
      'status:Stext',
      'priority:Dropdown',
      'orderDate:Date',
      'deliveryDate:Date',
      'salesRep:Member',
      'remark:Ltext',
      'createdAt:Datetime',
      'updatedAt:Datetime',
    ]);
    expect(fieldsOf(context.models.get('models.ContractModel'))).toEqual([
      'id:AutoInt',
      'contractNo:Serial',
      'contractName:Stext',
      'contractType:Dropdown',
      'partyA:Stext',
      'partyB:Stext',
      'amount:Money',
      'signDate:Date',
      'startDate:Date',
      'endDate:Date',
      'approvalStage:Stext',
      'owner:Member',
      'reviewers:MultiMember',
      'attachment:File',
      'createdAt:Datetime',
    ]);
    expect(fieldsOf(context.models.get('models.LeaveModel'))).toEqual([
      'id:AutoInt',
      'leaveNo:Serial',
      'applicant:Member',
      'dept:Dept',
      'leaveType:Dropdown',
      'startDate:Date',
      'endDate:Date',
      'days:Numeric',
      'reason:Ltext',
      'approvalStatus:Stext',
      'transferNote:Stext',
      'submittedAt:Datetime',
    ]);
    expect(fieldsOf(context.models.get('models.InvoiceModel'))).toEqual([
      'id:AutoInt',
      'invoiceNo:Serial',
      'customer:Stext',
      'customerEmail:Stext',
      'amount:Money',
      'taxRate:Percent',
      'issueDate:Date',
      'dueDate:Date',
      'status:Radio',
      'paymentMethods:Checkbox',
      'contactPhone:Phone',
    ]);
  });

  it('keeps titles, lines, options, defaults and the primary key of a field', () => {
    const order = context.models.get('models.OrderModel');
    expect(order).toMatchObject({
      fullName: 'models.OrderModel',
      folder: 'models/OrderModel',
      title: 'Order',
      className: 'OrderModel',
    });
    expect(order?.fields[0]).toEqual({ name: 'id', type: 'AutoInt', title: 'ID', line: 7, primaryKey: true });
    expect(order?.fields[4]).toEqual({
      name: 'status',
      type: 'Stext',
      title: 'Order Status',
      line: 12,
      defaultValue: 'pending',
      // The type's own declaration arguments, for the sandbox's field objects (row.status.maxLen).
      params: { maxLen: 32 },
    });
    expect(order?.fields[5]).toEqual({
      name: 'priority',
      type: 'Dropdown',
      title: 'Priority',
      line: 18,
      options: ['low', 'normal', 'urgent'],
      params: { options: ['low', 'normal', 'urgent'] },
    });
  });

  it('reads each workflow: model, nodes with kinds, handles by name, links', () => {
    expect(context.workflows.map((w) => [w.fullName, w.model])).toEqual([
      ['workflows.ContractApproval', 'models.ContractModel'],
      ['workflows.InvoiceApproval', 'models.InvoiceModel'],
      ['workflows.LeaveApproval', 'models.LeaveModel'],
      ['workflows.OrderApproval', 'models.OrderModel'],
    ]);
    const contract = workflowForModel(context, 'models.ContractModel');
    expect(contract?.nodes.map((n) => `${n.id}:${n.kind}:${n.handles.map((h) => h.name).join('/')}`)).toEqual(
      [
        'StartNode:start:submit/cancel',
        'deptApproval:approval:agree/reject/transfer',
        'managerApproval:approval:agree/reject',
        'directorApproval:approval:agree/reject/refuse',
        'EndNode:end:',
      ],
    );
    expect(contract?.links).toEqual([
      { from: 'StartNode', to: 'deptApproval' },
      { from: 'deptApproval', to: 'managerApproval' },
      { from: 'managerApproval', to: 'directorApproval' },
      { from: 'directorApproval', to: 'EndNode' },
    ]);
    const leave = workflowForModel(context, 'models.LeaveModel');
    expect(leave?.nodes.find((n) => n.id === 'hrApproval')).toEqual({
      id: 'hrApproval',
      title: 'HR Approval',
      kind: 'approval',
      typeCode: 1,
      handles: [
        { code: 2, name: 'agree', title: 'Agree' },
        { code: 3, name: 'reject', title: 'Reject' },
        { code: 5, name: 'transfer', title: 'Transfer' },
      ],
    });
    for (const model of ['models.OrderModel', 'models.InvoiceModel']) {
      expect(workflowForModel(context, model)?.nodes.map((n) => n.id)).toEqual([
        'StartNode',
        'approvalNode',
        'EndNode',
      ]);
    }
    expect(workflowForModel(context, 'models.Nope')).toBeUndefined();
  });

  it('reads the service and its function list', () => {
    expect([...context.services.values()]).toEqual([
      {
        fullName: 'services.NotificationSvc',
        folder: 'services/NotificationSvc',
        title: 'Notification Service',
        hasImplementation: true,
        functions: [
          {
            name: 'sendApprovalNotification',
            title: 'Send approval notification',
            desc: 'Tells the people concerned that an approval changed status; returns what was sent.',
            args: [{ name: 'eventOutData', title: 'Event data', dataType: 'JitDict' }],
            returnType: 'JitDict',
          },
        ],
      },
    ]);
  });

  it('tells each element type from its e.json', () => {
    expect(elementTypeOf(tree, 'events/orderApproval')).toBe('events.WorkflowType');
    expect(elementTypeOf(tree, 'models/OrderModel')).toBe('models.NormalType');
    expect(elementTypeOf(tree, 'events/nope')).toBeUndefined();
  });

  it('has an empty context for an element opened alone', () => {
    expect(buildAppContext(new Map())).toEqual(emptyAppContext());
  });
});
