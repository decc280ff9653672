import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../shared/text/fold';

describe('foldVietnamese', () => {
  it('removes tones and vowel marks', () => {
    expect(foldVietnamese('Làng nghề đan mây tre')).toBe('lang nghe dan may tre');
    expect(foldVietnamese('Ểnh Ộ Ỗ Ữ Ặ')).toBe('enh o o u a');
  });

  it('folds đ and Đ, which Unicode does not decompose', () => {
    expect(foldVietnamese('Đồng Nai')).toBe('dong nai');
    expect(foldVietnamese('Hợp tác xã Đức Thành')).toBe('hop tac xa duc thanh');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Hòa'.normalize('NFD'))).toBe(foldVietnamese('Hoà'.normalize('NFC')));
  });

  it('collapses punctuation and spacing', () => {
    expect(foldVietnamese('  Công ty TNHH  "Minh-Anh",  ')).toBe('cong ty tnhh minh anh');
  });
});
