import { readChainBefore } from './expression-chain.js';
import type { Diagnostic, HandlerFileInput } from './intellisense.types.js';
import { parsePython } from './python-scope.js';
import { resolveChain, resolveEnvOf } from './resolve-symbol.js';
import { lineStartAt, rangeOf } from './source-position.js';
import { membersOf } from './symbol-members.js';

/**
 * Warnings for `row.<name>` where the watched model declares no such field: the sandbox and the
 * platform raise AttributeError there, usually from a typo. Only rows of a model with known fields
 * are checked, so an app whose model.py could not be read gets no false alarms.
 */
export function unknownFieldDiagnostics(input: HandlerFileInput): Diagnostic[] {
  const { source } = input;
  const env = resolveEnvOf(input);
  const found: Diagnostic[] = [];
  parsePython(source)
    .topNode.cursor()
    .iterate((ref) => {
      if (ref.name !== 'MemberExpression') return undefined;
      const property = ref.node.getChild('PropertyName');
      const object = ref.node.firstChild;
      if (property === null || object === null) return undefined;
      const chain = readChainBefore(
        source,
        object.to,
        Math.max(object.from, lineStartAt(source, object.from)),
      );
      if (chain === undefined || chain.from !== object.from) return undefined;
      const type = resolveChain(chain, chain.from, env);
      if (type?.kind !== 'row' || type.model === undefined || type.model.fields.length === 0)
        return undefined;
      const name = source.slice(property.from, property.to);
      if (membersOf(type, env).some((member) => member.name === name)) return undefined;
      const model = type.model.fullName.slice(type.model.fullName.lastIndexOf('.') + 1);
      const fields = type.model.fields.map((field) => field.name).join(', ');
      found.push({
        ...rangeOf(source, property.from, property.to),
        severity: 'warning',
        code: 'row.unknownField',
        message: `${model} has no field '${name}'; its fields are: ${fields}`,
      });
      return undefined;
    });
  return found;
}
