import type { Document } from 'docx';
import type { Db } from '../../../db/client';
import type { ChildNameMode } from '../../../shared/schemas/document';
import type { ServiceContext } from '../context';

export interface BuiltDocument {
  document: Document;
  number?: string;
  sourceKind: string;
  /** Short words for the file name, e.g. "ke-hoach-12-KH-DKT". */
  fileStem: string;
}

export interface BuildOptions {
  /** Document date (YYYY-MM-DD), today in Viet Nam. */
  date: string;
  childNames: ChildNameMode;
  ctx: ServiceContext;
}

export type Builder = (db: Db, sourceId: string, options: BuildOptions) => BuiltDocument;
