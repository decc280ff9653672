import * as z from 'zod';
import { IdInput, RecordRef } from '../schemas/common';
import {
  Agency,
  AgencyInput,
  AgencyListInput,
  AgencyUpdateInput,
  Official,
  OfficialInput,
  OfficialListInput,
  OfficialUpdateInput,
} from '../schemas/directory';
import { command } from './define';

export const directoryCommands = {
  'agencies.list': command(AgencyListInput, z.array(Agency), 'Danh sách cơ quan'),
  'agencies.create': command(AgencyInput, Agency, 'Thêm cơ quan'),
  'agencies.update': command(AgencyUpdateInput, Agency, 'Sửa tên cơ quan'),
  'agencies.remove': command(RecordRef, Agency, 'Xóa cơ quan (có thể khôi phục)'),
  'agencies.restore': command(RecordRef, Agency, 'Khôi phục cơ quan'),
  'officials.list': command(OfficialListInput, z.array(Official), 'Danh sách cán bộ'),
  'officials.get': command(IdInput, Official, 'Xem cán bộ'),
  'officials.create': command(OfficialInput, Official, 'Thêm cán bộ'),
  'officials.update': command(OfficialUpdateInput, Official, 'Sửa thông tin cán bộ'),
  'officials.remove': command(RecordRef, Official, 'Xóa cán bộ (có thể khôi phục)'),
  'officials.restore': command(RecordRef, Official, 'Khôi phục cán bộ'),
};
