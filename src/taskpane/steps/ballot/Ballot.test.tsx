import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BallotView, CouncilWork } from '../../../app/ballot';
import type { CouncilCase } from '../../../app/decisions';
import type { Locale } from '../../../core/messages';
import { createSimulatedExcel } from '../../../workbench/excel-sim';
import { createOfficePort } from '../../../workbook/office';
import { IDLE_TASK } from '../../common';
import { detectCapabilities } from '../../host/capabilities';
import { TaskpaneProviders } from '../../shell/TaskpaneApp';
import { Ballot, Summary } from './Ballot';
import { rulingDrafts, tally, typeVote, voteDrafts, type TypedVotes } from './logic';
import { RulingsSection } from './RulingsSection';
import type { UseBallot } from './useBallot';
import { VotesSection } from './VotesSection';

const ballot: BallotView = {
  sheet: 'Biểu quyết',
  members: 9,
  threshold: 6,
  fraction: { num: 2, den: 3 },
  rows: [
    {
      row: 5,
      name: 'Nguyễn Văn An',
      workplace: 'Trường A',
      initiativeId: 'SK-0003',
      yes: 7,
      lists: ['ubnd', 'media'],
      outcome: 'passed',
    },
    {
      row: 6,
      name: 'Trần Thị Bình',
      workplace: 'Trường B',
      initiativeId: 'SK-0007',
      yes: 2,
      lists: ['ubnd'],
      outcome: 'failed',
    },
    {
      row: 7,
      name: 'Lê Văn Cường',
      workplace: 'Trường C',
      initiativeId: 'SK-0009',
      yes: null,
      lists: [],
      outcome: null,
    },
  ],
};

const contested: CouncilCase = {
  initiativeId: 'SK-0012',
  title: 'Máy gặt cải tiến',
  rank: 4,
  score: 8533,
  walkTier: 'Nhì',
  pending: false,
  tier: 'Ba',
  reasons: [{ code: 'ranking.flag.disagreement', params: { spread: 24 } }],
  ruling: 'Ba',
  note: 'bỏ phiếu',
};

function state(typed: TypedVotes): UseBallot {
  const work: CouncilWork = { ballot, decisionsSheet: 'Quyết định', cases: [contested], problems: [] };
  const votes = voteDrafts(ballot, typed);
  const ignore = (): void => undefined;
  return {
    work,
    load: { ...IDLE_TASK, start: () => Promise.resolve(null), reset: ignore },
    action: { ...IDLE_TASK, start: () => Promise.resolve(null), reset: ignore },
    stage: null,
    votes,
    tally: tally(ballot),
    rulings: rulingDrafts(work.cases, new Map()),
    unsavedVotes: votes.filter((d) => d.changed).length,
    unsavedRulings: 0,
    conflicts: votes.filter((d) => d.conflict).length,
    orphans: [],
    orphanRulings: [],
    votesChanged: votes.some((d) => d.changed),
    rulingsChanged: false,
    typeVotes: ignore,
    resolveVote: ignore,
    dropOrphans: ignore,
    chooseRuling: ignore,
    typeNote: ignore,
    resolveRuling: ignore,
    saveVotes: ignore,
    saveRulings: ignore,
    rerank: ignore,
    reload: ignore,
  };
}

const host = {
  port: createOfficePort((batch) => createSimulatedExcel().run(batch)),
  capabilities: detectCapabilities(() => true),
};
const render = (locale: Locale, node: ReactNode): string =>
  renderToString(
    <TaskpaneProviders host={host} locale={locale}>
      {node}
    </TaskpaneProviders>,
  );

/** The ballot with `text` typed in row `i`, then the sheet changed to `yes` there. */
const typedThenChanged = (i: number, text: string, yes: number | null): UseBallot => {
  const typed = typeVote(new Map(), ballot.rows[i]!, text);
  const now: BallotView = { ...ballot, rows: ballot.rows.map((r, j) => (j === i ? { ...r, yes } : r)) };
  const s = state(typed);
  return { ...s, votes: voteDrafts(now, typed), work: { ...s.work!, ballot: now } };
};

describe('the ballot as rendered', () => {
  it('sums up first: the votes needed, the persons per list, what is entered and passed', () => {
    const html = render('vi', <Summary ballot={ballot} state={state(new Map())} busy={false} />);
    expect(html).toContain('Cần ít nhất 6/9 phiếu đồng ý (tỉ lệ 2/3).');
    expect(html).toContain('Đề nghị UBND tỉnh 2 người · Tổng Liên đoàn 0 · Phóng sự 1.');
    expect(html).toContain('Đã nhập 2/3 · Thông qua 1 · Không thông qua 1');
    const en = render('en', <Summary ballot={ballot} state={state(new Map())} busy={false} />);
    expect(en).toContain('At least 6 of 9 yes votes needed (fraction 2/3).');
    expect(en).toContain('Entered 2/3 · Passed 1 · Not passed 1');
  });

  it('groups the persons by list with counts, names each box after its person and says who passed', () => {
    const html = render('vi', <VotesSection ballot={ballot} state={state(new Map())} />);
    expect(html).toContain('Phóng sự (1)');
    expect(html).toContain('Chỉ đề nghị UBND tỉnh (1)');
    expect(html).toContain('Không còn được đề nghị (1)');
    // Phóng sự first, then the rest of the UBND list, then the row no longer proposed.
    expect(html.indexOf('Nguyễn Văn An')).toBeLessThan(html.indexOf('Trần Thị Bình'));
    expect(html.indexOf('Trần Thị Bình')).toBeLessThan(html.indexOf('Lê Văn Cường'));
    expect(html).toMatch(/Số phiếu đồng ý<span[^>]*> \(<!-- -->Nguyễn Văn An<!-- -->\)<\/span>/);
    expect(html).toContain('Danh sách: UBND tỉnh, Phóng sự');
    expect(html).toContain('Không còn trong danh sách đề nghị');
    expect(html).toContain('>Thông qua<');
    expect(html).toContain('>Không thông qua<');
  });

  it('pages a long group and says which persons it shows', () => {
    const many: BallotView = {
      ...ballot,
      rows: Array.from({ length: 25 }, (_, i) => ({
        ...ballot.rows[1]!,
        row: i + 5,
        name: `Người ${i + 1}`,
        initiativeId: `SK-${1000 + i}`,
      })),
    };
    const s = state(new Map());
    const html = render('vi', <VotesSection ballot={many} state={{ ...s, votes: voteDrafts(many, new Map()) }} />);
    expect(html).toContain('Chỉ đề nghị UBND tỉnh (25)');
    expect(html).toContain('Đang hiện 1–10/25');
    expect(html).toContain('Người 10<');
    expect(html).not.toContain('Người 11<');
    expect(html).toContain('Trang sau');
  });

  it('marks a vote the sheet changed after it was typed, with both values to choose from', () => {
    const html = render('vi', <VotesSection ballot={ballot} state={typedThenChanged(2, '7', 4)} />);
    expect(html).toContain('Sổ tính đã đổi');
    expect(html).toContain('Ô này trong trang Biểu quyết đã đổi thành 4 sau khi bạn nhập 7.');
    expect(html).toContain('Giữ 4 trong sổ');
    expect(html).toContain('Dùng 7 vừa nhập');
    const en = render('en', <VotesSection ballot={ballot} state={typedThenChanged(1, '7', null)} />);
    expect(en).toContain('This cell of the ballot sheet changed to empty after you typed 7.');
  });

  it('says what is wrong with a box holding more votes than members, in Vietnamese and English', () => {
    const s = state(typeVote(new Map(), ballot.rows[2]!, '12'));
    expect(render('vi', <VotesSection ballot={ballot} state={s} />)).toContain('Hội đồng chỉ có 9 thành viên');
    expect(render('en', <VotesSection ballot={ballot} state={s} />)).toContain('The council has only 9 members');
  });

  it('shows a ruling with why the council must decide and the prize it applies', () => {
    const html = render('vi', <RulingsSection state={state(new Map())} />);
    expect(html).toContain('SK-0012');
    expect(html).toContain('Hạng 4 · 85,33 điểm · Giải theo xếp hạng: Nhì · Giải đang áp dụng: Ba');
    expect(html).toContain('bỏ phiếu');
  });

  it('shows nothing of the ballot before the workbook has been read', () => {
    const html = render('vi', <Ballot goTo={() => undefined} />);
    expect(html).not.toContain('Biểu quyết đề nghị khen thưởng');
  });
});
