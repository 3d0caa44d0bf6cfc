import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext } from './app-context.js';
import type { AppContext } from './app-context.types.js';
import { readAppFolder } from './app-folder.node.js';
import { treeFromTexts } from './app-tree.js';

let context: AppContext;

beforeAll(async () => {
  context = buildAppContext(
    await readAppFolder(new URL('../../fixtures/app/odd-app', import.meta.url).pathname),
  );
});

function issuesOf(file: string): string[] {
  return context.issues
    .filter((i) => i.file === file)
    .map((i) => `${i.line ?? '-'}:${i.column ?? '-'} ${i.severity} ${i.code} ${i.pointer}`);
}

describe('reading workflows', () => {
  it('reports a broken config.json as an error with line and column, and keeps the workflow', () => {
    const broken = context.workflows.find((w) => w.fullName === 'workflows.BrokenConfig');
    expect(broken).toEqual({
      fullName: 'workflows.BrokenConfig',
      folder: 'workflows/BrokenConfig',
      title: 'Broken config',
      model: 'models.OrderModel',
      nodes: [],
      links: [],
    });
    expect(issuesOf('workflows/BrokenConfig/config.json')).toEqual(['5:5 error json.syntax ']);
    expect(context.issues.find((i) => i.file === 'workflows/BrokenConfig/config.json')?.message).toBe(
      "config.json is not valid JSON: a ',' was expected at line 5, column 5",
    );
  });

  it('reads odd nodes and handles, naming unknown codes handle<code>', () => {
    const odd = context.workflows.find((w) => w.fullName === 'workflows.OddHandles');
    expect(odd?.nodes).toEqual([
      {
        id: 'StartNode',
        title: 'Start',
        kind: 'start',
        typeCode: 0,
        handles: [{ code: 0, name: 'submit', title: 'Submit' }],
      },
      {
        id: 'review',
        title: 'Review',
        kind: 'approval',
        typeCode: 1,
        handles: [
          { code: 2, name: 'agree', title: 'Agree' },
          { code: 42, name: 'handle42', title: 'Escalate' },
          { code: 3, name: 'reject', title: 'Reject' },
        ],
      },
      { id: 'fork', title: 'fork', kind: 'branch', typeCode: 4, handles: [] },
      {
        id: 'inline',
        title: 'Inline',
        kind: 'other',
        typeCode: 9,
        handles: [{ code: 5, name: 'transfer', title: 'Transfer' }],
      },
      { id: 'EndNode', title: 'End', kind: 'end', typeCode: 7, handles: [] },
    ]);
    expect(odd?.links).toEqual([
      { from: 'StartNode', to: 'review' },
      { from: 'review', to: 'nowhere' },
    ]);
    expect(issuesOf('workflows/OddHandles/config.json')).toEqual([
      '22:24 warning workflow.unknown-handle-type /nodeConfig/review/handleList/1/handleType',
      '23:9 warning workflow.invalid-handle /nodeConfig/review/handleList/2',
      '5:5 warning workflow.invalid-node /nodeList/2',
      '12:30 warning workflow.unknown-link-node /linkList/1/to',
      '13:5 warning workflow.invalid-link /linkList/2',
    ]);
  });

  it('warns about a workflow without dataModel or config.json', () => {
    expect(context.workflows.find((w) => w.fullName === 'workflows.OrderFlow')?.model).toBe('');
    expect(issuesOf('workflows/OrderFlow/e.json')).toEqual(['-:- warning workflow.no-data-model /dataModel']);
    expect(issuesOf('workflows/OrderFlow/config.json')).toEqual(['-:- warning workflow.no-config ']);
  });

  it('warns when dataModel names no model of the app', () => {
    const context = buildAppContext(
      treeFromTexts({
        'workflows/W/e.json': '{"type": "workflows.NormalType", "dataModel": "models.Gone"}',
        'workflows/W/config.json': '{"nodeList": "nope"}',
      }),
    );
    expect(context.issues.map((i) => `${i.code} ${i.pointer}`)).toEqual([
      'workflow.invalid-config /nodeList',
      'workflow.unknown-model /dataModel',
    ]);
  });
});

describe('reading services', () => {
  it('reads functionList entries, skipping nameless ones and args', () => {
    expect(context.services.get('services.MailSvc')).toEqual({
      fullName: 'services.MailSvc',
      folder: 'services/MailSvc',
      title: 'Mail',
      hasImplementation: true,
      functions: [
        {
          name: 'send',
          title: 'Send mail',
          desc: 'Sends a mail',
          returnType: 'JitDict',
          args: [{ name: 'to', title: 'To', dataType: 'Stext' }, { name: 'body' }],
        },
        { name: 'ping', args: [] },
      ],
    });
    expect(context.issues.filter((i) => i.file === 'services/MailSvc/e.json').map((i) => i.pointer)).toEqual([
      '/functionList/1',
    ]);
  });

  it('reports a functionList that is not a list and a missing service.py', () => {
    expect(context.services.get('services.NoImplSvc')).toMatchObject({
      functions: [],
      hasImplementation: false,
    });
    expect(context.issues.filter((i) => i.file === 'services/NoImplSvc/e.json').map((i) => i.code)).toEqual([
      'service.invalid-function-list',
    ]);
  });
});
