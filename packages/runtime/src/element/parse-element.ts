import { jsonReadIssue } from '../app/json-document.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ApprovalEvent, FuncType } from './approval-event.types.js';
import { readJson } from './json-text.js';
import { detectSpelling, isJsonObject, type JsonObject, newerInnerFunc } from './spelling.js';

/** What parsing an e.json gives: the normalised element when the text is a JSON object, and why not. */
export interface ParsedElement {
  element?: ApprovalEvent;
  issues: ValidationIssue[];
}

/** The e.json path of an element folder. */
export function eJsonPath(folder: string): string {
  return `${folder}/e.json`;
}

/**
 * Reads `${folder}/e.json` into a normalised element. Only "is this a JSON object at all" is
 * checked here (`json.syntax`, `json.too-deep`, `json.notObject`); field rules are validateElement's. Never throws.
 */
export function parseElement(folder: string, text: string): ParsedElement {
  const file = eJsonPath(folder);
  const read = readJson(text);
  if (!read.ok) {
    const syntax = `e.json is not valid JSON: ${read.error.message}; fix the syntax there`;
    return { issues: [jsonReadIssue(read.error, file, syntax)] };
  }
  if (!isJsonObject(read.value)) {
    const got = describeJsonType(read.value);
    return {
      issues: [
        issue('error', 'json.notObject', file, '', `e.json must hold a JSON object {…}; got ${got}`, {
          params: jsonTypeParams(read.value),
        }),
      ],
    };
  }
  return { element: normaliseElement(folder, read.value), issues: [] };
}

/** The normalised element of an e.json object: both spellings mapped onto one shape. */
export function normaliseElement(folder: string, config: JsonObject): ApprovalEvent {
  const spelling = detectSpelling(config);
  const funcType = normaliseFuncType(config, spelling === 'newer');
  const written = typeof config.func === 'string' ? config.func : '';
  const func = spelling === 'newer' && funcType === 'inner' ? newerInnerFunc(written) : written;
  const element: ApprovalEvent = {
    fullName: folder.split('/').join('.'),
    folder,
    spelling,
    title: stringOr(config.title),
    model: stringOr(config.model),
    operate: stringOr(config.operate),
    funcType,
    func,
    triggerNode: stringList(config.triggerNode),
    handleType: typeof config.handleType === 'string' ? [config.handleType] : stringList(config.handleType),
    enable: isDisabled(config.enable) ? 0 : 1,
    config,
  };
  if (typeof config.handleNode === 'string') element.handleNode = config.handleNode;
  return element;
}

/** Lower-cases funcType; when it is missing or unknown, guesses from func (newer defaults to Global). */
function normaliseFuncType(config: JsonObject, newer: boolean): FuncType {
  const raw = typeof config.funcType === 'string' ? config.funcType.toLowerCase() : '';
  if (raw === 'inner' || raw === 'global') return raw;
  if (typeof config.func === 'string' && config.func.startsWith('inner.')) return 'inner';
  if (typeof config.func === 'string' && config.func.startsWith('services.')) return 'global';
  return newer ? 'global' : 'inner';
}

/** `enable` switches the event off only with an explicit 0 (or its obvious look-alikes). */
function isDisabled(value: unknown): boolean {
  return value === 0 || value === '0' || value === false;
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A JSON value's kind and, for a string, number or boolean, the value: issue params for translations. */
export function jsonTypeParams(value: unknown): { gotKind: string; gotValue: string } {
  if (value === null) return { gotKind: 'null', gotValue: '' };
  if (Array.isArray(value)) return { gotKind: 'array', gotValue: '' };
  if (typeof value === 'string') return { gotKind: 'string', gotValue: JSON.stringify(value.slice(0, 40)) };
  if (typeof value === 'number' || typeof value === 'boolean')
    return { gotKind: typeof value, gotValue: String(value) };
  return { gotKind: typeof value, gotValue: '' };
}

/** A JSON value's kind in words, for messages ("an array", "the number 3"). */
export function describeJsonType(value: unknown): string {
  const { gotKind, gotValue } = jsonTypeParams(value);
  switch (gotKind) {
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'string':
      return `the string ${gotValue}`;
    case 'number':
    case 'boolean':
      return `${gotKind} ${gotValue}`;
    default:
      return gotKind;
  }
}
