import * as z from 'zod';
import { RecordRef } from '../schemas/common';
import { InspectionDetail } from '../schemas/inspection';
import { EVERYONE, RECORDERS } from '../schemas/user';
import {
  RecordCheckInput,
  RemoveCheckInput,
  SanctionCreateInput,
  SanctionDecision,
  SanctionList,
  SanctionListInput,
  SanctionUpdateInput,
  StartReinspectionInput,
  Verification,
  VerificationInput,
  VerificationItem,
} from '../schemas/verification';
import { command } from './define';

/** Commitment verification at a re-inspection, and sanction decisions (issue 11). */
export const verificationCommands = {
  'inspections.startReinspection': command(StartReinspectionInput, InspectionDetail, 'Bắt đầu cuộc kiểm tra lại việc thực hiện cam kết của cơ sở', RECORDERS),
  'verification.get': command(VerificationInput, Verification, 'Các nội dung cam kết cần kiểm tra lại trong một cuộc kiểm tra lại', EVERYONE),
  'verification.record': command(RecordCheckInput, VerificationItem, 'Ghi kết quả kiểm tra lại một nội dung cam kết (đã thực hiện / vi phạm)', RECORDERS),
  'verification.remove': command(RemoveCheckInput, VerificationItem, 'Bỏ kết quả kiểm tra lại một nội dung cam kết', RECORDERS),
  'sanctions.list': command(SanctionListInput, SanctionList, 'Quyết định xử phạt của một cuộc kiểm tra', EVERYONE),
  'sanctions.create': command(SanctionCreateInput, SanctionDecision, 'Ghi nhận quyết định xử phạt vi phạm hành chính', RECORDERS),
  'sanctions.update': command(SanctionUpdateInput, SanctionDecision, 'Sửa quyết định xử phạt', RECORDERS),
  'sanctions.remove': command(RecordRef, z.object({ id: z.string() }), 'Xóa quyết định xử phạt (có thể khôi phục)', RECORDERS),
  'sanctions.restore': command(RecordRef, SanctionDecision, 'Khôi phục quyết định xử phạt', RECORDERS),
};
