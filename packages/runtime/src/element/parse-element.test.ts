import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseElement } from './parse-element.js';

const SEED = `{
    "title": "Node Handled Event",
    "type": "events.WorkflowType",
    "backendBundleEntry": ".",
    "model": "models.LeaveModel",
    "operate": "NodeHandled",
    "handleType": "agree",
    "handleNode": "hrApproval",
    "func": "inner.onHandled",
    "funcType": "inner"
}
`;

describe('parseElement', () => {
  it('normalises a seed element', () => {
    const { element, issues } = parseElement('events/leave', SEED);
    expect(issues).toEqual([]);
    expect(element).toMatchObject({
      fullName: 'events.leave',
      folder: 'events/leave',
      spelling: 'seed',
      operate: 'NodeHandled',
      funcType: 'inner',
      func: 'inner.onHandled',
      handleType: ['agree'],
      handleNode: 'hrApproval',
      triggerNode: [],
      enable: 1,
    });
  });

  it('detects the newer spelling from a capitalised funcType and names Inner handlers customFunc', () => {
    const { element } = parseElement(
      'events/a',
      '{"operate":"Process","funcType":"Inner","model":"models.X"}',
    );
    expect(element).toMatchObject({
      spelling: 'newer',
      funcType: 'inner',
      func: 'inner.customFunc',
      enable: 1,
    });
  });

  it('detects the newer spelling from enable, and reads enable 0', () => {
    const { element } = parseElement('events/a', '{"funcType":"Global","func":"services.S.f","enable":0}');
    expect(element).toMatchObject({ spelling: 'newer', funcType: 'global', func: 'services.S.f', enable: 0 });
    expect(parseElement('events/a', '{"enable":1}').element).toMatchObject({
      spelling: 'newer',
      funcType: 'global',
    });
  });

  it('keeps a seed event with enable seed, its handler the configured one', () => {
    const { element } = parseElement('events/a', '{"funcType":"inner","func":"inner.onChange","enable":1}');
    expect(element).toMatchObject({ spelling: 'seed', funcType: 'inner', func: 'inner.onChange', enable: 1 });
  });

  it('gives a newer Inner event its configured function, else customFunc', () => {
    expect(parseElement('events/a', '{"funcType":"Inner","func":"inner.mine"}').element?.func).toBe(
      'inner.mine',
    );
    expect(parseElement('events/a', '{"funcType":"Inner"}').element?.func).toBe('inner.customFunc');
  });

  it('keeps unknown keys in config', () => {
    const { element } = parseElement('events/a', '{"title":"t","x-owner":{"a":[1]}}');
    expect(element?.config['x-owner']).toEqual({ a: [1] });
  });

  it('reports broken JSON with line and column', () => {
    const { element, issues } = parseElement('events/a', '{\n  "title": "x"\n  "model": "m"\n}');
    expect(element).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'json.syntax',
        file: 'events/a/e.json',
        pointer: '',
        line: 3,
        column: 3,
      }),
    ]);
    expect(issues[0]?.message).toMatch(/',' was expected at line 3, column 3/);
  });

  it.each([
    ['[]', 'an array'],
    ['null', 'null'],
    ['3', 'number 3'],
    ['"x"', 'the string "x"'],
  ])('reports %s as not an object', (text, got) => {
    const { element, issues } = parseElement('events/a', text);
    expect(element).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'json.notObject' });
    expect(issues[0]?.message).toContain(got);
  });

  it('rejects comments, trailing commas and empty files as json.syntax', () => {
    for (const text of ['{"a":1,}', '// c\n{}', '', '{"a":1} x']) {
      expect(parseElement('events/a', text).issues[0]?.code).toBe('json.syntax');
    }
  });

  it('accepts a BOM', () => {
    expect(parseElement('events/a', '\uFEFF{"title":"t"}').element?.title).toBe('t');
  });

  it('keeps a __proto__ key as data', () => {
    const { element } = parseElement('events/a', '{"__proto__": {"polluted": 1}, "title": "t"}');
    expect(element?.title).toBe('t');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseElement('events/a', JSON.stringify(value));
        expect(result.element !== undefined || result.issues.length > 0).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseElement('events/a', text)));
  });
});
