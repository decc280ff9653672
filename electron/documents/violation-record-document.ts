/**
 * "BIÊN BẢN VI PHẠM HÀNH CHÍNH Về lao động" (form MBB01, Decree 118/2021/NĐ-CP Appendix) for the
 * violations of an inspection that a competent team member recorded (`recordMade`), following
 * the field order of legal-reference §5.2: number `/BB-VPHC`; "Hôm nay, hồi …"; "Căn cứ …";
 * "Chúng tôi gồm:"; "Với sự chứng kiến của:"; the individual or organisation; one numbered item per
 * violation ("Đã có hành vi vi phạm hành chính", "Quy định tại", time, place); statements; the
 * order to stop the violation; the right to explain (Law Art. 61, §4.1); closing; signatures.
 *
 * UNVERIFIED: the labels and their order follow the verified skeleton of the predecessor form
 * (Mẫu biên bản số 01, Decree 97/2017/NĐ-CP, [S28]); the 118/2021 MBB01 wording was only recalled
 * and has not been checked against the official text (legal-reference §5.2, §10 item 5). The law
 * number 15/2012/QH13 in "Căn cứ" is also not in the legal reference. Replace the labels with the
 * official MBB01 verbatim before release. Times not stored by the app (when the record was made,
 * number of sheets) are left blank for the record-maker to write by hand.
 *
 * Children are named by initials and year of birth unless `childNames === 'full'`; no home
 * address. Pure: builds the `docx` Document only.
 */
import type { Document } from 'docx';
import { CommandError } from '../../shared/errors';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import type { Minor, Violation } from '../../shared/schemas/inspection';
import { childDisplayName } from './child-initials';
import {
  capitalise,
  clockTime,
  establishmentAddress,
  dottedLines,
  inspectionPlace,
  minutesReference,
  sanctionReference,
  sentence,
  sortPresent,
  TEAM_NAME,
  type InspectionDocumentData,
  type InspectionDocumentOptions,
  type PresentMember,
} from './inspection-labels';
import { bodyParagraph, officialDocument, type Block, type SignatureBlock } from './official-layout';
import { adminUnitInText, formatShortDate, legalBasisLines, officialAgencyName, textParagraphs } from './plan-labels';

const BLANK = '……………';

/** Signature titles (UNVERIFIED labels, §5.2 item 10), for wide (two a row) and narrow (three a row) columns. */
const SIGNATURE_LABELS = {
  offender: ['Cá nhân vi phạm hoặc\nđại diện tổ chức vi phạm', 'Cá nhân vi phạm\nhoặc đại diện\ntổ chức vi phạm'],
  maker: ['Người lập biên bản', 'Người lập\nbiên bản'],
  authority: ['Đại diện chính quyền', 'Đại diện\nchính quyền'],
  witness: ['Người chứng kiến', 'Người\nchứng kiến'],
} as const;

/** "Label: value." in plain text, as on the printed form. */
const field = (label: string, value: string, keepNext = false): Block => bodyParagraph(`${label} ${sentence(value)}`, { keepNext });
const NO_RECORD = 'Chưa có hành vi nào được lập biên bản vi phạm hành chính';

const LEGAL_BASES = [
  'Luật Xử lý vi phạm hành chính số 15/2012/QH13, được sửa đổi, bổ sung bởi Luật số 67/2020/QH14',
  'Nghị định số 12/2022/NĐ-CP ngày 17 tháng 01 năm 2022 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội, người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
];

/** Right to explain (Law Art. 61; legal-reference §4.1): bracket maximum ≥ 15 M VND (individual) / ≥ 30 M VND (organisation). */
const mayExplain = (v: Violation): boolean => v.fineMax >= (v.finedAsOrganisation ? 30_000_000 : 15_000_000);

/** The members who made the record, by official id, in team order. */
function recordMakers(data: InspectionDocumentData, recorded: readonly Violation[]): PresentMember[] {
  const team = sortPresent(data.detail.teamPresentNames);
  const ids = new Set(recorded.map((v) => v.recordedByOfficialId).filter(Boolean));
  const makers = team.filter((m) => ids.has(m.officialId));
  if (makers.length > 0) return makers;
  // The recorder is no longer in the team list (the service checks this on save): keep the name.
  const names = [...new Set(recorded.map((v) => v.recordedByName?.trim()).filter((n): n is string => !!n))];
  return names.map((name) => ({ officialId: '', fullName: name, agencyName: TEAM_NAME, role: 'member' }));
}

function header(data: InspectionDocumentData, maker: PresentMember | undefined) {
  const agency = maker ? officialAgencyName(maker.agencyName) : TEAM_NAME;
  // A department (Sở) sits under the provincial People's Committee.
  const province = data.establishment.provinceName?.trim();
  const parentAgency = /^sở\s/iu.test(agency) && province ? `UBND ${adminUnitInText(province)}` : undefined;
  return { parentAgency, agency, symbol: 'BB-VPHC' };
}

function personLine(i: number, name: string, position: string | undefined, agency: string | undefined, note = ''): Block {
  return bodyParagraph(`${i}. Họ và tên: ${name.trim()}; Chức vụ: ${position?.trim() || BLANK}; Cơ quan: ${agency?.trim() || BLANK}${note}.`);
}

function offender(data: InspectionDocumentData, organisation: boolean): { blocks: Block[]; signer: string; who: string } {
  const { establishment, detail } = data;
  const representative = detail.inspection.representatives[0];
  const address = establishmentAddress(establishment) || BLANK;
  if (organisation) {
    const signer = establishment.legalRepName?.trim() || representative?.name.trim() || '';
    return {
      who: 'tổ chức',
      signer,
      blocks: [
        bodyParagraph('Tiến hành lập biên bản vi phạm hành chính đối với tổ chức có tên sau đây:', { keepNext: true }),
        field('Tên của tổ chức:', establishment.name.trim()),
        field('Địa chỉ trụ sở chính:', address),
        field('Mã số doanh nghiệp:', establishment.taxCode ?? BLANK),
        field(
          'Số Giấy chứng nhận đăng ký doanh nghiệp/Giấy phép thành lập/Đăng ký hoạt động:',
          `${establishment.businessRegNo?.trim() || BLANK}; ngày cấp: ${BLANK}; nơi cấp: ${BLANK}`,
        ),
        field('Người đại diện theo pháp luật:', `${establishment.legalRepName?.trim() || BLANK}; Giới tính: ${BLANK}`),
        field('Chức danh:', establishment.legalRepTitle?.trim() || BLANK),
      ],
    };
  }
  // A household or household business is fined as an individual: the head of the household.
  const name = establishment.legalRepName?.trim() || representative?.name.trim() || '';
  const idNumber = detail.inspection.representatives.find((r) => r.name.trim() === name)?.idNumber;
  const home = establishment.kind === 'household' ? address : BLANK;
  return {
    who: 'cá nhân',
    signer: name,
    blocks: [
      bodyParagraph('Tiến hành lập biên bản vi phạm hành chính đối với ông (bà) có tên sau đây:', { keepNext: true }),
      field('Họ và tên:', `${name || BLANK} (đại diện ${establishment.name.trim()}); Giới tính: ${BLANK}`),
      field('Ngày, tháng, năm sinh:', `${BLANK}; Quốc tịch: ${BLANK}`),
      field('Nghề nghiệp:', capitalise(establishment.trade?.trim() || BLANK)),
      field('Nơi ở hiện tại:', home),
      field('Số định danh cá nhân/CMND/Hộ chiếu:', `${idNumber ?? BLANK}; ngày cấp: ${BLANK}; nơi cấp: ${BLANK}`),
    ],
  };
}

function violationItems(data: InspectionDocumentData, recorded: readonly Violation[], opts: InspectionDocumentOptions, place: string): Block[] {
  const { inspection, minors } = data.detail;
  const found = `Phát hiện hồi ${clockTime(inspection.startTime)} ngày ${formatShortDate(inspection.inspectionDate)}, khi ${TEAM_NAME} kiểm tra tại cơ sở.`;
  return recorded.flatMap((v, i) => {
    const concerned = v.minorIds
      .map((id) => minors.find((m) => m.id === id))
      .filter((m): m is Minor => m !== undefined)
      .map((m) => childDisplayName(m, opts.childNames === 'full' ? 'full' : 'initials'));
    const details = [v.facts?.trim() ? sentence(v.facts) : '', concerned.length > 0 ? `Người lao động chưa thành niên: ${concerned.join('; ')}.` : '']
      .filter(Boolean)
      .join(' ');
    return [
      field(`${i + 1}. Đã có hành vi vi phạm hành chính:`, `${sentence(v.title)}${details ? ` ${details}` : ''}`),
      field('Quy định tại:', sanctionReference(v)),
      field('Thời gian xảy ra vi phạm:', found),
      field('Địa điểm xảy ra vi phạm:', place),
    ];
  });
}

export function buildViolationRecord(data: InspectionDocumentData, opts: InspectionDocumentOptions): Document {
  const { inspection } = data.detail;
  const { otherParticipants } = inspection;
  const recorded = data.detail.violations.filter((v) => v.recordMade);
  if (recorded.length === 0) throw new CommandError('CONFLICT', NO_RECORD);

  const makers = recordMakers(data, recorded);
  const others = sortPresent(data.detail.teamPresentNames).filter((m) => !makers.includes(m));
  const organisation = recorded.some((v) => v.finedAsOrganisation);
  const subject = offender(data, organisation);
  const place = inspectionPlace(data);

  const body: Block[] = [
    bodyParagraph(`Hôm nay, hồi ${clockTime(undefined)}, ngày ${formatShortDate(inspection.inspectionDate)}, tại ${place}.`),
    ...legalBasisLines([...LEGAL_BASES, `kết quả kiểm tra tại ${minutesReference(data.detail)} của ${TEAM_NAME}`]).map((line) => bodyParagraph(line)),
    bodyParagraph('Chúng tôi gồm:', { bold: true, keepNext: true }),
    ...[...makers, ...others].map((m, i) =>
      personLine(i + 1, m.fullName, m.position, officialAgencyName(m.agencyName), makers.includes(m) ? ' (người lập biên bản)' : ''),
    ),
  ];
  if (otherParticipants.length > 0) {
    body.push(
      bodyParagraph('Với sự chứng kiến của:', { bold: true, keepNext: true }),
      ...otherParticipants.map((p, i) => personLine(i + 1, p.name, p.position, p.organisation)),
    );
  }
  body.push(...subject.blocks, ...violationItems(data, recorded, opts, place));

  let n = recorded.length;
  const statement = textParagraphs(inspection.employerStatement).join(' ');
  const opinion = `${++n}. Ý kiến trình bày của cá nhân vi phạm/người đại diện của tổ chức vi phạm:`;
  body.push(...(statement ? [field(opinion, statement)] : [bodyParagraph(opinion, { keepNext: true }), ...dottedLines(2)]));
  if (otherParticipants.length > 0) {
    body.push(bodyParagraph(`${++n}. Ý kiến trình bày của đại diện chính quyền, người chứng kiến:`, { keepNext: true }), ...dottedLines(2));
  }
  const remedies = recorded.map((v) => v.remedialRequest?.trim()).filter(Boolean).map((r) => sentence(r!));
  body.push(
    bodyParagraph(
      `${++n}. Người có thẩm quyền lập biên bản đã yêu cầu ${subject.who} vi phạm chấm dứt ngay hành vi vi phạm.${remedies.length > 0 ? ` Yêu cầu khắc phục: ${remedies.join(' ')}` : ''}`,
    ),
  );
  if (recorded.some(mayExplain)) {
    body.push(
      bodyParagraph(
        `${++n}. Quyền và thời hạn giải trình: ${subject.who === 'tổ chức' ? 'Tổ chức' : 'Cá nhân'} vi phạm có quyền giải trình bằng văn bản gửi người có thẩm quyền xử phạt trong thời hạn 05 ngày kể từ ngày lập biên bản này, hoặc đề nghị giải trình trực tiếp trong thời hạn 02 ngày làm việc kể từ ngày lập biên bản này.`,
      ),
    );
  }
  body.push(
    bodyParagraph(
      `${n + 1}. Yêu cầu ${subject.who === 'tổ chức' ? 'đại diện tổ chức' : 'ông (bà)'} vi phạm có mặt tại ${BLANK} vào hồi ${clockTime(undefined)}, ngày ${BLANK}/${BLANK}/${BLANK} để giải quyết vụ việc.`,
    ),
    bodyParagraph(
      `Biên bản lập xong hồi ${clockTime(undefined)}, ngày ${formatShortDate(inspection.inspectionDate)}, gồm ${BLANK} tờ, được lập thành 02 bản có nội dung và giá trị như nhau; đã đọc lại cho những người có tên trên cùng nghe, công nhận là đúng và cùng ký tên dưới đây; giao cho ${subject.who} vi phạm 01 bản./.`,
      { keepNext: true },
    ),
  );
  if (inspection.refusedToSign) {
    const who = subject.who === 'tổ chức' ? 'đại diện tổ chức' : 'cá nhân';
    body.push(field(`Lý do ${who} vi phạm không ký biên bản:`, inspection.refusalReason?.trim() || BLANK, true));
  }

  const signers: [keyof typeof SIGNATURE_LABELS, string][] = [
    ['offender', subject.signer],
    ...makers.map((m): [keyof typeof SIGNATURE_LABELS, string] => ['maker', m.fullName.trim()]),
    ...otherParticipants.map((p): [keyof typeof SIGNATURE_LABELS, string] => [
      /ủy ban nhân dân|uỷ ban nhân dân|ubnd/iu.test(p.organisation ?? '') ? 'authority' : 'witness',
      p.name.trim(),
    ]),
  ];
  // Three signers share one row of narrow columns: the labels take three short lines.
  const narrow = signers.length === 3;
  const signatures: SignatureBlock[] = signers.map(([role, name]) => ({ position: SIGNATURE_LABELS[role][narrow ? 1 : 0], name }));
  return officialDocument({
    header: { ...header(data, makers[0]), place: opts.place, date: inspection.inspectionDate },
    title: DOCUMENT_KIND_LABELS.violation_record,
    draft: inspection.status !== 'finalised',
    summary: 'Về lao động',
    body,
    signatures,
  });
}
