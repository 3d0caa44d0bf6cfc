import { describe, expect, it } from 'vitest';
import type { AppContext, ModelInfo } from '../app/app-context.types.js';
import { at, codeIntelContext, ORDER_MODEL } from './code-intel.testing.js';
import { completionsAt } from './completions-at.js';
import { hoverAt } from './hover-at.js';
import type { CodeIntelInput } from './intellisense.types.js';

// An app from anywhere: every title, name, option and description below tries to become Markdown.
const IMAGE_AND_LINK = '![i](http://127.0.0.1:9/x.png) [link](http://127.0.0.1:9/)';
const HTML = '<img src="http://127.0.0.1:9/y.png"><a href="http://127.0.0.1:9/">go</a>';
const FENCE = 'x\n```\n![f](http://127.0.0.1:9/f.png)\n```';
const TICKS = 'a `b` ``c``';

const HOSTILE_MODEL: ModelInfo = {
  ...ORDER_MODEL,
  title: HTML,
  fields: [
    ...ORDER_MODEL.fields,
    { name: 'note', type: 'Stext', title: IMAGE_AND_LINK, line: 20 },
    { name: 'remark', type: 'Ltext', title: FENCE, line: 21 },
    { name: 'kind', type: 'Dropdown', title: TICKS, line: 22, options: ['[x](http://127.0.0.1:9/)', '`'] },
    { name: 'flipped', type: 'Stext', title: 'Amount\u202E', line: 23 },
  ],
};

function hostileContext(): AppContext {
  const base = codeIntelContext();
  const models = new Map(base.models);
  models.set(HOSTILE_MODEL.fullName, HOSTILE_MODEL);
  const services = new Map(base.services);
  services.set('services.NotificationSvc', {
    fullName: 'services.NotificationSvc',
    folder: 'services/NotificationSvc',
    title: IMAGE_AND_LINK,
    functions: [
      {
        name: 'send',
        title: HTML,
        desc: FENCE,
        returnType: TICKS,
        args: [{ name: 'to', title: IMAGE_AND_LINK, dataType: '<b>' }],
      },
    ],
    hasImplementation: true,
  });
  const workflows = base.workflows.map((workflow) => ({
    ...workflow,
    title: HTML,
    nodes: workflow.nodes.map((node) => ({ ...node, title: IMAGE_AND_LINK })),
  }));
  return { ...base, models, services, workflows };
}

function hostileAt(marked: string): CodeIntelInput {
  return { ...at(marked), model: HOSTILE_MODEL, context: hostileContext() };
}

/**
 * The Markdown's prose, as a renderer sees it: fenced blocks and code spans (shown verbatim) and
 * backslash escapes (each one literal character) taken out.
 */
function prose(markdown: string): string {
  const withoutBlocks = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1`*$/gm, '');
  const withoutSpans = withoutBlocks.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  return withoutSpans.replace(/\\[!-/:-@[-`{-~]/g, '');
}

/** Fails when the Markdown could render an image, a link, an HTML tag or an autolinked URL. */
function expectOnlyText(markdown: string | undefined): void {
  expect(markdown).toBeDefined();
  const text = prose(markdown ?? '');
  expect(text).not.toMatch(/!\[|\]\(|\]\[|\]:/);
  expect(text).not.toMatch(/<[a-z/!?]|&[#a-z]/i);
  expect(text).not.toMatch(/https?:|www\.|@|`/);
}

const HEAD = 'def handleOrderApproval(eventOutData):\n';

describe('app-supplied text in hovers and completions stays text', () => {
  it('quotes a field title that is an image and a link as escaped text', () => {
    const hover = hoverAt(hostileAt(`${HEAD}    eventOutData.row.no|te.value`));
    expectOnlyText(hover?.contents);
    expect(hover?.contents).toContain(
      '**note** — \\!\\[i\\]\\(http\\:\\/\\/127\\.0\\.0\\.1\\:9\\/x\\.png\\) \\[link\\]',
    );
  });

  it('keeps a code fence in a title from closing the hover’s code block', () => {
    const hover = hoverAt(hostileAt(`${HEAD}    eventOutData.row.rem|ark`))?.contents ?? '';
    expectOnlyText(hover);
    // The header's code block is the only block: its fence is longer than the title's.
    expect(
      hover.startsWith('````python\nremark: x ``` ![f](http://127.0.0.1:9/f.png) ``` · Ltext\n````\n'),
    ).toBe(true);
    expect(hover.match(/^`{3,}/gm)).toEqual(['````', '````']);
  });

  it('quotes options, model title, service texts and node titles as text', () => {
    expectOnlyText(hoverAt(hostileAt(`${HEAD}    eventOutData.row.ki|nd`))?.contents);
    expectOnlyText(hoverAt(hostileAt(`${HEAD}    row = eventOutData.row\n    ro|w.save()`))?.contents);
    expectOnlyText(hoverAt(hostileAt(`${HEAD}    app.getElement("models.Order|Model")`))?.contents);
    expectOnlyText(hoverAt(hostileAt(`${HEAD}    app.getElement("services.Notification|Svc")`))?.contents);
    expectOnlyText(hoverAt(hostileAt(`${HEAD}    app.getElement("workflows.Order|Approval")`))?.contents);
    const svc = `${HEAD}    svc = app.getElement("services.NotificationSvc")\n    svc.`;
    const send = completionsAt(hostileAt(`${svc}|`)).find((item) => item.label === 'send');
    expectOnlyText(send?.documentation);
    expect(send?.documentation).toContain('\\<b\\>');
  });

  it('quotes an element name typed in inner.py as code it cannot leave', () => {
    const source = `${HEAD}    m = app.getElement("models.\`x\`](http://127.0.0.1:9/)")\n    m.ge|t(1)`;
    expectOnlyText(hoverAt(hostileAt(source))?.contents);
  });

  it('gives every completion documentation only text', () => {
    for (const item of completionsAt(hostileAt(`${HEAD}    eventOutData.row.|`))) {
      if (item.documentation !== undefined) expectOnlyText(item.documentation);
    }
    for (const item of completionsAt(hostileAt(`${HEAD}    app.getElement("|`))) {
      expectOnlyText(item.documentation);
    }
  });

  it('isolates a title with a direction override in the completion detail', () => {
    const flipped = completionsAt(hostileAt(`${HEAD}    eventOutData.row.|`)).find(
      (item) => item.label === 'flipped',
    );
    // The override ends at the isolate: " · Stext" still reads left to right.
    expect(flipped?.detail).toBe('\u2068Amount\u202E\u2069 · Stext');
  });
});
