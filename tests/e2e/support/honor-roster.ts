/** Who should be on each 红榜, read from the content files by content:check's reader, not the site's. */
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/check/check-all.ts';
import { filesIn, readContent } from '../../../src/node/content-files.ts';
import { ROOT } from '../../support/build.ts';
import { SITE_NOW } from '../../../scripts/lib/run-build.ts';

const contentDir = join(ROOT, 'content');
/** The sample's content as content:check reads it. */
export const { content: sampleContent } = checkContent(readContent(contentDir, ROOT), { now: new Date(SITE_NOW), ...filesIn(contentDir) });

/** The public honor entries of the sample. */
export const honors = sampleContent.honors.filter((h) => !h.data.draft);

/** The names of the entries `pick` chooses, sorted. */
export const namesWhere = (pick: (h: (typeof honors)[number]) => boolean): string[] =>
  honors
    .filter(pick)
    .map((h) => h.data.name)
    .sort();
