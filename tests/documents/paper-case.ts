/**
 * A realistic case for the papers, made through the services as a team would: Sở Nội vụ Lạng Sơn
 * plans a thematic inspection of a wood-carving craft village (plan 15/KH-SNV issued 25/11/2026,
 * team decision 125/QĐ-SNV signed by a deputy director "KT. GIÁM ĐỐC"); on 08/12/2026 the team
 * finds a 12-year-old boy sanding furniture and a 16-year-old girl at a circular saw at night in
 * the household business of Mr Trần Văn Minh, who signs a commitment but refuses to sign the
 * minutes and the violation record; the commune official witnesses the refusal. The report of
 * the period has its assessment written. Used by papers.test.ts and scratch renders.
 */
import { waitForJob } from '../../electron/services/reports/export-jobs';
import type { DocumentKind } from '../../shared/schemas/document';
import type { ExportFormat } from '../../shared/schemas/report';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import { langSon } from '../helpers/fixtures';
import type { TestApp } from '../helpers/test-db';

/** 10/12/2026, 09:00 in Việt Nam: two days after the visit, inside the reporting period. */
export const CASE_CLOCK = new Date('2026-12-10T02:00:00Z');

export const CHILD = { fullName: 'Trần Văn Khoa', dateOfBirth: '2014-05-20' };
export const TEEN = { fullName: 'Lò Thị Hoa', dateOfBirth: '2010-03-02' };
export const OWNER = 'Trần Văn Minh';
export const WITNESS = 'Nông Văn Tú';
export const REFUSAL = 'Không đồng ý với mức phạt Đoàn kiểm tra đề nghị';

export const REPORT_PERIOD = { from: '2026-07-01', to: '2026-12-31', label: '6 tháng cuối năm 2026' };

export interface PaperCase {
  planId: string;
  inspectionId: string;
  communeName: string;
  provinceCode: string;
}

export async function buildPaperCase(app: TestApp): Promise<PaperCase> {
  const area = langSon(app);
  const agencies = await app.run('agencies.list', {});
  const agency = (short: string) => agencies.find((a) => a.shortName === short)!;

  const { establishment: village } = await app.run('establishments.create', {
    name: 'Làng nghề mộc mỹ nghệ Nà Pàn',
    kind: 'craft_village',
    sector: 'handicraft',
    ...area,
  });
  const { establishment: household } = await app.run('establishments.create', {
    name: `Hộ ${OWNER}`,
    kind: 'household_business',
    sector: 'handicraft',
    parentId: village.id,
    address: 'Thôn Nà Pàn',
    trade: 'sản xuất đồ gỗ mỹ nghệ',
    legalRepName: OWNER,
    legalRepTitle: 'Chủ hộ kinh doanh',
    businessRegNo: '20F8001234',
    workersTotal: 9,
    workersUnder18: 1,
    ...area,
  });

  const official = (fullName: string, sex: 'male' | 'female', position: string, short: string) =>
    app.run('officials.create', { fullName, sex, position, agencyId: agency(short).id });
  const leader = await official('Hoàng Văn Thắng', 'male', 'Trưởng phòng Lao động - Việc làm', 'SNV');
  const police = await official('Nông Thị Lan', 'female', 'Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'CA');
  const education = await official('Lương Văn Đức', 'male', 'Chuyên viên Phòng Giáo dục nghề nghiệp', 'SGDĐT');
  const secretary = await official('Vi Thị Hạnh', 'female', 'Chuyên viên Phòng Lao động - Việc làm', 'SNV');

  const { plan } = await app.run('plans.create', {
    number: '15/KH-SNV',
    title: 'Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên tại làng nghề mộc mỹ nghệ Nà Pàn năm 2026',
    kind: 'thematic',
    issuingAgencyId: agency('SNV').id,
    legalBases: DEFAULT_LEGAL_BASES.filter((b) => b.verified).slice(0, 4).map((b) => b.text),
    periodStart: '2026-12-01',
    periodEnd: '2026-12-15',
    provinceCode: area.provinceCode,
    communeCodes: [area.communeCode],
    issueDate: '2026-11-25',
    teamDecisionNumber: '125/QĐ-SNV',
    teamDecisionDate: '2026-11-27',
    decisionSignerName: 'Lương Thị Hồng Nhung',
    decisionSignerPosition: 'Phó Giám đốc',
    decisionSignerAuthority: 'on_behalf',
    competenceBasis:
      'Quyết định số 05/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Lạng Sơn quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ',
    proposedBy: 'Trưởng phòng Lao động - Việc làm',
    reportingRegime:
      'Trong thời hạn 05 ngày làm việc kể từ ngày kết thúc đợt kiểm tra, Trưởng đoàn báo cáo Giám đốc Sở Nội vụ kết quả kiểm tra và kiến nghị xử lý.\nSở Nội vụ tổng hợp kết quả vào báo cáo 6 tháng cuối năm 2026 gửi Ủy ban nhân dân tỉnh và Bộ Nội vụ.',
  });
  await app.run('plans.setTeam', {
    planId: plan.id,
    members: [
      { officialId: leader.id, role: 'leader' },
      { officialId: police.id, role: 'member' },
      { officialId: education.id, role: 'member' },
      { officialId: secretary.id, role: 'secretary' },
    ],
  });
  const { targets } = await app.run('plans.addTargets', {
    planId: plan.id,
    // A tip-off that stays in the app: the plan reaches the establishments.
    targets: [{ establishmentId: household.id, visitDate: '2026-12-08', timeSlot: 'morning', notes: 'Có phản ánh của người dân về trẻ em làm việc ban đêm tại xưởng' }],
  });
  await app.run('plans.setStatus', { id: plan.id, status: 'approved' });

  const communeOfficial = `Ủy ban nhân dân ${area.communeName.replace(/^(Xã|Phường)/u, (w) => w.toLocaleLowerCase('vi'))}`;
  const { inspection } = await app.run('inspections.create', {
    planTargetId: targets[0]!.id,
    number: '07/BB-ĐKT',
    inspectionDate: '2026-12-08',
    startTime: '08:30',
    endTime: '11:15',
    representatives: [{ name: OWNER, sex: 'male', position: 'Chủ hộ kinh doanh', idNumber: '020080001234' }],
    otherParticipants: [{ name: WITNESS, sex: 'male', position: 'Công chức Văn hóa - Xã hội', organisation: communeOfficial }],
    documentsReviewed: ['Giấy chứng nhận đăng ký hộ kinh doanh', 'Danh sách người lao động làm việc tại xưởng'],
    employerStatement: 'Hộ kinh doanh thừa nhận có sử dụng hai cháu làm việc tại xưởng; cam kết chấm dứt ngay, nhưng không đồng ý với mức phạt Đoàn kiểm tra đề nghị vì gia đình có hoàn cảnh khó khăn.',
    refusedToSign: true,
    refusalReason: REFUSAL,
    refusalWitnessName: WITNESS,
    copies: 3,
  });
  await app.run('minors.create', {
    inspectionId: inspection.id,
    ...CHILD,
    sex: 'male',
    job: 'đánh giấy ráp, đánh bóng đồ gỗ',
    hoursPerDay: 6,
    hoursPerWeek: 36,
    schooling: 'dropped_out',
    artSportWork: false,
    inRegister: false,
  });
  await app.run('minors.create', {
    inspectionId: inspection.id,
    ...TEEN,
    sex: 'female',
    job: 'xẻ gỗ bằng máy cưa đĩa',
    hoursPerDay: 8,
    hoursPerWeek: 48,
    nightWork: true,
    hazardousJob: true,
    inRegister: false,
    guardianConsent: false,
  });

  // Every suggested violation is accepted; the leader makes the MBB01 record for the two gravest.
  const suggestions = await app.run('violations.suggest', { inspectionId: inspection.id });
  for (const s of suggestions) {
    const recorded = s.fineMax >= 50_000_000;
    await app.run('violations.create', {
      inspectionId: inspection.id,
      origin: 'suggestion',
      typeCode: s.typeCode,
      minorIds: s.minorIds,
      facts: s.reasons.join('. '),
      recordMade: recorded,
      recordedByOfficialId: recorded ? leader.id : undefined,
    });
  }
  await app.run('commitments.create', {
    inspectionId: inspection.id,
    signerName: OWNER,
    signerPosition: 'Chủ hộ kinh doanh',
    signedDate: '2026-12-08',
    items: [
      { content: 'Chấm dứt ngay việc sử dụng người chưa đủ 15 tuổi làm việc tại xưởng', deadline: '2026-12-08' },
      { content: 'Không bố trí người chưa thành niên làm công việc xẻ gỗ bằng máy và làm việc ban đêm', deadline: '2026-12-08' },
      { content: 'Lập sổ theo dõi riêng người lao động chưa thành niên theo quy định', deadline: '2026-12-31' },
    ],
  });
  // The rest of the checklist: complied with where it applies, otherwise not applicable.
  const detail = await app.run('inspections.get', { id: inspection.id });
  const COMPLIED = new Set(['CK-24', 'CK-09']);
  await app.run('inspections.setChecklist', {
    inspectionId: inspection.id,
    items: detail.checklist
      .filter((row) => row.result === 'not_checked')
      .map((row) => ({ itemCode: row.itemCode, result: row.applies && COMPLIED.has(row.itemCode) ? ('compliant' as const) : ('not_applicable' as const) })),
  });
  await app.run('inspections.finalise', { id: inspection.id });

  const report = { period: REPORT_PERIOD, area: { provinceCode: area.provinceCode, communeCodes: [] }, filters: { leadAgencyId: agency('SNV').id } };
  await app.run('reports.saveAssessment', {
    ...report,
    results:
      'Đoàn kiểm tra liên ngành đã kiểm tra đúng kế hoạch; phát hiện và kiến nghị xử lý kịp thời các trường hợp sử dụng trẻ em làm việc trái quy định tại làng nghề mộc mỹ nghệ Nà Pàn.',
    advantages: 'Ủy ban nhân dân xã phối hợp chặt chẽ, cử công chức văn hóa - xã hội tham gia Đoàn kiểm tra tại địa bàn.',
    difficulties: 'Các hộ sản xuất trong làng nghề không lập sổ theo dõi lao động; người lao động chưa thành niên làm việc theo thời vụ, khó xác định thời gian làm việc thực tế.',
    causes: 'Nhận thức về quy định của pháp luật về lao động chưa thành niên của một bộ phận chủ hộ còn hạn chế; hoàn cảnh kinh tế gia đình khó khăn.',
    solutions: 'Tiếp tục tuyên truyền, hướng dẫn các hộ sản xuất trong làng nghề; tái kiểm tra việc thực hiện cam kết của các cơ sở có vi phạm trong quý I năm 2027.',
    recommendations: 'Đề nghị Bộ Nội vụ sớm ban hành tài liệu hướng dẫn nhận diện công việc nặng nhọc, độc hại trong các làng nghề chế biến gỗ.',
  });
  return { planId: plan.id, inspectionId: inspection.id, communeName: area.communeName, provinceCode: area.provinceCode };
}

export type PaperName = DocumentKind | 'report_docx' | 'report_xlsx';

/** Every paper of the case, generated through the services as the app does. */
export async function generatePapers(app: TestApp, c: PaperCase): Promise<Record<PaperName, { fileName: string; bytes: Buffer }>> {
  const out = {} as Record<PaperName, { fileName: string; bytes: Buffer }>;
  const documents: [DocumentKind, string][] = [
    ['plan', c.planId],
    ['team_decision', c.planId],
    ['inspection_minutes', c.inspectionId],
    ['commitment', c.inspectionId],
    ['violation_record', c.inspectionId],
  ];
  for (const [kind, sourceId] of documents) {
    const { fileName } = await app.run('documents.generate', { kind, sourceId, childNames: 'initials' });
    out[kind] = { fileName, bytes: app.readStored(fileName) };
  }
  const agencies = await app.run('agencies.list', {});
  const leadAgencyId = agencies.find((a) => a.shortName === 'SNV')!.id;
  for (const format of ['docx', 'xlsx'] as ExportFormat[]) {
    const started = await app.run('reports.export', { format, period: REPORT_PERIOD, area: { provinceCode: c.provinceCode }, filters: { leadAgencyId } });
    const job = await waitForJob(started.jobId);
    if (job.state !== 'done') throw new Error(`report ${format}: ${job.state} ${job.error ?? ''}`);
    out[`report_${format}` as PaperName] = { fileName: job.fileName!, bytes: app.readStored(job.fileName!) };
  }
  return out;
}
