import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

// Administrative style: "linh" not "lẻ", "bốn" not "tư", "tỷ" not "tỉ", unit "đồng".
const config = new ReadingConfig();
config.unit = ['đồng'];
config.oddText = 'linh';
config.fourToneText = 'bốn';
config.units = config.units.map((group) => group.map((word) => (word === 'tỉ' ? 'tỷ' : word)));

/** 1005000 → "Một triệu không trăm linh năm nghìn đồng". Amounts are whole VND. */
export function vndInWords(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Số tiền phải là số nguyên đồng: ${amount}`);
  }
  const words = doReadNumber(BigInt(amount), config);
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
