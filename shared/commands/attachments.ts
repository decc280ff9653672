import * as z from 'zod';
import {
  Attachment,
  AttachmentAddInput,
  AttachmentAddResult,
  AttachmentContent,
  AttachmentListInput,
  AttachmentThumbnail,
  AttachmentUpdateInput,
  InspectionAttachmentsInput,
} from '../schemas/attachment';
import { IdInput, RecordRef } from '../schemas/common';
import { EVERYONE, RECORDERS } from '../schemas/user';
import { command } from './define';

/** Evidence photos and files (issue 13); stored encrypted, named by content hash. */
export const attachmentCommands = {
  'attachments.add': command(AttachmentAddInput, AttachmentAddResult, 'Đính kèm ảnh hoặc tệp PDF (bỏ vị trí GPS khỏi ảnh)', RECORDERS),
  'attachments.update': command(AttachmentUpdateInput, Attachment, 'Sửa chú thích, thời điểm chụp, chọn ảnh đưa vào phụ lục biên bản', RECORDERS),
  'attachments.remove': command(RecordRef, Attachment, 'Xóa ảnh, tệp đính kèm (có thể khôi phục)', RECORDERS),
  'attachments.restore': command(RecordRef, Attachment, 'Khôi phục ảnh, tệp đính kèm', RECORDERS),
  'attachments.list': command(AttachmentListInput, z.array(Attachment), 'Ảnh, tệp đính kèm của một bản ghi', EVERYONE),
  'attachments.ofInspection': command(InspectionAttachmentsInput, z.array(Attachment), 'Mọi ảnh, tệp đính kèm của một cuộc kiểm tra', EVERYONE),
  'attachments.thumbnail': command(IdInput, AttachmentThumbnail, 'Ảnh thu nhỏ', EVERYONE),
  'attachments.content': command(IdInput, AttachmentContent, 'Xem ảnh cỡ gốc hoặc tải tệp đính kèm', EVERYONE),
  'attachments.open': command(IdInput, z.object({ path: z.string(), fileName: z.string() }), 'Mở tệp đính kèm bằng phần mềm của máy', EVERYONE),
};
