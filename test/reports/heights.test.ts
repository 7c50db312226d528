// The row heights a document or working sheet asks for are the heights it gets, whichever host
// writes it: the .xlsx writer and the simulated Excel (which keeps heights in whole pixels, as Excel
// does) agree row by row, on a register of 650 initiatives; every row the add-in writes has one.

import { describe, expect, it } from 'vitest';
import { officeSubject, xlsxSubject } from '../conformance/subjects';
import { councilAtScale } from './at-scale';

describe('row heights of the documents and working sheets on both hosts', () => {
  const council = councilAtScale(650);
  const documents = [...council.documents, ...council.working];

  it('are whole pixels in every plan, so Excel keeps them as planned', () => {
    for (const plan of documents)
      for (const [r, h] of plan.rowHeights ?? []) expect((h / 0.75) % 1, `${plan.name} row ${r + 1}`).toBe(0);
  });

  it('are set on every row of the working sheets, from the header down, taller where text wraps', () => {
    for (const plan of council.working) {
      const head = plan.page?.printTitleRows?.first ?? 0;
      for (let r = head; r < plan.rows.length; r++)
        expect(plan.rowHeights?.get(r), `${plan.name} row ${r + 1}`).toBeGreaterThan(0);
      const heights = [...(plan.rowHeights?.values() ?? [])];
      expect(Math.max(...heights), plan.name).toBeGreaterThan(2 * Math.min(...heights));
    }
  });

  it('read back the same from the .xlsx writer and from the simulated Excel, row by row', async () => {
    const xlsx = xlsxSubject();
    const office = await officeSubject();
    await xlsx.port.apply(documents.map((plan) => ({ kind: 'writePlan' as const, plan })));
    await office.port.apply(documents.map((plan) => ({ kind: 'writePlan' as const, plan })));
    for (const plan of documents) {
      const [a, b] = [await xlsx.look(plan.name), await office.look(plan.name)];
      let tall = 0;
      for (let r = 0; r < plan.rows.length; r++) {
        const planned = plan.rowHeights?.get(r);
        if (planned !== undefined) {
          expect(a.rowHeight(r), `${plan.name} row ${r + 1} (.xlsx)`).toBe(planned);
          if (planned > 20) tall++;
        }
        expect(b.rowHeight(r), `${plan.name} row ${r + 1}`).toBe(a.rowHeight(r));
      }
      expect(tall, plan.name).toBeGreaterThan(0);
    }
  }, 120_000);
});
