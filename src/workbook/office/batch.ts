// The request budget: every queued operation reserves its estimated payload first, and a sync is
// made only when the next operation would push the request past the limit. Syncs are therefore
// planned by size (a small plan is one request, a 6 MB plan two), never one per row or per sheet.

/** Estimated bytes of one queued action besides its data: object path, method or property, ids. */
export const ACTION_BYTES = 200;

/** Room kept for the request envelope office.js wraps around the actions. */
const ENVELOPE_BYTES = 16_384;

export class RequestBudget {
  private used = 0;
  private count = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Most bytes one request may carry. */
    readonly limit: number,
  ) {}

  /** Syncs made through this budget so far. */
  get syncs(): number {
    return this.count;
  }

  /** Bytes one operation may use at most (the limit less the envelope). */
  get capacity(): number {
    return Math.max(1, this.limit - ENVELOPE_BYTES);
  }

  /** Bytes still free in the current request. */
  get free(): number {
    return Math.max(0, this.capacity - this.used);
  }

  /** Makes room for an operation of `bytes` (syncing what is queued when it would not fit), then counts it. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.capacity) await this.sync();
    this.used += bytes;
  }

  /** Sends what is queued (also when only loads are queued, which cost little to send). */
  async sync(): Promise<void> {
    await this.context.sync();
    this.count++;
    this.used = 0;
  }

  /** Counts a sync the caller made itself (where the office-addins lint needs to see `context.sync()`). */
  recordSync(): void {
    this.count++;
    this.used = 0;
  }

  /** Sends what is queued when anything is. */
  async syncIfPending(): Promise<void> {
    if (this.used > 0) await this.sync();
  }
}
