import * as z from 'zod';
import { IdInput, RecordRef } from '../schemas/common';
import {
  Establishment,
  EstablishmentDetail,
  EstablishmentInput,
  EstablishmentSaved,
  EstablishmentSearchInput,
  EstablishmentSearchResult,
  EstablishmentUpdateInput,
} from '../schemas/establishment';
import { EstablishmentViolation } from '../schemas/establishment-violations';
import { command } from './define';
import { EVERYONE, RECORDERS } from '../schemas/user';

export const establishmentCommands = {
  'establishments.create': command(EstablishmentInput, EstablishmentSaved, 'Thêm cơ sở', RECORDERS),
  'establishments.update': command(EstablishmentUpdateInput, EstablishmentSaved, 'Sửa thông tin cơ sở', RECORDERS),
  'establishments.get': command(IdInput, EstablishmentDetail, 'Xem cơ sở và các hộ thành viên', EVERYONE),
  'establishments.search': command(EstablishmentSearchInput, EstablishmentSearchResult, 'Tìm kiếm cơ sở', EVERYONE),
  'establishments.remove': command(RecordRef, Establishment, 'Xóa cơ sở (có thể khôi phục)', RECORDERS),
  'establishments.violations': command(IdInput, z.array(EstablishmentViolation), 'Các hành vi vi phạm đã ghi nhận tại một cơ sở, qua các cuộc kiểm tra', EVERYONE),
  'establishments.restore': command(RecordRef, Establishment, 'Khôi phục cơ sở đã xóa', RECORDERS),
};
