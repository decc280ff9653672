import * as z from 'zod';

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
      return 'Giá trị không nằm trong danh sách cho phép';
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
