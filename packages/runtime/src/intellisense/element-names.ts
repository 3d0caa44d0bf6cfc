import type { AppContext } from '../app/app-context.types.js';

/** A one-line detail and markdown for an element full name, from what the app context knows of it. */
export function describeElementName(
  fullName: string,
  context: AppContext,
): { detail: string; documentation: string } {
  const model = context.models.get(fullName);
  if (model !== undefined) {
    const fields = model.fields.map((field) => `\`${field.name}\`${field.title ? ` (${field.title})` : ''}`);
    return {
      detail: `model${model.title ? ` · ${model.title}` : ''}`,
      documentation: [
        `**${fullName}** — model${model.title ? ` “${model.title}”` : ''}`,
        '',
        'Returns the model class: `get(filter)`, `query(filter, …)`, `create(row)`, `updateByPK(pks, data)`, `deleteByPK(pks)`.',
        fields.length > 0 ? `\nFields: ${fields.join(', ')}.` : '',
      ].join('\n'),
    };
  }
  const service = context.services.get(fullName);
  if (service !== undefined) {
    const functions = service.functions.map(
      (fn) => `\`${fn.name}(${fn.args.map((arg) => arg.name).join(', ')})\``,
    );
    return {
      detail: `service${service.title ? ` · ${service.title}` : ''}`,
      documentation: `**${fullName}** — service\n\nFunctions: ${functions.join(', ') || '(none declared)'}.`,
    };
  }
  const workflow = context.workflows.find((candidate) => candidate.fullName === fullName);
  if (workflow !== undefined) {
    const nodes = workflow.nodes.map((node) => `\`${node.id}\` (${node.title})`);
    return {
      detail: `workflow${workflow.title ? ` · ${workflow.title}` : ''}`,
      documentation: `**${fullName}** — approval workflow of \`${workflow.model}\`\n\nNodes: ${nodes.join(', ')}.`,
    };
  }
  const kind = fullName.includes('.') ? fullName.slice(0, fullName.indexOf('.')) : 'element';
  const singular = kind.endsWith('s') ? kind.slice(0, -1) : kind;
  return { detail: singular, documentation: `**${fullName}** — ${singular}` };
}
