import { describe, expect, it } from 'vitest';
import { vndInWords } from '../../shared/text/vnd-words';

describe('vndInWords (administrative style)', () => {
  it.each([
    [0, 'Không đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi bốn đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [5_000_000, 'Năm triệu đồng'],
    [75_000_000, 'Bảy mươi lăm triệu đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
  ])('%d → %s', (amount, expected) => {
    expect(vndInWords(amount)).toBe(expected);
  });

  it('reads a negative amount with "âm"', () => {
    expect(vndInWords(-5_000)).toBe('Âm năm nghìn đồng');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %d', (amount) => {
    expect(() => vndInWords(amount)).toThrow(RangeError);
  });
});
