// `sangkien import A.xlsx B.xlsx …`: a register sent as one file per union, read as one; every file
// that cannot be read named with what to do, the others still read; non-zero only when nothing was.

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { openXlsx } from '../../src/workbook/xlsx';
import { compoundFile } from '../support/cfb';
import { writeRawWorkbook } from '../support/workbook-files';

function io(dir: string, lang = 'vi_VN.UTF-8'): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: { LANG: lang }, cwd: dir, stdout, stderr };
}

interface Json {
  initiatives: {
    id: string;
    title: string;
    authors: string[];
    benefitVnd: number | null;
    duplicateOf: string | null;
    source: { file?: string; sheet: string; row: number };
  }[];
  problems: { code: string; file?: string; sheet: string; row: number | null; message: string }[];
}

const BAD = ['cu.xls', 'mat-khau.xlsx', 'hong.xlsx', 'trong.xlsx', 'khong-co-ds.xlsx', 'A-ban-sao.xlsx'];

describe('importing a register sent as several files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-files-'));
  beforeAll(async () => {
    // Three unions, three layouts: header on row 1, under a title block, and with money in millions.
    await writeRawWorkbook(join(dir, 'A.xlsx'), [
      {
        name: 'DS',
        rows: [
          ['STT', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác', 'Giá trị làm lợi (đồng)'],
          [1, 'Máy gặt cải tiến', 'Nguyễn Văn An', 'HTX Minh Hòa', 120_000_000],
          [2, 'Số hóa hồ sơ', 'Trần Thị Bình', 'Kho bạc Rạch Giá', null],
        ],
      },
    ]);
    await writeRawWorkbook(join(dir, 'B.xlsx'), [
      {
        name: 'Sheet1',
        rows: [
          ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN HIỆP'],
          ['DANH SÁCH SÁNG KIẾN'],
          [],
          ['TT', 'Tên giải pháp', 'Họ và tên tác giả', 'Nơi công tác', 'Giá trị làm lợi (triệu đồng)'],
          [1, 'Lò đốt rác', 'Lê Văn Cường', 'Công ty Môi trường', '85,5'],
          // The same initiative as A's first row, sent again by this union.
          [2, 'Máy gặt cải tiến', 'Nguyễn Văn An', 'HTX Minh Hòa', 120],
        ],
      },
    ]);
    await writeRawWorkbook(join(dir, 'C.xlsx'), [
      { name: 'Ghi chú', rows: [['Kính gửi LĐLĐ tỉnh']] },
      {
        name: 'Đăng ký',
        rows: [
          ['STT', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác'],
          [1, 'Đèn tiết kiệm điện', 'Phạm Thị Dung', 'Điện lực Kiên Giang'],
        ],
      },
    ]);
    writeFileSync(join(dir, 'cu.xls'), compoundFile([{ name: 'Workbook', bytes: new Uint8Array([0x09, 0x08]) }]));
    writeFileSync(join(dir, 'mat-khau.xlsx'), compoundFile([{ name: 'EncryptionInfo' }, { name: 'EncryptedPackage' }]));
    const whole = readFileSync(join(dir, 'A.xlsx'));
    writeFileSync(join(dir, 'hong.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(dir, 'trong.xlsx'), new Uint8Array(0));
    await writeRawWorkbook(join(dir, 'khong-co-ds.xlsx'), [
      { name: 'Báo cáo', rows: [['Báo cáo tổng kết năm 2021'], ['Nội dung', 'Ghi chú']] },
    ]);
    copyFileSync(join(dir, 'A.xlsx'), join(dir, 'A-ban-sao.xlsx'));
  });

  it('reads every good file as one register, links a duplicate across files, and names each bad file with what to do', async () => {
    const run = io(dir);
    const code = await main(['import', 'A.xlsx', 'B.xlsx', 'C.xlsx', ...BAD, '-o', 'so.xlsx', '--json'], run);
    expect(run.stderr.join('\n')).toContain('→');
    expect(code).toBe(0);
    const json = JSON.parse(run.stdout.join('')) as Json;
    expect(json.initiatives.map((i) => [i.id, i.source, i.title, i.benefitVnd])).toEqual([
      ['SK-0001', { file: 'A.xlsx', sheet: 'DS', row: 2 }, 'Máy gặt cải tiến', 120_000_000],
      ['SK-0002', { file: 'A.xlsx', sheet: 'DS', row: 3 }, 'Số hóa hồ sơ', null],
      ['SK-0003', { file: 'B.xlsx', sheet: 'Sheet1', row: 5 }, 'Lò đốt rác', 85_500_000],
      ['SK-0004', { file: 'B.xlsx', sheet: 'Sheet1', row: 6 }, 'Máy gặt cải tiến', 120_000_000],
      ['SK-0005', { file: 'C.xlsx', sheet: 'Đăng ký', row: 2 }, 'Đèn tiết kiệm điện', null],
    ]);
    expect(json.initiatives[3]!.duplicateOf).toBe('SK-0001');
    const dup = json.problems.find((p) => p.code === 'intake.duplicate.source')!;
    expect(dup.message).toContain('[A.xlsx]DS');
    const byFile = new Map(json.problems.filter((p) => p.code.startsWith('file.')).map((p) => [p.file, p]));
    expect(byFile.get('cu.xls')?.code).toBe('file.xls');
    expect(byFile.get('cu.xls')?.message).toContain('mở bằng Excel và lưu thành .xlsx');
    expect(byFile.get('mat-khau.xlsx')?.code).toBe('file.encrypted');
    expect(byFile.get('mat-khau.xlsx')?.message).toContain('mật khẩu');
    expect(byFile.get('hong.xlsx')?.code).toBe('file.damaged');
    expect(byFile.get('trong.xlsx')?.code).toBe('file.empty');
    expect(byFile.get('khong-co-ds.xlsx')?.code).toBe('file.noRegister');
    expect(byFile.get('A-ban-sao.xlsx')?.code).toBe('file.same');
    expect(byFile.get('A-ban-sao.xlsx')?.message).toContain('"A.xlsx"');
    // One line per source on stderr (stdout is the JSON's), each bad file with its sentence.
    const human = run.stderr.join('\n');
    for (const f of BAD) expect(human).toContain(`  ${f}: `);
    expect(human).toContain('  [B.xlsx]Sheet1: 2 sáng kiến, dòng tiêu đề 4, Unicode, 1 trùng');

    // "Dòng gốc" names the file, the sheet and the row; the sources were never written.
    const out = await openXlsx(join(dir, 'so.xlsx'));
    const [sheet] = await out.readSheets([{ role: 'register' }]);
    const header = sheet!.values[0]!;
    const col = header.indexOf('Dòng gốc');
    expect(sheet!.values.slice(1).map((r) => r[col])).toEqual([
      '[A.xlsx]DS!2',
      '[A.xlsx]DS!3',
      '[B.xlsx]Sheet1!5',
      '[B.xlsx]Sheet1!6',
      '[C.xlsx]Đăng ký!2',
    ]);
    expect((await out.listSheets()).map((s) => s.name)).not.toContain('DS');
  });

  it('keeps every id across the whole set when the files are imported again into the council book', async () => {
    await main(['import', 'A.xlsx', 'B.xlsx', 'C.xlsx', '-o', 'so1.xlsx'], io(dir));
    // The council book first: its "Sáng kiến" gives the ids; the files come in another order.
    const run = io(dir);
    expect(await main(['import', 'so1.xlsx', 'C.xlsx', 'B.xlsx', 'A.xlsx', '-o', 'so2.xlsx', '--json'], run)).toBe(0);
    const json = JSON.parse(run.stdout.join('')) as Json;
    const ids = new Map(json.initiatives.map((i) => [`${i.source.file}!${i.source.row}`, i.id]));
    expect(ids.get('A.xlsx!3')).toBe('SK-0002');
    expect(ids.get('B.xlsx!5')).toBe('SK-0003');
    expect(ids.get('C.xlsx!2')).toBe('SK-0005');
    // The two copies of "Máy gặt cải tiến" share their content: they keep the pair of ids between them.
    expect([ids.get('A.xlsx!2'), ids.get('B.xlsx!6')].sort()).toEqual(['SK-0001', 'SK-0004']);
    expect(json.initiatives.filter((i) => i.duplicateOf !== null)).toHaveLength(1);
    expect(json.initiatives).toHaveLength(5);
  });

  it('exits non-zero only when nothing at all could be read, naming every file', async () => {
    const run = io(dir);
    expect(await main(['import', ...BAD.slice(0, 5), '-o', 'x.xlsx'], run)).toBe(1);
    const text = run.stderr.join('\n');
    expect(text).toContain('Không đọc được sáng kiến nào từ 5 tệp');
    for (const f of BAD.slice(0, 5)) expect(text).toContain(`  ${f}: `);
  });

  it('speaks English with LANG=en', async () => {
    const run = io(dir, 'en_US.UTF-8');
    expect(await main(['import', 'A.xlsx', 'cu.xls', 'mat-khau.xlsx', '-o', 'en.xlsx'], run)).toBe(0);
    const text = run.stdout.join('\n');
    expect(text).toContain('cu.xls: "cu.xls" is an Excel 97–2003 workbook (.xls)');
    expect(text).toContain('open it in Excel and save it as .xlsx');
    expect(text).toContain('is protected by a password');
  });
});
