import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { DESK_ONLY_FIELDS, deskConfig } from '../../src/lib/desk/decap-config.ts';
import { SLUG_FIELD_PATTERN } from '../../src/lib/desk/decap-fields.ts';
import { isValidSlug } from '../../src/lib/text/slug.ts';
import { communityCheckSchema } from '../../src/lib/schemas/community.ts';
import { honorCheckSchema } from '../../src/lib/schemas/honor.ts';
import { newsCheckSchema } from '../../src/lib/schemas/news.ts';

interface Field {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  fields?: Field[];
  [option: string]: unknown;
}
interface Collection {
  name: string;
  fields: Field[];
}

const config = deskConfig({ topics: ['加装电梯', '志愿服务'], branch: 'main' });
const collections = config['collections'] as Collection[];
const byName = (name: string): Collection => {
  const found = collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

/** Every field path of a schema (`review.first` for nested ones), with whether the schema requires it. */
function schemaPaths(schema: z.ZodObject, prefix = ''): [string, boolean][] {
  return Object.entries(schema.shape).flatMap(([name, field]): [string, boolean][] => {
    const zod = field as z.ZodType;
    const required = !zod.safeParse(undefined).success;
    let inner: z.ZodType = zod;
    while ('unwrap' in inner && typeof inner.unwrap === 'function') inner = inner.unwrap() as z.ZodType;
    const nested = 'shape' in inner ? schemaPaths(inner as z.ZodObject, `${prefix}${name}.`) : [];
    return [[prefix + name, required], ...nested];
  });
}

function configPaths(fields: readonly Field[], prefix = ''): [string, boolean][] {
  return fields.flatMap((f): [string, boolean][] => [[prefix + f.name, f.required], ...configPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}

const schemas = [
  ['news', newsCheckSchema],
  ['honors', honorCheckSchema],
  ['communities', communityCheckSchema],
] as const;

describe('deskConfig', () => {
  test.each(schemas)('%s: every schema field is in the form, required as the schema says, and nothing else', (name, schema) => {
    const form = configPaths(byName(name).fields).filter(([path]) => !Object.hasOwn(DESK_ONLY_FIELDS, path));
    expect(form).toEqual(schemaPaths(schema));
  });

  test('adds only the declared desk fields: the slug everywhere, the body to Markdown collections', () => {
    const extra = collections.map((c) => [c.name, c.fields.map((f) => f.name).filter((n) => Object.hasOwn(DESK_ONLY_FIELDS, n))]);
    expect(extra).toEqual([
      ['news', ['slug', 'body']],
      ['honors', ['slug', 'body']],
      ['communities', ['slug']],
    ]);
  });

  test('labels every field in Chinese', () => {
    const labels = collections.flatMap((c) => {
      const walk = (fields: readonly Field[]): string[] => fields.flatMap((f) => [f.label, ...walk(f.fields ?? [])]);
      return walk(c.fields);
    });
    expect(labels.filter((label) => !/\p{Script=Han}/u.test(label))).toEqual([]);
  });

  test('never uses the map widget and names no host: the desk makes no request but to itself', () => {
    const text = JSON.stringify(config);
    expect(text).not.toMatch(/"widget":"map"/);
    expect(text).not.toMatch(/https?:|\/\//i);
  });

  test('picks the community from the communities collection by file name', () => {
    const community = byName('news').fields.find((f) => f.name === 'community');
    expect(community).toMatchObject({ widget: 'relation', collection: 'communities', value_field: '{{slug}}', required: false });
  });

  test('offers only the given topics', () => {
    expect(byName('news').fields.find((f) => f.name === 'topics')).toMatchObject({ widget: 'select', multiple: true, options: ['加装电梯', '志愿服务'] });
  });

  test('keeps times as China wall-clock text', () => {
    expect(byName('news').fields.find((f) => f.name === 'publishedAt')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD HH:mm',
      picker_utc: false,
      required: false,
    });
  });

  test("uploads photos into the entry folder's images/ with alt text beside them", () => {
    for (const c of collections) {
      expect(c).toMatchObject({ media_folder: 'images', public_folder: './images' });
    }
    expect(byName('honors').fields.find((f) => f.name === 'photo')).toMatchObject({ widget: 'image', choose_url: false });
  });

  test('offers honor categories by their Chinese names and stores the id', () => {
    const category = byName('honors').fields.find((f) => f.name === 'category');
    expect(category?.['options']).toContainEqual({ value: 'civility', label: '文明红榜' });
  });

  test('uses the proxy backend on the same origin, in Chinese', () => {
    expect(config).toMatchObject({ load_config_file: false, locale: 'zh_Hans', backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' } });
  });
});

describe('the slug field', () => {
  const pattern = new RegExp(SLUG_FIELD_PATTERN);
  test.each(['minghu-jiazhuang-dianti', 'a', '2025-nian-hongbang', 'x1', '0-0', '123', 'Minghu', 'a--b', '-a', 'a-', '明湖', 'a b', ''])(
    '%j is accepted exactly when isValidSlug accepts it',
    (slug) => {
      expect(pattern.test(slug)).toBe(isValidSlug(slug));
    },
  );
});
