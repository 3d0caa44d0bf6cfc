import { fileURLToPath } from 'node:url';
import type { ModelChanges } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIO } from './command-test-kit.testing.js';

// Issue #17's fixture app: handlers written from the JitAI docs' own examples (data-models.md's
// model functions in their string-Q form, q-expressions.md's Q objects, data-types.md's field
// functions, approval-events.md's handlers in both revisions, a service method). Every event
// validates and runs green through the CLI, as a pipeline would run it.
const APP = fileURLToPath(new URL('../../../runtime/fixtures/docs-app', import.meta.url));

interface RunJson {
  ok: boolean;
  fired: boolean;
  error: { type: string; message: string } | null;
  logs: { message: string }[];
  modelChanges: ModelChanges[];
}

async function run(element: string): Promise<{ code: number; json: RunJson }> {
  const io = captureIO(APP);
  const code = await main(['run', APP, '--element', element, '--json'], io);
  return { code, json: JSON.parse(io.out.join('\n')) as RunJson };
}

describe('the docs-examples fixture app', () => {
  it('validates with no error and no warning', async () => {
    const io = captureIO(APP);
    expect(await main(['validate', APP], io)).toBe(0);
    expect(io.out.at(-1)).toContain('4 approval event(s): 0 error(s), 0 warning(s)');
  });

  it('runs the model functions of data-models.md as the docs write them', async () => {
    const { code, json } = await run('events.ormExamples');
    expect(json.error).toBeNull();
    expect(code).toBe(0);
    expect(json.logs.map((l) => l.message)).toContain("stats: ['age', 'salary']");
    const users = json.modelChanges.find((m) => m.model === 'models.UserModel');
    expect(users?.added.map((row) => row.email)).toEqual([
      'zhangsan@example.com',
      'test@example.com',
      'user1@example.com',
      'user2@example.com',
    ]);
  }, 60_000);

  it.each([
    ['events.nodeWatch', 'priority low of'],
    ['events.handledAtApproval', 'agree at Manager Approval (approvalNode)'],
    ['events.notifyOnChange', "Sending approval notification 'Approval Pass'"],
  ])(
    'runs %s green',
    async (element, logged) => {
      const { code, json } = await run(element);
      expect(json.error).toBeNull();
      expect(json.fired).toBe(true);
      expect(code).toBe(0);
      expect(json.logs.map((l) => l.message).join('\n')).toContain(logged);
    },
    60_000,
  );
});
