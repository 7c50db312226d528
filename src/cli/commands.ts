import type { CliIo } from './io';
import { runAssign, runCollect, runImport, runPackets, runRank } from './run';

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly io: CliIo;
  readonly locale: 'vi' | 'en';
}

export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly summary: { readonly vi: string; readonly en: string };
  readonly options: Record<string, OptionSpec>;
  /** Undefined while the command is not built: the CLI says so and exits non-zero. */
  readonly run?: (ctx: CommandContext) => Promise<number>;
}

const out = { type: 'string', short: 'o' } as const;
/** Replace an existing file named with -o (never an input). */
const force = { type: 'boolean' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'import',
    usage: 'import REGISTER.xlsx… [--sheet NAME] [-o OUT.xlsx [--force]] [--json]',
    summary: { vi: 'Nhập danh sách sáng kiến (một hay nhiều tệp), ghi sheet "Sáng kiến"', en: 'Read a register (one file or several), write the "Sáng kiến" sheet' },
    options: { out, force, sheet: { type: 'string' }, json: { type: 'boolean' } },
    run: runImport,
  },
  {
    name: 'assign',
    usage: 'assign BOOK.xlsx [--per 3] [-o OUT.xlsx [--force]]',
    summary: { vi: 'Phân công người chấm, ghi sheet "Chấm điểm"', en: 'Assign reviewers, write the "Chấm điểm" sheet' },
    options: { out, force, per: { type: 'string' } },
    run: runAssign,
  },
  {
    name: 'packets',
    usage: 'packets BOOK.xlsx --out DIR',
    summary: { vi: 'Xuất phiếu chấm cho từng thành viên (ẩn danh)', en: 'Export one blind scoring packet per reviewer' },
    options: { out: { type: 'string' } },
    run: runPackets,
  },
  {
    name: 'collect',
    usage: 'collect BOOK.xlsx PACKET.xlsx… [-o OUT.xlsx [--force]]',
    summary: { vi: 'Thu phiếu chấm đã điền về sổ chính', en: 'Bring filled packets back into the book' },
    options: { out, force },
    run: runCollect,
  },
  {
    name: 'rank',
    usage: 'rank BOOK.xlsx [-o OUT.xlsx [--force]] [--json]',
    summary: { vi: 'Xếp hạng và xếp giải, lập các danh sách', en: 'Rank and tier, build the lists' },
    options: { out, force, json: { type: 'boolean' } },
    run: (ctx) => runRank(ctx, 'all'),
  },
  {
    name: 'report',
    usage: 'report BOOK.xlsx [-o OUT.xlsx [--force]]',
    summary: { vi: 'Lập các văn bản gửi Ủy ban', en: 'Generate the documents for the committee' },
    options: { out, force },
    run: (ctx) => runRank(ctx, 'reports'),
  },
];
