import type { DeepStrings } from '../i18n/deep-strings';

/** Text of the shared pieces of every page (unsaved changes, drafts, list export), registered as `ui` in vi.ts. */
export const uiVi = {
  unsaved: {
    title: 'Bỏ các thay đổi chưa lưu?',
    leaveText: 'Những thay đổi ở «{{forms}}» chưa được lưu. Nếu rời đi, các thay đổi này sẽ mất.',
    leaveTextGeneric: 'Có thay đổi chưa được lưu. Nếu rời đi, các thay đổi này sẽ mất.',
    closeText: 'Những gì bạn vừa nhập trong biểu mẫu này chưa được lưu. Nếu đóng, các thay đổi này sẽ mất.',
    discard: 'Bỏ thay đổi',
    stay: 'Tiếp tục sửa',
  },
  draft: {
    offerTitle: 'Có bản nháp chưa lưu',
    offerText: 'Ứng dụng đã tự lưu bản nháp lúc {{time}} ngày {{date}}, khi bạn đang nhập mà chưa bấm Lưu.',
    staleText: 'Hồ sơ đã được sửa sau thời điểm đó: chỉ những trường bạn đã sửa được khôi phục, các trường khác giữ giá trị hiện tại.',
    restore: 'Khôi phục bản nháp',
    discard: 'Bỏ bản nháp',
    restored: 'Đã khôi phục bản nháp. Kiểm tra lại rồi bấm Lưu.',
    savedAt: 'bản nháp tự lưu lúc {{time}}',
  },
  list: {
    export: 'Xuất Excel',
    exportTitle: 'Tải danh sách đang hiển thị về tệp Excel',
    exported: 'Đã tạo tệp «{{name}}».',
    exportFailed: 'Không tạo được tệp Excel',
    sheetDate: 'Trích xuất ngày {{date}}',
  },
};

export const uiEn: DeepStrings<typeof uiVi> = {
  unsaved: {
    title: 'Discard unsaved changes?',
    leaveText: 'Your changes in «{{forms}}» are not saved. If you leave, they will be lost.',
    leaveTextGeneric: 'There are unsaved changes. If you leave, they will be lost.',
    closeText: 'What you entered in this form is not saved. If you close it, the changes will be lost.',
    discard: 'Discard changes',
    stay: 'Keep editing',
  },
  draft: {
    offerTitle: 'An unsaved draft was found',
    offerText: 'The app saved a draft at {{time}} on {{date}}, while you were typing without saving.',
    staleText: 'The record was changed since then: only the fields you edited are restored, the others keep their current values.',
    restore: 'Restore the draft',
    discard: 'Discard the draft',
    restored: 'Draft restored. Check it, then press Save.',
    savedAt: 'draft saved at {{time}}',
  },
  list: {
    export: 'Export to Excel',
    exportTitle: 'Download the list as shown to an Excel file',
    exported: 'Created «{{name}}».',
    exportFailed: 'Could not create the Excel file',
    sheetDate: 'Extracted on {{date}}',
  },
};
