/** Fills an empty 文件名 of a new entry from its title (or name) in pinyin before Decap makes the path. */
import type { CMS } from 'decap-cms-core';
import { articleSlug } from '../../../../src/lib/import/article-slug.ts';
import type { DeskCollection } from './desk-data.ts';

export function registerSlugOnSave(cms: CMS, collections: readonly DeskCollection[]): void {
  const identifierOf = new Map(collections.map((c) => [c.name, c.identifier_field]));
  cms.registerEventListener({
    // preSave runs before Decap turns the collection's `slug` template into a path.
    name: 'preSave',
    handler: ({ entry }) => {
      const identifier = identifierOf.get(String(entry.get('collection')));
      const data = entry.get('data');
      // An existing entry keeps its path whatever the field says.
      if (identifier === undefined || entry.get('newRecord') !== true) return undefined;
      if (String(data.get('slug') ?? '').trim() !== '') return undefined;
      return data.set('slug', articleSlug(String(data.get(identifier) ?? '')));
    },
  });
}
