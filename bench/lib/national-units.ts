import type { UnitKind } from '@tongket/domain';
import type { Db } from '../../apps/server/src/db/database.ts';
import type { UnitsTable } from '../../apps/server/src/db/schema.ts';
import { bumpUnitsVersion } from '../../apps/server/src/kernel/unit-queries.ts';
import { newId, nowIso } from '../../apps/server/src/lib/ids.ts';

/**
 * A national organisation tree the size the system must carry: the 34 provinces and centrally
 * run cities of 2025, each with its departments, districts and communes (~7,000 units).
 * Names are generated but shaped like the real ones, so search sees realistic text.
 */

type Province = { name: string; city: boolean };

const PROVINCES: Province[] = [
  { name: 'Hà Nội', city: true },
  { name: 'Huế', city: true },
  { name: 'Hải Phòng', city: true },
  { name: 'Đà Nẵng', city: true },
  { name: 'Hồ Chí Minh', city: true },
  { name: 'Cần Thơ', city: true },
  { name: 'Lai Châu', city: false },
  { name: 'Điện Biên', city: false },
  { name: 'Sơn La', city: false },
  { name: 'Lạng Sơn', city: false },
  { name: 'Quảng Ninh', city: false },
  { name: 'Thanh Hóa', city: false },
  { name: 'Nghệ An', city: false },
  { name: 'Hà Tĩnh', city: false },
  { name: 'Cao Bằng', city: false },
  { name: 'Tuyên Quang', city: false },
  { name: 'Lào Cai', city: false },
  { name: 'Thái Nguyên', city: false },
  { name: 'Phú Thọ', city: false },
  { name: 'Bắc Ninh', city: false },
  { name: 'Hưng Yên', city: false },
  { name: 'Ninh Bình', city: false },
  { name: 'Quảng Trị', city: false },
  { name: 'Quảng Ngãi', city: false },
  { name: 'Gia Lai', city: false },
  { name: 'Khánh Hòa', city: false },
  { name: 'Lâm Đồng', city: false },
  { name: 'Đắk Lắk', city: false },
  { name: 'Đồng Nai', city: false },
  { name: 'Tây Ninh', city: false },
  { name: 'Vĩnh Long', city: false },
  { name: 'Đồng Tháp', city: false },
  { name: 'Cà Mau', city: false },
  { name: 'An Giang', city: false },
];

/** [code suffix, name before the province, kind]; "{level}" becomes "tỉnh" or "thành phố". */
const DEPARTMENTS: Array<[string, string, UnitKind]> = [
  ['VP', 'Văn phòng UBND {level}', 'agency'],
  ['SYT', 'Sở Y tế', 'department'],
  ['SNV', 'Sở Nội vụ', 'department'],
  ['STC', 'Sở Tài chính', 'department'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'department'],
  ['SCT', 'Sở Công Thương', 'department'],
  ['SXD', 'Sở Xây dựng', 'department'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', 'department'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'department'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'department'],
  ['STP', 'Sở Tư pháp', 'department'],
  ['TTR', 'Thanh tra {level}', 'agency'],
  ['CA', 'Công an {level}', 'armed_force'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự {level}', 'armed_force'],
  ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam {level}', 'mass_org'],
  ['TDOAN', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh {level}', 'mass_org'],
  ['HLHPN', 'Hội Liên hiệp Phụ nữ {level}', 'mass_org'],
  ['LDLD', 'Liên đoàn Lao động {level}', 'mass_org'],
  ['HND', 'Hội Nông dân {level}', 'mass_org'],
  ['BHXH', 'Bảo hiểm xã hội {level}', 'central'],
];

const DISTRICT_NAMES = [
  'Tân Phú',
  'Hòa Bình',
  'Phú Lộc',
  'An Nhơn',
  'Hưng Hà',
  'Đông Anh',
  'Gia Lâm',
  'Thạch Thất',
  'Châu Thành',
  'Bình Sơn',
  'Triệu Phong',
  'Hải Lăng',
  'Cam Lộ',
  'Vĩnh Linh',
  'Đức Trọng',
  'Krông Pắc',
  'Mộc Châu',
  'Yên Thế',
  'Lục Ngạn',
  'Quỳnh Lưu',
  'Diễn Châu',
  'Thọ Xuân',
  'Nga Sơn',
  'Kỳ Anh',
  'Cẩm Xuyên',
  'Long Thành',
  'Trảng Bom',
  'Cái Nước',
  'Tam Nông',
  'Chợ Mới',
  'Trà Ôn',
  'Bảo Lâm',
  'Ea Súp',
  'Đắk Mil',
  'Sơn Tịnh',
  'Mộ Đức',
  'Tiên Du',
  'Văn Lâm',
  'Hoa Lư',
  'Kim Sơn',
];

const COMMUNE_NAMES = [
  'Tân Lập',
  'Hòa Bình',
  'Thạnh Phú',
  'Phú Mỹ',
  'Quang Trung',
  'Tân Thành',
  'Bình Minh',
  'An Phú',
  'Hưng Long',
  'Đông Hòa',
  'Tân Hiệp',
  'Phước Long',
  'Vĩnh Thạnh',
  'Long Hưng',
  'Trung Sơn',
  'Nghĩa Đồng',
  'Cẩm Thủy',
  'Yên Hòa',
  'Xuân Lộc',
  'Đại Đồng',
  'Hải Thượng',
  'Tân Thủy',
  'Mỹ Hòa',
  'Gio Mỹ',
  'Phong Điền',
  'Thái Hòa',
  'Ea Kao',
  'Đắk Ơ',
  'Lương Sơn',
  'Hòa Khánh',
];

const DISTRICTS_PER_PROVINCE = 8;
const COMMUNES_PER_DISTRICT = 22;
/** Urban districts (the first two of each province) have this many numbered wards. */
const WARDS_PER_URBAN_DISTRICT = 14;

type UnitInsert = UnitsTable;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Parents always come before their children, so one pass of inserts satisfies the foreign key. */
export function generateNationalUnits(): UnitInsert[] {
  const now = nowIso();
  const rows: UnitInsert[] = [];
  const unit = (
    code: string,
    name: string,
    kind: UnitKind,
    parentId: string | null,
    order: number,
    shortName: string | null = null,
  ): string => {
    const id = newId();
    rows.push({
      id,
      code,
      name,
      short_name: shortName,
      kind,
      parent_id: parentId,
      email: null,
      agency_code: null,
      active: 1,
      sort_order: order,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    return id;
  };

  PROVINCES.forEach((province, p) => {
    const level = province.city ? 'thành phố' : 'tỉnh';
    const provinceCode = `P${pad(p + 1)}`;
    // Demo provinces use sort orders 1 and 2; the national tree follows them.
    const provinceId = unit(
      provinceCode,
      `UBND ${level} ${province.name}`,
      'province',
      null,
      10 + p,
      `UBND ${level}`,
    );
    DEPARTMENTS.forEach(([suffix, title, kind], d) => {
      const shortName = title.replace('{level}', level);
      unit(`${provinceCode}-${suffix}`, `${shortName} ${province.name}`, kind, provinceId, d + 1, shortName);
    });
    for (let d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
      const place = DISTRICT_NAMES[(p * DISTRICTS_PER_PROVINCE + d) % DISTRICT_NAMES.length] as string;
      const urban = d < 2;
      const districtLevel = d === 0 ? 'thành phố' : d === 1 ? 'thị xã' : 'huyện';
      const districtCode = `${provinceCode}-D${pad(d + 1)}`;
      const districtId = unit(
        districtCode,
        `UBND ${districtLevel} ${place}`,
        'district',
        provinceId,
        100 + d,
        `UBND ${districtLevel}`,
      );
      for (let c = 0; c < COMMUNES_PER_DISTRICT; c++) {
        const communeCode = `${districtCode}-C${pad(c + 1)}`;
        let name: string;
        if (urban && c < WARDS_PER_URBAN_DISTRICT) name = `UBND phường ${c + 1}`;
        else if (!urban && c === 0) name = `UBND thị trấn ${place}`;
        else {
          const commune = COMMUNE_NAMES[(p * 7 + d * 3 + c) % COMMUNE_NAMES.length] as string;
          name = `UBND xã ${commune}`;
        }
        unit(communeCode, name, 'commune', districtId, c + 1);
      }
    }
  });
  return rows;
}

const INSERT_CHUNK = 500;

/** Inserts the national tree in one transaction, 500 rows per statement, then bumps the tree version. */
export async function insertNationalUnits(db: Db): Promise<number> {
  const rows = generateNationalUnits();
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('units')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .execute();
    }
    await bumpUnitsVersion(trx);
  });
  return rows.length;
}

/** The demo's system administrator, who reads the whole national tree; its password is the demo's. */
export const NATIONAL_READER = 'hethong';
