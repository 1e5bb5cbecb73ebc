/**
 * After a save that goes live with the next publish: asks the desk every few seconds
 * whether the resident publisher has published it (GET /api/live, scripts/lib/desk/live-check.ts),
 * and says 已上线 when it has. A newer save of the same file replaces the watch; the desk
 * without a publisher (`watching: false`) ends it at once; it gives up after a while
 * (the line then keeps saying when the site updates).
 */
const EVERY_MS = 3000;
const GIVE_UP_MS = 15 * 60_000;

const watches = new Map<string, symbol>();

export function watchLive(path: string, id: string, onLive: (at: string | undefined) => void): void {
  const token = Symbol(id);
  watches.set(path, token);
  const end = Date.now() + GIVE_UP_MS;
  const ask = async (): Promise<void> => {
    if (watches.get(path) !== token || Date.now() > end) return;
    const response = await fetch(`/api/live?path=${encodeURIComponent(path)}&id=${id}`).catch(() => undefined);
    const answer = (await response?.json().catch(() => undefined)) as { live?: boolean; at?: string; watching?: boolean } | undefined;
    if (watches.get(path) !== token) return;
    if (answer?.live) {
      watches.delete(path);
      onLive(answer.at);
      return;
    }
    if (response?.ok && answer?.watching === false) return;
    setTimeout(() => void ask(), EVERY_MS);
  };
  setTimeout(() => void ask(), EVERY_MS);
}
