/** `content/topics.yaml`: topic name → URL slug (and former names that keep pointing to it). */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from './fields.ts';
import { t } from '../../i18n/zh-CN.ts';

const slug = z.string().refine((v) => SLUG_PATTERN.test(v), {
  error: (issue) => t('check.badTopicSlug', { value: String(issue.input) }),
});

export const topicsFileSchema = z.record(z.string().min(1), z.union([slug, z.strictObject({ slug, formerNames: z.array(z.string().min(1)).optional() })]));
export type TopicsFile = z.output<typeof topicsFileSchema>;
