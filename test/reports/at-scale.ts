// A council of any size run through the real core, for the print checks: a generated register,
// a 15-member council scoring like people (three reviews each), the ranking, and every plan a
// clerk prints: the six documents, the three working sheets and the paper score forms.

import { assign, DEFAULT_RULES, scoreSheetPlan } from '../../src/core/council';
import { readCouncil } from '../../src/core/sheets/members';
import { readRegister, registerSheetPlan } from '../../src/core/intake';
import { rank, rankingSheetPlan } from '../../src/core/ranking';
import { readScoreSheet } from '../../src/core/sheets/scores';
import { buildReports, scoreForms, type ReportDocument, type ReportInput } from '../../src/core/reports';
import type { SheetPlan } from '../../src/core/sheet/plan';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';

export interface CouncilAtScale {
  readonly input: ReportInput;
  /** "DS đề nghị UBND", "DS đề nghị TLĐ", "DS phóng sự", "Kết quả xét duyệt", "Biên bản", "Thống kê". */
  readonly documents: SheetPlan[];
  /** "Sáng kiến", "Chấm điểm", "Xếp hạng". */
  readonly working: SheetPlan[];
  /** "Phiếu chấm": the paper score forms, one per member, as a sheet and as Word sections. */
  readonly forms: { readonly plan: SheetPlan; readonly documents: readonly ReportDocument[] };
}

export function councilAtScale(count: number, seed = 2021): CouncilAtScale {
  const g = generateRegister({ count, seed });
  const intake = readRegister([{ name: g.sheet, values: g.rows, merges: g.merges }]);
  const members = readCouncil({ name: 'Hội đồng', values: generateCouncil(15).rows }).members;
  const rules = DEFAULT_RULES;
  const pairs = assign(intake.initiatives, members, 3).pairs;
  const scores = readScoreSheet({ name: 'Chấm điểm', values: generateScores(pairs) }, rules.rubric).rows;
  const result = rank({ initiatives: intake.initiatives, members, rules, scores });
  const input: ReportInput = { result, members, rules, today: '2021-05-05' };
  const working = [
    registerSheetPlan(intake),
    scoreSheetPlan(pairs, rules.rubric, scores, intake.initiatives, { members }).plan,
    rankingSheetPlan(result, { computedAt: '2021-05-05 09:00', fingerprint: 'x' }),
  ];
  const paper = scoreForms({ initiatives: intake.initiatives, members, scores: pairs, rules, today: '2021-05-05' });
  if (!paper.plan) throw new Error('no member has an assignment');
  return {
    input,
    documents: buildReports(input).plans,
    working,
    forms: { plan: paper.plan, documents: paper.documents },
  };
}
