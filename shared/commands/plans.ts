import * as z from 'zod';
import { IdInput, RecordRef } from '../schemas/common';
import {
  AddTargetsInput,
  Plan,
  PlanDetail,
  PlanInput,
  PlanListInput,
  PlanUpdateInput,
  RemoveTargetInput,
  SetStatusInput,
  SetTeamInput,
  SuggestTargetsInput,
  TargetSuggestion,
  UpdateTargetInput,
} from '../schemas/plan';
import { command } from './define';
import { EVERYONE, LEADERS, RECORDERS } from '../schemas/user';

export const planCommands = {
  'plans.create': command(PlanInput, PlanDetail, 'Lập kế hoạch kiểm tra', RECORDERS),
  'plans.update': command(PlanUpdateInput, PlanDetail, 'Sửa kế hoạch kiểm tra', RECORDERS),
  'plans.get': command(IdInput, PlanDetail, 'Xem kế hoạch, đoàn kiểm tra, lịch và cảnh báo trùng lịch', EVERYONE),
  'plans.list': command(PlanListInput, z.array(Plan), 'Danh sách kế hoạch kiểm tra', EVERYONE),
  'plans.setStatus': command(SetStatusInput, PlanDetail, 'Chuyển trạng thái kế hoạch (phê duyệt, triển khai, hoàn thành, hủy)', LEADERS),
  'plans.remove': command(RecordRef, Plan, 'Xóa kế hoạch (có thể khôi phục)', RECORDERS),
  'plans.restore': command(RecordRef, Plan, 'Khôi phục kế hoạch', RECORDERS),
  'plans.setTeam': command(SetTeamInput, PlanDetail, 'Cập nhật thành phần đoàn kiểm tra', RECORDERS),
  'plans.addTargets': command(AddTargetsInput, PlanDetail, 'Thêm cơ sở vào lịch kiểm tra', RECORDERS),
  'plans.updateTarget': command(UpdateTargetInput, PlanDetail, 'Đổi lịch kiểm tra một cơ sở', RECORDERS),
  'plans.removeTarget': command(RemoveTargetInput, PlanDetail, 'Bỏ một cơ sở khỏi kế hoạch', RECORDERS),
  'plans.suggestTargets': command(SuggestTargetsInput, z.array(TargetSuggestion), 'Gợi ý cơ sở cần ưu tiên kiểm tra, có lý do', RECORDERS),
  'plans.legalBases': command(z.object({}), z.array(z.object({ text: z.string(), verified: z.boolean() })), 'Danh mục căn cứ pháp lý gợi ý', EVERYONE),
};
