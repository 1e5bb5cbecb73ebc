/**
 * An article made ready for the 公众号, from the live site: shared by `npm run wechat`
 * and the desk's 复制到公众号. Refused, with the reason an editor can act on, unless the
 * article is published, signed off by all three reviewers, on the live site as the
 * content folder has it (its photos' JPEG copies too), links to nothing unpublished and
 * fits the 公众号's limits (src/lib/wechat/limits.ts).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import * as DomUtils from 'domutils';
import { checkContent } from '../../../src/lib/check/check-all.ts';
import type { NewsEntry } from '../../../src/lib/check/check-all.ts';
import { checkedSiteModel } from '../../../src/lib/site/checked-model.ts';
import { formatChinaDateTime } from '../../../src/lib/china-time.ts';
import { composeWechat, hasClass, type WechatCopy } from '../../../src/lib/wechat/compose.ts';
import { creditLines } from '../../../src/lib/site/credits.ts';
import { linkResolver } from '../../../src/lib/wechat/links.ts';
import { WECHAT_LIMITS } from '../../../src/lib/wechat/limits.ts';
import { filesIn, readContent } from '../../../src/node/content-files.ts';
import { wechatPhotos } from '../../../src/node/wechat-photos.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { SITE } from '../../../src/site.config.ts';
import type { LiveSite } from './live-site.ts';
import { WechatExportError } from './wechat-error.ts';

export { WechatExportError };

export interface WechatExport {
  slug: string;
  file: string;
  /** For the 公众号 editor's own fields. */
  title: string;
  author: string;
  digest: string;
  /** 阅读原文 */
  url: string;
  copy: WechatCopy;
  covers: { wide: string; square: string } | undefined;
  /** Limits that only the upload API enforces, or a title the list will cut: said, not refused. */
  warnings: string[];
}

export interface ExportOptions {
  contentDir: string;
  cwd: string;
  now: Date;
  live: LiveSite;
}

/** `target`: the article's slug or its file. */
export async function exportForWechat(target: string, { contentDir, cwd, now, live }: ExportOptions): Promise<WechatExport> {
  const fail = (key: Parameters<typeof t>[0], values: Record<string, string | number> = {}): never => {
    throw new WechatExportError(t(key, values));
  };
  if (!/^https:\/\//.test(SITE.url)) fail('wechat.error.notHttps', { url: SITE.url });
  const input = readContent(contentDir, cwd);
  const checked = checkContent(input, { now, ...filesIn(contentDir) });
  const wanted = isAbsolute(target) || /[/\\]|\.mdx?$/.test(target) ? resolve(cwd, target) : undefined;
  const matches = (e: NewsEntry) => (wanted ? resolve(contentDir, e.file.rel) === wanted : e.id === target);
  const entry = checked.content.news.find(matches);
  if (!entry) {
    const problems = checked.problems.filter((p) => p.severity === 'error' && (wanted ? resolve(cwd, p.file) === wanted : p.file.includes(`/${target}.`)));
    if (problems.length > 0)
      fail('wechat.error.invalid', { file: problems[0]?.file ?? target, problems: problems.map((p) => `${p.field}：${p.message}`).join('；') });
    fail('wechat.error.notFound', { target });
  }
  const article = entry as NewsEntry;
  const file = relative(cwd, resolve(contentDir, article.file.rel));
  if (article.state === 'draft') fail('wechat.error.draft', { file });
  if (article.state === 'scheduled') fail('wechat.error.scheduled', { file, time: formatChinaDateTime(article.data.publishedAt as Date) });
  const review = article.data.review;
  const unsigned = (['first', 'second', 'final'] as const).filter((step) => !review?.[step]);
  if (unsigned.length > 0) fail('wechat.error.review', { file, steps: unsigned.map((s) => t(`wechat.review.${s}`)).join('、') });

  const site = checkedSiteModel(checked.content, now);
  const item = site.news.find((n) => n.id === article.id);
  if (!item) return fail('wechat.error.notFound', { target });
  const url = new URL(item.url, SITE.url).href;
  const page = await live.page(item.url);
  if (page === undefined) fail('wechat.error.notLive', { file, where: live.where });
  const doc = parseDocument(page as string);
  const heading = DomUtils.findOne((e) => e.name === 'h1', doc.children);
  const byClass = (name: string) => DomUtils.findOne((e) => hasClass(e, name), doc.children);
  const prose = byClass('prose');
  // The foot is written from the content folder: the page must show the same title, credits and 三审.
  const shown = (name: string) => {
    const el = byClass(name);
    return el ? DomUtils.textContent(el).replace(/\s+/g, '') : '';
  };
  const credits = creditLines(item.credits)
    .map((c) => `${c.label}${c.names}`)
    .join('')
    .replace(/\s+/g, '');
  const reviewLine =
    item.review && t('article.review', { first: item.review.first ?? '—', second: item.review.second ?? '—', final: item.review.final ?? '—' });
  const same =
    heading &&
    DomUtils.textContent(heading).trim() === item.title &&
    shown('article-credits') === credits &&
    shown('review') === (reviewLine ?? '').replace(/\s+/g, '');
  if (!prose || !same) fail('wechat.error.stale', { file });

  const photos = wechatPhotos(article, contentDir);
  for (const photo of [...photos.body, ...photos.covers]) {
    if (!(await live.has(photo.path))) fail('wechat.error.photoNotLive', { file, photo: photo.src });
  }
  const resolveLink = linkResolver(url, SITE.url, new Set(site.news.map((n) => n.url)));
  const copy = composeWechat(
    {
      kicker: item.kicker,
      title: item.title,
      subtitle: item.subtitle,
      source: item.source,
      publishedAt: item.publishedAt as Date,
      credits: item.credits,
      review: item.review,
      community: item.community?.name,
      url,
    },
    { html: DomUtils.getInnerHTML(prose as never), photos: photos.body.map((p) => new URL(p.path, SITE.url).href), resolveLink },
  );
  if (copy.problems.length > 0) fail('wechat.error.problems', { file, problems: copy.problems.join('；') });

  const chars = (text: string) => Array.from(text).length;
  const limits: [boolean, string][] = [
    [chars(item.title) > WECHAT_LIMITS.titleCharsEditor, t('wechat.limit.title', { count: chars(item.title), limit: WECHAT_LIMITS.titleCharsEditor })],
    [chars(copy.text) >= WECHAT_LIMITS.contentChars, t('wechat.limit.text', { count: chars(copy.text), limit: WECHAT_LIMITS.contentChars })],
    [Buffer.byteLength(copy.html) >= WECHAT_LIMITS.contentBytes, t('wechat.limit.bytes', { count: Buffer.byteLength(copy.html) })],
    [Buffer.byteLength(url) > WECHAT_LIMITS.sourceUrlBytes, t('wechat.limit.url')],
  ];
  const over = limits.filter(([broken]) => broken).map(([, message]) => message);
  if (over.length > 0) fail('wechat.error.limits', { file, problems: over.join('；') });

  // 作者 field: the reporters, else the 通讯员 (a community's own piece); whole names only, within the field's limit.
  const names = item.credits.authors?.length ? item.credits.authors : (item.credits.correspondents ?? []);
  const author = names.join('、');
  const fitted = names.reduce((kept, name) => {
    const next = kept === '' ? name : `${kept}、${name}`;
    return chars(next) <= WECHAT_LIMITS.authorChars ? next : kept;
  }, '');
  const warnings = [
    ...(chars(item.title) > WECHAT_LIMITS.titleChars ? [t('wechat.warn.title', { count: chars(item.title), limit: WECHAT_LIMITS.titleChars })] : []),
    ...(chars(copy.html) >= WECHAT_LIMITS.contentChars ? [t('wechat.warn.apiSize', { count: chars(copy.html), limit: WECHAT_LIMITS.contentChars })] : []),
    ...(chars(author) > WECHAT_LIMITS.authorChars ? [t('wechat.warn.author', { limit: WECHAT_LIMITS.authorChars })] : []),
  ];
  const [wide, square] = photos.covers.map((p) => new URL(p.path, SITE.url).href);
  return {
    slug: item.id,
    file,
    title: item.title,
    author: fitted,
    digest: Array.from(item.summary).slice(0, WECHAT_LIMITS.digestChars).join(''),
    url,
    copy,
    covers: wide && square ? { wide, square } : undefined,
    warnings,
  };
}
