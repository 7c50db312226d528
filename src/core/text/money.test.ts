import { describe, expect, it } from 'vitest';
import { parseMoney, unitFromHeader, type MoneyResult } from './money';

const vnd = (r: MoneyResult): number | string | null =>
  r.kind === 'amount' ? r.vnd : r.kind === 'none' ? null : r.code;

describe('reading amounts the Vietnamese way', () => {
  it('takes numbers and formula results as they are, in the column unit', () => {
    expect(vnd(parseMoney(25_200_000, 'dong'))).toBe(25_200_000);
    expect(vnd(parseMoney(24.7, 'million'))).toBe(24_700_000);
    expect(vnd(parseMoney(16.4, 'million'))).toBe(16_400_000);
    expect(vnd(parseMoney(0.1 + 0.2, 'million'))).toBe(300_000);
    expect(vnd(parseMoney(48.4 * 1_000_000, 'dong'))).toBe(48_400_000);
  });

  it('reads dots as thousands separators and the comma as the decimal mark', () => {
    expect(vnd(parseMoney('1.250.000.000', 'dong'))).toBe(1_250_000_000);
    expect(vnd(parseMoney('1.390', 'million'))).toBe(1_390_000_000);
    expect(vnd(parseMoney('85,5', 'million'))).toBe(85_500_000);
    expect(vnd(parseMoney('16,4', 'million'))).toBe(16_400_000);
    expect(vnd(parseMoney('1 250 000', 'dong'))).toBe(1_250_000);
  });

  it('lets a unit written in the cell win over the column unit', () => {
    expect(vnd(parseMoney('1.250.000.000 đ', 'million'))).toBe(1_250_000_000);
    expect(vnd(parseMoney('1,2 tỷ', 'dong'))).toBe(1_200_000_000);
    expect(vnd(parseMoney('2,45 tỉ đồng', 'dong'))).toBe(2_450_000_000);
    expect(vnd(parseMoney('350 triệu đồng', 'dong'))).toBe(350_000_000);
    expect(vnd(parseMoney('86,7 tr.đ', 'dong'))).toBe(86_700_000);
    expect(vnd(parseMoney('42.300.000 đồng/năm', 'dong'))).toBe(42_300_000);
    expect(vnd(parseMoney('11.000.000đ', 'dong'))).toBe(11_000_000);
    expect(vnd(parseMoney('99.999.999 VNĐ', 'dong'))).toBe(99_999_999);
    expect(vnd(parseMoney('500 nghìn đồng', 'dong'))).toBe(500_000);
  });

  it('rounds to whole đồng half-up, exactly', () => {
    expect(vnd(parseMoney('0,0000005', 'million'))).toBe(1);
    expect(vnd(parseMoney('0,0000004', 'million'))).toBe(0);
  });

  it('reads words for "not priced" as no amount, never zero', () => {
    for (const words of ['Không tính được bằng tiền', 'Chưa tính được', 'Hiệu quả xã hội', 'Không', '-', '', '  ']) {
      const r = parseMoney(words, 'dong');
      expect(r.kind, words).toBe('none');
    }
    expect(parseMoney(null, 'dong')).toEqual({ kind: 'none', words: false, known: true });
    expect(parseMoney('Đang cập nhật', 'dong')).toEqual({ kind: 'none', words: true, known: false });
  });

  it('refuses to guess an ambiguous amount', () => {
    expect(vnd(parseMoney('1.5', 'million'))).toBe('intake.money.ambiguous');
    expect(vnd(parseMoney('1,250.5', 'dong'))).toBe('intake.money.ambiguous');
    expect(vnd(parseMoney('1,250', 'dong'))).toBe('intake.money.ambiguous');
    expect(vnd(parseMoney('25 USD', 'dong'))).toBe('intake.money.unreadable');
    expect(vnd(parseMoney('-5.000.000', 'dong'))).toBe('intake.money.negative');
    expect(vnd(parseMoney({ error: '#N/A' }, 'dong'))).toBe('intake.money.error');
    expect(vnd(parseMoney('9.999.999.999.999.999.999', 'dong'))).toBe('intake.money.tooLarge');
  });
});

describe('the unit announced in a header', () => {
  it('scales the column', () => {
    expect(unitFromHeader('Giá trị làm lợi (đồng/năm)')).toBe('dong');
    expect(unitFromHeader('Giá trị làm lợi\n(triệu đồng)')).toBe('million');
    expect(unitFromHeader('Giá trị làm lợi (nghìn đồng)')).toBe('thousand');
    expect(unitFromHeader('Giá trị làm lợi (tỷ đồng)')).toBe('billion');
    expect(unitFromHeader('Lợi ích cho công ty (đồng)')).toBe('dong');
  });
});
