import { fieldDetail, fieldDoc } from './field-docs.js';
import { markdownCode, markdownCodeBlock, markdownText, plainText } from './markdown-text.js';
import { GLOBAL_DOCS } from './platform-symbols.js';
import { membersOf } from './symbol-members.js';
import type { SymbolEnv, SymbolType } from './symbol-types.js';

/** A short label for what a name holds, as plain text: `models.OrderModel row`, `log`, … */
export function symbolLabel(type: SymbolType, env: SymbolEnv): string {
  switch (type.kind) {
    case 'eventOutData':
      return 'event data';
    case 'row':
      return `${plainText(type.model?.fullName ?? env.element.model)} row`;
    case 'field':
      return `field ${fieldDetail(type.field)}`;
    case 'wrapper':
      return `eventOutData.${type.name} (.value)`;
    case 'log':
      return 'platform logger';
    case 'handleTypeEnum':
      return 'HandleTypeEnum';
    case 'app':
      return 'the app';
    case 'modelElement':
      return `model ${plainText(type.fullName)}`;
    case 'eventElement':
      return `event ${plainText(type.fullName)}`;
    case 'serviceElement':
      return `service ${plainText(type.service.fullName)}`;
  }
}

/** Markdown explaining what a name holds, listing its members. */
export function symbolDoc(name: string, type: SymbolType, env: SymbolEnv): string {
  const header = markdownCodeBlock(`${name}: ${symbolLabel(type, env)}`);
  const members = membersOf(type, env)
    .slice(0, 30)
    .map((member) => markdownCode(member.name))
    .join(', ');
  const body = bodyOf(type, env);
  return [header, body, members === '' ? '' : `Members: ${members}.`]
    .filter((part) => part !== '')
    .join('\n\n');
}

function bodyOf(type: SymbolType, env: SymbolEnv): string {
  switch (type.kind) {
    case 'eventOutData':
      return GLOBAL_DOCS.eventOutData?.doc ?? '';
    case 'row': {
      const model = type.model;
      const title = model?.title === undefined ? '' : ` (${markdownText(model.title)})`;
      return `A data row of ${markdownCode(model?.fullName ?? env.element.model)}${title}: read a field with \`row.<field>.value\`, assign to \`.value\`, then \`row.save()\` to persist.`;
    }
    case 'field':
      return fieldDoc(type.field, type.model);
    case 'log':
      return GLOBAL_DOCS.log?.doc ?? '';
    case 'handleTypeEnum':
      return GLOBAL_DOCS.HandleTypeEnum?.doc ?? '';
    case 'app':
      return GLOBAL_DOCS.app?.doc ?? '';
    default:
      return '';
  }
}
