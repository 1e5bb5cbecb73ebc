/**
 * The 图片 button of the body editor: photo, 图片内容 (alt) and 图片说明 (caption),
 * written as the site's `![alt](./images/x.jpg "caption")`. It replaces Decap's
 * English `Image` component and its 从 URL 插入, which would reach another host.
 */
import type { CMS } from 'decap-cms-core';
import { createElement as h } from 'react';
import { t } from '../../../../src/i18n/zh-CN.ts';
import { FIGURE_PATTERN, figureFromMatch, figureToMarkdown, type Figure } from '../../../../src/lib/desk/figure.ts';
import { PHOTO_WIDGET, registerPhotoWidget } from './photo-widget.ts';

interface FieldLike {
  get(key: string): unknown;
}
type GetAsset = (path: string, field?: FieldLike) => { toString(): string } | undefined;

// Widget options beyond Decap's typed minimum (choose_url, hint, required) are real options.
const FIELDS = [
  { name: 'src', label: t('desk.figure.src'), widget: PHOTO_WIDGET, choose_url: false, media_library: { allow_multiple: false } },
  { name: 'alt', label: t('desk.figure.alt'), widget: 'string', hint: t('desk.figure.altHint') },
  { name: 'caption', label: t('desk.figure.caption'), widget: 'string', required: false, hint: t('desk.figure.captionHint') },
];

/**
 * Registered under Decap's own id `image`, which replaces its English component
 * in place: Decap tries components in registration order when it reads a body,
 * so under another id its `image` (IMAGE / ALT TEXT / TITLE, 用 URL 替代) would
 * still claim every photo of a reopened article.
 */
export const FIGURE_COMPONENT = 'image';

export function registerFigure(cms: CMS): void {
  registerPhotoWidget(cms);
  cms.registerEditorComponent({
    id: FIGURE_COMPONENT,
    label: t('desk.figure.label'),
    fields: FIELDS,
    pattern: FIGURE_PATTERN,
    fromBlock: figureFromMatch,
    toBlock: (data: Partial<Figure>) => figureToMarkdown({ src: data.src ?? '', alt: data.alt ?? '', caption: data.caption ?? '' }),
    // Decap passes getAsset and the fields here (not in its types): an upload
    // not yet saved is only a blob: URL in this tab.
    toPreview: ((data: Partial<Figure>, getAsset?: GetAsset, fields?: { find(p: (f: FieldLike) => boolean): FieldLike | undefined }) => {
      const field = fields?.find((f) => f.get('widget') === PHOTO_WIDGET);
      const src = (data.src && getAsset?.(data.src, field)?.toString()) || data.src || '';
      return h('figure', null, h('img', { src, alt: data.alt ?? '' }), data.caption ? h('figcaption', null, data.caption) : null);
    }) as (data: unknown) => ReturnType<typeof h>,
  });
}
