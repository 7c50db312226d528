// Flags in an official document are short marks ("CL", "ĐH"…) explained once in a legend under the
// table, never a sentence per row (SPEC §5). One row per flag code: a new flag adds a row here; a
// code without one still prints, as "*", explained by the general line.

import type { Flag } from '../ranking/types';
import type { DocParagraph } from './document';

export interface FlagMark {
  /** What the "Ghi chú" cell shows. */
  readonly mark: string;
  /** What the legend says of it (lower-case start; it follows "CL: "). */
  readonly legend: string;
}

/** The council's ruling applied to a row, and a ruling still awaited: not flags, but marked the same way. */
export const DECISION_CODE = 'reports.mark.decision';
export const PENDING_CODE = 'reports.mark.pending';

export const FLAG_MARKS: Readonly<Record<string, FlagMark>> = {
  'ranking.flag.disagreement': { mark: 'CL', legend: 'điểm các thành viên chấm chênh lệch lớn' },
  'ranking.flag.pivotal': {
    mark: 'MP',
    legend: 'một phiếu chấm quyết định kết quả: bỏ phiếu đó thì điểm sang phía bên kia ranh giới giải hoặc danh sách',
  },
  'ranking.flag.boundaryTie': { mark: 'ĐH', legend: 'đồng hạng tại ranh giới giải, cả nhóm được xếp giải' },
  'ranking.flag.pendingTie': { mark: 'CQ', legend: 'chờ Hội đồng quyết định' },
  [PENDING_CODE]: { mark: 'CQ', legend: 'chờ Hội đồng quyết định' },
  'ranking.flag.decisionTier': { mark: 'QĐ', legend: 'theo quyết định của Hội đồng' },
  'ranking.flag.decisionNoPrize': { mark: 'QĐ', legend: 'theo quyết định của Hội đồng' },
  [DECISION_CODE]: { mark: 'QĐ', legend: 'theo quyết định của Hội đồng' },
  'ranking.flag.conflict': { mark: 'XĐ', legend: 'có phiếu bị loại do xung đột lợi ích' },
  'ranking.flag.invalidReview': { mark: 'KHL', legend: 'có phiếu chấm không hợp lệ' },
  'ranking.flag.incomplete': { mark: 'TP', legend: 'chưa đủ phiếu chấm hợp lệ, không xếp hạng' },
  'ranking.flag.duplicate': { mark: 'TR', legend: 'trùng với một sáng kiến khác, không xếp hạng' },
  'ranking.flag.ubndCutTie': {
    mark: 'ĐU',
    legend: 'đồng hạng tại ranh giới danh sách đề nghị UBND, cả nhóm được đưa vào',
  },
  'ranking.flag.ubndPrizeAdded': {
    mark: 'BS',
    legend: 'người đạt giải được bổ sung vào danh sách đề nghị UBND ngoài giới hạn',
  },
  'ranking.flag.nationalMissingBenefit': { mark: 'GT', legend: 'chưa có giá trị làm lợi' },
  'ranking.flag.mediaFieldRepeated': { mark: 'LV', legend: 'chọn thêm dù trùng lĩnh vực' },
  'ranking.flag.ballotNoVote': { mark: 'BQ', legend: 'chưa có số phiếu biểu quyết' },
};

const OTHER: FlagMark = { mark: '*', legend: 'có lưu ý khác, xem cột "Ghi chú" của trang "Xếp hạng"' };

/** The marks one document uses, gathered row by row, then explained once under its table. */
export class MarkLegend {
  private readonly used = new Set<FlagMark>();

  /** The marks of a row's flags (and ruling codes), each once, in the table's order: "CL, MP". */
  marks(codes: readonly (Flag | string | null)[]): string {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const c of codes) {
      if (c === null) continue;
      const m = FLAG_MARKS[typeof c === 'string' ? c : c.code] ?? OTHER;
      this.used.add(m);
      if (seen.has(m.mark)) continue;
      seen.add(m.mark);
      out.push(m.mark);
    }
    return out.join(', ');
  }

  /** "Ghi chú: CL: …; MP: …." in the order of the table above, or null when no row had a mark. */
  paragraph(): DocParagraph | null {
    if (this.used.size === 0) return null;
    const lines = new Map<string, string>();
    for (const m of [...Object.values(FLAG_MARKS), OTHER])
      if (this.used.has(m) && !lines.has(m.mark)) lines.set(m.mark, m.legend);
    const text = [...lines].map(([mark, legend]) => `${mark}: ${legend}`).join('; ');
    return { kind: 'paragraph', text: `Ký hiệu ở cột "Ghi chú": ${text}.`, italic: true, align: 'left' };
  }
}

/** The legend as document blocks: none when no row had a mark. */
export function legendBlock(legend: MarkLegend): DocParagraph[] {
  const p = legend.paragraph();
  return p ? [p] : [];
}
