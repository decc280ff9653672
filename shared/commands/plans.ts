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

export const planCommands = {
  'plans.create': command(PlanInput, PlanDetail, 'Lập kế hoạch kiểm tra'),
  'plans.update': command(PlanUpdateInput, PlanDetail, 'Sửa kế hoạch kiểm tra'),
  'plans.get': command(IdInput, PlanDetail, 'Xem kế hoạch, đoàn kiểm tra, lịch và cảnh báo trùng lịch'),
  'plans.list': command(PlanListInput, z.array(Plan), 'Danh sách kế hoạch kiểm tra'),
  'plans.setStatus': command(SetStatusInput, PlanDetail, 'Chuyển trạng thái kế hoạch (phê duyệt, triển khai, hoàn thành, hủy)'),
  'plans.remove': command(RecordRef, Plan, 'Xóa kế hoạch (có thể khôi phục)'),
  'plans.restore': command(RecordRef, Plan, 'Khôi phục kế hoạch'),
  'plans.setTeam': command(SetTeamInput, PlanDetail, 'Cập nhật thành phần đoàn kiểm tra'),
  'plans.addTargets': command(AddTargetsInput, PlanDetail, 'Thêm cơ sở vào lịch kiểm tra'),
  'plans.updateTarget': command(UpdateTargetInput, PlanDetail, 'Đổi lịch kiểm tra một cơ sở'),
  'plans.removeTarget': command(RemoveTargetInput, PlanDetail, 'Bỏ một cơ sở khỏi kế hoạch'),
  'plans.suggestTargets': command(SuggestTargetsInput, z.array(TargetSuggestion), 'Gợi ý cơ sở cần ưu tiên kiểm tra, có lý do'),
  'plans.legalBases': command(z.object({}), z.array(z.object({ text: z.string(), verified: z.boolean() })), 'Danh mục căn cứ pháp lý gợi ý'),
};
