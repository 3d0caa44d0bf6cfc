import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Freezing the built-ins would freeze this test runner's too: each check runs in a child process.
const moduleUrl = new URL('./frozen-intrinsics.ts', import.meta.url).href;

function inChild(prelude: string, check: string): string {
  const script = `${prelude}\nconst { freezeIntrinsics } = await import(${JSON.stringify(moduleUrl)});\nfreezeIntrinsics();\n${check}`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('.', import.meta.url)),
  });
  return `${run.stdout}${run.stderr}`.trim();
}

describe('freezeIntrinsics', () => {
  it('freezes the prototypes a handler could reach, and an own name or toString can still be set', () => {
    const out = inChild(
      '',
      [
        'const e = new Error("x"); e.name = "Custom"; const o = {}; o.toString = () => "mine";',
        'let polluted = "refused";',
        'try { Object.defineProperty(Object.prototype, "toJSON", { value: 1 }); polluted = "DONE"; } catch {}',
        'console.log([Object.isFrozen(Object.prototype), Object.isFrozen(Array.prototype), e.name, String(o), polluted].join(" "));',
      ].join('\n'),
    );
    expect(out).toBe('true true Custom mine refused');
  });

  it('works where there is no SharedArrayBuffer (a page served without cross-origin isolation)', () => {
    const out = inChild(
      'delete globalThis.SharedArrayBuffer; delete globalThis.Atomics;',
      'console.log(Object.isFrozen(Promise.prototype));',
    );
    expect(out).toBe('true');
  });
});
