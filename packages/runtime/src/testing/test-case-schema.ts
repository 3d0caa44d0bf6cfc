import { z } from 'zod';
import type { PlainValue } from '../sandbox/run.types.js';

const plainValue: z.ZodType<PlainValue> = z.json();

/** What a test case expects of a run; a missing key is not checked. */
export const testExpectSchema = z.strictObject({
  /** False when the event must not fire for this input (then nothing else is checked). */
  fired: z.boolean().optional(),
  /** Field → the value it must have after the run. */
  changed: z.record(z.string(), plainValue).optional(),
  /** null: the handler must not raise; an object: it must raise (of this type, with this text). */
  error: z
    .strictObject({ type: z.string().min(1).optional(), messageIncludes: z.string().optional() })
    .nullable()
    .optional(),
  /** Each text must appear in some log line. */
  logIncludes: z.array(z.string().min(1)).optional(),
  /** How many times save() must be called. */
  saves: z.number().int().nonnegative().optional(),
});

/** One saved test: the event's input and row, and what the run must do. */
export const testCaseSchema = z.strictObject({
  name: z.string().trim().min(1, 'a test case needs a name'),
  input: z.strictObject({
    status: z.string().optional(),
    triggerNode: z.string().optional(),
    handleType: z.string().optional(),
    nodeId: z.string().optional(),
  }),
  row: z.record(z.string(), plainValue),
  expect: testExpectSchema,
});

/** The studio's file of an element's test cases. */
export const testCasesFileSchema = z.object({
  version: z.literal(1),
  /** The element's full name, for a person reading the file. */
  element: z.string(),
  cases: z.array(z.unknown()),
});

export type TestExpect = z.infer<typeof testExpectSchema>;
export type TestCase = z.infer<typeof testCaseSchema>;
export type TestCaseInput = TestCase['input'];
