import * as z from 'zod';
import { ExportJob, ReportExportInput, ReportInput, ReportResult } from '../schemas/report';
import { command } from './define';

const JobInput = z.object({ jobId: z.string().min(1) });

export const reportCommands = {
  'reports.periodic': command(ReportInput, ReportResult, 'Số liệu kết quả kiểm tra theo kỳ báo cáo và địa bàn'),
  'reports.export': command(ReportExportInput, ExportJob, 'Xuất báo cáo (Word, Excel, CSV, JSON); chạy nền, theo dõi tiến độ'),
  'reports.exportStatus': command(JobInput, ExportJob, 'Tiến độ của một lần xuất báo cáo'),
  'reports.cancelExport': command(JobInput, ExportJob, 'Hủy một lần xuất báo cáo đang chạy'),
};
