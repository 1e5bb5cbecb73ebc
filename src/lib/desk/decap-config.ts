/**
 * The whole Decap CMS configuration of the editing desk, generated from the
 * collection schemas, so the desk's form cannot drift from what content:check
 * accepts. Served inline in the desk page (`load_config_file: false`).
 */
import type { z } from 'astro/zod';
import { t, type UiKey } from '../../i18n/zh-CN.ts';
import { communityCheckSchema } from '../schemas/community.ts';
import { honorCheckSchema } from '../schemas/honor.ts';
import { newsCheckSchema } from '../schemas/news.ts';
import { decapField, slugField, type DecapField, type FieldChoices } from './decap-fields.ts';
import { REVIEW_STEP_KEY } from './review-step.ts';
import { LIVE_LABEL_KEY } from './live-label.ts';
import { SUMMARY_DATE_KEY } from './summary-date.ts';
import { schemaFields } from './schema-fields.ts';

export interface DeskConfigInput {
  /** Topic names clerks may pick from. */
  topics: readonly string[];
  /** The branch the desk's server commits to (the proxy backend sends it with every request). */
  branch: string;
}

/**
 * Fields the desk adds that no schema has, and why. The file format drops
 * `slug`; `body` is the Markdown after the front matter.
 */
export const DESK_ONLY_FIELDS: Readonly<Record<string, string>> = {
  slug: 'file name of a new entry, read by the collection slug template; never written',
  body: 'the Markdown body after the front matter, not a front-matter field',
};

/** The custom file format registered for a collection (its key order, body or not). */
export const formatName = (collection: string): string => `desk-${collection}`;

// Our own component replaces Decap's English `Image` and `Code Block`; strikethrough
// and the other buttons have no Chinese label in zh_Hans and no use in news copy.
const BODY_FIELD: DecapField = {
  name: 'body',
  label: t('desk.field.body'),
  widget: 'markdown',
  required: true,
  hint: t('desk.hint.body'),
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  // Our 图片 (figure-component.ts), registered under Decap's id so that it also reads reopened photos.
  editor_components: ['image'],
};

interface CollectionPlan {
  name: 'news' | 'honors' | 'communities';
  label: UiKey;
  singular: UiKey;
  schema: z.ZodObject;
  /** Where under the collection folder a new file goes; absent for a flat folder. */
  path?: string;
  extension: 'md' | 'yaml';
  identifier: string;
  summary?: string;
  /** Fields the list can be sorted by; the first is the default order. */
  sortable?: readonly string[];
  /** The default order's direction (Decap's `default_sort`): newest first for dates. */
  defaultSort?: 'asc' | 'desc';
  /** Fields a draft may lack but publishing needs (content:check's publish rules). */
  publishRequired?: readonly string[];
}

const PLANS: readonly CollectionPlan[] = [
  {
    name: 'news',
    label: 'desk.collection.news',
    singular: 'desk.collection.news',
    schema: newsCheckSchema,
    // Decap's {{year}} is the year of saving, which is when a new article is written.
    path: '{{year}}/{{slug}}',
    extension: 'md',
    identifier: 'title',
    // The file format fills the date key in one spelling; front matter has several.
    // Published, scheduled or a draft first: the date alone does not say (a 2030 article sorts on top).
    summary: `【{{${LIVE_LABEL_KEY}}}】{{${SUMMARY_DATE_KEY}}}　{{title}}　〔{{${REVIEW_STEP_KEY}}}〕`,
    // Newest first, as the site lists them (a publish time spelled differently still sorts by its date prefix).
    sortable: ['publishedAt', 'title'],
    defaultSort: 'desc',
    publishRequired: ['publishedAt', 'source', 'review.first', 'review.second', 'review.final'],
  },
  {
    name: 'honors',
    label: 'desk.collection.honors',
    singular: 'desk.collection.honors.singular',
    schema: honorCheckSchema,
    // An honor belongs to its roll's year, not to the day it is typed in.
    path: '{{fields.year}}/{{slug}}',
    extension: 'md',
    identifier: 'name',
    sortable: ['year', 'name'],
    defaultSort: 'desc',
  },
  {
    name: 'communities',
    label: 'desk.collection.communities',
    singular: 'desk.collection.communities',
    schema: communityCheckSchema,
    extension: 'yaml',
    identifier: 'name',
  },
];

function collection(plan: CollectionPlan, choices: FieldChoices): Record<string, unknown> {
  const [first, ...rest] = schemaFields(plan.schema).map((f) => decapField(f, { ...choices, publishRequired: plan.publishRequired ?? [] }));
  // The file name comes right after the field it is made from (title or name).
  const fields = [...(first ? [first] : []), slugField(), ...rest, ...(plan.extension === 'md' ? [BODY_FIELD] : [])];
  return {
    name: plan.name,
    label: t(plan.label),
    label_singular: t(plan.singular),
    folder: `content/${plan.name}`,
    extension: plan.extension,
    format: formatName(plan.name),
    create: true,
    // 删除 on an article takes it down (the server marks it a draft); profiles and 红榜 are not deleted from the desk.
    delete: plan.name === 'news',
    slug: '{{fields.slug}}',
    identifier_field: plan.identifier,
    ...(plan.path === undefined ? {} : { path: plan.path }),
    // Relative to the entry's folder: content/news/2025/images/, as the site keeps photos.
    media_folder: 'images',
    public_folder: './images',
    ...(plan.summary === undefined ? {} : { summary: plan.summary }),
    ...(plan.sortable === undefined ? {} : { sortable_fields: sortableFields(plan.sortable, plan.defaultSort) }),
    fields,
  };
}

/** Decap 3's `sortable_fields`: the first field carries the default order. */
function sortableFields(
  [first, ...rest]: readonly string[],
  direction: 'asc' | 'desc' | undefined,
): (string | { field: string; default_sort: 'asc' | 'desc' })[] {
  if (first === undefined) return [];
  return [direction === undefined ? first : { field: first, default_sort: direction }, ...rest];
}

/** The Decap config object for `CMS.init({ config })`. */
export function deskConfig({ topics, branch }: DeskConfigInput): Record<string, unknown> {
  const choices: FieldChoices = { topics };
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    // Same origin as the page: no request leaves the desk.
    backend: {
      name: 'proxy',
      proxy_url: '/api/v1',
      branch,
      commit_messages: {
        create: t('desk.commit.create'),
        update: t('desk.commit.update'),
        delete: t('desk.commit.delete'),
        uploadMedia: t('desk.commit.uploadMedia'),
        deleteMedia: t('desk.commit.deleteMedia'),
      },
    },
    // Photos belong to an entry's images/ folder; the global media library has
    // no place on the site, and the server refuses uploads there.
    media_folder: 'content/uploads',
    public_folder: '/uploads',
    // Decap names an upload with this too: ASCII would turn 活动现场.jpg into `.jpg` (listed nowhere)
    // and 微信图片_1.jpg into `_1.jpg`. Entry slugs are ASCII by the slug field's pattern; the
    // server renames photos `<slug>-N` at save.
    slug: { encoding: 'unicode', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    collections: PLANS.map((plan) => collection(plan, choices)),
  };
}
