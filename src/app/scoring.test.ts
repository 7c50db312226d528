import { describe, expect, it } from 'vitest';
import { createOfficePort } from '../workbook/office';
import { createSimulatedExcel, type SimulatedExcel } from '../workbench/excel-sim';
import { seedSample } from '../workbench/sample';
import { advanceSample } from '../workbench/stages';
import type { WorkbookPort } from '../workbook/port';
import { loadScoring, openPackets, receivePackets, reviewerQueue, saveItem, toBase64, type ScoringBook } from './scoring';
import { loadXlsxFiles } from '../workbook/xlsx/lazy';

/** A port over the simulated workbook; several ports over one sim are several sessions on one workbook. */
function portOver(sim: SimulatedExcel): WorkbookPort {
  return createOfficePort((batch) => sim.run(batch));
}

async function assignedBook(count = 24) {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count });
  await advanceSample(sim, portOver(sim), 'assigned');
  return sim;
}

async function load(port: WorkbookPort): Promise<ScoringBook> {
  const r = await loadScoring(port);
  if (!r.ok) throw new Error(`no scoring book: ${r.reason}`);
  return r.book;
}

function scoresOf(book: ScoringBook, memberId: string, initiativeId: string) {
  return book.rows.find((r) => r.memberId === memberId && r.initiativeId === initiativeId);
}

describe('the scoring use cases', () => {
  it('lists only members with assigned rows as reviewers, each with their count', async () => {
    const sim = await assignedBook();
    const book = await load(portOver(sim));
    expect(book.reviewers.length).toBeGreaterThan(1);
    for (const r of book.reviewers) expect(r.assigned).toBe(book.rows.filter((s) => s.memberId === r.member.id).length);
    expect(book.layout).not.toBeNull();
  });

  it('keeps both reviewers scores when two sessions on one workbook save from what each read before the other saved', async () => {
    const sim = await assignedBook();
    const portA = portOver(sim);
    const portB = portOver(sim);
    const bookA = await load(portA);
    const bookB = await load(portB);
    const [first, second] = bookA.reviewers;
    const itemA = reviewerQueue(bookA, first!.member.id).items[0]!;
    const itemB = reviewerQueue(bookB, second!.member.id).items[0]!;
    const codes = bookA.rubric.map((c) => c.code);

    // B saves first; A then saves from its older read, typing with a decimal comma.
    const savedB = await saveItem(portB, bookB, itemB, { scores: Object.fromEntries(codes.map((c) => [c, '8'])), comment: 'Tốt', conflict: false });
    expect(savedB.errors).toEqual({});
    const savedA = await saveItem(portA, bookA, itemA, { scores: Object.fromEntries(codes.map((c) => [c, '7,5'])), comment: '', conflict: false });
    expect(savedA.errors).toEqual({});
    // Then B saves again from its own read: only its changed cell goes out.
    await saveItem(portB, bookB, savedB.saved!, { scores: { [codes[0]!]: '9.5' }, comment: 'Tốt', conflict: false });

    const after = await load(portOver(sim));
    const a = scoresOf(after, first!.member.id, itemA.initiativeId)!;
    const b = scoresOf(after, second!.member.id, itemB.initiativeId)!;
    for (const c of codes) expect(a.scores[c]).toBe(75);
    expect(b.scores[codes[0]!]).toBe(95);
    for (const c of codes.slice(1)) expect(b.scores[c]).toBe(80);
    expect(b.comment).toBe('Tốt');
    expect(reviewerQueue(after, first!.member.id).done).toBe(1);
  });

  it('writes nothing when one input is refused, and says which', async () => {
    const sim = await assignedBook();
    const port = portOver(sim);
    const book = await load(port);
    const member = book.reviewers[0]!.member.id;
    const item = reviewerQueue(book, member).items[0]!;
    const [c1, c2] = book.rubric;
    const save = await saveItem(port, book, item, { scores: { [c1!.code]: '5', [c2!.code]: '999' }, comment: 'x', conflict: true });
    expect(save.saved).toBeNull();
    expect(save.errors[c2!.code]?.code).toBe('council.form.outOfRange');
    const after = await load(port);
    expect(scoresOf(after, member, item.initiativeId)?.scores[c1!.code]).toBeNull();
    expect(scoresOf(after, member, item.initiativeId)?.conflict).toBe(false);
  });

  it('saves a conflict of interest as a mark that counts the item as done', async () => {
    const sim = await assignedBook();
    const port = portOver(sim);
    const book = await load(port);
    const member = book.reviewers[0]!.member.id;
    const item = reviewerQueue(book, member).items[0]!;
    await saveItem(port, book, item, { scores: {}, comment: '', conflict: true });
    const after = await load(port);
    expect(scoresOf(after, member, item.initiativeId)?.conflict).toBe(true);
    expect(reviewerQueue(after, member).done).toBe(1);
  });

  it('opens one packet workbook per reviewer and takes a returned packet back in', async () => {
    const sim = await assignedBook();
    const port = portOver(sim);
    const created: string[] = [];
    const steps: number[] = [];
    const out = await openPackets(port, (b) => {
      created.push(b);
      return Promise.resolve();
    }, loadXlsxFiles, 'vi', (done) => steps.push(done));
    const book = await load(port);
    expect(out.opened.length).toBe(book.reviewers.length);
    expect(created.length).toBe(book.reviewers.length);
    expect(steps.at(-1)).toBe(book.reviewers.length);

    // The reviewer fills the first packet's first score and sends it back.
    const { openXlsx } = await import('../workbook/xlsx');
    const packet = await openXlsx(Uint8Array.from(atob(created[0]!), (ch) => ch.charCodeAt(0)));
    const sheets = await packet.listSheets();
    expect(sheets.some((s) => s.visibility === 'hidden')).toBe(true);
    const visible = sheets.find((s) => s.visibility === 'visible')!;
    const [grid] = await packet.readSheets([{ name: visible.name }]);
    const headerRow = grid!.values.findIndex((r) => r.includes('Tổng'));
    const col = grid!.values[headerRow]!.indexOf(book.rubric[0]!.code);
    await packet.apply([{ kind: 'writeCells', sheet: visible.name, cells: [{ row: headerRow + 1, col, value: 12.5 }] }]);
    const back = await receivePackets(port, [
      { name: 'returned.xlsx', bytes: await packet.toBuffer() },
      { name: 'photo.jpg', bytes: new Uint8Array([1, 2, 3]) },
    ], loadXlsxFiles);
    expect(back[0]).toMatchObject({ source: 'returned.xlsx', memberId: out.opened[0]!.memberId, written: 1, refusals: [], unreadable: false });
    expect(back[1]).toMatchObject({ source: 'photo.jpg', unreadable: true, written: 0 });
    const after = await load(port);
    expect(after.rows.filter((r) => r.memberId === out.opened[0]!.memberId).some((r) => r.scores[book.rubric[0]!.code] === 125)).toBe(true);
  });

  it('turns bytes into the base64 Excel.createWorkbook takes', () => {
    expect(toBase64(new TextEncoder().encode('PK\u0003\u0004'))).toBe('UEsDBA==');
  });

  it('says there is nothing to score before reviewers are assigned', async () => {
    const sim = createSimulatedExcel();
    seedSample(sim.state, { count: 10 });
    const port = portOver(sim);
    await advanceSample(sim, port, 'imported');
    const r = await loadScoring(port);
    expect(r.ok ? null : r.reason).toBe('noScores');
  });
});
