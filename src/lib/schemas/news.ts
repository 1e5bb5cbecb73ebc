/** The news collection: one article per Markdown/MDX file in `content/news/`. */
import { z } from 'astro/zod';
import { chinaTime, contentId, focusField, nameList, optionalText, requiredText } from './fields.ts';

/**
 * Builds the news schema. `imageField` is Astro's `image()` in the content layer
 * (so covers go through sharp) and a plain path string in `content:check`.
 * Fields needed only to publish (publishedAt, source, review) are optional here:
 * `publishRules` makes them errors for published articles and warnings for drafts.
 */
export function newsSchema<Image extends z.ZodType>(imageField: Image) {
  return z.strictObject({
    /** 标题 */
    title: requiredText(),
    /** 引题, the line above the title */
    kicker: optionalText(),
    /** 副题, the line below the title */
    subtitle: optionalText(),
    /** The home page's lead story when set. */
    featured: z.boolean().optional(),
    /** 发布时间, China time unless an offset is given. */
    publishedAt: chinaTime().optional(),
    /** 更新时间 */
    updatedAt: chinaTime().optional(),
    /** 来源 */
    source: optionalText(),
    /** 作者/记者 */
    authors: nameList(),
    /** 通讯员 */
    correspondents: nameList(),
    /** 摄影 */
    photographers: nameList(),
    /** 责任编辑 */
    editor: optionalText(),
    /** Id of the community the article is about; absent for city-wide news. */
    community: contentId().optional(),
    /** Topic names (Chinese); URLs come from `content/topics.yaml` or pinyin. */
    topics: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(requiredText())).optional(),
    /** Cover image, a path relative to the article file. */
    cover: imageField.optional(),
    /** Alt text for the cover; required with a cover. */
    coverAlt: optionalText(),
    /** Where the 公众号's 2.35:1 and square covers are cut around (`50% 30%`: across, down); the centre when absent. */
    coverFocus: focusField().optional(),
    /** One-paragraph summary; else the first paragraph is used. */
    summary: optionalText(),
    /** 三审: 初审/复审/终审 names. */
    review: z.strictObject({ first: optionalText(), second: optionalText(), final: optionalText() }).optional(),
    /** Drafts are never built into the site. */
    draft: z.boolean().default(false),
  });
}

/** News front matter as `content:check` reads it (cover as a path). */
export const newsCheckSchema = newsSchema(z.string().trim().min(1));
export type NewsData = z.output<typeof newsCheckSchema>;
