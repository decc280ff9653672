import { ReportInput, ReportResult } from '../schemas/report';
import { command } from './define';

export const reportCommands = {
  'reports.periodic': command(ReportInput, ReportResult, 'Số liệu kết quả kiểm tra theo kỳ báo cáo và địa bàn'),
};
