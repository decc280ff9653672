/**
 * "BẢN CAM KẾT Không sử dụng lao động trẻ em trái quy định của pháp luật": the establishment's
 * own document, addressed to the joint team, listing what it undertakes and by when. One
 * document per inspection, holding every commitment recorded for it.
 *
 * No statutory template exists for this commitment (legal-reference §5.3 item 11: "no statutory
 * template found, UNVERIFIED"); the layout follows the usual Decree 30/2020 presentation: an
 * enterprise or cooperative heads it with its name, a household or household business writes it
 * as a person (the Quốc hiệu centred, no agency). It is not Circular 09/2020 Mẫu số 02 (a
 * signatory's declaration of no child-abuse record). Pure: builds the `docx` Document only.
 */
import type { Document } from 'docx';
import { CommandError } from '../../shared/errors';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import type { Commitment } from '../../shared/schemas/inspection';
import { formatOfficialDate } from '../../shared/text/official-date';
import {
  capitalise,
  establishmentAddress,
  labelled,
  minutesNumber,
  sentence,
  teamName,
  type InspectionDocumentData,
  type InspectionDocumentOptions,
} from './inspection-labels';
import { bodyParagraph, officialDocument, type Block } from './official-layout';
import { formatShortDate, twoDigits } from './plan-labels';

const SUBJECT = 'Không sử dụng lao động trẻ em trái quy định của pháp luật';

interface Signer {
  name: string;
  position?: string;
}

/** Kinds that head their own papers with their name; a household writes as a person. */
const ORGANISATIONS: readonly string[] = ['enterprise', 'cooperative', 'cooperative_group'];

function signersOf(commitments: readonly Commitment[]): Signer[] {
  const seen = new Map<string, Signer>();
  for (const c of commitments) {
    const name = c.signerName.normalize('NFC').trim();
    if (!seen.has(name)) seen.set(name, { name, position: c.signerPosition?.normalize('NFC').trim() || undefined });
  }
  return [...seen.values()];
}

function whoCommits(data: InspectionDocumentData, signers: readonly Signer[]): Block[] {
  const { establishment } = data;
  const blocks: Block[] = [];
  if (signers.length === 1) {
    const [signer] = signers as [Signer];
    blocks.push(labelled('Tên tôi là:', signer.position ? `${signer.name}; chức vụ: ${signer.position}.` : `${signer.name}.`));
  } else {
    blocks.push(labelled('Chúng tôi gồm:', signers.map((s) => (s.position ? `${s.name} (${s.position})` : s.name)).join('; ') + '.'));
  }
  blocks.push(labelled('Đại diện cho cơ sở:', sentence(establishment.name.trim())));
  const address = establishmentAddress(establishment);
  if (address) blocks.push(labelled('Địa chỉ:', sentence(address)));
  if (establishment.taxCode) blocks.push(labelled('Mã số thuế:', `${establishment.taxCode}.`));
  if (establishment.trade) blocks.push(labelled('Ngành nghề sản xuất, kinh doanh:', sentence(capitalise(establishment.trade))));
  return blocks;
}

export function buildCommitmentDocument(data: InspectionDocumentData, opts: InspectionDocumentOptions): Document {
  const { inspection, commitments } = data.detail;
  const items = commitments.flatMap((c) => c.items);
  if (commitments.length === 0 || items.length === 0) {
    throw new CommandError('CONFLICT', 'Cơ sở chưa có bản cam kết nào trong cuộc kiểm tra này');
  }
  const signers = signersOf(commitments);
  const minutes = minutesNumber(inspection.number);
  const signedDate = commitments.map((c) => c.signedDate).sort().at(-1) ?? inspection.inspectionDate;
  const we = signers.length === 1 ? 'tôi' : 'chúng tôi';
  const We = signers.length === 1 ? 'Tôi' : 'Chúng tôi';
  const body: Block[] = [
    bodyParagraph(`Kính gửi: ${teamName(data.plan)}`, { align: 'center', indent: false }),
    ...whoCommits(data, signers),
    bodyParagraph(
      `Sau buổi làm việc với ${teamName(data.plan)} ${formatOfficialDate(inspection.inspectionDate)}${minutes ? ` (Biên bản kiểm tra số ${minutes})` : ''}, ${we} nhận thức rõ các quy định của pháp luật về lao động chưa thành niên và cam kết thực hiện ${twoDigits(items.length)} nội dung sau:`,
    ),
    ...items.map((item, i) => {
      const content = item.content.normalize('NFC').trim().replace(/[.;,]+$/u, '');
      return bodyParagraph(`${i + 1}. ${content}. Thời hạn thực hiện: ${formatShortDate(item.deadline)}.`);
    }),
    bodyParagraph(
      'Đồng thời, cơ sở cam kết không sử dụng trẻ em lao động trái quy định của pháp luật; không sử dụng người chưa thành niên làm các công việc, tại các nơi làm việc bị cấm theo quy định của Bộ luật Lao động năm 2019 và Thông tư số 09/2020/TT-BLĐTBXH.',
    ),
    bodyParagraph(
      `${We} xin chịu trách nhiệm trước pháp luật về việc thực hiện các nội dung cam kết trên; báo cáo kết quả thực hiện khi cơ quan có thẩm quyền yêu cầu. Nếu vi phạm, cơ sở xin chịu xử lý theo quy định của pháp luật./.`,
      // The signature never stands alone on a page.
      { keepNext: true },
    ),
  ];
  return officialDocument({
    header: { agency: ORGANISATIONS.includes(data.establishment.kind) ? data.establishment.name : '', numbered: false, place: opts.place, date: signedDate },
    title: DOCUMENT_KIND_LABELS.commitment,
    draft: data.detail.inspection.status !== 'finalised',
    summary: SUBJECT,
    body,
    signatures: signers.map((s) => ({ position: 'Đại diện cơ sở', hint: '(Ký, ghi rõ họ tên, đóng dấu nếu có)', name: s.name })),
  });
}
