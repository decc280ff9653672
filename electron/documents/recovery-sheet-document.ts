import { Paragraph, TextRun, type Document } from 'docx';
import { bodyParagraph, FONT, officialDocument } from './official-layout';

export interface RecoverySheetData {
  unitName: string;
  placeName: string;
  adminName: string;
  adminLogin: string;
  recoveryKey: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * The printed recovery key (security.md "Encryption at rest"): the only way back into the
 * data when every password is forgotten. Kept like a key to the office safe.
 */
export function buildRecoverySheet(data: RecoverySheetData): Document {
  const keyLine = new Paragraph({
    alignment: 'center',
    spacing: { before: 240, after: 240 },
    children: [new TextRun({ text: data.recoveryKey, bold: true, size: 32, font: 'Courier New' })],
  });
  return officialDocument({
    header: { agency: data.unitName, numbered: false, place: data.placeName || '………', date: data.date },
    title: 'PHIẾU MÃ KHÔI PHỤC DỮ LIỆU',
    summary: 'Ứng dụng kiểm tra lao động trẻ em',
    body: [
      bodyParagraph(`Dữ liệu của ứng dụng trên máy này được mã hóa. Mỗi người dùng mở được dữ liệu bằng mật khẩu của mình. Khi mọi mật khẩu quản trị đều bị quên, chỉ mã khôi phục dưới đây mở lại được dữ liệu và đặt mật khẩu mới cho tài khoản «${data.adminLogin}» (${data.adminName}).`),
      keyLine,
      bodyParagraph('Cách dùng: ở màn hình đăng nhập, chọn «Quên mật khẩu», nhập mã khôi phục (không phân biệt chữ hoa, chữ thường; dấu gạch ngang có thể bỏ), tên đăng nhập và mật khẩu mới.'),
      bodyParagraph('Bảo quản phiếu này như chìa khóa két: cất ở nơi an toàn, tách khỏi máy tính; không chụp ảnh, không gửi qua mạng. Ai có phiếu và máy tính này đều đọc được toàn bộ dữ liệu, kể cả thông tin trẻ em.'),
      new Paragraph({ children: [new TextRun({ text: '', font: FONT })] }),
    ],
    signatures: [{ position: 'NGƯỜI QUẢN TRỊ', name: data.adminName }],
  });
}
