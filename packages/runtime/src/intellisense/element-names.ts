import type { AppContext } from '../app/app-context.types.js';
import { markdownCode, markdownText, plainText } from './markdown-text.js';

/**
 * A one-line detail (plain text) and markdown for an element full name, from what the app context
 * knows of it; every name and title the app supplies is quoted as text.
 */
export function describeElementName(
  fullName: string,
  context: AppContext,
): { detail: string; documentation: string } {
  const name = `**${markdownText(fullName)}**`;
  const model = context.models.get(fullName);
  if (model !== undefined) {
    const fields = model.fields.map(
      (field) => `${markdownCode(field.name)}${field.title ? ` (${markdownText(field.title)})` : ''}`,
    );
    return {
      detail: `model${model.title ? ` · ${plainText(model.title)}` : ''}`,
      documentation: [
        `${name} — model${model.title ? ` “${markdownText(model.title)}”` : ''}`,
        '',
        'Returns the model class: `get(filter)`, `query(filter, …)`, `create(row)`, `updateByPK(pks, data)`, `deleteByPK(pks)`.',
        fields.length > 0 ? `\nFields: ${fields.join(', ')}.` : '',
      ].join('\n'),
    };
  }
  const service = context.services.get(fullName);
  if (service !== undefined) {
    const functions = service.functions.map((fn) =>
      markdownCode(`${fn.name}(${fn.args.map((arg) => arg.name).join(', ')})`),
    );
    return {
      detail: `service${service.title ? ` · ${plainText(service.title)}` : ''}`,
      documentation: `${name} — service\n\nFunctions: ${functions.join(', ') || '(none declared)'}.`,
    };
  }
  const workflow = context.workflows.find((candidate) => candidate.fullName === fullName);
  if (workflow !== undefined) {
    const nodes = workflow.nodes.map((node) => `${markdownCode(node.id)} (${markdownText(node.title)})`);
    return {
      detail: `workflow${workflow.title ? ` · ${plainText(workflow.title)}` : ''}`,
      documentation: `${name} — approval workflow of ${markdownCode(workflow.model)}\n\nNodes: ${nodes.join(', ')}.`,
    };
  }
  const kind = fullName.includes('.') ? fullName.slice(0, fullName.indexOf('.')) : 'element';
  const singular = kind.endsWith('s') ? kind.slice(0, -1) : kind;
  return { detail: plainText(singular), documentation: `${name} — ${markdownText(singular)}` };
}
