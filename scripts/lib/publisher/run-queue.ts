/**
 * One publish at a time, and none lost: a request while a publish runs is kept and
 * served by one more publish after it, however many arrive meanwhile (that publish
 * reads the content as it then is, so it carries them all). Pure: the publisher
 * gives it the work; the tests give it promises they settle.
 */
export interface RunQueue {
  /** Asks for a publish; `reason` is kept for the log. Resolves when a publish that began after this request has ended. */
  request: (reason: string) => Promise<void>;
  /** Whether a publish is running now. */
  busy: () => boolean;
  /** Resolves when nothing runs and nothing waits. */
  idle: () => Promise<void>;
}

/** `work` gets the reasons gathered since the last publish began; its failure is its own to report (the queue goes on). */
export function runQueue(work: (reasons: readonly string[]) => Promise<void>): RunQueue {
  let running: Promise<void> | undefined;
  let waiting: string[] = [];
  let next: { promise: Promise<void>; resolve: () => void } | undefined;

  const deferred = () => {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };

  const start = (): Promise<void> => {
    const reasons = waiting;
    waiting = [];
    const done = next ?? deferred();
    next = undefined;
    running = work(reasons)
      .catch(() => undefined)
      .then(() => {
        running = undefined;
        done.resolve();
        if (waiting.length > 0) void start();
      });
    return done.promise;
  };

  return {
    request: (reason) => {
      waiting.push(reason);
      if (!running) return start();
      next ??= deferred();
      return next.promise;
    },
    busy: () => running !== undefined,
    idle: async () => {
      while (running) await running;
    },
  };
}
