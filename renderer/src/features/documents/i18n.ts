import type { DeepStrings } from '../../i18n/deep-strings';

/** Text of the generated documents' list, shared by plans and inspections; registered as `documents` in vi.ts. */
export const documentsVi = {
  show: 'Xem',
  caveat: 'Cần đối chiếu',
  column: {
    document: 'Văn bản',
  },
  details: {
    title: 'Chi tiết',
    file: 'Tên tệp',
    made: 'Tạo lúc',
    size: 'Dung lượng',
    sha256: 'Mã kiểm tra SHA-256',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép',
  },
};

export const documentsEn: DeepStrings<typeof documentsVi> = {
  show: 'View',
  caveat: 'To check',
  column: {
    document: 'Document',
  },
  details: {
    title: 'Details',
    file: 'File name',
    made: 'Made',
    size: 'Size',
    sha256: 'SHA-256 checksum',
    copy: 'Copy the checksum',
    copied: 'Copied',
  },
};
