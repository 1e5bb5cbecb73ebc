/**
 * Build stage: the Chinese search index. Documents come from the checked
 * content model (not from the rendered pages), with Chinese pre-segmented, and
 * go to Pagefind through its Node API in concurrent batches. See
 * docs/decisions.md ("Search") for the measurements behind this design.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { documentHtml, searchDocuments, type SearchLabels } from '../../../src/lib/search/documents.ts';
import { t, type UiKey } from '../../../src/i18n/zh-CN.ts';
import type { Stage } from '../pipeline.ts';

const BATCH = 200;

export const SEARCH_LABELS: SearchLabels = {
  type: { news: t('search.type.news'), honor: t('search.type.honor'), community: t('search.type.community') },
  category: (id) => t(`honor.category.${id}` as UiKey),
  honorTitle: (name, year, category) => t('feed.honorTitle', { name, year, category }),
  phone: t('community.phone'),
  noPhone: t('community.noPhone'),
};

/** Peak resident memory of Pagefind's helper process, in MB (Linux /proc), when it can be read. */
function helperPeakMb(): number | undefined {
  try {
    const pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const kb = pids.map((pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    return Math.round(Math.max(0, ...kb) / 1024);
  } catch {
    return undefined;
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

export const searchStage: Stage = {
  name: 'search index',
  run: async (staging, { model, log }) => {
    const docs = searchDocuments(model, SEARCH_LABELS);
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
    try {
      for (let i = 0; i < docs.length; i += BATCH) {
        const results = await Promise.all(docs.slice(i, i + BATCH).map((doc) => index.addHTMLFile({ url: doc.url, content: documentHtml(doc, SEARCH_LABELS.type[doc.type]) })));
        const failed = results.flatMap((r) => r.errors);
        if (failed.length > 0) throw new Error(`搜索索引出错：${failed.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
      const size = folderBytes(join(staging, 'pagefind'));
      const peak = helperPeakMb();
      log(`[pipeline] search index: ${docs.length} documents, ${(size / 1048576).toFixed(1)} MB${peak === undefined ? '' : `, Pagefind peak memory ${peak} MB`}`);
    } finally {
      await pagefind.close();
    }
  },
};
