import type { Catalogue, ChecklistItem, ViolationType } from './schema';

export { parseCatalogue, compareCatalogueVersions } from './schema';
export type { CatalogueParseResult } from './schema';

/**
 * Built-in catalogue, transcribed from legal-reference.md (§1–§4). Vietnamese legal wording is
 * copied verbatim from that file; `verified: false` marks what the reference flags UNVERIFIED.
 * Fines are for an individual offender; organisations pay double (see shared/minors/fines.ts).
 */

const BLLD = 'Bộ luật Lao động 2019';
const TT09 = 'Thông tư 09/2020/TT-BLĐTBXH';
const ND12 = 'Nghị định 12/2022/NĐ-CP';
const ALL_MINORS: ChecklistItem['ageBands'] = ['under13', '13to15', '15to18'];
const UNDER_15: ChecklistItem['ageBands'] = ['under13', '13to15'];

const K1 = { fineMin: 1_000_000, fineMax: 2_000_000 };
const K2 = { fineMin: 20_000_000, fineMax: 25_000_000 };
const K3 = { fineMin: 50_000_000, fineMax: 75_000_000 };

const SUSPENSION_K3 = {
  text: 'Đình chỉ hoạt động từ 01 tháng đến 03 tháng đối với người sử dụng lao động có hành vi vi phạm quy định tại khoản 3 Điều này',
  verified: false,
};

const UNDER_15_HEAD = 'Sử dụng người chưa đủ 15 tuổi làm việc mà ';
const POINT_B_NOTE = 'Một vế của điểm b khoản 2 Điều 29 (phần đầu "Sử dụng người chưa đủ 15 tuổi làm việc mà" ghép với vế tương ứng).';
const SUCCESSOR_WORDING = 'Câu chữ theo bản Nghị định kế nhiệm chưa được xác minh (nguồn S24); cần đối chiếu nguyên văn Nghị định 12/2022/NĐ-CP.';
const POINT_3C =
  'Sử dụng người lao động từ đủ 15 tuổi đến chưa đủ 18 tuổi làm các công việc bị cấm hoặc làm việc tại nơi làm việc bị cấm quy định tại Điều 147 của Bộ luật Lao động nhưng chưa đến mức truy cứu trách nhiệm hình sự';

const violationTypes: ViolationType[] = [
  {
    code: 'LDCTN-01',
    title:
      'Không lập sổ theo dõi riêng hoặc có lập sổ theo dõi riêng nhưng không ghi đầy đủ nội dung theo quy định tại khoản 3 Điều 144 của Bộ luật Lao động khi sử dụng lao động chưa thành niên hoặc không xuất trình sổ theo dõi khi cơ quan nhà nước có thẩm quyền yêu cầu',
    summary: 'Không lập / ghi không đầy đủ / không xuất trình sổ theo dõi riêng LĐCTN',
    legalReference: `Khoản 1 Điều 29 ${ND12}`,
    legalBasis: `Khoản 3 Điều 144 ${BLLD}`,
    ...K1,
    verified: true,
    ageBands: ALL_MINORS,
  },
  {
    code: 'LDCTN-02',
    title: 'Sử dụng lao động chưa thành niên mà chưa có sự đồng ý của cha, mẹ hoặc người giám hộ của người chưa thành niên đó',
    summary: 'Sử dụng LĐCTN chưa có sự đồng ý của cha, mẹ, người giám hộ',
    legalReference: `Điểm a Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Khoản 3 Điều 144 ${BLLD}`,
    ...K2,
    verified: true,
    note: SUCCESSOR_WORDING,
    ageBands: ALL_MINORS,
  },
  {
    code: 'LDCTN-03a',
    title: `${UNDER_15_HEAD}giao kết hợp đồng lao động không bằng văn bản với người chưa đủ 15 tuổi và người đại diện theo pháp luật của người đó`,
    summary: 'Người <15: HĐLĐ không bằng văn bản với trẻ và người đại diện',
    legalReference: `Điểm b Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Điểm a Khoản 1 Điều 145 ${BLLD}`,
    ...K2,
    verified: true,
    note: `${POINT_B_NOTE} ${SUCCESSOR_WORDING}`,
    ageBands: UNDER_15,
  },
  {
    code: 'LDCTN-03b',
    title: `${UNDER_15_HEAD}bố trí thời giờ làm việc ảnh hưởng đến thời gian học tập của người chưa đủ 15 tuổi`,
    summary: 'Người <15: giờ làm ảnh hưởng thời gian học tập',
    legalReference: `Điểm b Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Điểm b Khoản 1 Điều 145 ${BLLD}`,
    ...K2,
    verified: true,
    note: `${POINT_B_NOTE} ${SUCCESSOR_WORDING}`,
    ageBands: UNDER_15,
  },
  {
    code: 'LDCTN-03c',
    title: `${UNDER_15_HEAD}không có giấy khám sức khỏe của cơ sở khám bệnh, chữa bệnh có thẩm quyền xác nhận sức khỏe của người chưa đủ 15 tuổi phù hợp với công việc`,
    summary: 'Người <15: không có giấy khám sức khỏe phù hợp công việc',
    legalReference: `Điểm b Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Điểm c Khoản 1 Điều 145 ${BLLD}`,
    ...K2,
    verified: true,
    note: POINT_B_NOTE,
    ageBands: UNDER_15,
  },
  {
    code: 'LDCTN-03d',
    title: `${UNDER_15_HEAD}không tổ chức kiểm tra sức khỏe định kỳ ít nhất 01 lần trong 06 tháng`,
    summary: 'Người <15: không khám sức khỏe định kỳ ít nhất 01 lần/06 tháng',
    legalReference: `Điểm b Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Điểm c Khoản 1 Điều 145 ${BLLD}`,
    ...K2,
    verified: true,
    note: POINT_B_NOTE,
    ageBands: UNDER_15,
  },
  {
    code: 'LDCTN-03e',
    title: `${UNDER_15_HEAD}không bảo đảm điều kiện làm việc, an toàn, vệ sinh lao động phù hợp với lứa tuổi`,
    summary: 'Người <15: không bảo đảm điều kiện làm việc, ATVSLĐ phù hợp lứa tuổi',
    legalReference: `Điểm b Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Điểm d Khoản 1 Điều 145 ${BLLD}`,
    ...K2,
    verified: true,
    note: POINT_B_NOTE,
    ageBands: UNDER_15,
  },
  {
    code: 'LDCTN-04',
    title: 'Sử dụng lao động chưa thành niên làm việc quá thời giờ làm việc quy định tại Điều 146 của Bộ luật Lao động',
    summary: 'LĐCTN làm việc quá thời giờ quy định',
    legalReference: `Điểm c Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Điều 146 ${BLLD}`,
    ...K2,
    verified: true,
    ageBands: ALL_MINORS,
  },
  {
    code: 'LDCTN-05',
    title: 'Sử dụng người chưa đủ 15 tuổi làm thêm giờ, làm việc vào ban đêm',
    summary: 'Người <15 làm thêm giờ, làm việc ban đêm',
    legalReference: `Điểm d Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Khoản 1 Điều 146 ${BLLD}`,
    ...K2,
    verified: true,
    ageBands: UNDER_15,
  },
  {
    code: 'LDCTN-06',
    title:
      'Sử dụng người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm thêm giờ hoặc làm việc vào ban đêm trong những nghề, công việc không được pháp luật cho phép',
    summary: 'Người 15–<18 làm thêm giờ/ban đêm trong nghề không được phép',
    legalReference: `Điểm đ Khoản 2 Điều 29 ${ND12}`,
    legalBasis: `Khoản 2 Điều 146 ${BLLD}; Phụ lục V ${TT09}`,
    ...K2,
    verified: true,
    note: 'Danh mục Phụ lục V mới đọc được một phần; cần đối chiếu văn bản gốc trước khi kết luận một nghề không được phép.',
    ageBands: ['15to18'],
  },
  {
    code: 'LDCTN-07',
    title:
      'Sử dụng người từ đủ 13 tuổi đến chưa đủ 15 tuổi làm công việc ngoài danh mục được pháp luật cho phép theo quy định tại khoản 3 Điều 143 của Bộ luật Lao động',
    summary: 'Người 13–<15 làm công việc ngoài danh mục công việc nhẹ',
    legalReference: `Điểm a Khoản 3 Điều 29 ${ND12}`,
    legalBasis: `Khoản 3 Điều 143 ${BLLD}; Phụ lục II ${TT09}`,
    ...K3,
    verified: true,
    note:
      'Người 13–<15 làm công việc hoặc tại nơi làm việc thuộc Điều 147 BLLĐ: áp dụng điểm a khoản 3 (không phải điểm c) — suy luận từ câu chữ, cần xác nhận với thanh tra. ' +
      SUCCESSOR_WORDING,
    additionalPenalty: SUSPENSION_K3,
    ageBands: ['13to15'],
  },
  {
    code: 'LDCTN-08a',
    title:
      'Sử dụng người chưa đủ 13 tuổi làm công việc ngoài danh mục được pháp luật cho phép theo quy định tại khoản 3 Điều 145 của Bộ luật Lao động',
    summary: 'Người <13 làm công việc ngoài danh mục (không phải nghệ thuật, TDTT)',
    legalReference: `Điểm b Khoản 3 Điều 29 ${ND12}`,
    legalBasis: `Khoản 3 Điều 145 ${BLLD}`,
    ...K3,
    verified: true,
    note: `Vế thứ nhất của điểm b khoản 3 Điều 29. ${SUCCESSOR_WORDING}`,
    additionalPenalty: SUSPENSION_K3,
    ageBands: ['under13'],
  },
  {
    code: 'LDCTN-08b',
    title:
      'Sử dụng người chưa đủ 13 tuổi làm công việc được pháp luật cho phép mà chưa được sự đồng ý của cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh',
    summary: 'Người <13 làm công việc được phép nhưng chưa có đồng ý của cơ quan lao động cấp tỉnh',
    legalReference: `Điểm b Khoản 3 Điều 29 ${ND12}`,
    legalBasis: `Khoản 3 Điều 145 ${BLLD}; Điều 5 ${TT09}`,
    ...K3,
    verified: true,
    note: `Vế thứ hai của điểm b khoản 3 Điều 29. ${SUCCESSOR_WORDING}`,
    additionalPenalty: SUSPENSION_K3,
    ageBands: ['under13'],
  },
  {
    code: 'LDCTN-09a',
    title: POINT_3C,
    summary: 'Người 15–<18 làm công việc bị cấm',
    legalReference: `Điểm c Khoản 3 Điều 29 ${ND12}`,
    legalBasis: `Khoản 1 Điều 147 ${BLLD}; Phụ lục III ${TT09}`,
    ...K3,
    verified: true,
    note: `Điểm c khoản 3 gồm cả công việc bị cấm (mã này) và nơi làm việc bị cấm (LDCTN-09b). ${SUCCESSOR_WORDING}`,
    additionalPenalty: SUSPENSION_K3,
    ageBands: ['15to18'],
  },
  {
    code: 'LDCTN-09b',
    title: POINT_3C,
    summary: 'Người 15–<18 làm việc tại nơi làm việc bị cấm (karaoke, bar, công trường…)',
    legalReference: `Điểm c Khoản 3 Điều 29 ${ND12}`,
    legalBasis: `Khoản 2 Điều 147 ${BLLD}; Phụ lục IV ${TT09}`,
    ...K3,
    verified: true,
    note: `Điểm c khoản 3 gồm cả công việc bị cấm (LDCTN-09a) và nơi làm việc bị cấm (mã này). ${SUCCESSOR_WORDING}`,
    additionalPenalty: SUSPENSION_K3,
    ageBands: ['15to18'],
  },
  {
    code: 'HDLD-15-18',
    title: 'Giao kết HĐLĐ với người 15 – < 18 không có đồng ý bằng văn bản của người đại diện theo pháp luật',
    summary: 'Giao kết HĐLĐ với NLĐ 15–<18 không có đồng ý bằng văn bản của người đại diện',
    legalReference: `Điểm c Khoản 2 Điều 9 ${ND12}`,
    legalBasis: `Điểm b Khoản 4 Điều 18 ${BLLD}`,
    ...K2,
    verified: false,
    note: 'Số hiệu điều, khoản, điểm trong Nghị định 12/2022/NĐ-CP và nguyên văn hành vi chưa được xác minh; tiêu đề là bản tóm tắt, cần thay bằng nguyên văn.',
    ageBands: ['15to18'],
  },
];

const checklistItems: ChecklistItem[] = [
  {
    code: 'CK-01',
    title: 'Khi sử dụng lao động chưa thành niên, người sử dụng lao động phải có sự đồng ý của cha, mẹ hoặc người giám hộ',
    legalReference: `Khoản 3 Điều 144 ${BLLD}`,
    ageBands: ALL_MINORS,
    verified: true,
    violationCodes: ['LDCTN-02'],
  },
  {
    code: 'CK-02',
    title:
      'Lập sổ theo dõi riêng, ghi đầy đủ họ tên, ngày tháng năm sinh, công việc đang làm, kết quả những lần kiểm tra sức khỏe định kỳ và xuất trình khi cơ quan nhà nước có thẩm quyền yêu cầu',
    legalReference: `Khoản 3 Điều 144 ${BLLD}`,
    ageBands: ALL_MINORS,
    verified: true,
    violationCodes: ['LDCTN-01'],
  },
  {
    code: 'CK-03',
    title: 'Giao kết hợp đồng lao động bằng văn bản với người chưa đủ 15 tuổi và người đại diện theo pháp luật của người đó',
    legalReference: `Điểm a Khoản 1 Điều 145 ${BLLD}; Điều 4 ${TT09}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-03a'],
  },
  {
    code: 'CK-04',
    title:
      'Người giao kết hợp đồng phía người sử dụng lao động có phiếu lý lịch tư pháp cấp không quá 06 tháng và "Bản cam kết chưa từng bị truy cứu trách nhiệm hình sự, xử phạt vi phạm hành chính về hành vi xâm hại trẻ em" (Mẫu số 02, Phụ lục I)',
    legalReference: `Điều 4 ${TT09}`,
    ageBands: UNDER_15,
    verified: true,
  },
  {
    code: 'CK-05',
    title:
      'Hợp đồng lao động với người chưa đủ 15 tuổi ghi đủ thông tin người đại diện theo pháp luật (họ tên, ngày sinh, giới tính, nơi cư trú, điện thoại, số CCCD/CMND/hộ chiếu), chỗ ở nếu làm việc xa gia đình và cách bảo đảm điều kiện học tập',
    legalReference: `Điều 4 ${TT09}; Điểm c Khoản 2 Điều 3 Thông tư 10/2020/TT-BLĐTBXH`,
    ageBands: UNDER_15,
    verified: true,
  },
  {
    code: 'CK-06',
    title: 'Giao kết hợp đồng lao động với người từ đủ 15 tuổi đến chưa đủ 18 tuổi có sự đồng ý bằng văn bản của người đại diện theo pháp luật',
    legalReference: `Điểm b Khoản 4 Điều 18 ${BLLD}`,
    ageBands: ['15to18'],
    verified: true,
    violationCodes: ['HDLD-15-18'],
  },
  {
    code: 'CK-07',
    title: 'Có giấy khám sức khỏe của cơ sở khám bệnh, chữa bệnh có thẩm quyền xác nhận sức khỏe của người chưa đủ 15 tuổi phù hợp với công việc',
    legalReference: `Điểm c Khoản 1 Điều 145 ${BLLD}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-03c'],
  },
  {
    code: 'CK-08',
    title: 'Tổ chức kiểm tra sức khỏe định kỳ ít nhất 01 lần trong 06 tháng cho người chưa đủ 15 tuổi',
    legalReference: `Điểm c Khoản 1 Điều 145 ${BLLD}; Điều 3 ${TT09}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-03d'],
  },
  {
    code: 'CK-09',
    title: 'Bảo đảm điều kiện làm việc, an toàn, vệ sinh lao động phù hợp với lứa tuổi của người chưa đủ 15 tuổi',
    legalReference: `Điểm d Khoản 1 Điều 145 ${BLLD}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-03e'],
  },
  {
    code: 'CK-10',
    title: 'Bố trí thời giờ làm việc không ảnh hưởng đến thời gian học tập của người chưa đủ 15 tuổi',
    legalReference: `Điểm b Khoản 1 Điều 145 ${BLLD}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-03b'],
  },
  {
    code: 'CK-11',
    title: 'Người chưa đủ 15 tuổi làm việc không quá 04 giờ trong 01 ngày và không quá 20 giờ trong 01 tuần',
    legalReference: `Khoản 1 Điều 146 ${BLLD}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-04'],
  },
  {
    code: 'CK-12',
    title: 'Người chưa đủ 15 tuổi không được làm thêm giờ, làm việc vào ban đêm (từ 22 giờ đến 06 giờ sáng ngày hôm sau)',
    legalReference: `Khoản 1 Điều 146, Điều 106 ${BLLD}`,
    ageBands: UNDER_15,
    verified: true,
    violationCodes: ['LDCTN-05'],
  },
  {
    code: 'CK-13',
    title: 'Bố trí thời gian nghỉ cho người chưa đủ 15 tuổi theo khoản 2 Điều 109 Bộ luật Lao động',
    legalReference: `Điều 3 ${TT09}; Khoản 2 Điều 109 ${BLLD}`,
    ageBands: UNDER_15,
    verified: true,
    note: 'Nội dung khoản 2 Điều 109 không có trong tài liệu tham chiếu; đối chiếu văn bản gốc.',
  },
  {
    code: 'CK-14',
    title: 'Người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm việc không quá 08 giờ trong 01 ngày và không quá 40 giờ trong 01 tuần',
    legalReference: `Khoản 2 Điều 146 ${BLLD}`,
    ageBands: ['15to18'],
    verified: true,
    violationCodes: ['LDCTN-04'],
  },
  {
    code: 'CK-15',
    title: `Người từ đủ 15 tuổi đến chưa đủ 18 tuổi chỉ làm thêm giờ, làm việc vào ban đêm trong nghề, công việc thuộc Phụ lục V ${TT09}`,
    legalReference: `Khoản 2 Điều 146 ${BLLD}; Điều 10 ${TT09}`,
    ageBands: ['15to18'],
    verified: true,
    note: 'Danh mục Phụ lục V mới đọc được một phần; đối chiếu văn bản gốc.',
    violationCodes: ['LDCTN-06'],
  },
  {
    code: 'CK-16',
    title: `Người từ đủ 13 tuổi đến chưa đủ 15 tuổi chỉ làm công việc nhẹ theo danh mục tại Phụ lục II ${TT09}`,
    legalReference: `Khoản 3 Điều 143, Khoản 2 Điều 145 ${BLLD}; Điều 8 ${TT09}`,
    ageBands: ['13to15'],
    verified: true,
    note: 'Phụ lục II có 12 mục; mục thứ 12 chưa được xác minh.',
    violationCodes: ['LDCTN-07'],
  },
  {
    code: 'CK-17',
    title: `Người từ đủ 13 tuổi đến chưa đủ 15 tuổi không làm việc tại nơi làm việc quy định tại các điểm a, b, c, d khoản 2 Điều 147 Bộ luật Lao động hoặc Phụ lục IV ${TT09}`,
    legalReference: `Điều 3 ${TT09}`,
    ageBands: ['13to15'],
    verified: true,
    note: 'Danh mục Phụ lục IV chưa được xác minh.',
    violationCodes: ['LDCTN-07'],
  },
  {
    code: 'CK-18',
    title: 'Người chưa đủ 13 tuổi chỉ làm công việc nghệ thuật, thể dục, thể thao không làm tổn hại đến sự phát triển thể lực, trí lực, nhân cách',
    legalReference: `Khoản 3 Điều 145 ${BLLD}`,
    ageBands: ['under13'],
    verified: true,
    violationCodes: ['LDCTN-08a'],
  },
  {
    code: 'CK-19',
    title:
      'Có sự đồng ý bằng văn bản của cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh trước khi sử dụng người chưa đủ 13 tuổi (hợp đồng chỉ có hiệu lực sau khi có văn bản đồng ý)',
    legalReference: `Khoản 3 Điều 145 ${BLLD}; Điều 4, 5, 6, 7 ${TT09}`,
    ageBands: ['under13'],
    verified: true,
    note: 'Thông tư 09/2020 ghi Sở Lao động - Thương binh và Xã hội; cơ quan có thẩm quyền sau sắp xếp năm 2025 chưa được xác minh.',
    violationCodes: ['LDCTN-08b'],
  },
  {
    code: 'CK-20',
    title:
      'Không sử dụng người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm các công việc tại điểm a đến điểm g khoản 1 Điều 147 (mang, vác, nâng vật nặng quá thể trạng; cồn, rượu, bia, thuốc lá, chất gây nghiện; hóa chất, khí gas, chất nổ; bảo trì, bảo dưỡng thiết bị, máy móc; phá dỡ công trình xây dựng; nấu, thổi, đúc, cán, dập, hàn kim loại; lặn biển, đánh bắt thủy, hải sản xa bờ)',
    legalReference: `Khoản 1 Điều 147 ${BLLD}`,
    ageBands: ['15to18'],
    verified: true,
    violationCodes: ['LDCTN-09a'],
  },
  {
    code: 'CK-21',
    title: `Không sử dụng người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm công việc thuộc Phụ lục III ${TT09}`,
    legalReference: `Điểm h Khoản 1 Điều 147 ${BLLD}; Điều 9 ${TT09}`,
    ageBands: ['15to18'],
    verified: false,
    note: 'Nội dung và số mục của Phụ lục III chưa được xác minh; đối chiếu văn bản gốc.',
    violationCodes: ['LDCTN-09a'],
  },
  {
    code: 'CK-22',
    title:
      'Không sử dụng người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm việc tại nơi làm việc tại điểm a đến điểm d khoản 2 Điều 147 (dưới nước, dưới lòng đất, hang động, đường hầm; công trường xây dựng; cơ sở giết mổ gia súc; sòng bạc, quán bar, vũ trường, phòng hát karaoke, khách sạn, nhà nghỉ, cơ sở tắm hơi, cơ sở xoa bóp; điểm kinh doanh xổ số, dịch vụ trò chơi điện tử)',
    legalReference: `Khoản 2 Điều 147 ${BLLD}`,
    ageBands: ['15to18'],
    verified: true,
    violationCodes: ['LDCTN-09b'],
  },
  {
    code: 'CK-23',
    title: `Không sử dụng người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm việc tại nơi làm việc thuộc Phụ lục IV ${TT09}`,
    legalReference: `Điểm đ Khoản 2 Điều 147 ${BLLD}; Điều 9 ${TT09}`,
    ageBands: ['15to18'],
    verified: false,
    note: 'Nội dung và số mục của Phụ lục IV chưa được xác minh; đối chiếu văn bản gốc.',
    violationCodes: ['LDCTN-09b'],
  },
  {
    code: 'CK-24',
    title: 'Bố trí công việc phù hợp với sức khỏe; quan tâm chăm sóc lao động chưa thành niên về các mặt lao động, sức khỏe, học tập',
    legalReference: `Khoản 1, 2 Điều 144 ${BLLD}`,
    ageBands: ALL_MINORS,
    verified: true,
  },
  {
    code: 'CK-25',
    title: 'Tạo cơ hội cho lao động chưa thành niên được học văn hóa, giáo dục nghề nghiệp, đào tạo, bồi dưỡng kỹ năng nghề',
    legalReference: `Khoản 4 Điều 144 ${BLLD}`,
    ageBands: ALL_MINORS,
    verified: true,
  },
  {
    code: 'CK-26',
    title: 'Lao động chưa thành niên được nghỉ hằng năm 14 ngày làm việc',
    legalReference: `Điểm b Khoản 1 Điều 113 ${BLLD}`,
    ageBands: ALL_MINORS,
    verified: true,
  },
  {
    code: 'CK-27',
    title:
      'Người học nghề, người tập nghề phải đủ 14 tuổi trở lên; nghề, công việc nặng nhọc, độc hại, nguy hiểm phải đủ 18 tuổi trở lên (trừ lĩnh vực nghệ thuật, thể dục, thể thao)',
    legalReference: `Khoản 4 Điều 61 ${BLLD}`,
    ageBands: ALL_MINORS,
    verified: true,
  },
  {
    code: 'CK-28',
    title: 'Khi xử lý kỷ luật lao động người chưa đủ 15 tuổi phải có sự tham gia của người đại diện theo pháp luật',
    legalReference: `Điểm c Khoản 1 Điều 122 ${BLLD}; Điều 70 Nghị định 145/2020/NĐ-CP`,
    ageBands: UNDER_15,
    verified: true,
  },
  {
    code: 'CK-29',
    title: 'Lập sổ quản lý lao động (bản giấy hoặc bản điện tử) trong 30 ngày kể từ ngày bắt đầu hoạt động và xuất trình khi có yêu cầu',
    legalReference: 'Điều 3 Nghị định 145/2020/NĐ-CP',
    ageBands: ALL_MINORS,
    verified: true,
  },
];

export const DEFAULT_CATALOGUE: Catalogue = {
  version: '2022.1',
  effectiveDate: '2022-01-17',
  title: 'Danh mục nội dung kiểm tra và hành vi vi phạm về lao động chưa thành niên',
  sources: [
    'Bộ luật Lao động số 45/2019/QH14',
    'Thông tư 09/2020/TT-BLĐTBXH',
    'Thông tư 10/2020/TT-BLĐTBXH',
    'Nghị định 145/2020/NĐ-CP',
    'Nghị định 12/2022/NĐ-CP',
    'Luật Trẻ em số 102/2016/QH13',
  ],
  notes: [
    'Ngày 17/01/2022 là ngày ban hành Nghị định 12/2022/NĐ-CP; ngày có hiệu lực chưa được xác minh.',
    'Mức phạt ghi trong danh mục áp dụng đối với cá nhân; tổ chức bị phạt gấp 02 lần (khoản 1 Điều 6 Nghị định 12/2022/NĐ-CP).',
    'Hộ kinh doanh, hộ gia đình bị xử phạt như cá nhân — quy định tương ứng trong Nghị định 12/2022/NĐ-CP chưa được xác minh.',
    'Xác định hành vi theo tuổi của người lao động vào ngày xảy ra vi phạm.',
    'Chưa tìm thấy biện pháp khắc phục hậu quả cho Điều 29 Nghị định 12/2022/NĐ-CP (cần xác minh).',
    'Nghị định 12/2022/NĐ-CP có thể đã được thay thế (văn bản "Nghị định 283/2026/NĐ-CP" chưa được xác minh); khi có văn bản mới, nhập danh mục phiên bản mới.',
  ],
  checklistItems,
  violationTypes,
};
