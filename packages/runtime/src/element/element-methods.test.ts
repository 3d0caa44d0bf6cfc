import { describe, expect, it } from 'vitest';
import type { EventInput } from './approval-event.types.js';
import cases from './element-method-cases.json' with { type: 'json' };
import {
  buildTaskParams,
  type EventNode,
  type EventOutData,
  getSender,
  handleNode,
  isValid,
  type Kwargs,
  recoverTaskParams,
} from './element-methods.js';
import { parseElement } from './parse-element.js';

interface MethodCase {
  name: string;
  folder: string;
  element: unknown;
  method: string;
  input: Record<string, unknown>;
  expected: unknown;
}

/** Runs one case of the shared table through the TypeScript methods. */
function run(entry: MethodCase): unknown {
  const { element } = parseElement(entry.folder, JSON.stringify(entry.element));
  if (element === undefined) throw new Error(`case ${entry.name}: element does not parse`);
  const input = entry.input;
  switch (entry.method) {
    case 'getSender':
      return getSender(element);
    case 'isValid':
      return { valid: isValid(element, input.input as EventInput).valid };
    case 'handleNode':
      return handleNode(element, input.node as EventNode, input.args as unknown[], input.kwargs as Kwargs);
    case 'buildTaskParams':
      return buildTaskParams(element, input.eventOutData as EventOutData, input.input as EventInput);
    case 'recoverTaskParams':
      return recoverTaskParams(element, input.params as Record<string, unknown>);
    default:
      throw new Error(`case ${entry.name}: unknown method ${entry.method}`);
  }
}

const table = cases as MethodCase[];

describe('element methods (shared case table)', () => {
  it('covers every method', () => {
    const methods = new Set(table.map((c) => c.method));
    expect([...methods].sort()).toEqual([
      'buildTaskParams',
      'getSender',
      'handleNode',
      'isValid',
      'recoverTaskParams',
    ]);
  });

  it.each(table.map((c) => [c.name, c] as const))('%s', (_name, entry) => {
    expect(run(entry)).toEqual(entry.expected);
  });

  it('gives a human reason whenever isValid says no', () => {
    for (const entry of table.filter((c) => c.method === 'isValid')) {
      const { element } = parseElement(entry.folder, JSON.stringify(entry.element));
      const result = isValid(element!, entry.input.input as EventInput);
      if (!result.valid) expect(result.reason).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('recoverTaskParams inverts buildTaskParams for every operate', () => {
    for (const entry of table.filter((c) => c.method === 'buildTaskParams')) {
      const { element } = parseElement(entry.folder, JSON.stringify(entry.element));
      const params = run(entry) as Record<string, unknown>;
      const [args] = recoverTaskParams(element!, params);
      const data = entry.input.eventOutData as EventOutData;
      expect(args[0]).toMatchObject({ row: data.row, status: data.status ?? null });
    }
  });
});
