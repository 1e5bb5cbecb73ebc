/** The communities collection: one YAML profile per community in `content/communities/<id>.yaml`. */
import { z } from 'astro/zod';
import { count, optionalText, requiredText } from './fields.ts';

/** Builds the community schema; `imageField` as in `newsSchema`. */
export function communitySchema<Image extends z.ZodType>(imageField: Image) {
  return z.strictObject({
    /** 社区名称 */
    name: requiredText(),
    /** 区县 */
    district: requiredText(),
    /** 街道 */
    subdistrict: requiredText(),
    /** One or two sentences about the community. */
    summary: requiredText(),
    /** 户数 */
    households: count(),
    /** 常住人口 */
    population: count(),
    /** 党员数 */
    partyMembers: count(),
    /** The year the figures describe. */
    statsYear: z.number().int().min(1992).max(2100).optional(),
    /** 地址 */
    address: optionalText(),
    /** 电话, shown as a tap-to-call link. */
    phone: optionalText(),
    /** 办公时间 */
    officeHours: optionalText(),
    /** Cover image, relative to the file. */
    cover: imageField.optional(),
    /** Alt text for the cover; required with a cover. */
    coverAlt: optionalText(),
  });
}

export const communityCheckSchema = communitySchema(z.string().trim().min(1));
export type CommunityData = z.output<typeof communityCheckSchema>;
