import { describe, expect, it } from 'vitest';
import { buildAppContext } from './app-context.js';
import { treeFromTexts } from './app-tree.js';
import { MAX_ISSUES_PER_FILE } from './file-issues.js';
import { readJsonValue } from './json-document.js';
import { MAX_SERVICE_FUNCTIONS } from './service-reader.js';
import { MAX_NODE_HANDLES, MAX_WORKFLOW_LINKS, MAX_WORKFLOW_NODES } from './workflow-reader.js';

// Generated workflows and services far beyond any real one: read in time linear in their size,
// kept to the caps, and reported in a bounded number of issues.

const MODEL = {
  'models/A/e.json': '{"type": "models.NormalType"}',
  'models/A/model.py': 'class A(NormalModel):\n    x = datatypes.Stext(name="x")\n',
};

function workflowApp(config: unknown): ReturnType<typeof treeFromTexts> {
  return treeFromTexts({
    ...MODEL,
    'workflows/W/e.json': '{"type": "workflows.NormalType", "dataModel": "models.A"}',
    'workflows/W/config.json': JSON.stringify(config),
  });
}

describe('a config.json with 10,000 nodes, links and buttons', () => {
  const count = 10_000;
  const nodeList = Array.from({ length: count }, (_, i) => ({ name: `n${i}`, type: 1 }));
  const nodeConfig = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`n${i}`, { handleList: [{ handleType: 999 }] }]),
  );
  const linkList = Array.from({ length: count }, (_, i) => ({ from: `n${i}`, to: `nowhere${i}` }));

  it('keeps the first nodes and links up to the caps, saying how many there were', () => {
    const tree = workflowApp({ nodeList, nodeConfig, linkList });
    const start = performance.now();
    const context = buildAppContext(tree);
    // 14 s before for 20,000 (a duplicate check that scanned every node read so far); a loose bound.
    expect(performance.now() - start).toBeLessThan(5_000);
    const workflow = context.workflows[0];
    expect(workflow?.nodes).toHaveLength(MAX_WORKFLOW_NODES);
    expect(workflow?.links).toHaveLength(MAX_WORKFLOW_LINKS);
    const capped = context.issues.filter((i) => i.code.startsWith('workflow.too-many'));
    const linksAt = JSON.stringify({ nodeList, nodeConfig, linkList }).indexOf('"linkList":') + 12;
    expect(capped.map((i) => `${i.code} ${i.pointer} ${i.line}:${i.column} ${i.message}`)).toEqual([
      'workflow.too-many-nodes /nodeList 1:13 config.json lists 10000 nodes; the studio reads at most 1000 nodes of a workflow (a real one has a few dozen), so the rest are left out',
      `workflow.too-many-links /linkList 1:${linksAt} config.json lists 10000 links; the studio reads at most 2000 links of a workflow (a real one has a few dozen), so the rest are left out`,
    ]);
    expect(capped[0]?.params).toEqual({ count: '10000', cap: '1000' });
  });

  it('lists the first 100 problems of the file and counts the rest', () => {
    const context = buildAppContext(workflowApp({ nodeList, nodeConfig, linkList }));
    const ofConfig = context.issues.filter((i) => i.file === 'workflows/W/config.json');
    // Two cap issues, 100 listed (unknown buttons come first), one that counts the rest:
    // 1,000 unknown buttons; 2,000 links to no node, half of them from a node past the cap too.
    expect(ofConfig).toHaveLength(2 + MAX_ISSUES_PER_FILE + 1);
    expect(ofConfig.at(-1)).toMatchObject({
      code: 'workflow.more-issues',
      message: '3900 more problems in this config.json are not listed; the first 100 are',
    });
  });

  it('reads the first 50 buttons of a node', () => {
    const handleList = Array.from({ length: 500 }, () => ({ handleType: 2 }));
    const context = buildAppContext(workflowApp({ nodeList: [{ name: 'a', type: 1, handleList }] }));
    expect(context.workflows[0]?.nodes[0]?.handles).toHaveLength(MAX_NODE_HANDLES);
    expect(context.issues.map((i) => `${i.code} ${i.pointer} ${i.message}`)).toEqual([
      "workflow.too-many-handles /nodeList/0/handleList node 'a' offers 500 buttons; the studio reads the first 50",
    ]);
  });
});

describe('a service with 20,000 functions', () => {
  it('keeps the first 1,000 and says how many there were', () => {
    const functionList = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 1
        ? {}
        : { name: `f${i}`, args: i === 0 ? Array.from({ length: 300 }, (_, a) => ({ name: `a${a}` })) : [] },
    );
    const tree = treeFromTexts({
      'services/S/e.json': JSON.stringify({ type: 'services.NormalType', functionList }),
    });
    const context = buildAppContext(tree);
    const service = context.services.get('services.S');
    expect(service?.functions).toHaveLength(MAX_SERVICE_FUNCTIONS / 2);
    expect(service?.functions[0]?.args).toHaveLength(100);
    expect(context.issues[0]).toEqual({
      severity: 'warning',
      code: 'service.too-many-functions',
      file: 'services/S/e.json',
      pointer: '/functionList',
      message:
        'functionList lists 20000 functions; the studio reads at most 1000 functions of a service (a real one has a few dozen), so the rest are left out',
      params: { count: '20000', cap: '1000' },
    });
    // 500 nameless functions among the first 1,000: 100 listed, the rest counted.
    expect(context.issues).toHaveLength(1 + MAX_ISSUES_PER_FILE + 1);
    expect(context.issues.at(-1)?.message).toBe(
      '400 more problems in this e.json are not listed; the first 100 are',
    );
  });
});

describe('JSON read once and positions found on demand', () => {
  it('reads a 10 MB config.json in linear time', () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({
      name: `n${i}`,
      type: 1,
      title: 'x'.repeat(60),
    }));
    const text = JSON.stringify({ nodeList: nodes });
    expect(text.length).toBeGreaterThan(9_000_000);
    const start = performance.now();
    expect(readJsonValue(text).ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
