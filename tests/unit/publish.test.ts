import { describe, expect, test } from 'vitest';
import { compareNewestFirst, publishState, nextScheduled } from '../../src/lib/site/publish.ts';
import { parseChinaTime } from '../../src/lib/china-time.ts';

const at = (text: string): Date => {
  const date = parseChinaTime(text);
  if (!date) throw new Error(`bad test time ${text}`);
  return date;
};

describe('publishState', () => {
  const now = at('2021-01-25 15:54');

  test.each([
    ['published before now', { draft: false, publishedAt: at('2021-01-25 15:53') }, 'published'],
    ['published exactly now', { draft: false, publishedAt: at('2021-01-25 15:54') }, 'published'],
    ['due one minute from now', { draft: false, publishedAt: at('2021-01-25 15:55') }, 'scheduled'],
    ['due next year', { draft: false, publishedAt: at('2022-01-01') }, 'scheduled'],
    ['marked draft with a past time', { draft: true, publishedAt: at('2020-01-01') }, 'draft'],
    ['marked draft with a future time', { draft: true, publishedAt: at('2022-01-01') }, 'draft'],
    ['without a publish time', { draft: false }, 'draft'],
    ['with publishedAt explicitly undefined', { draft: false, publishedAt: undefined }, 'draft'],
  ])('an article %s is %s', (_what, entry, state) => {
    expect(publishState(entry, now)).toBe(state);
  });

  test('compares instants, so a time written with Z is due at the same moment as China time', () => {
    const utcSpelling = { draft: false, publishedAt: at('2021-01-25T07:54:00Z') };
    expect(publishState(utcSpelling, at('2021-01-25 15:53:59'))).toBe('scheduled');
    expect(publishState(utcSpelling, at('2021-01-25 15:54'))).toBe('published');
  });
});

describe('compareNewestFirst', () => {
  test('sorts news newest first in China time, ties by slug', () => {
    const news = [
      { id: 'b-tie', publishedAt: at('2021-01-25 09:00') },
      { id: 'oldest', publishedAt: at('2019-06-01') },
      { id: 'newest', publishedAt: at('2021-12-31 23:30') },
      { id: 'a-tie', publishedAt: at('2021-01-25T01:00:00Z') }, // the same instant as 09:00 China time
      { id: 'middle', publishedAt: at('2020-03-08 08:00') },
    ];
    expect(news.sort(compareNewestFirst).map((n) => n.id)).toEqual(['newest', 'a-tie', 'b-tie', 'middle', 'oldest']);
  });

  test('gives the same order whatever order the files were read in', () => {
    const same = at('2021-01-25 09:00');
    const ids = ['c', 'a', 'b'];
    const forward = ids.map((id) => ({ id, publishedAt: same })).sort(compareNewestFirst);
    const backward = [...ids]
      .reverse()
      .map((id) => ({ id, publishedAt: same }))
      .sort(compareNewestFirst);
    expect(forward.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(backward.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('the next scheduled article', () => {
  const entry = (id: string, state: 'published' | 'draft' | 'scheduled', at?: string) => ({
    id,
    state,
    data: { publishedAt: at === undefined ? undefined : new Date(at) },
  });

  test('is the scheduled one due soonest; drafts and published ones do not count', () => {
    const entries = [
      entry('old', 'published', '2020-01-01T00:00:00Z'),
      entry('later', 'scheduled', '2031-01-01T00:00:00Z'),
      entry('sooner', 'scheduled', '2030-06-01T00:00:00Z'),
      entry('draft', 'draft'),
    ];
    expect(nextScheduled(entries)?.id).toBe('sooner');
    expect(nextScheduled([entry('draft', 'draft')])).toBeUndefined();
  });
});
