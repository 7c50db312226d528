import type { CliIo } from './io';
import { runAssign, runCollect, runImport, runPackets, runRank } from './run';

export type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly io: CliIo;
  readonly locale: 'vi' | 'en';
}

type Words = { readonly vi: string; readonly en: string };

export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly summary: Words;
  readonly options: Record<string, OptionSpec>;
  /** Positional arguments it takes at most (null: any number); more is refused with the usage. */
  readonly maxPositionals: number | null;
  /** Undefined while the command is not built: the CLI says so and exits non-zero. */
  readonly run?: (ctx: CommandContext) => Promise<number>;
}

const out = { type: 'string', short: 'o' } as const;

/** What each option does, for `sangkien COMMAND --help`. */
export const OPTION_HELP: Readonly<Record<string, Words>> = {
  out: {
    vi: 'tệp kết quả (mặc định: tên tệp đầu vào thêm hậu tố); với packets: thư mục',
    en: 'output file (default: the input name with a suffix); for packets: the folder',
  },
  force: {
    vi: 'ghi đè tệp -o đã có (không bao giờ ghi vào tệp đầu vào)',
    en: 'replace an existing -o file (never an input)',
  },
  sheet: { vi: 'đọc danh sách từ sheet này', en: 'read the register from this sheet' },
  json: { vi: 'in kết quả dạng JSON ra stdout', en: 'print the result as JSON on stdout' },
  per: { vi: 'số người chấm mỗi sáng kiến (mặc định 3)', en: 'reviewers per initiative (default 3)' },
  docx: {
    vi: 'thư mục ghi các văn bản và phiếu chấm dạng Word (.docx); tệp đã sửa tay được giữ với tên mới',
    en: 'folder for the documents and score forms as Word files (.docx); a file edited by hand is kept under a new name',
  },
  'second-round': {
    vi: 'chấm bổ sung: thêm một người chấm cho mỗi sáng kiến sát ranh giới (không ghi gì khi không có)',
    en: 'second round: one more reviewer for each pivotal initiative (writes nothing when there is none)',
  },
  help: { vi: 'in hướng dẫn này', en: 'print this help' },
};
/** Replace an existing file named with -o (never an input). */
const force = { type: 'boolean' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'import',
    usage: 'import REGISTER.xlsx… [--sheet NAME] [-o OUT.xlsx [--force]] [--json]',
    summary: {
      vi: 'Nhập danh sách sáng kiến (một hay nhiều tệp), ghi sheet "Sáng kiến"',
      en: 'Read a register (one file or several), write the "Sáng kiến" sheet',
    },
    options: { out, force, sheet: { type: 'string' }, json: { type: 'boolean' } },
    maxPositionals: null,
    run: runImport,
  },
  {
    name: 'assign',
    usage: 'assign BOOK.xlsx [--per 3 | --second-round] [-o OUT.xlsx [--force]]',
    summary: {
      vi: 'Phân công người chấm, ghi sheet "Chấm điểm"; --second-round: thêm một người chấm cho mỗi sáng kiến sát ranh giới',
      en: 'Assign reviewers, write the "Chấm điểm" sheet; --second-round: one more reviewer for each pivotal initiative',
    },
    options: { out, force, per: { type: 'string' }, 'second-round': { type: 'boolean' } },
    maxPositionals: 1,
    run: runAssign,
  },
  {
    name: 'packets',
    usage: 'packets BOOK.xlsx --out DIR',
    summary: {
      vi: 'Xuất phiếu chấm cho từng thành viên (ẩn danh)',
      en: 'Export one blind scoring packet per reviewer',
    },
    options: { out: { type: 'string' } },
    maxPositionals: 1,
    run: runPackets,
  },
  {
    name: 'collect',
    usage: 'collect BOOK.xlsx PACKET.xlsx… [-o OUT.xlsx [--force]]',
    summary: { vi: 'Thu phiếu chấm đã điền về sổ chính', en: 'Bring filled packets back into the book' },
    options: { out, force },
    maxPositionals: null,
    run: runCollect,
  },
  {
    name: 'rank',
    usage: 'rank BOOK.xlsx [-o OUT.xlsx [--force]] [--json]',
    summary: { vi: 'Xếp hạng và xếp giải, lập các danh sách', en: 'Rank and tier, build the lists' },
    options: { out, force, json: { type: 'boolean' } },
    maxPositionals: 1,
    run: (ctx) => runRank(ctx, 'all'),
  },
  {
    name: 'report',
    usage: 'report BOOK.xlsx [-o OUT.xlsx [--force]] [--docx DIR]',
    summary: {
      vi: 'Lập các văn bản gửi Ủy ban và phiếu chấm giấy (--docx: cả tệp Word)',
      en: 'Generate the documents and paper score forms (--docx: Word files too)',
    },
    options: { out, force, docx: { type: 'string' } },
    maxPositionals: 1,
    run: (ctx) => runRank(ctx, 'reports'),
  },
];
