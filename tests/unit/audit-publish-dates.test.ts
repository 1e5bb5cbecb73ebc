import { describe, expect, test } from 'vitest';
import { auditPublishDates, launchOf } from '../../src/lib/audit/publish-dates.ts';
import { parseAddLog } from '../../src/node/git-history.ts';
import { at } from '../support/audit-site.ts';

const NOW = at('2026-11-22 12:00');
const LAUNCH = { at: at('2026-06-01 10:00'), given: false };

describe('back-dated articles', () => {
  const article = (file: string, published: string, added: string | undefined) => ({
    file,
    publishedAt: at(published),
    addedAt: added === undefined ? undefined : at(added),
  });

  test('after launch, an article more than a day older than its commit is back-dated; within a day it is honest', () => {
    const audit = auditPublishDates(
      [
        article('honest.md', '2026-11-10 09:00', '2026-11-11 08:59'),
        article('late-write-up.md', '2026-11-10 09:00', '2026-11-11 09:00'),
        article('backdated.md', '2026-10-01 09:00', '2026-11-11 09:01'),
        article('scheduled-ahead.md', '2026-11-20 09:00', '2026-11-11 09:00'),
      ],
      LAUNCH,
      NOW,
    );
    expect(audit.backdated.map((b) => b.file)).toEqual(['backdated.md']);
    expect(audit.checked).toBe(4);
  });

  test('articles added at launch are migrated and counted, not compared', () => {
    const audit = auditPublishDates(
      [article('old.md', '2019-03-01 09:00', '2026-06-01 10:00'), article('new.md', '2026-07-01 09:00', '2026-07-01 10:00')],
      LAUNCH,
      NOW,
    );
    expect(audit).toMatchObject({ migrated: 1, checked: 1, backdated: [] });
  });

  test('a file never committed, or committed after now, is listed as not yet committed rather than guessed', () => {
    const audit = auditPublishDates(
      [article('new.md', '2026-11-20 09:00', undefined), article('future.md', '2026-01-01 09:00', '2026-11-23 09:00')],
      LAUNCH,
      NOW,
    );
    expect(audit).toMatchObject({ uncommitted: ['new.md', 'future.md'], checked: 0, backdated: [] });
  });

  test('the launch is the first commit that added news, if it existed at now; --launch overrides it', () => {
    expect(launchOf(at('2026-06-01 10:00'), NOW, undefined)).toEqual({ at: at('2026-06-01 10:00'), given: false });
    expect(launchOf(at('2026-11-23 10:00'), NOW, undefined)).toBeUndefined();
    expect(launchOf(undefined, NOW, at('2026-07-01'))).toEqual({ at: at('2026-07-01'), given: true });
  });
});

describe('parseAddLog', () => {
  test('keeps each file’s oldest add and follows renames', () => {
    const log = [
      '\u00012026-06-01T02:00:00+00:00',
      '',
      'A\tnews/2019/a.md',
      'A\tnews/2019/b.md',
      '\u00012026-07-01T02:00:00+00:00',
      '',
      'R100\tnews/2019/b.md\tnews/2019/b-renamed.md',
      'A\tnews/2026/c.md',
      '\u00012026-08-01T02:00:00+00:00',
      '',
      'A\tnews/2019/a.md',
    ].join('\n');
    const { added, firstAdd } = parseAddLog(log);
    expect(firstAdd).toEqual(at('2026-06-01 10:00'));
    expect(added.get('news/2019/a.md')).toEqual(at('2026-06-01 10:00'));
    expect(added.get('news/2019/b-renamed.md')).toEqual(at('2026-06-01 10:00'));
    expect(added.get('news/2026/c.md')).toEqual(at('2026-07-01 10:00'));
  });
});
