import * as z from 'zod';
import {
  AcceptJoinInput,
  ConflictEntry,
  ConflictListInput,
  ExchangeHistoryInput,
  ExchangeLogEntry,
  ExportedPackage,
  ExportInput,
  ImportResult,
  Invitation,
  JoinInput,
  JoinRequest,
  PackageInput,
  PackagePreview,
  ResolveConflictInput,
  Team,
  TeamCreateInput,
  TeamRef,
} from '../schemas/exchange';
import { IdInput } from '../schemas/common';
import { EVERYONE, LEADERS, RECORDERS } from '../schemas/user';
import { command } from './define';

/** Team exchange between laptops without a network (design/exchange.md). */
export const exchangeCommands = {
  'exchange.teams': command(z.object({}), z.array(Team), 'Các đoàn trao đổi dữ liệu của máy này và danh sách máy trong đoàn', EVERYONE),
  'exchange.createTeam': command(TeamCreateInput, Team, 'Lập đoàn trao đổi dữ liệu (thường cho một kế hoạch)', LEADERS),
  'exchange.invitation': command(TeamRef, Invitation, 'Tạo tệp mời và mã đọc cho máy mới vào đoàn', LEADERS),
  'exchange.join': command(JoinInput, JoinRequest, 'Vào đoàn bằng tệp mời và mã đọc; tạo tệp xin tham gia gửi trưởng đoàn', RECORDERS),
  'exchange.acceptJoin': command(AcceptJoinInput, Team, 'Chấp nhận một máy xin tham gia đoàn', LEADERS),
  'exchange.export': command(ExportInput, ExportedPackage, 'Tạo gói dữ liệu cho đoàn (hoặc toàn bộ) để chép sang máy khác', RECORDERS),
  'exchange.preview': command(PackageInput, PackagePreview, 'Xem gói mang gì đến trước khi nhập', RECORDERS),
  'exchange.import': command(PackageInput, ImportResult, 'Nhập gói dữ liệu từ máy khác trong đoàn', RECORDERS),
  'exchange.history': command(ExchangeHistoryInput, z.array(ExchangeLogEntry), 'Lịch sử trao đổi dữ liệu của máy này (gói đã tạo, gói đã nhập)', EVERYONE),
  'exchange.conflicts': command(ConflictListInput, z.array(ConflictEntry), 'Xung đột cần xử lý', EVERYONE),
  'exchange.resolveConflict': command(ResolveConflictInput, ConflictEntry, 'Xử lý một xung đột: giữ giá trị này, lấy giá trị kia, hoặc sửa', RECORDERS),
  'exchange.mergeEstablishments': command(IdInput.extend({ intoId: IdInput.shape.id }), z.object({ movedRecords: z.number().int() }), 'Gộp hai cơ sở trùng nhau (chuyển mọi hồ sơ liên quan sang một cơ sở)', RECORDERS),
};
