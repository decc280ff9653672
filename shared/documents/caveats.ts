import type { DocumentKind } from '../schemas/document';

/**
 * What could not be checked in the app against the legal source of a paper: shown next to the
 * document in the app (the documents list, the choice of paper), never printed on it.
 */
export const DOCUMENT_CAVEATS: Partial<Record<DocumentKind, readonly string[]>> = {
  violation_record: [
    'Nhãn và thứ tự các mục theo Mẫu biên bản số 01 (MBB01) Nghị định 118/2021/NĐ-CP chưa được đối chiếu với văn bản gốc.',
    'Thời hạn giải trình bằng văn bản (05 ngày làm việc) cần đối chiếu Điều 61 Luật Xử lý vi phạm hành chính (sửa đổi năm 2020).',
  ],
};

/** The caveats of a document kind (none for most). */
export const documentCaveats = (kind: string): readonly string[] => DOCUMENT_CAVEATS[kind as DocumentKind] ?? [];
