/**
 * Turns schema fields into Decap CMS form fields: the widget follows the zod
 * type, the label is the `field.*` string editors already see in content:check
 * errors, the hint is `desk.hint.*`.
 */
import { isUiKey, t } from '../../i18n/zh-CN.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import type { FieldKind, SchemaField } from './schema-fields.ts';

/** One field of a Decap collection (only the options we use are typed). */
export type DecapField = {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  fields?: DecapField[];
  field?: DecapField;
} & Record<string, unknown>;

/** What a collection's fields may be chosen from. */
export interface FieldChoices {
  /** Topic names editors may pick (content/topics.yaml and topics in use). */
  topics: readonly string[];
  /** Field paths a draft may lack but publishing needs (`review.final`). */
  publishRequired?: readonly string[];
}

/** Dates are written as Chinese portals print them, in China time (no UTC conversion). */
const TIME_OPTIONS = { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false };

// A photo field is a path string in the schema; only its name says it is a photo.
// Uploads only: "insert from URL" would fetch a remote host.
const IMAGE_OPTIONS = { widget: 'image', choose_url: false };

/**
 * Fields whose zod type (a plain string or list) does not say what they mean.
 * Keyed by field name: the same name means the same thing in every collection.
 */
const BY_NAME: Readonly<Record<string, (choices: FieldChoices) => Record<string, unknown>>> = {
  // A community id is a file name in content/communities/: pick one of those.
  community: () => ({ widget: 'relation', collection: 'communities', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] }),
  // Only known topics: a new spelling would make a new topic page.
  topics: ({ topics }) => ({ widget: 'select', multiple: true, options: [...topics] }),
  cover: () => IMAGE_OPTIONS,
  photo: () => IMAGE_OPTIONS,
  summary: () => ({ widget: 'text' }),
};

/** The label editors know a field by; a missing `field.*` string is a type error at the call site. */
function labelOf(path: string): string {
  const key = `field.${path}`;
  if (!isUiKey(key)) throw new Error(`desk: no Chinese label field.${path}`);
  return t(key);
}

function hintOf(path: string): { hint?: string } {
  const key = `desk.hint.${path}`;
  return isUiKey(key) ? { hint: t(key) } : {};
}

function widgetFor(type: FieldKind, path: string, choices: FieldChoices): Record<string, unknown> {
  switch (type.kind) {
    case 'text':
      return { widget: 'string' };
    case 'time':
      return TIME_OPTIONS;
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return { widget: 'number', value_type: type.int ? 'int' : 'float', ...pick(type, ['min', 'max']) };
    case 'choice':
      return { widget: 'select', options: type.options.map((value) => ({ value, label: choiceLabel(path, value) })) };
    case 'list':
      // One input per name, so a name with a Chinese comma is never split.
      // Open, not collapsed: a name just added is typed in at once (it starts as null: credits.ts skips it).
      return {
        widget: 'list',
        collapsed: false,
        field: { name: 'item', label: t('desk.field.list.item'), widget: 'string', required: true, ...widgetFor(type.item, path, choices) },
      };
    case 'object':
      return { widget: 'object', collapsed: false, fields: type.fields.map((f) => decapField(f, choices, `${path}.`)) };
  }
}

function choiceLabel(path: string, value: string): string {
  const key = path === 'category' ? `honor.category.${value}` : `${path}.${value}`;
  return isUiKey(key) ? t(key) : value;
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]])) as Partial<Pick<T, K>>;
}

/** The Decap field for a schema field; `prefix` is the parent's path (`review.`). */
export function decapField(field: SchemaField, choices: FieldChoices, prefix = ''): DecapField {
  const path = prefix + field.name;
  const special = prefix === '' ? BY_NAME[field.name] : undefined;
  return {
    name: field.name,
    label: labelOf(path),
    required: field.required,
    // Decap's `required` would refuse saving a draft without them; the desk's page marks these 发布必填 instead of 可选.
    ...(choices.publishRequired?.includes(path) === true ? { publish_required: true } : {}),
    ...hintOf(path),
    ...(field.default === undefined ? {} : { default: field.default }),
    ...(special ? special(choices) : widgetFor(field.type, path, choices)),
  } as DecapField;
}

/**
 * The slug rule as a Decap `pattern`: SLUG_PATTERN plus at least one letter,
 * as `isValidSlug` requires (an all-digit slug is a page number).
 */
export const SLUG_FIELD_PATTERN = `^(?=[^a-z]*[a-z])${SLUG_PATTERN.source.slice(1)}`;

/**
 * A desk-only field: the file name of a new entry. The collection's `slug`
 * template reads it; the file format drops it, because the schemas are strict.
 */
export function slugField(): DecapField {
  return {
    name: 'slug',
    label: t('field.slug'),
    widget: 'string',
    // Empty is fine: the preSave listener fills it from the title's pinyin.
    required: false,
    hint: t('desk.hint.slug'),
    pattern: [SLUG_FIELD_PATTERN, t('desk.slugPattern')],
  };
}
