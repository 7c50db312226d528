import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, type FormInput, type QueueItem } from '../../../core/council';
import { detectCapabilities } from '../../host/capabilities';
import { TaskpaneProviders } from '../../shell/TaskpaneApp';
import { ClerkTable } from './ClerkTable';
import { ScoreCard } from './ScoreCard';
import type { Saver } from './Scoring.types';

const item: QueueItem = {
  initiativeId: 'SK-0007',
  row: 8,
  title: 'Cải tiến băng tải',
  summary: 'Giảm thời gian dừng máy.',
  field: 'Kỹ thuật',
  benefitVnd: 120_000_000,
  scores: { TM: 75, HQ: null, AD: 300 },
  comment: 'Tốt',
  conflict: false,
  status: 'review',
  reasons: ['partial'],
};

function saver(draft: FormInput | null = null): Saver {
  return {
    save: () => Promise.reject(new Error('no save while rendering')),
    draftOf: () => draft,
    stateOf: () => null,
    touch: () => undefined,
  };
}

function render(node: React.ReactNode, locale: 'vi' | 'en' = 'vi'): string {
  const host = { port: null, capabilities: detectCapabilities(() => true) };
  return renderToString(
    <TaskpaneProviders host={host} locale={locale}>
      {node}
    </TaskpaneProviders>,
  );
}

describe('the reviewer card', () => {
  it('labels each box with the criterion, its name and its bounds, and shows scores with a decimal comma', () => {
    const html = render(<ScoreCard item={item} rubric={DEFAULT_RUBRIC} saver={saver()} focusFirst={false} onSavedNext={() => undefined} onGoRow={() => undefined} />);
    expect(html).toContain('TM — Tính mới, sáng tạo (0–30)');
    expect(html).toContain('HQ — Hiệu quả, giá trị làm lợi (0–40)');
    expect(html).toContain('value="7,5"');
    expect(html).toContain('value="30"');
    expect(html).toContain('120.000.000 đồng');
    expect(html).toContain('Xung đột lợi ích');
    expect(html).toContain('Đến dòng 8 trong sheet');
    expect(html).not.toContain('Chưa lưu');
  });

  it('shows a kept draft instead of the sheet, marked as not saved', () => {
    const draft = { scores: { TM: '9', HQ: '12,5', AD: '' }, comment: 'Nháp', conflict: true };
    const html = render(<ScoreCard item={item} rubric={DEFAULT_RUBRIC} saver={saver(draft)} focusFirst={false} onSavedNext={() => undefined} onGoRow={() => undefined} />);
    expect(html).toContain('value="12,5"');
    expect(html).toContain('value="Nháp"');
    expect(html).toContain('Chưa lưu: đã khôi phục bản nháp');
  });

  it('speaks English with a decimal point when the pane is in English', () => {
    const html = render(<ScoreCard item={item} rubric={DEFAULT_RUBRIC} saver={saver()} focusFirst={false} onSavedNext={() => undefined} onGoRow={() => undefined} />, 'en');
    expect(html).toContain('value="7.5"');
    expect(html).toContain('Conflict of interest');
  });
});

describe('the clerk table', () => {
  it('names every box by criterion and initiative, so a screen reader says which cell it is in', () => {
    const html = render(<ClerkTable items={[item, { ...item, initiativeId: 'SK-0009', row: 9 }]} rubric={DEFAULT_RUBRIC} saver={saver()} member="TV02 — Lê Văn B" />);
    expect(html).toContain('aria-label="TM của SK-0007"');
    expect(html).toContain('aria-label="AD của SK-0009"');
    expect(html).toContain('Bảng nhập điểm của TV02 — Lê Văn B');
  });
});
