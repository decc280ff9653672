import * as z from 'zod';
import * as labels from './labels';

/**
 * The Vietnamese labels of an enum's values: the smallest label map of shared/labels that names
 * them all (an enum's own map, or the one of the list it is part of), never an in-sentence variant
 * such as "Ông"/"Bà"; none found, none listed.
 */
function choiceLabels(values: readonly unknown[]): string[] {
  const keys = values.map(String);
  const variants = new Set<object>(labels.LABEL_VARIANTS);
  let best: Record<string, unknown> | undefined;
  for (const map of Object.values(labels)) {
    if (!map || typeof map !== 'object' || Array.isArray(map) || variants.has(map)) continue;
    const words = map as Record<string, unknown>;
    if (!keys.every((key) => typeof words[key] === 'string')) continue;
    if (!best || Object.keys(words).length < Object.keys(best).length) best = words;
  }
  return best ? keys.map((key) => best[key] as string) : [];
}

/** "Nam hoặc Nữ", "Sáng, Chiều hoặc Cả ngày". */
function either(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} hoặc ${words[words.length - 1]}`;
}

/**
 * A choice left out or not in the list: say what may be chosen (a short list in full), never
 * "Giá trị không nằm trong danh sách cho phép".
 */
function choiceMessage(issue: { values: readonly unknown[]; input?: unknown }): string {
  const words = choiceLabels(issue.values);
  const missing = issue.input === undefined || issue.input === null || issue.input === '';
  const short = words.length > 0 && words.length <= 6;
  if (missing) return short ? `Hãy chọn ${either(words)}` : 'Hãy chọn một mục trong danh sách';
  return short ? `«${String(issue.input)}» không có trong danh sách; hãy chọn ${either(words)}` : `«${String(issue.input)}» không có trong danh sách lựa chọn`;
}

/**
 * Plain Vietnamese messages for zod's generic checks; schemas give their own message
 * where the rule is domain-specific (tax code, dates...). Installed once by the command table.
 */
function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Bắt buộc nhập' : 'Kiểu dữ liệu không hợp lệ';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Bắt buộc nhập' : `Tối thiểu ${issue.minimum} ký tự`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} mục`;
      return `Không được nhỏ hơn ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `Tối đa ${issue.maximum} mục`;
      return `Không được lớn hơn ${issue.maximum}`;
    case 'invalid_value':
      return choiceMessage(issue);
    case 'invalid_union':
      return issue.input === undefined || issue.input === null ? 'Bắt buộc nhập' : 'Dữ liệu không hợp lệ';
    case 'invalid_format':
      if (issue.format === 'email') return 'Địa chỉ email không hợp lệ';
      if (issue.format === 'date') return 'Ngày không hợp lệ (định dạng YYYY-MM-DD)';
      return 'Sai định dạng';
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return 'Giá trị không hợp lệ';
    default:
      return undefined;
  }
}

let installed = false;
export function installVietnameseMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => messageFor(issue) });
}
