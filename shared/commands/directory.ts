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
import { EVERYONE, LEADERS, RECORDERS } from '../schemas/user';

export const directoryCommands = {
  'agencies.list': command(AgencyListInput, z.array(Agency), 'Danh sách cơ quan', EVERYONE),
  'agencies.create': command(AgencyInput, Agency, 'Thêm cơ quan', LEADERS),
  'agencies.update': command(AgencyUpdateInput, Agency, 'Sửa tên cơ quan', LEADERS),
  'agencies.remove': command(RecordRef, Agency, 'Xóa cơ quan (có thể khôi phục)', LEADERS),
  'agencies.restore': command(RecordRef, Agency, 'Khôi phục cơ quan', LEADERS),
  'officials.list': command(OfficialListInput, z.array(Official), 'Danh sách cán bộ', EVERYONE),
  'officials.get': command(IdInput, Official, 'Xem cán bộ', EVERYONE),
  'officials.create': command(OfficialInput, Official, 'Thêm cán bộ', RECORDERS),
  'officials.update': command(OfficialUpdateInput, Official, 'Sửa thông tin cán bộ', RECORDERS),
  'officials.remove': command(RecordRef, Official, 'Xóa cán bộ (có thể khôi phục)', RECORDERS),
  'officials.restore': command(RecordRef, Official, 'Khôi phục cán bộ', RECORDERS),
};
