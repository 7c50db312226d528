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
import { Ballot } from './Ballot';
import { rulingDrafts, tally, voteDrafts } from './logic';
import { RulingsSection } from './RulingsSection';
import type { UseBallot } from './useBallot';
import { VotesSection } from './VotesSection';

const ballot: BallotView = {
  sheet: 'Biểu quyết',
  members: 9,
  threshold: 6,
  fraction: { num: 2, den: 3 },
  rows: [
    { row: 5, name: 'Nguyễn Văn An', workplace: 'Trường A', initiativeId: 'SK-0003', yes: 7, lists: ['ubnd', 'media'], outcome: 'passed' },
    { row: 6, name: 'Trần Thị Bình', workplace: 'Trường B', initiativeId: 'SK-0007', yes: 2, lists: ['ubnd'], outcome: 'failed' },
    { row: 7, name: 'Lê Văn Cường', workplace: 'Trường C', initiativeId: 'SK-0009', yes: null, lists: [], outcome: null },
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

function state(typed: ReadonlyMap<string, string>): UseBallot {
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
    votesChanged: votes.some((d) => d.changed),
    rulingsChanged: false,
    typeVotes: ignore,
    chooseRuling: ignore,
    typeNote: ignore,
    saveVotes: ignore,
    saveRulings: ignore,
    rerank: ignore,
    reload: ignore,
  };
}

const host = { port: createOfficePort((batch) => createSimulatedExcel().run(batch)), capabilities: detectCapabilities(() => true) };
const render = (locale: Locale, node: ReactNode): string =>
  renderToString(
    <TaskpaneProviders host={host} locale={locale}>
      {node}
    </TaskpaneProviders>,
  );

describe('the ballot as rendered', () => {
  it('states the threshold, names each box after its person and says who passed', () => {
    const html = render('vi', <VotesSection ballot={ballot} state={state(new Map())} busy={false} />);
    expect(html).toContain('Cần ít nhất 6/9 phiếu đồng ý (tỉ lệ 2/3).');
    expect(html).toContain('Đã nhập 2/3 · Thông qua 1 · Không thông qua 1');
    expect(html).toContain('Nguyễn Văn An');
    expect(html).toMatch(/Số phiếu đồng ý<span[^>]*> \(<!-- -->Nguyễn Văn An<!-- -->\)<\/span>/);
    expect(html).toContain('Danh sách: UBND tỉnh, Phóng sự');
    expect(html).toContain('Không còn trong danh sách đề nghị');
    expect(html).toContain('>Thông qua<');
    expect(html).toContain('>Không thông qua<');
  });

  it('says what is wrong with a box holding more votes than members, in Vietnamese and English', () => {
    const s = state(new Map([['SK-0009|Lê Văn Cường', '12']]));
    expect(render('vi', <VotesSection ballot={ballot} state={s} busy={false} />)).toContain('Hội đồng chỉ có 9 thành viên');
    expect(render('en', <VotesSection ballot={ballot} state={s} busy={false} />)).toContain('The council has only 9 members');
  });

  it('shows a ruling with why the council must decide and the prize it applies', () => {
    const html = render('vi', <RulingsSection state={state(new Map())} busy={false} />);
    expect(html).toContain('SK-0012');
    expect(html).toContain('Hạng 4 · 85,33 điểm · Giải theo xếp hạng: Nhì · Giải đang áp dụng: Ba');
    expect(html).toContain('bỏ phiếu');
  });

  it('shows nothing of the ballot before the workbook has been read', () => {
    const html = render('vi', <Ballot goTo={() => undefined} />);
    expect(html).not.toContain('Biểu quyết đề nghị khen thưởng');
  });
});
