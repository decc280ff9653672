import * as z from 'zod';
import { CommuneListInput, Commune, LegacyProvince, Province } from '../schemas/reference';
import { command } from './define';
import { EVERYONE } from '../schemas/user';

export const referenceCommands = {
  'reference.provinces': command(z.object({}), z.array(Province), 'Danh sách 34 tỉnh, thành phố (từ 01/7/2025)', EVERYONE),
  'reference.communes': command(CommuneListInput, z.array(Commune), 'Danh sách xã, phường, đặc khu của một tỉnh', EVERYONE),
  'reference.legacyProvinces': command(z.object({}), z.array(LegacyProvince), 'Tỉnh cũ (trước 2025) và tỉnh mới tương ứng', EVERYONE),
};
