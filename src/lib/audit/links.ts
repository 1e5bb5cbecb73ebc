/**
 * 链接: links written in published articles, judged by content:check's own
 * rule (`linkProblems`), and what the last build's link check found, which
 * only a built site can know (menus, feeds, pagination).
 */
import type { NewsEntry } from '../check/check-all.ts';
import { linkProblems, type LinkTargets } from '../check/references.ts';
import type { Problem } from '../check/problem.ts';

export type BuiltLinks = { kind: 'unbuilt' } | { kind: 'checked'; pages: number; broken: readonly string[] };

/** Broken or unpublished targets in the articles the site shows. */
export function contentLinkProblems(published: readonly NewsEntry[], targets: LinkTargets): Problem[] {
  return published.flatMap((n) => linkProblems(n.file, n.body, n.bodyLine, n.state, targets));
}
