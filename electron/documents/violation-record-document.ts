/**
 * "BIÊN BẢN VI PHẠM HÀNH CHÍNH Về lao động" (form MBB01, Decree 118/2021/NĐ-CP Appendix) for the
 * violations of an inspection that a competent team member recorded (`recordMade`), item by item
 * as the form numbers them: number `/BB-VPHC`; "Hôm nay, hồi …, tại …"; "Căn cứ"; "Chúng tôi
 * gồm: 1. Người có thẩm quyền lập biên bản; 2. Với sự chứng kiến của; 3. Người phiên dịch"; the
 * individual or organisation; 1. identity; 2. the act, with time and place; 3. the provision;
 * 4. who was harmed; 5–7. statements; 8. the order to stop; 9. preventive measures; 10. exhibits
 * held; 11. the right to explain (Law Art. 61, only when it applies); 12. the appointment;
 * closing; the reason for not signing; signatures.
 *
 * Only the record-makers appear as such (the rest of the team signs the inspection minutes, not
 * this record); the witnesses (the commune official, or whoever witnessed a refusal) sign. An
 * item the team did not record reads "Không"; identity facts the app does not keep and the times
 * of making the record are left dotted to be written at the scene.
 *
 * UNVERIFIED (shown in the app, never printed): the labels follow the 118/2021 form as transcribed
 * from secondary copies (legal-reference §5.2 gives only the 97/2017 skeleton and a recalled
 * 118/2021 list); the 05-working-day written explanation period follows that transcription.
 * Children are named by initials and year of birth unless `childNames === 'full'`; no home
 * address. Pure: builds the `docx` Document only.
 */
import type { Document } from 'docx';
import { documentCaveats } from '../../shared/documents/caveats';
import { CommandError } from '../../shared/errors';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import { SEX_LABELS } from '../../shared/labels/inspection';
import type { Minor, Violation } from '../../shared/schemas/inspection';
import { childDisplayName } from './child-initials';
import {
  capitalise,
  clockTime,
  establishmentAddress,
  inspectionPlace,
  isLocalAuthority,
  minutesReference,
  refusalWitness,
  sanctionReference,
  sentence,
  sortPresent,
  TEAM_NAME,
  type InspectionDocumentData,
  type InspectionDocumentOptions,
  type PresentMember,
  type Representative,
} from './inspection-labels';
import { bodyParagraph, officialDocument, type Block, type SignatureBlock } from './official-layout';
import { catalogueText, honorific, personInSentence } from './paper-text';
import { adminUnitInText, formatShortDate, legalBasisLines, officialAgencyName, textParagraphs } from './plan-labels';

const BLANK = '……………';
const NONE = 'Không';

/** What the app shows next to the MBB01 (never printed on the paper). */
export const VIOLATION_RECORD_UNVERIFIED = documentCaveats('violation_record');

const NO_RECORD = 'Chưa có hành vi nào được lập biên bản vi phạm hành chính';

/** Signature titles and hints, for wide (two a row) and narrow (three a row) columns. */
const SIGNATURE_LABELS = {
  individual: [
    ['Cá nhân vi phạm', '(Ký, ghi rõ họ và tên)'],
    ['Cá nhân vi phạm', '(Ký, ghi rõ họ và tên)'],
  ],
  organisation: [
    ['Đại diện tổ chức vi phạm', '(Ký, ghi rõ họ và tên)'],
    ['Đại diện tổ chức\nvi phạm', '(Ký, ghi rõ họ và tên)'],
  ],
  maker: [
    ['Người lập biên bản', '(Ký, ghi rõ chức vụ, họ và tên)'],
    ['Người lập\nbiên bản', '(Ký, ghi rõ chức vụ,\nhọ và tên)'],
  ],
  authority: [
    ['Đại diện chính quyền', '(Ký, ghi rõ họ và tên)'],
    ['Đại diện\nchính quyền', '(Ký, ghi rõ họ và tên)'],
  ],
  witness: [
    ['Người chứng kiến', '(Ký, ghi rõ họ và tên)'],
    ['Người\nchứng kiến', '(Ký, ghi rõ họ và tên)'],
  ],
} as const;

const LEGAL_BASES = [
  'Luật Xử lý vi phạm hành chính số 15/2012/QH13, được sửa đổi, bổ sung bởi Luật số 67/2020/QH14',
  'Nghị định số 118/2021/NĐ-CP ngày 23 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính, được sửa đổi, bổ sung bởi Nghị định số 68/2025/NĐ-CP ngày 18 tháng 3 năm 2025',
  'Nghị định số 12/2022/NĐ-CP ngày 17 tháng 01 năm 2022 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội, người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
];

/** "Label: value." in plain text, as on the printed form. */
const field = (label: string, value: string, keepNext = false): Block => bodyParagraph(`${label} ${sentence(value)}`, { keepNext });

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

const official = (name: string, position: string | undefined, agency: string | undefined): Block =>
  bodyParagraph(`Họ và tên: ${name.trim()}; Chức vụ: ${position?.trim() || BLANK}; Cơ quan: ${agency?.trim() || BLANK}.`);

interface Subject {
  blocks: Block[];
  /** Who signs for the offender. */
  signer: string;
  /** "ông Lục Văn Thành" / "bà …" / "cá nhân …" or "tổ chức Công ty …", inside a sentence. */
  named: string;
  /** "cá nhân vi phạm" / "đại diện tổ chức vi phạm". */
  role: string;
  organisation: boolean;
  /** The offender's own person, for "Ông"/"Bà". */
  person?: Representative;
}

function offender(data: InspectionDocumentData, organisation: boolean): Subject {
  const { establishment, detail } = data;
  const representatives = detail.inspection.representatives;
  const address = establishmentAddress(establishment) || BLANK;
  if (organisation) {
    const signer = establishment.legalRepName?.trim() || representatives[0]?.name.trim() || '';
    const person = representatives.find((r) => r.name.trim() === signer);
    const sex = person?.sex ? SEX_LABELS[person.sex as keyof typeof SEX_LABELS] : undefined;
    return {
      signer,
      named: `tổ chức ${establishment.name.trim()}`,
      role: 'đại diện tổ chức vi phạm',
      organisation: true,
      person,
      blocks: [
        bodyParagraph('Tiến hành lập biên bản vi phạm hành chính đối với tổ chức có tên sau đây:', { keepNext: true }),
        field('1. Tên của tổ chức:', establishment.name.trim()),
        field('Địa chỉ trụ sở chính:', address),
        field('Mã số doanh nghiệp:', establishment.taxCode ?? BLANK),
        field(
          'Số Giấy chứng nhận đăng ký đầu tư/doanh nghiệp hoặc Giấy phép thành lập/đăng ký hoạt động:',
          `${establishment.businessRegNo?.trim() || BLANK}; ngày cấp: ${BLANK}; nơi cấp: ${BLANK}`,
        ),
        field('Người đại diện theo pháp luật:', `${establishment.legalRepName?.trim() || BLANK}; Giới tính: ${sex ?? BLANK}`),
        field('Chức danh:', establishment.legalRepTitle?.trim() || BLANK),
      ],
    };
  }
  // A household or household business is fined as an individual: the head of the household.
  const name = establishment.legalRepName?.trim() || representatives[0]?.name.trim() || '';
  const person = representatives.find((r) => r.name.trim() === name);
  const sex = person?.sex ? SEX_LABELS[person.sex as keyof typeof SEX_LABELS] : undefined;
  const home = establishment.kind === 'household' ? address : BLANK;
  const who = personInSentence(person);
  return {
    signer: name,
    named: `${who} ${name || BLANK}`,
    role: 'cá nhân vi phạm',
    organisation: false,
    person,
    blocks: [
      bodyParagraph(`Tiến hành lập biên bản vi phạm hành chính đối với ${who} có tên sau đây:`, { keepNext: true }),
      // "(chủ Hộ kinh doanh X)" unless the establishment is named after the person.
      field('1. Họ và tên:', `${name || BLANK}${name && establishment.name.includes(name) ? '' : ` (chủ ${establishment.name.trim()})`}; Giới tính: ${sex ?? BLANK}`),
      field('Ngày, tháng, năm sinh:', `${BLANK}; Quốc tịch: ${BLANK}`),
      field('Nghề nghiệp:', capitalise(establishment.trade?.trim() || BLANK)),
      field('Nơi ở hiện tại:', home),
      field('Số định danh cá nhân/CMND/Hộ chiếu:', `${person?.idNumber ?? BLANK}; ngày cấp: ${BLANK}; nơi cấp: ${BLANK}`),
    ],
  };
}

/** Items 2 and 3: each act (with the minors concerned) and the provision that sanctions it, lettered when several. */
function actsAndProvisions(data: InspectionDocumentData, recorded: readonly Violation[], opts: InspectionDocumentOptions, place: string): Block[] {
  const { inspection, minors } = data.detail;
  const several = recorded.length > 1;
  const letter = (i: number): string => (several ? `${'abcdefghik'[i] ?? i + 1}) ` : '');
  const acts = recorded.map((v, i) => {
    const concerned = v.minorIds
      .map((id) => minors.find((m) => m.id === id))
      .filter((m): m is Minor => m !== undefined)
      .map((m) => childDisplayName(m, opts.childNames === 'full' ? 'full' : 'initials'));
    const details = [v.facts?.trim() ? sentence(catalogueText(v.facts)) : '', concerned.length > 0 ? `Người lao động chưa thành niên liên quan: ${concerned.join('; ')}.` : '']
      .filter(Boolean)
      .join(' ');
    return `${letter(i)}${sentence(catalogueText(v.title))}${details ? ` ${details}` : ''}`;
  });
  const provisions = recorded.map((v, i) => `${letter(i)}${sentence(sanctionReference(v))}`);
  const when = `Vào hồi ${clockTime(inspection.startTime)}, ngày ${formatShortDate(inspection.inspectionDate)}, tại ${place}, ${TEAM_NAME} kiểm tra và phát hiện:`;
  return [
    bodyParagraph(`2. Đã có hành vi vi phạm hành chính: ${when}`, { keepNext: true }),
    ...acts.map((a) => bodyParagraph(a)),
    ...(several
      ? [bodyParagraph('3. Quy định tại:', { keepNext: true }), ...provisions.map((p) => bodyParagraph(p))]
      : [field('3. Quy định tại:', provisions[0] ?? BLANK)]),
  ];
}

interface PresentWitness {
  name: string;
  position?: string;
  organisation?: string;
  localAuthority: boolean;
}

/** Item 2 of "Chúng tôi gồm": the other participants, and a refusal witness who is not one of them. */
function witnessesOf(data: InspectionDocumentData): PresentWitness[] {
  const list: PresentWitness[] = data.detail.inspection.otherParticipants.map((p) => ({
    name: p.name.trim(),
    position: p.position,
    organisation: p.organisation,
    localAuthority: isLocalAuthority(p),
  }));
  const refusal = refusalWitness(data.detail);
  if (refusal && !refusal.participant) list.push({ name: refusal.name, position: refusal.description, localAuthority: refusal.localAuthority });
  return list;
}

export function buildViolationRecord(data: InspectionDocumentData, opts: InspectionDocumentOptions): Document {
  const { inspection } = data.detail;
  const recorded = data.detail.violations.filter((v) => v.recordMade);
  if (recorded.length === 0) throw new CommandError('CONFLICT', NO_RECORD);

  const makers = recordMakers(data, recorded);
  const organisation = recorded.some((v) => v.finedAsOrganisation);
  const subject = offender(data, organisation);
  const place = inspectionPlace(data);
  const witnesses = witnessesOf(data);
  const refused = inspection.refusedToSign;

  const body: Block[] = [
    bodyParagraph(`Hôm nay, hồi ${clockTime(undefined)}, ngày ${formatShortDate(inspection.inspectionDate)}, tại ${place}.`),
    ...legalBasisLines([...LEGAL_BASES, `kết quả kiểm tra tại ${minutesReference(data.detail)} của ${TEAM_NAME}`]).map((line) => bodyParagraph(line)),
    bodyParagraph('Chúng tôi gồm:', { bold: true, keepNext: true }),
    bodyParagraph('1. Người có thẩm quyền lập biên bản:', { keepNext: true }),
    ...makers.map((m) => official(m.fullName, m.position, officialAgencyName(m.agencyName))),
    ...(witnesses.length > 0
      ? [bodyParagraph('2. Với sự chứng kiến của:', { keepNext: true }), ...witnesses.map((w) => official(w.name, w.position, w.organisation))]
      : [field('2. Với sự chứng kiến của:', NONE)]),
    field('3. Người phiên dịch:', NONE),
    ...subject.blocks,
    ...actsAndProvisions(data, recorded, opts, place),
    field('4. Cá nhân/tổ chức bị thiệt hại:', NONE),
  ];
  const statement = textParagraphs(inspection.employerStatement).join(' ');
  body.push(
    field(`5. Ý kiến trình bày của ${subject.organisation ? 'người đại diện của tổ chức vi phạm' : 'cá nhân vi phạm'}:`, statement || NONE),
    field('6. Ý kiến trình bày của đại diện chính quyền, người chứng kiến:', NONE),
    field('7. Ý kiến trình bày của cá nhân/tổ chức bị thiệt hại:', NONE),
  );
  const remedies = recorded.map((v) => v.remedialRequest?.trim()).filter(Boolean).map((r) => sentence(r!));
  body.push(
    bodyParagraph(`8. Chúng tôi đã yêu cầu ${subject.named} chấm dứt ngay hành vi vi phạm.${remedies.length > 0 ? ` Đồng thời yêu cầu: ${remedies.join(' ')}` : ''}`),
    field('9. Các biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính được áp dụng:', NONE),
    field('10. Tang vật, phương tiện, giấy phép, chứng chỉ hành nghề bị tạm giữ:', NONE),
  );
  let n = 10;
  if (recorded.some(mayExplain)) {
    body.push(
      bodyParagraph(
        `${++n}. Trong thời hạn 02 ngày làm việc kể từ ngày lập biên bản này, ${subject.named} là ${subject.role} có quyền gửi văn bản yêu cầu được giải trình trực tiếp; trong thời hạn 05 ngày làm việc kể từ ngày lập biên bản này, có quyền gửi văn bản giải trình đến ${BLANK} để thực hiện quyền giải trình.`,
      ),
    );
  }
  body.push(
    bodyParagraph(`${n + 1}. Yêu cầu ${subject.named} có mặt tại ${BLANK} vào hồi ${clockTime(undefined)}, ngày ${BLANK}/${BLANK}/${BLANK} để giải quyết vụ việc.`),
    bodyParagraph(
      `Biên bản lập xong hồi ${clockTime(undefined)}, ngày ${formatShortDate(inspection.inspectionDate)}, gồm ${BLANK} tờ, được lập thành 02 bản có nội dung và giá trị như nhau; đã đọc lại cho những người có tên nêu trên cùng nghe, công nhận là đúng và cùng ký tên dưới đây; giao cho ${subject.named} là ${subject.role} 01 bản, 01 bản lưu hồ sơ${refused ? '.' : './.'}`,
      { keepNext: true },
    ),
  );
  if (refused) {
    const title = honorific(subject.person).toLocaleLowerCase('vi');
    const signer = [title, subject.signer || BLANK].filter(Boolean).join(' ');
    const reason = (inspection.refusalReason?.trim() || BLANK).replace(/[.;,\s]+$/u, '');
    body.push(bodyParagraph(`Lý do ${signer} (${subject.role}) không ký biên bản: ${reason}./.`, { keepNext: true }));
  }

  const roles: [keyof typeof SIGNATURE_LABELS, string][] = [
    [subject.organisation ? 'organisation' : 'individual', subject.signer],
    ...makers.map((m): [keyof typeof SIGNATURE_LABELS, string] => ['maker', m.fullName.trim()]),
    ...witnesses.map((w): [keyof typeof SIGNATURE_LABELS, string] => [w.localAuthority ? 'authority' : 'witness', w.name]),
  ];
  // A refusal must be witnessed (Law Art. 58.4): a block to fill in when nobody was recorded.
  if (refused && witnesses.length === 0) roles.push(['witness', '']);
  // Three signers share one row of narrow columns: titles and hints take short lines.
  const narrow = roles.length === 3 ? 1 : 0;
  const signatures: SignatureBlock[] = roles.map(([role, name], i) => {
    const [position, hint] = SIGNATURE_LABELS[role][narrow];
    return { position, hint: i === 0 && refused ? '(Không ký biên bản)' : hint, name };
  });
  return officialDocument({
    header: { ...header(data, makers[0]), place: opts.place, date: inspection.inspectionDate },
    title: DOCUMENT_KIND_LABELS.violation_record,
    draft: inspection.status !== 'finalised',
    summary: 'Về lao động',
    body,
    signatures,
  });
}
