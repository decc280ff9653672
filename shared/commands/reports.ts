import * as z from 'zod';
import { ExportJob, ReportAssessment, ReportExportInput, ReportInput, ReportResult, SaveAssessmentInput } from '../schemas/report';
import { CommitmentDue } from '../schemas/inspection';
import { command } from './define';
import { EVERYONE, RECORDERS } from '../schemas/user';

const JobInput = z.object({ jobId: z.string().min(1) });
/** The items a report's commitment figures count, each as it stood on `asOf`. */
const CommitmentItemsInScope = z.object({ asOf: z.string(), asOfNote: z.string(), items: z.array(CommitmentDue) });

export const reportCommands = {
  'reports.periodic': command(ReportInput, ReportResult, 'Số liệu kết quả kiểm tra theo kỳ báo cáo và địa bàn', EVERYONE),
  'reports.export': command(ReportExportInput, ExportJob, 'Xuất báo cáo (Word, Excel, CSV, JSON); chạy nền, theo dõi tiến độ', EVERYONE),
  'reports.exportStatus': command(JobInput, ExportJob, 'Tiến độ của một lần xuất báo cáo', EVERYONE),
  'reports.cancelExport': command(JobInput, ExportJob, 'Hủy một lần xuất báo cáo đang chạy', EVERYONE),
  'reports.getAssessment': command(ReportInput, ReportAssessment, 'Phần đánh giá (kết quả, thuận lợi, khó khăn, nguyên nhân, giải pháp, kiến nghị) của một báo cáo', EVERYONE),
  'reports.commitmentItems': command(ReportInput, CommitmentItemsInScope, 'Các nội dung cam kết được tính trong số liệu của báo cáo, với tình trạng tại ngày tính', EVERYONE),
  'reports.saveAssessment': command(SaveAssessmentInput, ReportAssessment, 'Lưu phần đánh giá của báo cáo theo kỳ và địa bàn', RECORDERS),
};
