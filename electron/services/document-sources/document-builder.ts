import type { Document } from 'docx';
import type { Db } from '../../../db/client';
import type { ChildNameMode } from '../../../shared/schemas/document';
import type { ServiceContext } from '../context';

export interface BuiltDocument {
  document: Document;
  number?: string;
  sourceKind: string;
  /**
   * What the file name says after the kind of document, and the paper's date: "Bien ban kiem
   * tra - <subject> - dd-mm-yyyy.docx", e.g. the establishment and the inspection day.
   */
  fileSubject: string;
  /** YYYY-MM-DD */
  fileDate: string;
}

export interface BuildOptions {
  /** Document date (YYYY-MM-DD), today in Viet Nam. */
  date: string;
  childNames: ChildNameMode;
  ctx: ServiceContext;
}

export type Builder = (db: Db, sourceId: string, options: BuildOptions) => BuiltDocument;
