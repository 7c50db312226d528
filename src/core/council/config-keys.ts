// Every rule of "Cấu hình" as a key: how it is read from a cell, written back, and explained to
// the clerk in a note. The list order is the order of the sheet; reading is by key in any order.

import type { FieldCode } from '../model';
import { FIELD_CODES } from '../model';
import type { CellValue } from '../sheet/grid';
import type { Rules, TierRule } from './rules';
import { cellText, unscale } from '../sheets/kit';
import { cleanLine } from '../text/normalize';
import { foldKey, splitList } from './fold';
import { foldPlain } from '../text/fold';
import {
  formatDate,
  formatFraction,
  parseBool,
  parseChoice,
  parseDate,
  parseFraction,
  parsePoints,
  parseTierList,
  type Parsed,
} from './values';
import { apply, doc, points, text, whole, type ConfigKey, type RulesDraft } from './config-key-kinds';

export type { ConfigKey, RulesDraft } from './config-key-kinds';

const TIER_KEYS = ['giai_nhat', 'giai_nhi', 'giai_ba', 'giai_khuyen_khich'] as const;

function setTier(d: RulesDraft, i: number, patch: Partial<TierRule>): void {
  d.tiers = d.tiers.map((t, j) => (j === i ? { ...t, ...patch } : t));
}

function tierKeys(): ConfigKey[] {
  return TIER_KEYS.flatMap((prefix, i) => {
    const label = ['Nhất', 'Nhì', 'Ba', 'Khuyến khích'][i]!;
    return [
      whole(
        `${prefix}_so_luong`,
        0,
        100_000,
        (r) => r.tiers[i]?.quota ?? 0,
        (d, v) => setTier(d, i, { quota: v }),
        { vi: `Số giải ${label} tối đa.`, en: `Most prizes of tier ${label}.` },
      ),
      points(
        `${prefix}_diem_toi_thieu`,
        (r) => r.tiers[i]?.minHundredths ?? 0,
        (d, v) => setTier(d, i, { minHundredths: v }),
        {
          vi: `Điểm tối thiểu để đạt giải ${label} (các mức giảm dần từ giải Nhất đến Khuyến khích).`,
          en: `Lowest official score for tier ${label} (minimums descend from Nhất to Khuyến khích).`,
        },
      ),
    ];
  });
}

function fieldNameKeys(): ConfigKey[] {
  return FIELD_CODES.map((code) =>
    text(
      `linh_vuc_${code}`,
      (r) => r.fieldNames[code],
      (d, v) => {
        if (v !== '') d.fieldNames = { ...d.fieldNames, [code]: v };
      },
      {
        vi: `Tên chuẩn của lĩnh vực mã "${code}" (dùng trong danh sách và thống kê).`,
        en: `Canonical name of field "${code}" (used in lists and statistics).`,
      },
    ),
  );
}

/** "SXKD = Sản xuất kinh doanh; GD-ĐT = gd": extra spellings of a field, by name or code. */
function parseAliases(v: CellValue, names: Readonly<Record<FieldCode, string>>): Parsed<Record<string, FieldCode>> {
  const out: Record<string, FieldCode> = {};
  for (const pair of splitList(cellText(v))) {
    const m = /^(.+?)\s*(?:=|→|->)\s*(.+)$/.exec(pair);
    if (!m) return { ok: false, code: 'council.config.badAlias', params: { value: pair } };
    const target = foldPlain(m[2]!);
    const code = FIELD_CODES.find((c) => c === target || foldPlain(names[c]) === target);
    if (code === undefined) return { ok: false, code: 'council.config.badAlias', params: { value: pair } };
    // Kept as typed (lower case): intake folds it when matching, and the sheet shows it as written.
    out[cleanLine(m[1]!).toLowerCase()] = code;
  }
  return { ok: true, value: out };
}

function formatAliases(r: Rules): string {
  return Object.entries(r.fieldAliases)
    .map(([alias, code]) => `${alias} = ${r.fieldNames[code]}`)
    .join('; ');
}

export const CONFIG_KEYS: readonly ConfigKey[] = [
  whole(
    'so_nguoi_cham',
    1,
    50,
    (r) => r.reviewersPerInitiative,
    (d, v) => (d.reviewersPerInitiative = v),
    {
      vi: 'Số thành viên chấm mỗi sáng kiến khi phân công.',
      en: 'Reviewers given to each initiative at assignment.',
    },
  ),
  whole(
    'so_phieu_toi_thieu',
    1,
    50,
    (r) => r.minReviews,
    (d, v) => (d.minReviews = v),
    {
      vi: 'Số phiếu chấm hợp lệ tối thiểu để sáng kiến được xếp hạng; ít hơn là "Chưa đủ phiếu".',
      en: 'Valid reviews needed before an initiative is ranked; fewer is "Chưa đủ phiếu".',
    },
  ),
  {
    key: 'cach_tinh_diem',
    note: {
      vi: 'trung_binh = trung bình các phiếu hợp lệ; cat_bo = bỏ một điểm cao nhất và một thấp nhất khi đủ số phiếu ở dòng dưới.',
      en: 'trung_binh = mean of valid reviews; cat_bo = drop one highest and one lowest once there are enough reviews (next row).',
    },
    write: (r) => (r.scoreMethod === 'mean' ? 'trung_binh' : 'cat_bo'),
    read: (v, d) =>
      apply(
        parseChoice(v, { trung_binh: 'mean', cat_bo: 'trimmed', mean: 'mean', trimmed: 'trimmed' } as const),
        (x) => (d.scoreMethod = x),
      ),
  },
  whole(
    'cat_bo_tu_so_phieu',
    3,
    50,
    (r) => r.trimmedMinReviews,
    (d, v) => (d.trimmedMinReviews = v),
    {
      vi: 'Số phiếu tối thiểu để cắt bỏ điểm cao nhất và thấp nhất (khi cach_tinh_diem = cat_bo).',
      en: 'Reviews needed before the highest and lowest are dropped (when cach_tinh_diem = cat_bo).',
    },
  ),
  points(
    'diem_dat',
    (r) => r.passMarkHundredths,
    (d, v) => (d.passMarkHundredths = v),
    {
      vi: 'Điểm chính thức từ mức này trở lên là "Đạt".',
      en: 'Official score at or above this passes ("Đạt").',
    },
  ),
  points(
    'chenh_lech_toi_da',
    (r) => r.disagreementSpreadHundredths,
    (d, v) => (d.disagreementSpreadHundredths = v),
    {
      vi: 'Cao nhất trừ thấp nhất của các phiếu từ mức này trở lên thì gắn cờ "chấm chênh lệch" để Hội đồng xem lại.',
      en: 'Highest minus lowest review total at or above this flags a disagreement for the council.',
    },
  ),
  ...tierKeys(),
  {
    key: 'hoa_ranh_gioi',
    note: {
      vi: 'Nhóm đồng hạng vượt số giải còn lại: vuot_chi_tieu = vào trọn nhóm và gắn cờ; cho_quyet_dinh = để Hội đồng quyết định, các suất coi như đã dùng.',
      en: 'A tied group larger than the places left: vuot_chi_tieu = goes in whole, flagged; cho_quyet_dinh = left to the council, its places counted as taken.',
    },
    write: (r) => (r.boundaryTiePolicy === 'overflow' ? 'vuot_chi_tieu' : 'cho_quyet_dinh'),
    read: (v, d) =>
      apply(
        parseChoice(v, {
          vuot_chi_tieu: 'overflow',
          cho_quyet_dinh: 'pending',
          overflow: 'overflow',
          pending: 'pending',
        } as const),
        (x) => (d.boundaryTiePolicy = x),
      ),
  },
  whole(
    'ubnd_toi_thieu',
    0,
    100_000,
    (r) => r.ubnd.min,
    (d, v) => (d.ubnd = { ...d.ubnd, min: v }),
    {
      vi: 'Số cá nhân tối thiểu đề nghị UBND tỉnh khen thưởng.',
      en: 'Fewest persons proposed to the Provincial People’s Committee.',
    },
  ),
  whole(
    'ubnd_toi_da',
    0,
    100_000,
    (r) => r.ubnd.max,
    (d, v) => (d.ubnd = { ...d.ubnd, max: v }),
    {
      vi: 'Số cá nhân tối đa đề nghị UBND tỉnh (chỉ vượt khi một nhóm đồng hạng không thể tách, có gắn cờ).',
      en: 'Most persons proposed to the committee (exceeded only by an unsplittable tied group, flagged).',
    },
  ),
  points(
    'ubnd_diem_san',
    (r) => r.ubnd.floorHundredths,
    (d, v) => (d.ubnd = { ...d.ubnd, floorHundredths: v }),
    {
      vi: 'Mọi cá nhân có sáng kiến tốt nhất đạt từ điểm này trở lên đều được đề nghị UBND tỉnh.',
      en: 'Every person whose best initiative scores at least this is proposed to the committee.',
    },
  ),
  whole(
    'tld_so_luong',
    0,
    1000,
    (r) => r.national.count,
    (d, v) => (d.national = { ...d.national, count: v }),
    {
      vi: 'Số cá nhân đề nghị Tổng Liên đoàn (giá trị làm lợi cao nhất).',
      en: 'Persons proposed to the national confederation (highest benefit value).',
    },
  ),
  {
    key: 'tld_giai',
    note: {
      vi: 'Các giải được xét đề nghị Tổng Liên đoàn, cách nhau bởi dấu ";".',
      en: 'Prize tiers eligible for the national list, separated by ";".',
    },
    write: (r) => r.national.tiers.join('; '),
    read: (v, d) => apply(parseTierList(v), (x) => (d.national = { ...d.national, tiers: x })),
  },
  whole(
    'phong_su_toi_thieu',
    0,
    1000,
    (r) => r.media.min,
    (d, v) => (d.media = { ...d.media, min: v }),
    {
      vi: 'Số cá nhân tối thiểu chọn làm phóng sự.',
      en: 'Fewest persons picked for media reports.',
    },
  ),
  whole(
    'phong_su_toi_da',
    0,
    1000,
    (r) => r.media.max,
    (d, v) => (d.media = { ...d.media, max: v }),
    {
      vi: 'Số cá nhân tối đa chọn làm phóng sự (mỗi lĩnh vực tối đa một người).',
      en: 'Most persons picked for media reports (at most one per field).',
    },
  ),
  {
    key: 'tinh_dong_tac_gia',
    note: {
      vi: 'có = đồng tác giả cũng được tính là cá nhân trong các danh sách; không = chỉ tác giả chính.',
      en: 'có = co-authors count as persons on the lists; không = lead authors only.',
    },
    write: (r) => (r.coAuthorsArePersons ? 'có' : 'không'),
    read: (v, d) => apply(parseBool(v), (x) => (d.coAuthorsArePersons = x)),
  },
  {
    key: 'ty_le_bieu_quyet',
    note: {
      vi: 'Tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng để thông qua, viết dạng phân số ("2/3") hoặc phần trăm ("70%").',
      en: 'Share of all council members who must vote yes, as a fraction ("2/3") or a percentage ("70%").',
    },
    write: (r) => formatFraction(r.ballotFraction),
    read: (v, d) => apply(parseFraction(v), (x) => (d.ballotFraction = x)),
  },
  {
    key: 'he_so_hieu_chinh',
    note: {
      vi: 'Hằng số co của điểm hiệu chỉnh (chỉ để tham khảo): độ lệch của người chấm nhân n/(n + hằng số này).',
      en: 'Shrinkage constant of the advisory calibrated score: a reviewer’s bias is scaled by n/(n + this).',
    },
    write: (r) => r.calibrationShrink,
    read: (v, d) => apply(parsePoints(v, 2, 0, 1_000_000), (x) => (d.calibrationShrink = unscale(x, 2))),
  },
  ...fieldNameKeys(),
  {
    key: 'linh_vuc_ten_khac',
    note: {
      vi: 'Cách viết khác của lĩnh vực trong danh sách gốc, dạng "SXKD = Sản xuất kinh doanh; GD-ĐT = Giáo dục".',
      en: 'Other spellings of fields in registers, as "SXKD = Sản xuất kinh doanh; GD-ĐT = Giáo dục".',
    },
    emptyIsValue: true,
    write: formatAliases,
    read: (v, d) => apply(parseAliases(v, d.fieldNames), (x) => (d.fieldAliases = x)),
  },
  doc('tinh', 'province', { vi: 'Tên tỉnh.', en: 'Province name.' }),
  doc('ten_lien_doan', 'federation', {
    vi: 'Tên cơ quan ở đầu văn bản (chữ in hoa).',
    en: 'Issuing body at the top of documents (capitals).',
  }),
  doc('ten_hoi_dong', 'council', { vi: 'Tên Hội đồng ở đầu văn bản.', en: 'Council name at the top of documents.' }),
  doc('ten_chuong_trinh', 'programme', { vi: 'Tên chương trình, phong trào.', en: 'Programme name.' }),
  whole(
    'nam',
    1900,
    9999,
    (r) => r.documents.year,
    (d, v) => (d.documents = { ...d.documents, year: v }),
    { vi: 'Năm xét duyệt.', en: 'Year of the review.' },
  ),
  doc('dia_danh', 'place', {
    vi: 'Địa danh ở dòng ngày tháng ("Kiên Giang, ngày … ").',
    en: 'Place in the date line.',
  }),
  {
    key: 'ngay_van_ban',
    note: {
      vi: 'Ngày ký văn bản, dạng ngày/tháng/năm (05/05/2021); để trống = ngày lập.',
      en: 'Date of the documents, day/month/year; empty = the day they are made.',
    },
    emptyIsValue: true,
    write: (r) => formatDate(r.documents.date),
    read: (v, d) => apply(parseDate(v), (x) => (d.documents = { ...d.documents, date: x })),
  },
  doc('chu_tich', 'chairName', {
    vi: 'Họ tên Chủ tịch Hội đồng (người ký).',
    en: 'Name of the council chair (signer).',
  }),
  doc('chuc_danh_ky', 'chairTitle', { vi: 'Chức danh ở khối chữ ký.', en: 'Title in the signature block.' }),
  doc('thu_ky', 'secretaryName', { vi: 'Họ tên Thư ký Hội đồng.', en: 'Name of the council secretary.' }),
  doc('ten_ubnd', 'committee', {
    vi: 'Tên UBND tỉnh nhận danh sách đề nghị.',
    en: 'The Provincial People’s Committee receiving the list.',
  }),
  doc('ten_tong_lien_doan', 'confederation', {
    vi: 'Tên Tổng Liên đoàn nhận danh sách đề nghị.',
    en: 'The national confederation receiving the list.',
  }),
];

const BY_KEY = new Map(CONFIG_KEYS.map((k) => [k.key, k]));

/** The key definition for a key as typed (folded), or undefined. */
export function configKey(typed: string): ConfigKey | undefined {
  return BY_KEY.get(foldKey(typed));
}
