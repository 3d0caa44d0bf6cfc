import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext } from '../app/app-context.js';
import type { AppContext, ModelInfo } from '../app/app-context.types.js';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import { sampleRow, sampleRows, sampleValue } from './sample-rows.js';

let context: AppContext;
beforeAll(async () => {
  context = buildAppContext(await readAppFolder(sampleAppDir()));
});

function model(name: string): ModelInfo {
  const found = context.models.get(`models.${name}`);
  if (!found) throw new Error(`no model ${name}`);
  return found;
}

describe('sample rows', () => {
  it('gives an order row the seed handler can use', () => {
    expect(sampleRow(model('OrderModel'))).toEqual({
      id: 1,
      orderNo: 'ORD-0001',
      customerName: 'Acme Trading Co.',
      amount: 12800,
      status: 'pending',
      priority: 'low',
      orderDate: '2024-03-01',
      deliveryDate: '2024-03-15',
      salesRep: { userId: 'u1001', name: 'Alice Chen' },
      remark: 'Please process before the end of the month.',
      createdAt: '2024-03-01 09:30:00',
      updatedAt: '2024-03-01 09:30:00',
    });
  });

  it('fills every field of every sample model with a value of the right shape', () => {
    const leave = sampleRow(model('LeaveModel'), 1);
    expect(leave).toMatchObject({
      id: 2,
      leaveNo: 'LEA-0002',
      applicant: { userId: 'u1002', name: 'Bob Li' },
      dept: { deptId: 'd02', name: 'Finance' },
      leaveType: 'sick',
      days: 1,
      approvalStatus: 'pending',
      startDate: '2024-03-02',
      endDate: '2024-03-16',
    });
    const contract = sampleRow(model('ContractModel'), 2);
    expect(contract).toMatchObject({
      contractNo: 'CON-0003',
      contractName: 'Contract #3',
      approvalStage: 'draft',
      reviewers: [
        { userId: 'u1004', name: 'David Zhang' },
        { userId: 'u1005', name: 'Emma Liu' },
      ],
    });
    expect(contract.attachment).toEqual([
      { name: 'attachment-0003.pdf', url: 'https://files.example.com/attachment-0003.pdf', size: 20482 },
    ]);
    expect(sampleRow(model('InvoiceModel'))).toMatchObject({
      invoiceNo: 'INV-0001',
      customerEmail: 'alice.chen@example.com',
      taxRate: 6,
      status: 'draft',
      paymentMethods: ['bank', 'card'],
      contactPhone: '13800138000',
    });
    for (const info of context.models.values()) {
      expect(Object.keys(sampleRow(info))).toEqual(info.fields.map((f) => f.name));
    }
  });

  it('is deterministic, and different seeds give different rows with increasing ids', () => {
    const order = model('OrderModel');
    expect(sampleRow(order, 3)).toEqual(sampleRow(order, 3));
    const rows = sampleRows(order, 4);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.orderNo)).toEqual(['ORD-0001', 'ORD-0002', 'ORD-0003', 'ORD-0004']);
    expect(new Set(rows.map((r) => JSON.stringify(r))).size).toBe(4);
    expect(sampleRows(order, 0)).toEqual([]);
  });

  it('returns JSON-safe values for every known and unknown type', () => {
    const types = [
      'Time',
      'MultiDept',
      'RichText',
      'SubTable',
      'JitDict',
      'RelateData',
      'Image',
      'Mystery',
      'Email',
    ];
    const info: ModelInfo = {
      fullName: 'models.Misc',
      folder: 'models/Misc',
      fields: types.map((type, line) => ({ name: `f${type}`, type, line })),
    };
    const row = sampleRow(info);
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
    expect(row).toMatchObject({
      fTime: '09:30:00',
      fRelateData: null,
      fSubTable: [],
      fMystery: 'fMystery 1',
    });
  });

  it('keeps a field called __proto__ as a plain key', () => {
    const info: ModelInfo = {
      fullName: 'models.P',
      folder: 'models/P',
      fields: [{ name: '__proto__', type: 'Stext', line: 1 }],
    };
    const row = sampleRow(info);
    expect(Object.keys(row)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('uses a declared default and options', () => {
    const field = { name: 'level', type: 'Dropdown', line: 1, options: ['a', 'b'] };
    const info: ModelInfo = { fullName: 'models.X', folder: 'models/X', fields: [field] };
    expect([0, 1, 2].map((seed) => sampleValue(field, info, seed))).toEqual(['a', 'b', 'a']);
    expect(sampleValue({ ...field, defaultValue: 'b' }, info, 0)).toBe('b');
  });
});
