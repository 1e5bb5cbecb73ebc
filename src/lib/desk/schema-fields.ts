/**
 * Reads a collection's zod schema as a list of fields: what kind of value each
 * holds and whether it must be filled. The desk's form is generated from this,
 * so a field added to a schema shows up in the desk without a second list.
 */
import { z } from 'astro/zod';

/** What a field holds, as far as a form needs to know. */
export type FieldKind =
  | { kind: 'text' }
  /** Text the schema parses into a Date: a China-time `YYYY-MM-DD HH:mm`. */
  | { kind: 'time' }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'list'; item: FieldKind }
  | { kind: 'object'; fields: readonly SchemaField[] };

export interface SchemaField {
  name: string;
  /** False when the schema accepts the field missing (optional or defaulted). */
  required: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
  type: FieldKind;
}

// A time field is a string piped into a transform. Rather than trust the shape
// alone, parse a sample: only a field that turns it into a Date is a time.
const TIME_SAMPLE = '2025-03-08 09:30';

/** The fields of an object schema, in schema order. */
export function schemaFields(schema: z.ZodObject): SchemaField[] {
  return Object.entries(schema.shape).map(([name, field]) => describeField(name, field as z.ZodType));
}

function describeField(name: string, field: z.ZodType): SchemaField {
  let inner = field;
  let fallback: { value: unknown } | undefined;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    if (inner instanceof z.ZodDefault) fallback = { value: inner.def.defaultValue };
    inner = inner.unwrap() as z.ZodType;
  }
  const required = !field.safeParse(undefined).success;
  return { name, required, ...(fallback ? { default: fallback.value } : {}), type: kindOf(name, inner) };
}

// `.int()` alone bounds a number by ±MAX_SAFE_INTEGER: that is no limit worth showing.
const isBound = (v: number | null): v is number => v !== null && Math.abs(v) < Number.MAX_SAFE_INTEGER;

function kindOf(name: string, schema: z.ZodType): FieldKind {
  if (schema instanceof z.ZodPipe) {
    // z.preprocess(fn, x) is a pipe from a transform into x: the value is x's.
    if (schema.in instanceof z.ZodTransform) return kindOf(name, schema.out as z.ZodType);
    if (schema.safeParse(TIME_SAMPLE).data instanceof Date) return { kind: 'time' };
  }
  if (schema instanceof z.ZodString) return { kind: 'text' };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodArray) return { kind: 'list', item: kindOf(name, schema.element as z.ZodType) };
  if (schema instanceof z.ZodObject) return { kind: 'object', fields: schemaFields(schema) };
  if (schema instanceof z.ZodNumber) {
    const { minValue: min, maxValue: max } = schema;
    return {
      kind: 'number',
      int: schema.format === 'safeint' || schema.format === 'int32' || schema.format === 'uint32',
      ...(isBound(min) ? { min } : {}),
      ...(isBound(max) ? { max } : {}),
    };
  }
  // A new kind of field must be mapped here, not silently shown as text.
  throw new Error(`desk: no form widget for schema field "${name}" (${schema.def.type})`);
}
