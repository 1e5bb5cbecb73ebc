/**
 * The news preview: the article as the site shows it (the site's name above,
 * kicker, title, 来源 and time, cover, body with its photos' captions — written
 * by our 图片 component's toPreview —, credits, topics, the 三审 line), with
 * the 三审 step above.
 * Class names are the site's, so the site's CSS (registered raw) styles it.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, Fragment, type ReactNode } from 'react';
import { t } from '../../../../src/i18n/zh-CN.ts';
import { deskNow } from './clock.ts';
import { formatChinaDateTime, parseChinaTime, toChinaIso } from '../../../../src/lib/china-time.ts';
import { creditLines } from '../../../../src/lib/site/credits.ts';
import { goesLive } from '../../../../src/lib/desk/goes-live.ts';
import { liveLabel } from '../../../../src/lib/desk/live-label.ts';
import { reviewStep, type ReviewSignOffs } from '../../../../src/lib/desk/review-step.ts';
import { SITE } from '../../../../src/site.config.ts';
import { WechatCopy } from './wechat-copy.ts';

interface NewsDraft {
  title?: string;
  kicker?: string;
  subtitle?: string;
  publishedAt?: string;
  updatedAt?: string;
  source?: string;
  authors?: string[];
  correspondents?: string[];
  photographers?: string[];
  editor?: string;
  topics?: string[];
  cover?: string;
  coverAlt?: string;
  review?: ReviewSignOffs;
  draft?: boolean;
}

/** A time as the article page prints it; text the site cannot read is shown as typed. */
function timeOf(text: string | undefined): ReactNode {
  if (!text) return null;
  const date = parseChinaTime(text);
  return date ? h('time', { dateTime: toChinaIso(date) }, formatChinaDateTime(date)) : h('span', null, text);
}

/** Decap's preview frame is a bare document: give it a language and a title, for screen readers. */
function labelFrame(title: string) {
  return (element: HTMLElement | null) => {
    if (!element) return;
    element.ownerDocument.documentElement.lang = 'zh-CN';
    element.ownerDocument.title = t('desk.preview.frameTitle', { title });
  };
}

/**
 * The site's masthead, name only (no links: nothing in the preview leads away).
 * Its look is set here: SiteHeader.astro's CSS masks icons from /icons, which
 * the preview must not fetch, so it is not among the injected styles.
 */
function siteBar(): ReactNode {
  return h(
    'header',
    {
      className: 'site-header',
      style: { background: 'var(--color-surface)', borderBlockEnd: '4px solid var(--color-band)', marginBlockEnd: 'var(--space-3)' },
    },
    h(
      'div',
      { className: 'bar container', style: { paddingBlock: 'var(--space-2)' } },
      h(
        'p',
        { className: 'brand', style: { margin: 0, color: 'var(--color-accent)', lineHeight: 1.25 } },
        h('b', { style: { display: 'block', fontSize: '1.25rem' } }, SITE.name),
        h('small', { style: { color: 'var(--color-muted)', fontSize: '0.875rem' } }, t('site.hostedBy', { host: SITE.owner.host })),
      ),
    ),
  );
}

/**
 * 定时 or 草稿 beside the 三审 step: the date alone does not tell a scheduled
 * article. Not 已发布: an article being typed is not on the site until saved.
 */
function liveNote(data: NewsDraft): string {
  const now = deskNow();
  const live = goesLive(data as Record<string, unknown>, now);
  return live.kind === 'next-build' ? '' : `　${liveLabel(data as Record<string, unknown>, now)}`;
}

export function NewsPreview({ entry, widgetFor, getAsset }: PreviewTemplateComponentProps): ReactNode {
  const data = (entry.get('data')?.toJS() ?? {}) as NewsDraft;
  const credits = creditLines(data);
  const review = data.review ?? {};
  const cover = data.cover ? String(getAsset(data.cover) ?? '') : '';
  return h(
    Fragment,
    null,
    siteBar(),
    h(
      'main',
      { className: 'container', ref: labelFrame(data.title ?? '') },
      h(
        'article',
        { className: 'article' },
        h('p', { className: 'preview-banner', role: 'note' }, t('desk.preview.step', { step: reviewStep(data.review, data.draft) }), liveNote(data)),
        h(
          'header',
          null,
          data.kicker ? h('p', { className: 'kicker' }, data.kicker) : null,
          h('h1', null, data.title ?? ''),
          data.subtitle ? h('p', { className: 'subtitle' }, data.subtitle) : null,
          h(
            'p',
            { className: 'article-meta' },
            data.source ? h('span', null, t('article.source', { source: data.source })) : null,
            timeOf(data.publishedAt),
            data.updatedAt ? h('span', null, t('article.updated'), timeOf(data.updatedAt)) : null,
          ),
        ),
        cover ? h('figure', { className: 'cover' }, h('img', { src: cover, alt: data.coverAlt ?? '' })) : null,
        h('div', { className: 'prose' }, widgetFor('body')),
        credits.length > 0
          ? h(
              'p',
              { className: 'article-credits' },
              credits.map(({ label, names }) => h('span', { key: label }, label, names)),
            )
          : null,
        data.topics?.length ? h('p', { className: 'topics' }, h('span', null, t('article.topics')), data.topics.join('、')) : null,
        h('p', { className: 'review' }, t('article.review', { first: review.first ?? '—', second: review.second ?? '—', final: review.final ?? '—' })),
        // Keyed by the article: what was copied for one is never shown under the next.
        h(WechatCopy, { key: String(entry.get('slug') ?? ''), entrySlug: entry.get('slug') as string | undefined }),
      ),
    ),
  );
}
