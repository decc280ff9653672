import type { EscalationStep } from '../schemas/verification';

/** The next step proposed for a breached commitment, from the mildest. */
export const ESCALATION_STEP_LABELS: Record<EscalationStep, string> = {
  reminder: 'Nhắc nhở, đôn đốc thực hiện',
  new_inspection: 'Tổ chức kiểm tra lại',
  sanction_proposal: 'Đề nghị xử phạt vi phạm hành chính',
};
