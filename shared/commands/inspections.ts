import * as z from 'zod';
import { Catalogue, CatalogueGetInput, CatalogueImportInput, CatalogueImportResult, CatalogueVersionInfo } from '../schemas/catalogue';
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
import { ADMINS, EVERYONE, LEADERS, RECORDERS } from '../schemas/user';

const Removed = z.object({ id: z.string() });

export const inspectionCommands = {
  'catalogue.get': command(CatalogueGetInput, Catalogue, 'Danh mục pháp lý (mục kiểm tra, hành vi vi phạm, khung phạt) đang áp dụng', EVERYONE),
  'catalogue.versions': command(z.object({}), z.array(CatalogueVersionInfo), 'Các phiên bản danh mục pháp lý', EVERYONE),
  'catalogue.import': command(CatalogueImportInput, CatalogueImportResult, 'Nhập danh mục pháp lý mới từ tệp JSON', ADMINS),
  'inspections.create': command(InspectionCreateInput, InspectionDetail, 'Bắt đầu ghi nhận một cuộc kiểm tra', RECORDERS),
  'inspections.update': command(InspectionUpdateInput, InspectionDetail, 'Sửa thông tin cuộc kiểm tra', RECORDERS),
  'inspections.get': command(IdInput, InspectionDetail, 'Xem toàn bộ cuộc kiểm tra', EVERYONE),
  'inspections.list': command(InspectionListInput, z.array(Inspection), 'Danh sách cuộc kiểm tra', EVERYONE),
  'inspections.setChecklist': command(SetChecklistInput, InspectionDetail, 'Ghi kết quả các nội dung kiểm tra', RECORDERS),
  'inspections.finalise': command(RecordRef, InspectionDetail, 'Hoàn tất và khóa biên bản', LEADERS),
  'inspections.amend': command(AmendInput, InspectionDetail, 'Lập bản sửa đổi biên bản đã hoàn tất (ghi lý do)', LEADERS),
  'inspections.remove': command(RecordRef, Inspection, 'Xóa cuộc kiểm tra dự thảo (có thể khôi phục)', RECORDERS),
  'inspections.restore': command(RecordRef, Inspection, 'Khôi phục cuộc kiểm tra', RECORDERS),
  'minors.create': command(MinorCreateInput, Minor, 'Ghi nhận trẻ em, người chưa thành niên làm việc', RECORDERS),
  'minors.update': command(MinorUpdateInput, Minor, 'Sửa thông tin người chưa thành niên', RECORDERS),
  'minors.remove': command(RecordRef, Removed, 'Xóa người chưa thành niên khỏi cuộc kiểm tra', RECORDERS),
  'violations.suggest': command(z.object({ inspectionId: z.string().min(1) }), z.array(ViolationSuggestion), 'Gợi ý hành vi vi phạm từ thông tin đã ghi', EVERYONE),
  'violations.create': command(ViolationCreateInput, Violation, 'Ghi nhận hành vi vi phạm', RECORDERS),
  'violations.update': command(ViolationUpdateInput, Violation, 'Sửa hành vi vi phạm', RECORDERS),
  'violations.remove': command(RecordRef, Removed, 'Xóa hành vi vi phạm', RECORDERS),
  'violations.dismiss': command(DismissSuggestionInput, z.object({ dismissed: z.number().int() }), 'Bỏ qua một gợi ý vi phạm', RECORDERS),
  'commitments.create': command(CommitmentCreateInput, Commitment, 'Ghi nhận bản cam kết của cơ sở', RECORDERS),
  'commitments.update': command(CommitmentUpdateInput, Commitment, 'Sửa bản cam kết', RECORDERS),
  'commitments.remove': command(RecordRef, Removed, 'Xóa bản cam kết', RECORDERS),
  'commitments.setItemStatus': command(SetCommitmentItemStatusInput, CommitmentItem, 'Cập nhật tình trạng thực hiện một nội dung cam kết', RECORDERS),
  'commitments.due': command(CommitmentDueInput, z.array(CommitmentDue), 'Các nội dung cam kết cần theo dõi (đến hạn, quá hạn)', EVERYONE),
};
