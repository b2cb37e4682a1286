import { foldVietnamese } from '@tongket/domain';

/**
 * The outline's evaluation sections — assessments, lessons, proposals — read as the standing
 * agency's own judgement: told apart from the results sections by their titles (or their parent's:
 * "II. ĐÁNH GIÁ" → "1. Thuận lợi"), and proposals grouped by who they are addressed to.
 */
export type SectionKind = 'results' | 'assessment' | 'lessons' | 'proposals';

const PROPOSALS = /\b(kien nghi|de xuat|de nghi)\b/;
const LESSONS = /\bbai hoc\b/;
const ASSESSMENT =
  /\b(danh gia|nhan xet|thuan loi|kho khan|ton tai|han che|nguyen nhan|uu diem|khuyet diem|ket qua dat duoc|mat duoc)\b/;

/** The kind of a section by its title, then its parents' titles (nearest first). */
export function sectionKind(title: string, parentTitles: string[] = []): SectionKind {
  const own = foldVietnamese(title);
  // "kiên nghị" (a typo in the Quảng Trị outline) folds to "kien nghi" as well.
  if (PROPOSALS.test(own)) return 'proposals';
  if (LESSONS.test(own)) return 'lessons';
  if (ASSESSMENT.test(own)) return 'assessment';
  for (const parent of parentTitles) {
    const folded = foldVietnamese(parent);
    if (LESSONS.test(folded)) return 'lessons';
    if (ASSESSMENT.test(folded)) return 'assessment';
    if (PROPOSALS.test(folded)) return 'proposals';
  }
  return 'results';
}

export type Addressee = 'central' | 'province' | 'departments' | 'local' | 'other';

export const ADDRESSEE_ORDER: Addressee[] = ['central', 'province', 'departments', 'local', 'other'];

export const ADDRESSEE_HEADINGS: Record<Addressee, string> = {
  central: 'Đối với Chính phủ, Ban Chỉ đạo quốc gia, Bộ Y tế và các bộ, ngành Trung ương:',
  province: 'Đối với Tỉnh ủy, UBND tỉnh, Ban Chỉ đạo tỉnh:',
  departments: 'Đối với các sở, ban, ngành:',
  local: 'Đối với UBND các huyện, thị xã, thành phố và cấp xã:',
  other: 'Các kiến nghị, đề xuất khác:',
};

const ASKING = /\b(kinh de nghi|de nghi|kien nghi|de xuat|mong muon|xin)\b/;
const CENTRAL =
  /^(?:cac )?(?:chinh phu|thu tuong|quoc hoi|trung uong|ban chi dao quoc gia|bo y te|bo tai chinh|bo |cac bo|nha nuoc)/;
const PROVINCE =
  /^(?:tinh uy|ubnd tinh|uy ban nhan dan tinh|hdnd tinh|hoi dong nhan dan tinh|ban chi dao tinh|tinh\b|lanh dao tinh|cap tinh)/;
const DEPARTMENTS = /^(?:cac )?(?:so |so,|nganh|ban nganh|co quan chuyen mon)/;
const LOCAL =
  /^(?:cac )?(?:ubnd (?:cac )?(?:huyen|thi xa|thanh pho|xa|phuong)|uy ban nhan dan (?:cac )?(?:huyen|xa)|huyen|thi xa|dia phuong|cap huyen|cap xa|xa|phuong)/;

/** Who a proposal asks: the words right after "Đề nghị", "Kiến nghị", "Đề xuất". */
export function addresseeOf(sentence: string): Addressee {
  const folded = foldVietnamese(sentence);
  const m = ASKING.exec(folded);
  const after = (m ? folded.slice((m.index ?? 0) + m[0].length) : folded).trim();
  if (CENTRAL.test(after)) return 'central';
  if (PROVINCE.test(after)) return 'province';
  if (DEPARTMENTS.test(after)) return 'departments';
  if (LOCAL.test(after)) return 'local';
  return 'other';
}

/**
 * A unit speaking of itself at the head of a sentence ("Đơn vị đã…", "Chúng tôi đề nghị…"): in the
 * agency's voice that subject goes, the sentence starting with what was done or asked.
 */
const SELF_SUBJECT =
  /^(?:đơn vị|chúng tôi|cơ quan|địa phương|ngành)\s+(?=(?:đã|đang|sẽ|còn|luôn|rút ra|nhận thấy|gặp|kính|đề nghị|kiến nghị|đề xuất|mong)\s)/iu;

export function withoutSelfSubject(text: string): string {
  const stripped = text.replace(SELF_SUBJECT, '');
  return stripped === text ? text : stripped.charAt(0).toLocaleUpperCase('vi') + stripped.slice(1);
}
