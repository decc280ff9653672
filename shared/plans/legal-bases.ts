/**
 * Căn cứ offered when a plan is created; the user edits the list. Items whose full wording
 * was not confirmed in the legal reference are flagged so the UI shows "cần xác minh".
 */
export interface LegalBasisOption {
  text: string;
  verified: boolean;
}

export const DEFAULT_LEGAL_BASES: LegalBasisOption[] = [
  { text: 'Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019', verified: true },
  { text: 'Luật Trẻ em số 102/2016/QH13 ngày 05 tháng 4 năm 2016', verified: true },
  {
    text: 'Thông tư số 09/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết một số điều của Bộ luật Lao động về lao động chưa thành niên',
    verified: true,
  },
  {
    text: 'Quyết định số 782/QĐ-TTg ngày 27 tháng 5 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật giai đoạn 2021 – 2025, định hướng đến năm 2030',
    verified: true,
  },
  { text: 'Quy chế phối hợp số 01/QCPH năm 2024 về phòng ngừa, giảm thiểu lao động trẻ em', verified: false },
  { text: 'Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh về phòng ngừa, giảm thiểu lao động trẻ em', verified: false },
];
