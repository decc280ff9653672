import * as z from 'zod';
import { IdInput } from '../schemas/common';
import { DocumentListInput, DocumentRecord, GenerateDocumentInput, GeneratedDocument } from '../schemas/document';
import { command } from './define';
import { EVERYONE, RECORDERS } from '../schemas/user';

const FileRef = z.object({ path: z.string(), fileName: z.string() });

export const documentCommands = {
  'documents.generate': command(GenerateDocumentInput, GeneratedDocument, 'Tạo văn bản Word theo thể thức hành chính', RECORDERS),
  'documents.list': command(DocumentListInput, z.array(DocumentRecord), 'Danh sách văn bản đã tạo', EVERYONE),
  'documents.open': command(IdInput, FileRef, 'Mở văn bản đã tạo bằng phần mềm của máy', EVERYONE),
  'documents.pdf': command(IdInput, FileRef, 'Chuyển văn bản sang PDF (cần LibreOffice trên máy)', EVERYONE),
  'documents.content': command(IdInput, z.object({ fileName: z.string(), base64: z.string() }), 'Nội dung văn bản, để xem trước và in trong ứng dụng', EVERYONE),
};
