import type { APIRoute } from 'astro';
import { getSiteModel } from '../astro/site.ts';
import { memberManifest } from '../lib/district/member-manifest.ts';
import { PAGEFIND_VERSION } from '../node/pagefind-version.ts';
import { BUILD_ENV } from '../env.ts';
import { SITE } from '../site.config.ts';

/** What a district portal reads from this site (docs/district.md). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(memberManifest(await getSiteModel(), SITE, BUILD_ENV.now, PAGEFIND_VERSION), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
