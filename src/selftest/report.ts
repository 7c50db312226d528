// The plain-text report a user pastes into an e-mail: versions at the top, one line per case.
import type { Locale } from '../taskpane/i18n';
import type { CaseResult, CaseStatus } from './types';

export interface Diagnostics {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
}

export interface ReportHeader {
  readonly addinVersion: string;
  readonly diagnostics: Diagnostics | null;
  /** When the check ran (ISO 8601). */
  readonly at: string;
}

const MARK: Record<Locale, Record<CaseStatus, string>> = {
  vi: { pass: 'ĐẠT', fail: 'KHÔNG ĐẠT', fallback: 'THAY THẾ' },
  en: { pass: 'PASS', fail: 'FAIL', fallback: 'FALLBACK' },
};

export function officeText(d: Diagnostics | null): string | null {
  return d ? `${d.host} ${d.platform} ${d.version}` : null;
}

export function countStatuses(results: readonly CaseResult[]): Record<CaseStatus, number> {
  const n: Record<CaseStatus, number> = { pass: 0, fail: 0, fallback: 0 };
  for (const r of results) n[r.status]++;
  return n;
}

export function formatReport(results: readonly CaseResult[], header: ReportHeader, locale: Locale): string {
  const vi = locale === 'vi';
  const n = countStatuses(results);
  const lines = [
    vi ? 'Kiểm tra Excel này — Hội đồng sáng kiến' : 'Check this Excel — Initiative council',
    `${vi ? 'Tiện ích' : 'Add-in'}: ${header.addinVersion}`,
    `Office: ${officeText(header.diagnostics) ?? (vi ? 'không rõ' : 'unknown')}`,
    `${vi ? 'Lúc' : 'At'}: ${header.at}`,
    vi
      ? `Kết quả: ${n.pass} đạt, ${n.fail} không đạt, ${n.fallback} dùng cách thay thế`
      : `Result: ${n.pass} passed, ${n.fail} failed, ${n.fallback} using a fallback`,
    '',
  ];
  for (const r of results) {
    lines.push(`[${MARK[locale][r.status]}] ${r.title[locale]} (${r.id})`);
    lines.push(`  ${vi ? 'Mong đợi' : 'Expected'}: ${r.expected[locale]}`);
    lines.push(`  ${vi ? 'Thấy' : 'Seen'}: ${r.seen[locale]}`);
  }
  return lines.join('\n');
}
