import type { Document } from 'docx';
import type { Db } from '../../db/client';
import type { ChildNameMode } from '../../shared/schemas/document';
import type { ServiceContext } from '../services/context';
import { adminUnitInText } from './plan-labels';

export interface BuiltDocument {
  document: Document;
  number?: string;
  sourceKind: string;
  /** Short words for the file name, e.g. "ke-hoach-12-KH-DKT". */
  fileStem: string;
}

/** "Tỉnh Lạng Sơn" → "Lạng Sơn": the địa danh of the date line. */
export function placeName(provinceName: string | undefined): string {
  return (provinceName ?? '').replace(/^(Tỉnh|Thành phố)\s+/, '') || '………';
}

export interface BuildOptions {
  /** Document date (YYYY-MM-DD), today in Viet Nam. */
  date: string;
  childNames: ChildNameMode;
  ctx: ServiceContext;
}

/** The province's People's Committee is the parent body (cơ quan chủ quản) of its departments. */
export function parentAgencyOf(provinceName: string | undefined): string | undefined {
  return provinceName ? `UBND ${adminUnitInText(provinceName)}` : undefined;
}

export type Builder = (db: Db, sourceId: string, options: BuildOptions) => BuiltDocument;
