/** The honors collection: one honoured person or household per file in `content/honors/`. */
import { z } from 'astro/zod';
import { SITE } from '../../site.config.ts';
import { contentId, optionalText, requiredText } from './fields.ts';

/** Builds the honor schema; `imageField` as in `newsSchema`. */
export function honorSchema<Image extends z.ZodType>(imageField: Image, categories: readonly string[] = SITE.honorCategories) {
  return z.strictObject({
    /** Person or household honoured. */
    name: requiredText(),
    /** Roll id from `SITE.honorCategories` (文明红榜 …). */
    category: z.enum(categories as [string, ...string[]]),
    /** The year the roll is for. */
    year: z.number().int().min(1992).max(2100),
    /** Id of the community that awarded it; must exist. */
    community: contentId(),
    /** One line on why. */
    headline: requiredText(),
    /** Optional photo, relative to the file. */
    photo: imageField.optional(),
    /** Alt text for the photo; required with a photo. */
    photoAlt: optionalText(),
    /** Drafts are never built into the site. */
    draft: z.boolean().default(false),
  });
}

export const honorCheckSchema = honorSchema(z.string().trim().min(1));
export type HonorData = z.output<typeof honorCheckSchema>;
