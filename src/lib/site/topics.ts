/**
 * Topic URLs. A topic's slug comes from `content/topics.yaml` when listed there,
 * else from the pinyin of its name, so URLs are ASCII and stay put when a topic
 * is renamed (the old name goes into `formerNames`).
 */
import { pinyin } from 'pinyin-pro';
import type { TopicsFile } from '../schemas/topics.ts';

export interface Topic {
  /** Display name (the current name, when an article still uses a former one). */
  name: string;
  /** ASCII URL slug: `/topics/<slug>/`. */
  slug: string;
}

export interface TopicCollision {
  name: string;
  other: string;
  slug: string;
}

/** The pinyin slug of a name: `红心食堂` → `hong-xin-shi-tang`, `PM2.5治理` → `pm2-5-zhi-li`. */
export function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Resolves topic names to slugs and reports names that would share a URL. */
export class TopicIndex {
  readonly #canonical = new Map<string, string>();
  readonly #slugs = new Map<string, string>();

  constructor(file: TopicsFile = {}) {
    for (const [name, entry] of Object.entries(file)) {
      const slug = typeof entry === 'string' ? entry : entry.slug;
      this.#slugs.set(name, slug);
      const former = typeof entry === 'string' ? [] : (entry.formerNames ?? []);
      for (const old of former) this.#canonical.set(old, name);
    }
  }

  /** The topics `topics.yaml` lists, by their current names. */
  names(): string[] {
    return [...this.#slugs.keys()];
  }

  /** The topic an article's topic name stands for. */
  resolve(name: string): Topic {
    const current = this.#canonical.get(name) ?? name;
    return { name: current, slug: this.#slugs.get(current) ?? pinyinSlug(current) };
  }

  /** Pairs of distinct topics among `names` that resolve to the same slug. */
  collisions(names: Iterable<string>): TopicCollision[] {
    const bySlug = new Map<string, string>();
    const found: TopicCollision[] = [];
    for (const raw of names) {
      const { name, slug } = this.resolve(raw);
      const other = bySlug.get(slug);
      if (other === undefined) bySlug.set(slug, name);
      else if (other !== name) found.push({ name, other, slug });
    }
    return found;
  }
}
