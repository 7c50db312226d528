import { describe, expect, it } from 'vitest';
import { buildReports, mediaReport, minutesReport, nationalReport, resultsReport, statsReport, ubndReport } from '../../src/core/reports';
import { SHEET_ROLES } from '../../src/core/sheet/plan';
import { COUNCIL, RULES, entry, rankResult, result, skId } from './builders';
import { headerOf, lastRowWith, rowWith, tableRows } from './read-plan';

// A council of seven initiatives: one per tier, one passing without a prize, one incomplete, and
// a duplicate of the first.
const hoa = result(
  { n: 1, title: 'Máy bóc vỏ hạt điều bán tự động', author: 'Nguyễn Thị Hoà', position: 'Tổ trưởng', workplace: 'Công ty CP Chế biến Kiên Giang', unit: 'LĐLĐ thành phố Rạch Giá', field: 'sx', benefit: 1_250_000_000, score: 9150, tier: 'Nhất', summary: 'Thay bóc tay bằng máy, năng suất tăng gấp ba.' },
  0,
);
const binh = result({ n: 2, title: 'Phần mềm quản lý hồ sơ một cửa', author: 'Trần Văn Bình', position: 'Chuyên viên', workplace: 'UBND huyện Châu Thành', unit: 'LĐLĐ huyện Châu Thành', field: 'cc', benefit: 300_000_000, score: 8200, tier: 'Nhì' }, 1);
const cuong = result({ n: 3, title: 'Giáo cụ trực quan môn Vật lý', author: 'Lê Văn Cường', position: 'Giáo viên', workplace: 'Trường THPT Nguyễn Trung Trực', unit: 'Công đoàn ngành Giáo dục', field: 'gd', benefit: null, score: 7600, tier: 'Ba' }, 2);
const dung = result({ n: 4, title: 'Quy trình tiệt khuẩn dụng cụ', author: 'Phạm Thị Dung', position: 'Điều dưỡng', workplace: 'Bệnh viện Đa khoa tỉnh', unit: 'Công đoàn ngành Y tế', field: 'yt', benefit: 80_000_000, score: 7100, tier: 'Khuyến khích' }, 3);
const em = result({ n: 5, title: 'Bảng theo dõi ca trực', author: 'Huỳnh Văn Em', position: 'Công nhân', workplace: 'Công ty Điện lực Kiên Giang', unit: 'LĐLĐ thành phố Rạch Giá', field: 'at', benefit: 20_000_000, score: 6500 }, 4);
const giang = result({ n: 6, author: 'Võ Thị Giang', score: 7000, status: 'incomplete', reviews: 2, field: 'mt', unit: 'LĐLĐ huyện Châu Thành' }, null);
const dup = result({ n: 7, title: 'Máy bóc vỏ hạt điều bán tự động', author: 'Nguyễn Thị Hoà', duplicateOf: 1, score: null, unit: 'LĐLĐ huyện Châu Thành' }, null);
const all = [hoa, binh, cuong, dung, em, giang, dup];

function input(votes: 'none' | 'entered') {
  const v = votes === 'entered';
  const ubnd = [
    entry(hoa, v ? { yes: 8, ballot: 'passed' } : {}),
    entry(binh, v ? { yes: 7, ballot: 'passed' } : {}),
    entry(cuong, v ? { yes: 6, ballot: 'passed' } : {}),
    entry(dung, v ? { yes: 3, ballot: 'failed' } : {}),
    entry(em, v ? { yes: 6, ballot: 'passed' } : {}),
  ];
  return {
    result: rankResult(all, {
      ubnd,
      national: [ubnd[0]!, ubnd[1]!],
      media: [entry(cuong, { leadCount: 2 }), entry(hoa, { leadCount: 3 }), entry(binh)],
      members: 9,
      threshold: 6,
      votesEntered: v,
      listFlags: [{ code: 'ranking.list.nationalTooFew', params: { count: 2, wanted: 4 } }],
    }),
    members: COUNCIL,
    rules: RULES,
    today: '2026-11-25',
  };
}

describe('"DS đề nghị UBND"', () => {
  it('lists the proposals grouped by prize, then the rest, numbered through, before the ballot', () => {
    const { plan, problems } = ubndReport(input('none'));
    expect(plan.name).toBe(SHEET_ROLES.ubnd.name);
    expect(plan.role).toBe('ubnd');
    expect(problems).toEqual([]);
    expect(headerOf(plan, 'STT')).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Tên sáng kiến', 'Giá trị làm lợi (đồng)', 'Điểm', 'Giải', 'Ghi chú']);
    expect(tableRows(plan, 'STT')).toEqual([
      ['I. GIẢI NHẤT (1 cá nhân)'],
      [1, 'Nguyễn Thị Hoà', 'Tổ trưởng, Công ty CP Chế biến Kiên Giang', 'Máy bóc vỏ hạt điều bán tự động', 1_250_000_000, 91.5, 'Nhất', ''],
      ['II. GIẢI NHÌ (1 cá nhân)'],
      [2, 'Trần Văn Bình', 'Chuyên viên, UBND huyện Châu Thành', 'Phần mềm quản lý hồ sơ một cửa', 300_000_000, 82, 'Nhì', ''],
      ['III. GIẢI BA (1 cá nhân)'],
      [3, 'Lê Văn Cường', 'Giáo viên, Trường THPT Nguyễn Trung Trực', 'Giáo cụ trực quan môn Vật lý', null, 76, 'Ba', ''],
      ['IV. GIẢI KHUYẾN KHÍCH (1 cá nhân)'],
      [4, 'Phạm Thị Dung', 'Điều dưỡng, Bệnh viện Đa khoa tỉnh', 'Quy trình tiệt khuẩn dụng cụ', 80_000_000, 71, 'Khuyến khích', ''],
      ['V. CÁ NHÂN CÓ SÁNG KIẾN ĐẠT, KHÔNG XẾP GIẢI (1 cá nhân)'],
      [5, 'Huỳnh Văn Em', 'Công nhân, Công ty Điện lực Kiên Giang', 'Bảng theo dõi ca trực', 20_000_000, 65, '', ''],
    ]);
  });

  it('lists only proposals that passed once votes are entered, with their yes votes', () => {
    const rows = tableRows(ubndReport(input('entered')).plan, 'STT');
    const names = rows.filter((r) => typeof r[0] === 'number').map((r) => r[1]);
    expect(names).toEqual(['Nguyễn Thị Hoà', 'Trần Văn Bình', 'Lê Văn Cường', 'Huỳnh Văn Em']);
    expect(rows.find((r) => r[1] === 'Lê Văn Cường')?.[7]).toBe('Đồng ý 6/9');
    expect(rows.some((r) => typeof r[0] === 'string' && r[0].includes('KHUYẾN KHÍCH'))).toBe(false);
  });

  it('puts a tied group left pending for the council under its own heading, before those without a prize', () => {
    const pending = { ...result({ n: 8, author: 'Đoàn Văn Chờ', score: 8000 }, 5), pending: true };
    const i = input('none');
    const r = rankResult([...all, pending], { ubnd: [...i.result.lists.ubnd, entry(pending)] });
    const rows = tableRows(ubndReport({ ...i, result: r }).plan, 'STT');
    expect(rows.slice(8).map((x) => x.slice(0, 2))).toEqual([
      ['V. CHỜ HỘI ĐỒNG QUYẾT ĐỊNH GIẢI (1 cá nhân)'],
      [5, 'Đoàn Văn Chờ'],
      ['VI. CÁ NHÂN CÓ SÁNG KIẾN ĐẠT, KHÔNG XẾP GIẢI (1 cá nhân)'],
      [6, 'Huỳnh Văn Em'],
    ]);
  });

  it('says under the table when the list is short of its minimum', () => {
    const i = input('none');
    const r = { ...i.result, listFlags: [{ code: 'ranking.list.ubndTooFew', params: { count: 5, min: 75 } }] };
    const { plan } = ubndReport({ ...i, result: r });
    const notes = plan.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('Lưu ý: '));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('5');
  });

  it('is dated from "Cấu hình" and signed by the chair', () => {
    const { plan } = ubndReport(input('none'));
    expect(rowWith(plan, 'Kiên Giang, ngày 05 tháng 5 năm 2021')).toBe(3);
    expect(rowWith(plan, 'Trần Văn Chủ')).toBeGreaterThan(rowWith(plan, 'CHỦ TỊCH'));
  });
});

describe('"DS đề nghị TLĐ"', () => {
  it('gives each national candidate a short achievement written from the initiative', () => {
    const { plan } = nationalReport(input('none'));
    expect(tableRows(plan, 'STT')).toEqual([
      [
        1,
        'Nguyễn Thị Hoà',
        'Tổ trưởng, Công ty CP Chế biến Kiên Giang',
        'Máy bóc vỏ hạt điều bán tự động',
        'Sáng kiến đạt 91,50 điểm, Giải Nhất cấp tỉnh; giá trị làm lợi 1.250.000.000 đồng. Thay bóc tay bằng máy, năng suất tăng gấp ba.',
        1_250_000_000,
        '',
      ],
      [2, 'Trần Văn Bình', 'Chuyên viên, UBND huyện Châu Thành', 'Phần mềm quản lý hồ sơ một cửa', 'Sáng kiến đạt 82,00 điểm, Giải Nhì cấp tỉnh; giá trị làm lợi 300.000.000 đồng.', 300_000_000, ''],
    ]);
  });

  it('says under the table when the list has fewer candidates than asked', () => {
    const { plan } = nationalReport(input('none'));
    const notes = plan.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('Lưu ý: '));
    expect(notes).toHaveLength(1);
  });
});

describe('"DS phóng sự"', () => {
  it('lists the media persons in the order picked, with field and number of initiatives', () => {
    const { plan } = mediaReport(input('none'));
    expect(tableRows(plan, 'STT').map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      [1, 'Lê Văn Cường', 'Giáo dục', 2, 'Giáo cụ trực quan môn Vật lý'],
      [2, 'Nguyễn Thị Hoà', 'Sản xuất kinh doanh', 3, 'Máy bóc vỏ hạt điều bán tự động'],
      [3, 'Trần Văn Bình', 'Cải cách hành chính', 1, 'Phần mềm quản lý hồ sơ một cửa'],
    ]);
  });
});

describe('"Kết quả xét duyệt"', () => {
  it('shows every initiative with rank, criterion means, reviews, both scores, tier and status', () => {
    const { plan } = resultsReport(input('none'));
    expect(headerOf(plan, 'Hạng')).toEqual([
      'Hạng', 'Mã SK', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác', 'TM (30)', 'HQ (40)', 'AD (30)', 'Số phiếu', 'Điểm', 'Điểm hiệu chỉnh', 'Giải', 'Trạng thái', 'Ghi chú',
    ]);
    const rows = tableRows(plan, 'Hạng');
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual([1, 'SK-0001', 'Máy bóc vỏ hạt điều bán tự động', 'Nguyễn Thị Hoà', 'Công ty CP Chế biến Kiên Giang', 25, 30, 25, 3, 91.5, 91.5, 'Nhất', 'Đạt', '']);
    expect(rows.map((r) => [r[0], r[1], r[8], r[12]])).toEqual([
      [1, 'SK-0001', 3, 'Đạt'],
      [2, 'SK-0002', 3, 'Đạt'],
      [3, 'SK-0003', 3, 'Đạt'],
      [4, 'SK-0004', 3, 'Đạt'],
      [5, 'SK-0005', 3, 'Đạt'],
      [null, 'SK-0006', 2, 'Chưa đủ phiếu'],
      [null, 'SK-0007', 0, 'Trùng với SK-0001'],
    ]);
  });

  it('wraps and scales a rubric of many criteria down to 70 % at most, and says so when even that is too wide', () => {
    const rubric = (count: number) =>
      Array.from({ length: count }, (_, k) => ({ code: `C${k + 1}`, name: `Tiêu chí ${k + 1}`, maxTenths: 100, weight: { num: 1, den: 1 } }));
    const wide = resultsReport({ ...input('none'), rules: { ...RULES, rubric: rubric(8) } });
    expect(wide.plan.page?.orientation).toBe('landscape');
    expect(wide.plan.page!.scale!).toBeGreaterThanOrEqual(70);
    expect(wide.problems).toEqual([]);
    const tooWide = resultsReport({ ...input('none'), rules: { ...RULES, rubric: rubric(30) } });
    expect(tooWide.plan.page?.scale).toBe(70);
    expect(tooWide.plan.page?.fitToPagesWide).toBeUndefined();
    expect(tooWide.problems).toEqual([expect.objectContaining({ code: 'reports.page.tooWide', sheet: 'Kết quả xét duyệt' })]);
  });

  it('writes flags and the council\'s rulings in "Ghi chú" as short marks, explained once in a legend under the table', () => {
    const flagged = result({ n: 8, score: 8500, tier: 'Nhất', flags: [{ code: 'ranking.flag.ubndCutTie', params: { rank: 8, size: 2, cut: 120 } }] }, 0);
    const ruled = { ...result({ n: 9, score: 8400, tier: 'Nhì' }, 1), decision: { row: 2, initiativeId: 'SK-0009', ruling: 'Nhì' as const, note: 'họp 05/5' } };
    const alsoFlagged = { ...ruled, initiative: { ...ruled.initiative, id: skId(10) }, flags: [{ code: 'ranking.flag.decisionTier', params: { ruling: 'Nhì' } }] };
    const { plan } = resultsReport({ ...input('none'), result: rankResult([flagged, ruled, alsoFlagged]) });
    const rows = tableRows(plan, 'Hạng');
    expect(rows.map((r) => r[13])).toEqual(['ĐU', 'QĐ', 'QĐ']);
    // Each mark is explained once, under the table, and no row carries a sentence.
    const texts = plan.rows.flat().filter((v): v is string => typeof v === 'string');
    const legend = texts.filter((t) => t.startsWith('Ký hiệu ở cột "Ghi chú"'));
    expect(legend).toHaveLength(1);
    expect(legend[0]).toContain('ĐU: đồng hạng tại ranh giới danh sách đề nghị UBND');
    expect(legend[0]!.match(/QĐ:/g)).toHaveLength(1);
    expect(rowWith(plan, legend[0]!)).toBeGreaterThan(rowWith(plan, 'SK-0010'));
    expect(texts.some((t) => t.includes('Theo quyết định của Hội đồng: giải'))).toBe(false);
  });

  it('marks a flag it has no short mark for with "*", explained by the general line', () => {
    const odd = result({ n: 8, score: 8500, tier: 'Nhất', flags: [{ code: 'ranking.flag.somethingNew', params: {} }] }, 0);
    const { plan } = resultsReport({ ...input('none'), result: rankResult([odd]) });
    expect(tableRows(plan, 'Hạng')[0]![13]).toBe('*');
    expect(plan.rows.flat().some((v) => typeof v === 'string' && v.includes('*: có lưu ý khác'))).toBe(true);
  });
});

describe('"Biên bản"', () => {
  it('counts registered, valid, duplicates, reviewed, complete, passed and prizes per tier', () => {
    const { plan } = minutesReport(input('none'));
    const counts = tableRows(plan, 'STT', rowWith(plan, 'II. KẾT QUẢ XÉT DUYỆT')).map((r) => [r[1], r[4]]);
    expect(counts.slice(0, 12)).toEqual([
      ['Số sáng kiến đăng ký', 7],
      ['Số sáng kiến hợp lệ (không kể trùng lặp)', 6],
      ['Số sáng kiến trùng lặp (đăng ký nhiều lần)', 1],
      ['Số sáng kiến đã được chấm', 6],
      ['Số sáng kiến đủ phiếu (từ 3 phiếu hợp lệ)', 5],
      ['Số sáng kiến đạt (từ 50 điểm)', 5],
      ['Số phiếu chấm hợp lệ', 17],
      ['Số phiếu chấm không hợp lệ', 0],
      ['Số sáng kiến đạt Giải Nhất', 1],
      ['Số sáng kiến đạt Giải Nhì', 1],
      ['Số sáng kiến đạt Giải Ba', 1],
      ['Số sáng kiến đạt Giải Khuyến khích', 1],
    ]);
  });

  it('names the council members and the ballot threshold, and lists each proposal\'s yes votes once entered', () => {
    const before = minutesReport(input('none')).plan;
    expect(tableRows(before, 'STT').map((r) => [r[1], r[4]])).toEqual([
      ['Trần Văn Chủ', 'Chủ tịch'],
      ['Lê Thị Phó', 'Phó Chủ tịch'],
      ['Phạm Văn Ủy', 'Ủy viên'],
      ['Huỳnh Thị Thư', 'Thư ký'],
    ]);
    const threshold = before.rows.flat().find((v) => typeof v === 'string' && v.startsWith('Hội đồng có 9 thành viên'));
    expect(threshold).toBe('Hội đồng có 9 thành viên; một đề nghị được thông qua khi có từ 6 phiếu đồng ý trở lên (2/3 tổng số thành viên).');
    expect(rowWith(before, 'Chưa nhập kết quả biểu quyết (trang "Biểu quyết").')).toBeGreaterThan(0);

    const after = minutesReport(input('entered')).plan;
    const ballot = tableRows(after, 'STT', rowWith(after, 'III. KẾT QUẢ BIỂU QUYẾT')).map((r) => [r[1], r[3], r[4]]);
    expect(ballot).toEqual([
      ['Nguyễn Thị Hoà', 8, 'Thông qua'],
      ['Trần Văn Bình', 7, 'Thông qua'],
      ['Lê Văn Cường', 6, 'Thông qua'],
      ['Phạm Thị Dung', 3, 'Không thông qua'],
      ['Huỳnh Văn Em', 6, 'Thông qua'],
    ]);
    expect(rowWith(after, 'Kết quả: 4/5 đề nghị được thông qua.')).toBeGreaterThan(0);
  });

  it('is signed by the secretary on the left and the chair on the right', () => {
    const { plan } = minutesReport(input('none'));
    const secretary = rowWith(plan, 'THƯ KÝ');
    expect(plan.rows[secretary]?.[0]).toBe('THƯ KÝ');
    const name = lastRowWith(plan, 'Huỳnh Thị Thư');
    expect(plan.rows[name]?.[0]).toBe('Huỳnh Thị Thư');
    expect(plan.rows[name]?.indexOf('Trần Văn Chủ')).toBeGreaterThan(0);
  });

  it('takes the signers from the council when "Cấu hình" names none', () => {
    const i = input('none');
    const { plan, problems } = minutesReport({ ...i, rules: { ...RULES, documents: { ...RULES.documents, chairName: '', secretaryName: '' } } });
    expect(lastRowWith(plan, 'Huỳnh Thị Thư')).toBeGreaterThan(rowWith(plan, 'THƯ KÝ'));
    expect(lastRowWith(plan, 'Trần Văn Chủ')).toBeGreaterThan(rowWith(plan, 'CHỦ TỊCH'));
    expect(problems).toEqual([]);
  });
});

describe('"Thống kê"', () => {
  it('counts initiatives and prizes by union and by field, duplicates left out, with totals', () => {
    const { plan } = statsReport(input('none'));
    expect(headerOf(plan, 'STT')).toEqual(['STT', 'Công đoàn cấp trên', 'Số sáng kiến', 'Số giải', 'Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Giải Khuyến khích', 'Số sáng kiến đạt']);
    expect(tableRows(plan, 'STT')).toEqual([
      [1, 'LĐLĐ huyện Châu Thành', 2, 1, 0, 1, 0, 0, 1],
      [2, 'LĐLĐ thành phố Rạch Giá', 2, 1, 1, 0, 0, 0, 2],
      [3, 'Công đoàn ngành Giáo dục', 1, 1, 0, 0, 1, 0, 1],
      [4, 'Công đoàn ngành Y tế', 1, 1, 0, 0, 0, 1, 1],
      [null, 'Tổng cộng', 6, 4, 1, 1, 1, 1, 5],
    ]);
    expect(tableRows(plan, 'STT', rowWith(plan, 'II. THEO LĨNH VỰC')).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Sản xuất kinh doanh', 1, 1],
      ['Giáo dục', 1, 1],
      ['Y tế', 1, 1],
      ['Môi trường', 1, 0],
      ['An toàn vệ sinh lao động', 1, 0],
      ['Cải cách hành chính', 1, 1],
      ['Tổng cộng', 6, 4],
    ]);
  });

  it('carries a column chart by union and bar and pie charts by field over the tables, totals left out', () => {
    const { plan } = statsReport(input('none'));
    const unitHead = rowWith(plan, 'Công đoàn cấp trên');
    const fieldHead = rowWith(plan, 'Lĩnh vực');
    expect(plan.charts?.map((c) => [c.kind, c.source])).toEqual([
      ['columnClustered', { row: unitHead, col: 1, rowCount: 5, colCount: 3 }],
      ['barClustered', { row: fieldHead, col: 1, rowCount: 7, colCount: 3 }],
      ['pie', { row: fieldHead, col: 1, rowCount: 7, colCount: 2 }],
    ]);
    // Charts sit right of the printed document.
    for (const c of plan.charts ?? []) expect(c.anchor.col).toBeGreaterThanOrEqual(plan.page!.printArea!.colCount);
  });
});

describe('all reports', () => {
  it('build the six generated sheets with their roles and print setup', () => {
    const { plans, problems } = buildReports(input('entered'));
    expect(plans.map((p) => p.role)).toEqual(['ubnd', 'national', 'media', 'results', 'minutes', 'stats']);
    expect(plans.map((p) => p.name)).toEqual(plans.map((p) => SHEET_ROLES[p.role].name));
    for (const p of plans) {
      expect(p.page).toMatchObject({ paperSize: 'A4', margins: { top: 2, bottom: 2, left: 3, right: 1.5 } });
      expect(p.page!.scale!).toBeGreaterThanOrEqual(70);
      expect(p.font).toEqual({ name: 'Times New Roman', size: 13 });
    }
    // Each list repeats its table header on every printed page.
    for (const [i, head] of [[0, 'STT'], [1, 'STT'], [2, 'STT'], [3, 'Hạng']] as const) {
      const row = rowWith(plans[i]!, head);
      expect(plans[i]!.page?.printTitleRows, plans[i]!.name).toEqual({ first: row, last: row });
    }
    expect(problems).toEqual([]);
  });

  it('report an unreadable document date once and date the documents today', () => {
    const i = input('none');
    const { plans, problems } = buildReports({ ...i, rules: { ...RULES, documents: { ...RULES.documents, date: '5/5/2021' } } });
    expect(problems).toEqual([expect.objectContaining({ code: 'reports.date.invalid', params: { value: '5/5/2021' } })]);
    expect(rowWith(plans[0]!, 'Kiên Giang, ngày 25 tháng 11 năm 2026')).toBe(3);
  });

  it('print the lists landscape when wide and the minutes portrait', () => {
    const { plans } = buildReports(input('none'));
    const byRole = new Map(plans.map((p) => [p.role, p.page?.orientation]));
    expect(byRole.get('results')).toBe('landscape');
    expect(byRole.get('minutes')).toBe('portrait');
  });
});
