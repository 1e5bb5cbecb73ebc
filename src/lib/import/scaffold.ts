/**
 * `npm run new`: a new article with every front-matter field in place. Fields
 * without a value yet are YAML comments, so the file passes content:check as a
 * draft and an editor only has to uncomment and fill in.
 */
import { toChinaWallTime } from '../china-time.ts';
import { yamlScalar } from './markdown-writer.ts';
import { msg } from './messages.ts';

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
    msg('scaffold.kicker'),
    `title: ${yamlScalar(title)}`,
    msg('scaffold.subtitle'),
    // Quoted so YAML 1.1 readers cannot turn it into a UTC instant.
    `publishedAt: ${JSON.stringify(toChinaWallTime(now))}`,
    msg('scaffold.source'),
    msg('scaffold.authors'),
    msg('scaffold.correspondents'),
    msg('scaffold.photographers'),
    msg('scaffold.editor'),
    community === undefined ? msg('scaffold.community') : `community: ${community}`,
    msg('scaffold.topics'),
    msg('scaffold.cover', { slug }),
    msg('scaffold.coverAlt'),
    msg('scaffold.summary'),
    msg('scaffold.review'),
    'draft: true',
    '---',
    '',
    msg('scaffold.body', { slug }),
    '',
  ];
  return lines.join('\n');
}
