import type { SandboxState } from '@event-studio/runtime';
import type { BrowserSandbox } from '@event-studio/runtime/browser';
import { describe, expect, it } from 'vitest';
import { AppSandboxes } from './app-sandboxes';

/** A stand-in for a worker-backed sandbox: it records what ran in it and whether it was ended. */
function fakeSandbox(name: string) {
  const listeners = new Set<(state: SandboxState) => void>();
  const fake = {
    name,
    ran: [] as string[],
    disposed: false,
    state: 'ready' as SandboxState,
    onStateChange: (listener: (state: SandboxState) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setState(state: SandboxState) {
      fake.state = state;
      for (const listener of listeners) listener(state);
    },
    run: async (request: { element: { fullName: string } }) => {
      fake.ran.push(request.element.fullName);
      return {};
    },
    dispose: () => {
      fake.disposed = true;
    },
  };
  return fake;
}

function setUp() {
  const made: ReturnType<typeof fakeSandbox>[] = [];
  const sandboxes = new AppSandboxes(() => {
    const sandbox = fakeSandbox(`#${made.length}`);
    made.push(sandbox);
    return sandbox as unknown as BrowserSandbox;
  });
  const run = (fullName: string) => sandboxes.run({ element: { fullName } } as never);
  return { made, sandboxes, run };
}

describe('AppSandboxes: one worker per open app', () => {
  it('gives the first app the sandbox started at load, and every other app its own', async () => {
    const { made, sandboxes, run } = setUp();
    sandboxes.select('a');
    await run('events.inA');
    sandboxes.select('b');
    await run('events.inB');
    sandboxes.select('a');
    await run('events.againInA');
    expect(made.map((s) => s.ran)).toEqual([['events.inA', 'events.againInA'], ['events.inB']]);
  });

  it('ends the sandbox of a closed app, and the least recently used past three', () => {
    const { made, sandboxes } = setUp();
    for (const id of ['a', 'b', 'c', 'd']) sandboxes.select(id);
    expect(made.map((s) => s.disposed)).toEqual([true, false, false, false]);
    sandboxes.retain(['c', 'd']);
    expect(made.map((s) => s.disposed)).toEqual([true, true, false, false]);
  });

  it("reports the active app's state, and follows the switch", () => {
    const { made, sandboxes } = setUp();
    const seen: SandboxState[] = [];
    sandboxes.onStateChange((state) => seen.push(state));
    sandboxes.select('a');
    sandboxes.select('b');
    made[1]?.setState('loading');
    made[0]?.setState('running');
    expect(sandboxes.state).toBe('loading');
    expect(seen).toEqual(['ready', 'loading']);
  });
});
