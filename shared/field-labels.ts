/** Vietnamese names of input fields, used to say which field an error is about. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Mã bản ghi',
  name: 'Tên',
  kind: 'Loại',
  taxCode: 'Mã số thuế',
  businessRegNo: 'Số đăng ký kinh doanh',
  address: 'Địa chỉ',
  communeCode: 'Xã/phường',
  provinceCode: 'Tỉnh/thành phố',
  sector: 'Lĩnh vực',
  trade: 'Ngành nghề',
  supplyChainNote: 'Chuỗi cung ứng',
  legalRepName: 'Người đại diện theo pháp luật',
  legalRepTitle: 'Chức danh người đại diện',
  legalRepPhone: 'Điện thoại người đại diện',
  workersTotal: 'Tổng số lao động',
  workersUnder18: 'Số lao động dưới 18 tuổi',
  notes: 'Ghi chú',
  parentId: 'Thuộc làng nghề',
  query: 'Từ khóa tìm kiếm',
  limit: 'Số dòng mỗi trang',
  offset: 'Vị trí bắt đầu',
  shortName: 'Tên viết tắt',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  agencyId: 'Cơ quan',
  phone: 'Điện thoại',
  email: 'Email',
  includeDeleted: 'Gồm cả bản ghi đã xóa',
};

export function fieldLabel(path: readonly (string | number | symbol)[]): string {
  const named = [...path].reverse().find((p): p is string => typeof p === 'string');
  return (named && FIELD_LABELS[named]) ?? named ?? 'Dữ liệu';
}
