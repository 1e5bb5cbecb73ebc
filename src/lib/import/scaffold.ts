/**
 * `npm run new`: a new article with every front-matter field in place. Fields
 * without a value yet are YAML comments, so the file passes content:check as a
 * draft and an editor only has to uncomment and fill in.
 */
import { toChinaWallTime } from '../china-time.ts';
import { yamlScalar } from './markdown-writer.ts';
import { t } from '../../i18n/zh-CN.ts';

export interface ScaffoldInput {
  title: string;
  slug: string;
  /** "Now": the draft's time, to the minute, in China time. */
  now: Date;
  community?: string | undefined;
}

export function scaffoldArticle({ title, slug, now, community }: ScaffoldInput): string {
  const lines = [
    '---',
    t('import.scaffold.kicker'),
    `title: ${yamlScalar(title)}`,
    t('import.scaffold.subtitle'),
    // Quoted so YAML 1.1 readers cannot turn it into a UTC instant.
    `publishedAt: ${JSON.stringify(toChinaWallTime(now))}`,
    t('import.scaffold.source'),
    t('import.scaffold.authors'),
    t('import.scaffold.correspondents'),
    t('import.scaffold.photographers'),
    t('import.scaffold.editor'),
    community === undefined ? t('import.scaffold.community') : `community: ${community}`,
    t('import.scaffold.topics'),
    t('import.scaffold.cover', { slug }),
    t('import.scaffold.coverAlt'),
    t('import.scaffold.coverFocus'),
    t('import.scaffold.summary'),
    t('import.scaffold.review'),
    'draft: true',
    '---',
    '',
    t('import.scaffold.body', { slug }),
    '',
  ];
  return lines.join('\n');
}
