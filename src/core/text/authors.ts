// Several authors in one cell, and position and workplace in one cell, as registers write them.

import { cleanLine, cleanText } from './normalize';
import { foldPlain } from './fold';

export interface AuthorList {
  /** Lead author first. */
  readonly names: readonly string[];
  /** Where each name stood among the names of the cell, so a parallel positions column can follow a lead moved to the front. */
  readonly order: readonly number[];
  /** The position written after each name in the cell ("Nguyễn Văn A - Giáo viên"), '' where none was. */
  readonly positions: readonly string[];
  /** Pieces after a name that are neither a usual position nor shaped like a name: kept as names, for the clerk to check. */
  readonly unsure: readonly string[];
}

/** Separators people use between names: line breaks, commas, semicolons, " - ", " và ", "&", "+". */
const NAME_SEPARATOR = /\n|;|,|\s[-–—]\s|\s+và\s+|\s+&\s+|\s\+\s|(?<![Đđ])\/(?!\d)/;
/** Roles written after or before a name: "(chủ trì)", "(đồng tác giả)", "Chủ nhiệm:" … */
const LEAD_MARK = /\b(chu tri|chu nhiem|tac gia chinh|truong nhom)\b/;
/** A label before a colon ("Tác giả:", "Đồng tác giả:", "Nhóm tác giả:") is not a name. */
const LABEL = /^[^:]{0,30}:\s*/;
/** A list bullet or number at the start of a line ("1.", "2)", "-", "+", "•"). */
const BULLET = /^\s*(?:\d{1,2}\s*[.)/]|[-–—•+*])\s*/gm;

/** One name from a piece of a clean cell: single spaces, no separators or stray punctuation at either end. */
function tidy(part: string): string {
  let s = part.includes('  ') ? part.replace(/ {2,}/g, ' ') : part;
  if (/^[-–—.,;:\s]|[-–—.,;:\s]$/.test(s)) s = s.replace(/^[-–—.,;:\s]+|[-–—.,;:\s]+$/g, '');
  // Degrees and forms of address written before a name ("ThS.", "PGS.TS.", "BS.CKI", "Đ/c") are not part of it.
  return s.includes('.') || s.includes('/') ? s.replace(TITLE_PREFIX, '') : s;
}

const TITLE_PREFIX = /^(?:(?:ThS|TS|PGS|GS|KS|BS|CN|DS|NCS|CKI{1,2}|BSCKI{1,2}|Lh|LS)\.\s*)+(?:CKI{1,2}\s+)?|^Đ\/c\.?\s+/iu;

/** Names in an authors cell, lead first; markers like "(chủ trì)" removed. */
/** Characters that can separate names or mark them: without any, the cell is one name. */
const NEEDS_SPLIT = /[\n;,()[\]{}:/&+\-–—•*.]|\svà\s|^\d/;
const ONE: readonly number[] = [0];
const NO_POSITION: readonly string[] = [''];
const NONE: readonly string[] = [];
const NO_ORDER: readonly number[] = [];

export function splitAuthors(cell: string): AuthorList {
  const clean = cleanText(cell);
  // Most cells hold one plain name: no need to split or look for markers.
  if (!NEEDS_SPLIT.test(clean)) {
    return clean === '' ? { names: NONE, order: NO_ORDER, positions: NONE, unsure: NONE } : { names: [clean], order: ONE, positions: NO_POSITION, unsure: NONE };
  }
  const text = /^\s*(?:\d{1,2}\s*[.)/]|[-–—•+*])/m.test(clean) ? clean.replace(BULLET, '') : clean;
  const parts: { name: string; lead: boolean; position: string }[] = [];
  for (const raw of text.split(NAME_SEPARATOR)) {
    let lead = false;
    // Parenthesised notes are markers, never part of a name: "(chủ trì)", "(CN)", "(1980)".
    let part = !/[([{]/.test(raw) ? raw : raw.replace(/[([{][^)\]}]*[)\]}]?/g, (m) => {
      if (LEAD_MARK.test(foldPlain(m))) lead = true;
      return ' ';
    });
    const label = part.includes(':') ? LABEL.exec(part) : null;
    if (label) {
      if (LEAD_MARK.test(foldPlain(label[0]))) lead = true;
      part = part.slice(label[0].length);
    }
    const name = tidy(part);
    if (name === '') continue;
    // A position written after its author ("Nguyễn Văn A - Giáo viên") belongs to that author.
    const last = parts[parts.length - 1];
    if (last !== undefined && last.position === '' && pieceKind(name) === 'position') {
      last.position = name;
      continue;
    }
    parts.push({ name, lead, position: '' });
  }
  // A lead author marked anywhere but first moves to the front: lead first is the contract.
  const leadAt = parts.findIndex((p) => p.lead);
  const order = parts.map((_, i) => i);
  if (leadAt > 0) {
    order.splice(leadAt, 1);
    order.unshift(leadAt);
  }
  const unsure = parts.slice(1).filter((p) => pieceKind(p.name) === 'unsure').map((p) => p.name);
  return { names: order.map((i) => parts[i]!.name), order, positions: order.map((i) => parts[i]!.position), unsure };
}

/**
 * Positions people write after a name, folded without accents; a piece beginning with one of them
 * is a position. Abbreviations only count alone ("GV"), never as the start of a longer piece.
 */
const POSITION_WORDS = new RegExp(
  '^(?:(?:pho |nguyen )?(?:' +
    [
      'giao vien', 'giang vien', 'hieu truong', 'hieu pho', 'to truong', 'to pho', 'cong nhan', 'ky su', 'ky thuat vien', 'ky thuat',
      'nhan vien', 'chuyen vien', 'chuyen gia', 'can bo', 'can su', 'cong chuc', 'vien chuc', 'ke toan', 'thu quy', 'thu kho', 'van thu',
      'thu ky', 'bac si', 'y si', 'y ta', 'dieu duong', 'duoc si', 'ho ly', 'ho sinh', 'nu ho sinh', 'ky thuat vien', 'tong giam doc',
      'giam doc', 'truong phong', 'truong khoa', 'truong ban', 'truong tram', 'tram truong', 'truong ca', 'ca truong', 'truong nhom',
      'nhom truong', 'truong bo mon', 'truong phan xuong', 'truong xuong', 'truong kho', 'truong bo phan', 'doi truong', 'doi pho',
      'quan doc', 'chu tich', 'bi thu', 'chanh van phong', 'chanh thanh tra', 'chu nhiem', 'thanh tra vien', 'kiem soat vien', 'kiem lam',
      'lai xe', 'tai xe', 'bao ve', 'tho (?:dien|han|may|co khi|sua chua|xay|moc|lan|phu|tien)', 'nghien cuu vien', 'giam sat', 'cong tac vien', 'chi huy truong', 'chi huy pho', 'giao vu',
      'nhan vien ky thuat', 'hop dong', 'lao dong', 'phu trach', 'thu thu', 'tong phu trach', 'chanh an', 'tham phan',
      'kiem sat vien', 'dieu do vien', 'van hanh', 'ky thuat vien truong', 'dieu duong truong', 'nu ho sinh truong',
    ].join('|') +
    '))(?: |$)|^(?:gv|cn|ks|nv|bs|cv|ktv|ttcm|ht|pht|gd|pgd|tp|ptp|kt|cb|cbcnv|cnv|dd|ds)$',
);
/** Words of a Vietnamese name: each begins with a capital ("Nguyễn Văn A", "Danh Thị Sa Rây"). */
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){1,5}$/u;

/** Whether a piece of an authors cell is a position, a name, or neither clearly. */
function pieceKind(piece: string): 'position' | 'name' | 'unsure' {
  const position = POSITION_WORDS.test(foldPlain(piece));
  const named = NAME_SHAPE.test(piece);
  if (position && !named) return 'position';
  if (named) return position && !SURNAME.test(foldPlain(piece)) ? 'position' : 'name';
  return position ? 'position' : 'unsure';
}

/** The usual family names, folded: a title-case piece that starts with one is a name, whatever its other words. */
const SURNAME =
  /^(?:nguyen|tran|le|pham|huynh|hoang|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|danh|thach|quach|truong|doan|lam|mai|to|trinh|dinh|luu|cao|ha|tang|la|chau|luong|thai|kieu|dao|van|tieu|son|kim|lu|han|ta|au|giang|chung|diep|ton|tong|khuu|lieu|mac|nghiem|ong|quan|thieu|tu|ung|vuong|yen|dong|hua|khuc|lai|tiet|trieu|vong|xa)\b/;

/**
 * Positions of a positions cell, one per author where the cell gives one per line (or per ";").
 * Commas separate positions only when that gives exactly one per author ("Giáo viên, Giáo viên").
 */
export function splitPositions(cell: string, authorCount: number): string[] {
  const text = cleanText(cell);
  if (text === '') return [];
  if (!/[\n;]/.test(text) && (authorCount <= 1 || !text.includes(','))) return [text];
  let parts = text.split(/\n|;/).map((p) => cleanLine(p)).filter((p) => p !== '');
  if (parts.length === 1 && authorCount > 1) {
    const commas = text.split(',').map((p) => cleanLine(p)).filter((p) => p !== '');
    if (commas.length === authorCount) parts = commas;
  }
  return parts;
}

/** Words that begin the name of a workplace, folded: where the position ends and the workplace starts. */
const WORKPLACE_START =
  /^(truong|cong ty|cty|tong cong ty|chi nhanh|phong|so|ban|benh vien|trung tam|tram|hop tac xa|htx|ubnd|uy ban|van phong|kho bac|chi cuc|cuc|bao hiem|xi nghiep|nha may|doanh nghiep|ngan hang|buu dien|vien|hoc vien|dai hoc|khoa|xa|phuong|thi tran|huyen|thanh pho|tinh|lien doan|ldld|cong doan|toa an|vien kiem sat|cong an|bo chi huy|hoi|dang uy|huyen uy|tinh uy|thanh uy|mat tran|doan|nha van hoa|thu vien|bao|dai|ky tuc xa|mam non|tieu hoc|thcs|thpt|ptdtnt)\b/;

/** Position and workplace given together ("Giáo viên, Trường Tiểu học Rạch Giá 4"), split where the workplace begins. */
export function splitPositionWorkplace(cell: string): { position: string; workplace: string } {
  const text = cleanLine(cell);
  if (text === '') return { position: '', workplace: '' };
  const parts = text.split(/\s*[,;]\s*|\s+[-–—]\s+(?=\S)/);
  // Commas inside a workplace ("Công ty X - Chi nhánh Y") stay with it: the workplace runs to the end.
  if (parts.length === 1) {
    return WORKPLACE_START.test(foldPlain(text)) ? { position: '', workplace: text } : { position: text, workplace: '' };
  }
  let at = 1;
  for (let i = 1; i < parts.length; i++) {
    if (WORKPLACE_START.test(foldPlain(parts[i]!))) {
      at = i;
      break;
    }
  }
  // Re-cut the original text at the start of part `at`, so separators inside the workplace survive.
  let offset = 0;
  for (let i = 0; i < at; i++) offset = text.indexOf(parts[i + 1]!, offset + parts[i]!.length);
  return {
    position: text.slice(0, offset).replace(/[\s,;–—-]+$/, ''),
    workplace: text.slice(offset).trim(),
  };
}
