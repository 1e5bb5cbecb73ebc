/**
 * `npm run wechat -- <slug or file> [--out DIR] [--live DIR|URL]`: writes a published
 * article as 公众号-ready HTML (`DIR/<slug>.html`, default `wechat-export/`), made from
 * the live site (the release in `OUT_DIR`, or `--live`), and prints where, with what
 * goes in the 公众号 editor's own fields (标题, 作者, 摘要, 阅读原文) and the two cover crops.
 * Refuses, saying why, anything not ready: see scripts/lib/wechat/export.ts.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { optionError, runMain } from '../src/lib/import/cli-support.ts';
import { escapeXml } from '../src/lib/feeds/xml.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { readEnv } from '../src/env.ts';
import { writeFileAtomic } from '../src/node/write-atomic.ts';
import { exportForWechat, WechatExportError } from './lib/wechat/export.ts';
import { liveSite } from './lib/wechat/live-site.ts';

const cwd = process.cwd();
const usage = t('wechat.usage');

async function run(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, live: { type: 'string' } } });
  } catch (error) {
    return fail(optionError(error, usage));
  }
  const target = args.positionals[0];
  if (target === undefined || args.positionals.length > 1) return fail(usage);
  const env = readEnv();
  try {
    const done = await exportForWechat(target, { contentDir: env.contentDir, cwd, now: env.now, live: liveSite(args.values.live ?? env.outDir) });
    const dir = args.values.out ?? join(cwd, 'wechat-export');
    const file = join(dir, `${done.slug}.html`);
    // Written whole or not at all (a half file pasted would lose the foot and its 三审), each export through its own temporary file.
    writeFileAtomic(file, wechatDocument(done.title, done.copy.html));
    const lines = [
      t('wechat.done', { file: relative(cwd, file) }),
      t('wechat.field.title', { value: done.title }),
      t('wechat.field.author', { value: done.author || '—' }),
      t('wechat.field.digest', { value: done.digest }),
      t('wechat.field.url', { value: done.url }),
      ...(done.covers ? [t('wechat.field.coverWide', { value: done.covers.wide }), t('wechat.field.coverSquare', { value: done.covers.square })] : []),
      ...done.copy.footnotes.map((f) => t('wechat.footnote', { n: f.n, url: f.url })),
      ...done.warnings.map((w) => t('wechat.warning', { text: w })),
      t('wechat.next'),
    ];
    console.log(lines.join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof WechatExportError) return fail(error.message);
    throw error;
  }
}

/** A page to open in a browser and copy from, or whose `<section>` to paste. */
function wechatDocument(title: string, html: string): string {
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeXml(title)}</title>`;
  // 677 px: the 公众号 article column on a desktop, so what is copied looks as it will.
  const body = `<body style="max-width: 677px; margin: 0 auto; padding: 16px;">\n${html}\n</body>`;
  return `<!doctype html>\n<html lang="zh-CN">\n<head>${head}</head>\n${body}\n</html>\n`;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = await runMain(run, console.error);
