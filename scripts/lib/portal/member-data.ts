/**
 * What the portal holds of each member at a build: its manifest and feed fetched now, or, when
 * either cannot be used, the last good copy saved by an earlier build (the page then says when it
 * is from). A copy is saved only when both were good, and atomically, so a build killed mid-write
 * leaves the previous copy whole.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortalMember } from '../../../src/lib/district/config.ts';
import { MANIFEST_FILE, readManifest, type SiteManifest } from '../../../src/lib/district/manifest.ts';
import { readMemberFeed, type FeedItem } from '../../../src/lib/district/member-feed.ts';
import type { MemberData } from '../../../src/lib/district/portal-model.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { fetchText, PORTAL_LIMITS } from './fetch-text.ts';

interface SavedCopy {
  fetchedAt: string;
  manifest: SiteManifest;
  items: (Omit<FeedItem, 'publishedAt'> & { publishedAt: string })[];
}

const copyFile = (stateDir: string, id: string): string => join(stateDir, `${id}.json`);

function readCopy(stateDir: string, id: string): { fetchedAt: string; manifest: SiteManifest; items: FeedItem[] } | undefined {
  try {
    const saved = JSON.parse(readFileSync(copyFile(stateDir, id), 'utf8')) as SavedCopy;
    const checked = readManifest(saved.manifest);
    if (!('manifest' in checked)) return undefined;
    return { fetchedAt: saved.fetchedAt, manifest: checked.manifest, items: saved.items.map((i) => ({ ...i, publishedAt: new Date(i.publishedAt) })) };
  } catch {
    return undefined;
  }
}

function saveCopy(stateDir: string, id: string, copy: SavedCopy): void {
  mkdirSync(stateDir, { recursive: true });
  const file = copyFile(stateDir, id);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(copy));
  renameSync(temp, file);
}

/** The member's manifest and feed items fetched now, or the problems with them (each in words for the report). */
async function fetchFresh(member: PortalMember): Promise<{ manifest: SiteManifest; items: FeedItem[] } | { problems: string[] }> {
  const manifestUrl = new URL(MANIFEST_FILE, member.url).href;
  let json: unknown;
  try {
    json = JSON.parse(await fetchText(manifestUrl, PORTAL_LIMITS.manifest));
  } catch (error) {
    return { problems: [t('portal.problem.manifest', { url: manifestUrl, problem: (error as Error).message })] };
  }
  const checked = readManifest(json);
  if (!('manifest' in checked)) return { problems: checked.problems.map((p) => t('portal.problem.manifestField', { url: manifestUrl, problem: p })) };
  const { manifest } = checked;
  if (manifest.url !== member.url) return { problems: [t('portal.problem.otherSite', { url: manifestUrl, theirs: manifest.url })] };
  let feed: ReturnType<typeof readMemberFeed>;
  try {
    feed = readMemberFeed(await fetchText(manifest.feed, PORTAL_LIMITS.feed));
  } catch (error) {
    return { problems: [t('portal.problem.feed', { url: manifest.feed, problem: (error as Error).message })] };
  }
  if (!('items' in feed)) return { problems: feed.problems.map((p) => t('portal.problem.feed', { url: manifest.feed, problem: p })) };
  return { manifest, items: feed.items };
}

/** One member's data for this build; `now` stamps a fresh copy. */
export async function memberData(member: PortalMember, stateDir: string, now: Date): Promise<MemberData> {
  const fresh = await fetchFresh(member);
  if ('manifest' in fresh) {
    const fetchedAt = now.toISOString();
    saveCopy(stateDir, member.id, { fetchedAt, manifest: fresh.manifest, items: fresh.items.map((i) => ({ ...i, publishedAt: i.publishedAt.toISOString() })) });
    return { member, manifest: fresh.manifest, items: fresh.items, fetchedAt, problems: [] };
  }
  const copy = readCopy(stateDir, member.id);
  return { member, manifest: copy?.manifest, items: copy?.items ?? [], fetchedAt: copy?.fetchedAt, problems: fresh.problems };
}
