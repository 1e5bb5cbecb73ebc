/**
 * A district of sites in the site configuration: where this site sits (`member`, published in its
 * manifest) and, for a district portal, the member sites it follows (`district`). The same fields
 * may come from a JSON file named by `SITE_CONFIG` (`src/node/site-overrides.ts`), so one checkout
 * serves as any member or as the portal without editing code.
 */
import { z } from 'astro/zod';
import { SITE_LEVELS, type SiteLevel } from './manifest.ts';

/** This site as a member of a district: its level and the office above it. */
export interface MemberConfig {
  readonly level: SiteLevel;
  readonly parent?: string;
}

/** One site a portal follows. */
export interface PortalMember {
  /** Short id for its page on the portal (`/members/<id>/`) and its saved copy. */
  readonly id: string;
  /** 名称, as the portal shows it. */
  readonly name: string;
  readonly level: SiteLevel;
  /** The site's address, base path included, with a trailing slash. */
  readonly url: string;
}

/** A district portal: the member sites it joins. */
export interface DistrictConfig {
  readonly members: readonly PortalMember[];
}

const siteUrl = z
  .url({ protocol: /^https?$/ })
  .refine((u) => u.endsWith('/'), 'ends with / (the base path, with its trailing slash)')
  .refine((u) => !/[?#]/.test(u), 'has no query or fragment');

export const memberConfigSchema = z.object({ level: z.enum(SITE_LEVELS), parent: z.string().trim().min(1).optional() }).strict();

export const districtConfigSchema = z
  .object({
    members: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and -'),
            name: z.string().trim().min(1),
            level: z.enum(SITE_LEVELS),
            url: siteUrl,
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: `${m.id} appears twice` });
      seen.add(m.id);
    });
  });

/** The fields a `SITE_CONFIG` file may set over src/site.config.ts. */
export const siteOverridesSchema = z
  .object({
    name: z.string().trim().min(1).optional(),
    url: siteUrl.optional(),
    description: z.string().trim().min(1).optional(),
    member: memberConfigSchema.optional(),
    district: districtConfigSchema.optional(),
  })
  .strict();

/** The overrides in a file's text, or one message naming the file and each bad field. */
export function parseSiteOverrides(text: string, file: string): z.infer<typeof siteOverridesSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const result = siteOverridesSchema.safeParse(json);
  if (result.success) return result.data;
  throw new Error(`${file}:\n${result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`);
}
