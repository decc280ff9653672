import * as z from 'zod';
import { Catalogue, CatalogueGetInput, CatalogueImportInput, CatalogueVersionInfo } from '../schemas/catalogue';
import { IdInput, RecordRef } from '../schemas/common';
import {
  AmendInput,
  Commitment,
  CommitmentCreateInput,
  CommitmentDue,
  CommitmentDueInput,
  CommitmentItem,
  CommitmentUpdateInput,
  DismissSuggestionInput,
  Inspection,
  InspectionCreateInput,
  InspectionDetail,
  InspectionListInput,
  InspectionUpdateInput,
  Minor,
  MinorCreateInput,
  MinorUpdateInput,
  SetChecklistInput,
  SetCommitmentItemStatusInput,
  Violation,
  ViolationCreateInput,
  ViolationSuggestion,
  ViolationUpdateInput,
} from '../schemas/inspection';
import { command } from './define';

const Removed = z.object({ id: z.string() });

export const inspectionCommands = {
  'catalogue.get': command(CatalogueGetInput, Catalogue, 'Danh mục pháp lý (mục kiểm tra, hành vi vi phạm, khung phạt) đang áp dụng'),
  'catalogue.versions': command(z.object({}), z.array(CatalogueVersionInfo), 'Các phiên bản danh mục pháp lý'),
  'catalogue.import': command(CatalogueImportInput, CatalogueVersionInfo, 'Nhập danh mục pháp lý mới từ tệp JSON'),
  'inspections.create': command(InspectionCreateInput, InspectionDetail, 'Bắt đầu ghi nhận một cuộc kiểm tra'),
  'inspections.update': command(InspectionUpdateInput, InspectionDetail, 'Sửa thông tin cuộc kiểm tra'),
  'inspections.get': command(IdInput, InspectionDetail, 'Xem toàn bộ cuộc kiểm tra'),
  'inspections.list': command(InspectionListInput, z.array(Inspection), 'Danh sách cuộc kiểm tra'),
  'inspections.setChecklist': command(SetChecklistInput, InspectionDetail, 'Ghi kết quả các nội dung kiểm tra'),
  'inspections.finalise': command(RecordRef, InspectionDetail, 'Hoàn tất và khóa biên bản'),
  'inspections.amend': command(AmendInput, InspectionDetail, 'Lập bản sửa đổi biên bản đã hoàn tất (ghi lý do)'),
  'inspections.remove': command(RecordRef, Inspection, 'Xóa cuộc kiểm tra dự thảo (có thể khôi phục)'),
  'inspections.restore': command(RecordRef, Inspection, 'Khôi phục cuộc kiểm tra'),
  'minors.create': command(MinorCreateInput, Minor, 'Ghi nhận trẻ em, người chưa thành niên làm việc'),
  'minors.update': command(MinorUpdateInput, Minor, 'Sửa thông tin người chưa thành niên'),
  'minors.remove': command(RecordRef, Removed, 'Xóa người chưa thành niên khỏi cuộc kiểm tra'),
  'violations.suggest': command(z.object({ inspectionId: z.string().min(1) }), z.array(ViolationSuggestion), 'Gợi ý hành vi vi phạm từ thông tin đã ghi'),
  'violations.create': command(ViolationCreateInput, Violation, 'Ghi nhận hành vi vi phạm'),
  'violations.update': command(ViolationUpdateInput, Violation, 'Sửa hành vi vi phạm'),
  'violations.remove': command(RecordRef, Removed, 'Xóa hành vi vi phạm'),
  'violations.dismiss': command(DismissSuggestionInput, z.object({ dismissed: z.number().int() }), 'Bỏ qua một gợi ý vi phạm'),
  'commitments.create': command(CommitmentCreateInput, Commitment, 'Ghi nhận bản cam kết của cơ sở'),
  'commitments.update': command(CommitmentUpdateInput, Commitment, 'Sửa bản cam kết'),
  'commitments.remove': command(RecordRef, Removed, 'Xóa bản cam kết'),
  'commitments.setItemStatus': command(SetCommitmentItemStatusInput, CommitmentItem, 'Cập nhật tình trạng thực hiện một nội dung cam kết'),
  'commitments.due': command(CommitmentDueInput, z.array(CommitmentDue), 'Các nội dung cam kết cần theo dõi (đến hạn, quá hạn)'),
};
