/**
 * A member's share of a content folder: the news, 红榜 entries and profiles of its communities
 * (and, for one member, the articles about no community). The district tests build three member
 * sites from the sample this way; photos stay, so every reference still resolves.
 */
import { cpSync, globSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface MemberShare {
  /** Community ids whose content the member keeps. */
  communities: readonly string[];
  /** Whether it also keeps the articles that name no community (the district's own news). */
  unassigned?: boolean;
}

const communityOf = (file: string): string | undefined => /^community:\s*['"]?([\w-]+)/m.exec(readFileSync(file, 'utf8'))?.[1];

/** Copies `from` to `to`, keeping only the member's share. */
export function splitContent(from: string, to: string, share: MemberShare): void {
  cpSync(from, to, { recursive: true });
  const keep = new Set(share.communities);
  for (const file of globSync('news/**/*.{md,mdx}', { cwd: to })) {
    const community = communityOf(join(to, file));
    if (community === undefined ? !share.unassigned : !keep.has(community)) rmSync(join(to, file));
  }
  for (const file of globSync('honors/**/*.{md,mdx,yaml}', { cwd: to })) {
    if (!keep.has(communityOf(join(to, file)) ?? '')) rmSync(join(to, file));
  }
  for (const file of globSync('communities/*.yaml', { cwd: to })) {
    if (!keep.has(basename(file, '.yaml'))) rmSync(join(to, file));
  }
}
