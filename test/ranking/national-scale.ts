// A national-scale register for timing: 250,000 initiatives, 3 reviews each (750,000 score rows),
// 30 members, realistic spread of scores and authors, built without randomness so runs compare.

import { DEFAULT_RULES } from '../../src/core/council/rules';
import type { FieldCode, Initiative, InitiativeId, Member, MemberId, ScoreRow } from '../../src/core/model';
import type { RankInput } from '../../src/core/ranking';
import { FIELD_CODES } from '../../src/core/model';
import type { Dong } from '../../src/core/model';

export function nationalInput(count = 250_000, reviewers = 3, memberCount = 30): RankInput {
  const members: Member[] = Array.from({ length: memberCount }, (_, i) => ({
    id: `TV${String(i + 1).padStart(2, '0')}` as MemberId,
    name: `Thành viên ${i + 1}`,
    position: '',
    unit: '',
    role: 'Ủy viên',
    excludedUnits: i % 7 === 0 ? [`LĐLĐ huyện ${i}`] : [],
  }));
  const initiatives: Initiative[] = new Array<Initiative>(count);
  const scores: ScoreRow[] = new Array<ScoreRow>(count * reviewers);
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    const id = `SK-${String(i + 1).padStart(6, '0')}` as InitiativeId;
    initiatives[i] = {
      id,
      title: `Sáng kiến ${i + 1}`,
      authors: [`Nguyễn Văn ${i % 90_000}`],
      positions: [],
      workplace: `Công ty ${i % 5000}`,
      unit: `LĐLĐ huyện ${i % 60}`,
      field: FIELD_CODES[i % FIELD_CODES.length] as FieldCode,
      benefitVnd: i % 3 === 0 ? null : ((((i * 7919) % 1000) * 1_000_000) as Dong),
      summary: '',
      source: null,
      duplicateOf: i % 97 === 5 ? (`SK-${String(i).padStart(6, '0')}` as InitiativeId) : null,
      checks: [],
    };
    const quality = next();
    for (let k = 0; k < reviewers; k++) {
      const m = (i * reviewers + k) % memberCount;
      const j = (x: number): number =>
        Math.max(0, Math.min(x, Math.round(x * (0.55 + 0.45 * quality) + next() * 20 - 10)));
      scores[i * reviewers + k] = {
        row: i * reviewers + k + 2,
        initiativeId: id,
        memberId: members[m]!.id,
        scores: { TM: j(300), HQ: j(400), AD: j(300) },
        comment: '',
        conflict: false,
      };
    }
  }
  return { initiatives, members, rules: DEFAULT_RULES, scores };
}
