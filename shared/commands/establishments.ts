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
import { command } from './define';

export const establishmentCommands = {
  'establishments.create': command(EstablishmentInput, EstablishmentSaved, 'Thêm cơ sở'),
  'establishments.update': command(EstablishmentUpdateInput, EstablishmentSaved, 'Sửa thông tin cơ sở'),
  'establishments.get': command(IdInput, EstablishmentDetail, 'Xem cơ sở và các hộ thành viên'),
  'establishments.search': command(EstablishmentSearchInput, EstablishmentSearchResult, 'Tìm kiếm cơ sở'),
  'establishments.remove': command(RecordRef, Establishment, 'Xóa cơ sở (có thể khôi phục)'),
  'establishments.restore': command(RecordRef, Establishment, 'Khôi phục cơ sở đã xóa'),
};
