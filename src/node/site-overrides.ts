/**
 * The `SITE_CONFIG` file (`src/lib/district/config.ts`): read once, when the site configuration
 * is first imported. No file: no overrides.
 */
import { readFileSync } from 'node:fs';
import { parseSiteOverrides } from '../lib/district/config.ts';
import { readEnv } from '../env.ts';
import type { SiteConfig } from '../site.config.ts';

/** The fields a `SITE_CONFIG` file sets (only those: an absent field keeps the configured value). */
export type SiteOverrides = Partial<Pick<SiteConfig, 'name' | 'url' | 'description' | 'member' | 'district'>>;

export function readSiteOverrides(file: string | undefined = readEnv().siteConfig): SiteOverrides {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`SITE_CONFIG=${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = parseSiteOverrides(text, file);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as SiteOverrides;
}
