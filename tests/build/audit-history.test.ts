import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditPublishDates, launchOf } from '../../src/lib/audit/publish-dates.ts';
import { readNewsHistory } from '../../src/node/git-history.ts';
import { at } from '../support/audit-site.ts';
import { commitAt, git } from '../support/dated-git.ts';
import { tempDir } from '../support/build.ts';

const NOW = at('2026-11-22 12:00');

function write(dir: string, rel: string): void {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), `---\ntitle: ${rel}\n---\n`);
}

describe('back-dated articles from a real git history', () => {
  const repo = tempDir('audit-git');
  const content = join(repo, 'content');
  git(repo, ['init', '-q']);
  write(content, 'news/2019/migrated.md');
  commitAt(repo, ['content'], '2026-06-01T10:00:00+08:00', 'launch: carry over the old site');
  write(content, 'news/2026/honest.md');
  commitAt(repo, ['content'], '2026-07-01T18:00:00+08:00');
  write(content, 'news/2026/backdated.md');
  commitAt(repo, ['content'], '2026-08-01T10:00:00+08:00');
  git(repo, ['mv', 'content/news/2026/honest.md', 'content/news/2026/honest-renamed.md']);
  commitAt(repo, [], '2026-09-01T10:00:00+08:00', 'rename');
  write(content, 'news/2026/uncommitted.md');

  const history = readNewsHistory(content);
  const articles = [
    ['news/2019/migrated.md', '2019-05-01 09:00'],
    ['news/2026/honest-renamed.md', '2026-07-01 09:00'],
    ['news/2026/backdated.md', '2026-05-01 09:00'],
    ['news/2026/uncommitted.md', '2026-11-01 09:00'],
  ] as const;

  test('reads each file’s first add, through a rename, and the launch', () => {
    expect(history.kind).toBe('available');
    if (history.kind !== 'available') return;
    expect(history.firstAdd).toEqual(at('2026-06-01 10:00'));
    expect(history.added.get('news/2026/honest-renamed.md')).toEqual(at('2026-07-01 18:00'));
    expect(history.added.has('news/2026/uncommitted.md')).toBe(false);
  });

  test('one honest, one back-dated, one migrated at launch, one not yet committed', () => {
    if (history.kind !== 'available') throw new Error('history expected');
    const dated = articles.map(([rel, published]) => ({ file: rel, publishedAt: at(published), addedAt: history.added.get(rel) }));
    const audit = auditPublishDates(dated, launchOf(history.firstAdd, NOW, undefined), NOW);
    expect(audit).toMatchObject({ launch: { at: at('2026-06-01 10:00'), given: false }, migrated: 1, checked: 2, uncommitted: ['news/2026/uncommitted.md'] });
    expect(audit.backdated.map((b) => b.file)).toEqual(['news/2026/backdated.md']);
  });

  test('a shallow clone says its history is cut short', () => {
    const clone = tempDir('audit-shallow');
    git(clone, ['clone', '-q', '--depth', '1', `file://${repo}`, 'site']);
    expect(readNewsHistory(join(clone, 'site', 'content'))).toEqual({ kind: 'unavailable', gap: 'shallow' });
  });

  test('a folder outside any repository has no history', () => {
    const plain = tempDir('audit-plain');
    write(plain, 'news/2026/a.md');
    expect(readNewsHistory(plain)).toEqual({ kind: 'unavailable', gap: 'notRepo' });
  });
});
