import { z } from 'zod';
import { OPERATES } from './approval-event.types.js';

/**
 * The form's schema for an ElementDraft (react-hook-form's zod resolver): shapes and the rules a
 * draft alone can decide. Rules that need the app (model, nodes, handler) are validateElement's.
 */
export const elementDraftSchema = z
  .object({
    spelling: z.enum(['seed', 'newer']),
    title: z.string().trim().min(1, 'title is required, e.g. "Order Approval Event"'),
    model: z.string().min(1, 'model is required: the full name of a model, e.g. models.OrderModel'),
    operate: z.enum(OPERATES, { message: 'operate must be Process, NodeChange or NodeHandled' }),
    funcType: z.enum(['inner', 'global']),
    func: z.string(),
    triggerNode: z.array(z.string().min(1)),
    handleType: z.array(z.string().min(1)),
    handleNode: z.string().optional(),
    enable: z.union([z.literal(0), z.literal(1)]),
  })
  .superRefine((draft, ctx) => {
    const newerInner = draft.spelling === 'newer' && draft.funcType === 'inner';
    if (!newerInner) {
      const pattern =
        draft.funcType === 'inner'
          ? /^inner\.[A-Za-z_][A-Za-z0-9_]*$/
          : /^services\.[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
      if (!pattern.test(draft.func)) {
        const expected = draft.funcType === 'inner' ? 'inner.<function>' : 'services.<Service>.<function>';
        ctx.addIssue({
          code: 'custom',
          path: ['func'],
          message: `func must be ${expected}; got '${draft.func}'`,
        });
      }
    }
    if (draft.operate === 'NodeChange' && draft.triggerNode.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['triggerNode'],
        message: 'a NodeChange event needs at least one trigger node',
      });
    }
    if (draft.operate === 'NodeHandled' && !draft.handleNode) {
      ctx.addIssue({
        code: 'custom',
        path: ['handleNode'],
        message: 'a NodeHandled event needs a handle node',
      });
    }
  });
