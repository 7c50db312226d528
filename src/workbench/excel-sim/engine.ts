// Runs requests against the workbook state the way Excel's host does: measures the request,
// refuses it whole when it is over the limit, executes calls in order (a failing call stops the
// rest, earlier calls stay applied), then measures what is sent back.

import { Exec, type Op } from './client';
import { parseQualified, type Rect } from './address';
import { simError } from './errors';
import type { SimSheet } from './sheet';
import { jsonBytes } from './payload';
import type { SimWorkbookState } from './state';

export interface EngineOptions {
  readonly maxRequestBytes: number;
  readonly maxReadCells: number;
  readonly apiVersion: string;
  /** A broken rule (options.ts `merges512`): the merged-areas limit counts the whole sheet. */
  readonly mergesCountedPerSheet?: boolean;
}

/** Most merged areas getMergedAreasOrNullObject returns (@types/office-js, Range.getMergedAreasOrNullObject). */
export const MAX_MERGED_AREAS = 512;

export interface SimStats {
  syncs: number;
  /** Bytes of each sync's request (calls and arguments) plus its response (loaded values). */
  readonly requestBytes: number[];
  /** Largest entry of requestBytes so far. */
  maxRequestBytes: number;
  reset(): void;
}

/** Compares dotted versions: "1.13" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class SimEngine {
  readonly stats: SimStats;
  workbookName = 'Book1.xlsx';

  constructor(
    readonly state: SimWorkbookState,
    readonly options: EngineOptions,
  ) {
    const stats: SimStats = {
      syncs: 0,
      requestBytes: [],
      maxRequestBytes: 0,
      reset() {
        stats.syncs = 0;
        stats.requestBytes.length = 0;
        stats.maxRequestBytes = 0;
      },
    };
    this.stats = stats;
  }

  supports(version: string): boolean {
    return compareVersions(this.options.apiVersion, version) >= 0;
  }

  /** Throws ApiNotFound when the simulated Excel is older than the API used. */
  requireVersion(version: string, where: string): void {
    if (!this.supports(version)) {
      throw simError('ApiNotFound', `(${where} needs ExcelApi ${version}; this Excel has ${this.options.apiVersion})`, where);
    }
  }

  /** Refuses reads of more cells than Excel returns in one response. */
  checkReadCells(cells: number, where: string): void {
    if (cells > this.options.maxReadCells) {
      throw simError(
        'ResponsePayloadSizeLimitExceeded',
        `(${cells} cells requested; the limit is ${this.options.maxReadCells})`,
        where,
      );
    }
  }

  /** Resolves "A1:B2", "Sheet!A1" or a defined name against a default sheet; InvalidArgument otherwise. */
  resolveAddress(address: string, sheet: SimSheet | null): { sheet: SimSheet; rect: Rect } {
    const parsed = parseQualified(address);
    if (parsed) {
      const s = parsed.sheet === undefined ? sheet : (this.state.findSheet(parsed.sheet) ?? null);
      if (!s) throw simError(parsed.sheet === undefined ? 'InvalidArgument' : 'ItemNotFound', `Address ${address}`);
      return { sheet: s, rect: parsed.rect };
    }
    const name = (sheet && this.state.findName(address, sheet)) ?? this.state.findName(address);
    if (name?.sheet && name.rect) return { sheet: name.sheet, rect: name.rect };
    throw simError('InvalidArgument', `Address ${address}`);
  }

  execute(ops: readonly Op[]): void {
    let requestBytes = 0;
    for (const op of ops) requestBytes += jsonBytes(op.desc);
    this.stats.syncs++;
    if (requestBytes > this.options.maxRequestBytes) {
      this.record(requestBytes);
      throw simError('RequestPayloadSizeLimitExceeded', `(${requestBytes} bytes; the limit is ${this.options.maxRequestBytes})`);
    }
    const x = new Exec();
    try {
      for (const op of ops) {
        // Formula results are recomputed after every call that might have changed an input.
        this.state.touch();
        op.run(x);
      }
    } catch (e) {
      this.record(requestBytes + x.responseBytes);
      throw e;
    } finally {
      this.state.touch();
    }
    this.record(requestBytes + x.responseBytes);
    if (x.responseBytes > this.options.maxRequestBytes) {
      throw simError('ResponsePayloadSizeLimitExceeded', `(${x.responseBytes} bytes in the response)`);
    }
    for (const c of x.commits) c();
  }

  /** Called after every round trip, refused or not (the workbench redraws its sheet view). */
  readonly syncListeners = new Set<() => void>();

  private record(bytes: number): void {
    this.stats.requestBytes.push(bytes);
    if (bytes > this.stats.maxRequestBytes) this.stats.maxRequestBytes = bytes;
    // Listeners run after the caller's sync settles, never inside it.
    if (this.syncListeners.size > 0) queueMicrotask(() => this.syncListeners.forEach((l) => l()));
  }
}
