import type { ModelField, ModelInfo } from '../app/app-context.types.js';
import { markdownCode, markdownText, plainText } from './markdown-text.js';

// The Python value a field type holds in the sandbox (rows.py `coerce`).
const NUMBER_TYPES = new Set(['Numeric', 'Money', 'Percent', 'AutoInt', 'Integer', 'Float', 'Decimal']);
const LIST_TYPES = new Set([
  'MultiDropdown',
  'Checkbox',
  'MultiMember',
  'MultiDept',
  'File',
  'Image',
  'SubTable',
  'MultiRelateData',
]);

/** The Python type a field's `.value` has for a datatypes class name, when the sandbox converts it. */
export function pythonValueType(fieldType: string): string | undefined {
  if (NUMBER_TYPES.has(fieldType)) return 'int | float';
  if (fieldType === 'Date') return 'datetime.date';
  if (fieldType === 'Datetime') return 'datetime.datetime';
  if (LIST_TYPES.has(fieldType)) return 'list';
  if (['Stext', 'Ltext', 'Serial', 'Radio', 'Dropdown', 'Phone', 'Time'].includes(fieldType)) return 'str';
  return undefined;
}

/** `Order No · Serial`: what a field shows beside its name (plain text, the title bidi-isolated). */
export function fieldDetail(field: ModelField): string {
  const type = plainText(field.type);
  return field.title === undefined ? type : `${plainText(field.title)} · ${type}`;
}

/** Markdown for a model field: title, type, value type, choices; everything from model.py as text. */
export function fieldDoc(field: ModelField, model: ModelInfo): string {
  const valueType = pythonValueType(field.type);
  const lines = [
    `**${markdownText(field.name)}**${field.title === undefined ? '' : ` — ${markdownText(field.title)}`}`,
    '',
    `Field of ${markdownCode(model.fullName)}, type ${markdownCode(`datatypes.${field.type}`)}${field.primaryKey ? ' (primary key)' : ''}.`,
  ];
  if (valueType !== undefined)
    lines.push(`${markdownCode(`row.${field.name}.value`)} is a \`${valueType}\`.`);
  if (field.options !== undefined && field.options.length > 0) {
    lines.push(`Choices: ${field.options.map(markdownCode).join(', ')}.`);
  }
  if (field.inheritedFrom !== undefined) lines.push(`Inherited from ${markdownCode(field.inheritedFrom)}.`);
  lines.push('', `Set ${markdownCode(`row.${field.name}.value = …`)} and call \`row.save()\` to persist.`);
  return lines.join('\n');
}
