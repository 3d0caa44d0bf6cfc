import { describe, expect, it } from 'vitest';
import { readPythonSources } from '../sandbox/python-sources.node.js';
import { handleTypeMembers, LOG_EXPORTS, logMembers, PLATFORM_MODULES } from './platform-symbols.js';

// The editor must suggest exactly what the sandbox shim provides: these fail when the two drift.
const shim = readPythonSources();

function source(path: string): string {
  const text = shim[path];
  if (text === undefined) throw new Error(`the shim has no ${path}`);
  return text;
}

describe('platform symbols match the sandbox shim', () => {
  it('HandleTypeEnum members', () => {
    const body = source('jit/commons/enums.py').split('class HandleTypeEnum')[1] ?? '';
    const members = [...body.matchAll(/^ {4}([A-Za-z_]\w*) = "/gm)].map((m) => m[1]);
    expect(
      handleTypeMembers('seed')
        .map((m) => m.name)
        .sort(),
    ).toEqual(members.sort());
  });

  it('log methods', () => {
    const logger = source('jit/commons/utils/logger.py');
    for (const member of logMembers())
      expect(logger).toMatch(new RegExp(`def ${member.name}\\(self, msg, \\*args`));
    for (const name of LOG_EXPORTS) expect(logger).toMatch(new RegExp(`^${name} = `, 'm'));
  });

  it('modules and their exports', () => {
    for (const [name, module] of Object.entries(PLATFORM_MODULES)) {
      const path = `${name.split('.').join('/')}`;
      const text = shim[`${path}.py`] ?? shim[`${path}/__init__.py`];
      expect(text, name).toBeDefined();
      for (const exported of module.exports) {
        expect(text, `${name}.${exported}`).toMatch(
          new RegExp(`(^${exported} = |^class ${exported}\\b|import ${exported}\\b)`, 'm'),
        );
      }
    }
  });

  it('row methods and eventOutData attributes', () => {
    const rows = source('_event_studio/rows.py');
    for (const name of ['save', 'toDict', 'update', 'get', 'keys'])
      expect(rows).toContain(`    def ${name}(self`);
    expect(rows).toContain('self.row = row');
    expect(rows).toContain('self.status = ');
    expect(source('_event_studio/app.py')).toContain('def getElement(self, fullName)');
  });
});
