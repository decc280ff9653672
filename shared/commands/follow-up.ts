import * as z from 'zod';
import { IdInput, RecordRef } from '../schemas/common';
import {
  CaseCloseInput,
  CaseDetail,
  CaseListInput,
  CaseReopenInput,
  CaseSummary,
  CaseUpdateInput,
  Referral,
  ReferralInput,
  ReferralUpdateInput,
  Support,
  SupportInput,
  SupportUpdateInput,
  TodoCount,
  TodoCountInput,
  TodoInput,
  TodoList,
  Visit,
  VisitInput,
  VisitUpdateInput,
} from '../schemas/follow-up';
import { EVERYONE, RECORDERS } from '../schemas/user';
import { command } from './define';

/** Follow-up of each child found (issue 11): cases, referrals, support, visits, closure, and the reminders. */
export const followUpCommands = {
  'followUp.listCases': command(CaseListInput, z.array(CaseSummary), 'Danh sách hồ sơ theo dõi trẻ em (tên viết tắt)', EVERYONE),
  'followUp.getCase': command(IdInput, CaseDetail, 'Xem hồ sơ theo dõi một trẻ em (ghi nhật ký truy cập)', EVERYONE),
  'followUp.updateCase': command(CaseUpdateInput, CaseSummary, 'Ghi nghi vấn mua bán, bóc lột trẻ em (trường hợp khẩn cấp)', RECORDERS),
  'followUp.closeCase': command(CaseCloseInput, CaseSummary, 'Kết thúc theo dõi (sau ít nhất hai lần thăm lại, hoặc ngoại lệ có lý do)', RECORDERS),
  'followUp.reopenCase': command(CaseReopenInput, CaseSummary, 'Mở lại hồ sơ theo dõi đã kết thúc', RECORDERS),
  'followUp.addReferral': command(ReferralInput, Referral, 'Ghi việc chuyển gửi (UBND cấp xã, giáo dục, bảo trợ xã hội, y tế, trợ giúp pháp lý, công an)', RECORDERS),
  'followUp.updateReferral': command(ReferralUpdateInput, Referral, 'Sửa việc chuyển gửi, ghi kết quả', RECORDERS),
  'followUp.removeReferral': command(RecordRef, Referral, 'Xóa việc chuyển gửi (có thể khôi phục)', RECORDERS),
  'followUp.restoreReferral': command(RecordRef, Referral, 'Khôi phục việc chuyển gửi', RECORDERS),
  'followUp.addSupport': command(SupportInput, Support, 'Ghi hỗ trợ đã cung cấp cho trẻ em', RECORDERS),
  'followUp.updateSupport': command(SupportUpdateInput, Support, 'Sửa hỗ trợ đã ghi', RECORDERS),
  'followUp.removeSupport': command(RecordRef, Support, 'Xóa hỗ trợ đã ghi (có thể khôi phục)', RECORDERS),
  'followUp.restoreSupport': command(RecordRef, Support, 'Khôi phục hỗ trợ đã ghi', RECORDERS),
  'followUp.addVisit': command(VisitInput, Visit, 'Ghi lần thăm lại trẻ em và tình hình của trẻ', RECORDERS),
  'followUp.updateVisit': command(VisitUpdateInput, Visit, 'Sửa lần thăm lại', RECORDERS),
  'followUp.removeVisit': command(RecordRef, Visit, 'Xóa lần thăm lại (có thể khôi phục)', RECORDERS),
  'followUp.restoreVisit': command(RecordRef, Visit, 'Khôi phục lần thăm lại', RECORDERS),
  'followUp.todo': command(TodoInput, TodoList, 'Việc cần làm: cam kết đến hạn, thăm lại trẻ em, trường hợp khẩn cấp, kiểm tra lại, lịch kiểm tra', EVERYONE),
  'followUp.todoCount': command(TodoCountInput, TodoCount, 'Số việc cần làm (cho biểu tượng trên thanh điều hướng)', EVERYONE),
};
