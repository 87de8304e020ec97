/** A stage of a command that must end: its promise, or a clear error once `ms` have passed. */
export class StageTimeout extends Error {
  override name = 'StageTimeout';
}

export async function withTimeout<T>(stage: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StageTimeout(`timed out after ${Math.round(ms / 1000)} s ${stage}.`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
