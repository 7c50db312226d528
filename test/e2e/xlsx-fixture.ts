// A small register built with exceljs in Node, for the test that opens a file in the workbench.
import ExcelJS from 'exceljs';

export async function sampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS đăng ký');
  ws.getCell('A1').value = 'DANH SÁCH SÁNG KIẾN';
  ws.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true };
  ws.mergeCells('A1:D1');
  ws.addRow([]);
  const header = ws.addRow(['STT', 'Tên sáng kiến', 'Tác giả', 'Giá trị làm lợi (đồng)']);
  header.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  ws.addRow([1, 'Cải tiến máy nghiền clinker', 'Nguyễn Thị Hòa', 1_250_000_000]);
  ws.getCell('D4').numFmt = '#,##0';
  ws.getColumn(2).width = 40;
  ws.getColumn(3).width = 22;
  ws.getColumn(4).width = 24;
  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell('A1').value = 'Tệp thử';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
