// Renders a cell value through its number format, as `range.text` returns it. Covers the formats an
// add-in writes (General, 0, 0.0, #,##0, percentages, "@", dates and times); others fall back to General.

import type { CellError } from '../../core/sheet/grid';
import { MONTHS, WEEKDAYS, serialToParts } from './dates';

type Shown = string | number | boolean | CellError | null;

/** Excel's General format: up to 11 significant characters, scientific beyond that. */
export function formatGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = n.toExponential(5).split('e');
    const m = String(Number(mant));
    const e = Number(exp);
    return `${m.includes('.') ? m : m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  return String(Number(n.toFixed(Math.min(decimals, 20))));
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < code.length) {
      cur += ch + code[i + 1]!;
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes colour, condition and locale tags ("[Red]", "[$-409]"). */
function stripBrackets(section: string): string {
  return section.replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/\.0+/g, ''));
}

function literal(section: string): { text: string; pattern: string } {
  // Separates literal text (quoted or escaped) from the digit pattern.
  let text = '';
  let pattern = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const s = section.slice(i + 1, end < 0 ? undefined : end);
      text += s;
      pattern += '\u0001'.repeat(s.length);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' && i + 1 < section.length) {
      text += section[i + 1]!;
      pattern += '\u0001';
      i++;
    } else if (ch === '_' && i + 1 < section.length) {
      text += ' ';
      pattern += '\u0001';
      i++;
    } else if (ch === '*') {
      i++;
    } else {
      text += ch;
      pattern += ch;
    }
  }
  return { text, pattern };
}

function formatNumberSection(n: number, section: string): string {
  const { text, pattern } = literal(section);
  const isPercent = pattern.includes('%');
  let v = isPercent ? n * 100 : n;
  const firstDigit = pattern.search(/[0#?]/);
  if (firstDigit < 0) return text;
  let lastDigit = firstDigit;
  for (let i = firstDigit; i < pattern.length; i++) if (/[0#?.,]/.test(pattern[i]!)) lastDigit = i;
  const core = pattern.slice(firstDigit, lastDigit + 1);
  // Trailing commas scale by thousands ("#,##0," shows thousands).
  let scaleCommas = 0;
  let coreNoScale = core;
  while (coreNoScale.endsWith(',')) {
    scaleCommas++;
    coreNoScale = coreNoScale.slice(0, -1);
  }
  v /= 1000 ** scaleCommas;
  const sci = /E[+-]/i.exec(section);
  if (sci) return formatScientific(v, section);
  const [intPat = '', decPat = ''] = coreNoScale.split('.');
  const decimals = decPat.replace(/[^0#?]/g, '').length;
  const minDecimals = decPat.replace(/[^0]/g, '').length;
  const grouping = intPat.includes(',');
  const minInt = intPat.replace(/[^0]/g, '').length;
  const abs = Math.abs(v);
  let fixed = roundHalfAway(abs, decimals).toFixed(decimals);
  let [ip = '', dp = ''] = fixed.split('.');
  while (dp.length > minDecimals && dp.endsWith('0')) dp = dp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  fixed = dp.length > 0 || decPat.length > 0 ? `${ip}.${dp}` : ip;
  if (decPat.length > 0 && dp.length === 0 && minDecimals === 0) fixed = `${ip}.`;
  const before = text.slice(0, firstDigit);
  const after = text.slice(lastDigit + 1);
  return `${before}${fixed}${after}`;
}

function formatScientific(v: number, section: string): string {
  const m = /([0#.]+)E([+-])(0+)/i.exec(section);
  const decimals = m ? (m[1]!.split('.')[1] ?? '').length : 2;
  const [mant = '0', exp = '0'] = v.toExponential(decimals).split('e');
  const e = Number(exp);
  const digits = m ? m[3]!.length : 2;
  return `${mant}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(digits, '0')}`;
}

export function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // The epsilon nudges 1.005-style binary representations to where a person expects them.
  return (Math.sign(x) * Math.round(Math.abs(x) * f * (1 + Number.EPSILON * 4))) / f;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDateSection(serial: number, section: string): string {
  const p = serialToParts(serial);
  const ampm = /AM\/PM|A\/P/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|AM\/PM|A\/P|y+|m+|d+|h+|s+|./gi) ?? [];
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const lower = tok.toLowerCase();
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (lower === 'am/pm') out += p.hours < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += p.hours < 12 ? 'A' : 'P';
    else if (lower.startsWith('y')) out += lower.length <= 2 ? pad2(p.year % 100) : String(p.year);
    else if (lower.startsWith('d')) {
      if (lower.length === 1) out += String(p.day);
      else if (lower.length === 2) out += pad2(p.day);
      else if (lower.length === 3) out += WEEKDAYS[p.weekday]!.slice(0, 3);
      else out += WEEKDAYS[p.weekday]!;
    } else if (lower.startsWith('h')) {
      const h = ampm ? ((p.hours + 11) % 12) + 1 : p.hours;
      out += lower.length === 1 ? String(h) : pad2(h);
      lastWasHour = true;
      continue;
    } else if (lower.startsWith('s')) {
      out += lower.length === 1 ? String(p.seconds) : pad2(p.seconds);
    } else if (lower.startsWith('m')) {
      // "m" after an hour or before seconds is minutes, otherwise month.
      const nextIsSeconds = tokens.slice(i + 1).find((x) => /[a-z]/i.test(x))?.toLowerCase().startsWith('s') ?? false;
      if ((lastWasHour || nextIsSeconds) && lower.length <= 2) {
        out += lower.length === 1 ? String(p.minutes) : pad2(p.minutes);
      } else if (lower.length === 1) out += String(p.month);
      else if (lower.length === 2) out += pad2(p.month);
      else if (lower.length === 3) out += MONTHS[p.month - 1]!.slice(0, 3);
      else if (lower.length === 5) out += MONTHS[p.month - 1]!.slice(0, 1);
      else out += MONTHS[p.month - 1]!;
    } else out += tok;
    if (/[a-z]/i.test(tok)) lastWasHour = false;
  }
  return out;
}

/** The text Excel shows for `value` under `numberFormat`. */
export function formatValue(value: Shown, numberFormat: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  const sections = splitSections(numberFormat);
  if (typeof value === 'string') {
    const textSection = sections[3];
    return textSection !== undefined ? literal(textSection).text.replace('@', value) : value;
  }
  if (numberFormat === 'General' || numberFormat === '' || numberFormat === '@') return formatGeneral(value);
  let section = sections[0] ?? 'General';
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1]!;
    n = -value;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2]!;
  }
  section = stripBrackets(section);
  if (section.trim() === 'General') return formatGeneral(n);
  if (isDateFormat(section)) {
    if (value < 0) return '#'.repeat(11);
    return formatDateSection(value, section);
  }
  const s = formatNumberSection(n, section);
  return n < 0 && !s.startsWith('-') ? `-${s}` : s;
}
