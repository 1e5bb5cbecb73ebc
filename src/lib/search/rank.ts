/**
 * The order of search results. Pagefind finds the pages that have every
 * word of the query somewhere and scores them by term frequency; it does not
 * know whether the words stand together, whether they are in the title, or
 * (over several shards) how one shard's scores compare with another's. So the
 * best-scored pages are read and ordered again:
 *
 * 1. a page with every word the reader typed, each as typed (`红心食堂`, not
 *    `红心` here and `食堂` there), above one with only some of them;
 * 2. the words next to each other, in order, above the same words apart;
 * 3. every word in the title above words only in the text, and among those the
 *    title the query says most of (`罗家坡社区` is the profile, before
 *    `罗家坡社区：社区成为大家庭`);
 * 4. Pagefind's score (to three significant figures: closer than that is a tie);
 * 5. newer above older.
 */

export interface Candidate {
  url: string;
  title: string;
  /** The page's indexed text after the title: paragraphs, then fields such as source and bylines. */
  text: string;
  /** Pagefind's score. */
  score: number;
  /** Seconds since the epoch (0 for a page without a date). */
  date: number;
}

export interface Match {
  /** Every word occurs, as typed, in the title or the text. */
  full: boolean;
  /** The words occur in order with at most two characters between each. */
  together: boolean;
  /** Every word occurs in the title. */
  inTitle: boolean;
}

/** How much of the title the query's words make up, in tenths (0 unless every word is in it). */
export function titleShare(words: readonly string[], title: string): number {
  const t = title.toLowerCase();
  if (!t || !words.every((w) => t.includes(w))) return 0;
  return Math.round((10 * words.reduce((n, w) => n + [...w].length, 0)) / [...t].length);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query's words: what the reader typed, split at spaces, lower-cased. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** How a page matches the query's words. */
export function matchOf(words: readonly string[], title: string, text: string): Match {
  const t = title.toLowerCase();
  const body = text.toLowerCase();
  const has = (w: string) => t.includes(w) || body.includes(w);
  const full = words.length > 0 && words.every(has);
  const near = new RegExp(words.map(escape).join('[^\\n]{0,2}'), 'u');
  return { full, together: full && (near.test(t) || near.test(body)), inTitle: words.length > 0 && words.every((w) => t.includes(w)) };
}

/** Pagefind's score to three significant figures: scores closer than that count as equal, so the date decides. */
export function roundedScore(score: number): number {
  return score > 0 ? Number(score.toPrecision(3)) : 0;
}

/** The key results are sorted by, highest first. */
function key(words: readonly string[], c: Candidate, m: Match): number[] {
  return [Number(m.full), Number(m.together), Number(m.inTitle), titleShare(words, c.title), roundedScore(c.score), c.date];
}

/** Candidates in result order, each with how it matched. */
export function rankCandidates<C extends Candidate>(words: readonly string[], candidates: readonly C[]): { candidate: C; match: Match }[] {
  const keyed = candidates.map((candidate, i) => {
    const match = matchOf(words, candidate.title, candidate.text);
    return { candidate, match, key: key(words, candidate, match), i };
  });
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) {
      const d = (b.key[k] ?? 0) - (a.key[k] ?? 0);
      if (d !== 0) return d;
    }
    return a.i - b.i;
  });
  return keyed.map(({ candidate, match }) => ({ candidate, match }));
}

/** Whether two matched word positions are next to each other: the query's words may stand together there. */
export function hasAdjacent(positions: readonly number[]): boolean {
  const sorted = [...positions].sort((a, b) => a - b);
  return sorted.some((p, i) => i > 0 && p === (sorted[i - 1] ?? Number.NaN) + 1);
}

/**
 * Pagefind's results with those whose matched words stand side by side first,
 * each group in Pagefind's order: a cheap first guess, from word positions
 * alone, at the pages that hold the query as typed.
 */
export function byAdjacency<R extends { words: readonly number[] }>(results: readonly R[]): R[] {
  const together = results.filter((r) => hasAdjacent(r.words));
  return together.length === 0 || together.length === results.length ? [...results] : [...together, ...results.filter((r) => !hasAdjacent(r.words))];
}
