/** Kinds of body that take part in a round; labels are what the Excel file and the UI show. */
export const UNIT_KINDS = [
  'province',
  'party',
  'department',
  'armed_force',
  'mass_org',
  'agency',
  'central',
  'district',
  'commune',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  province: { vi: 'UBND tỉnh, thành phố', en: 'Provincial people’s committee' },
  party: { vi: 'Cơ quan Đảng, dân cử', en: 'Party or elected body' },
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  armed_force: { vi: 'Lực lượng vũ trang', en: 'Armed force' },
  mass_org: { vi: 'Mặt trận, đoàn thể', en: 'Front or mass organisation' },
  agency: { vi: 'Đơn vị sự nghiệp', en: 'Public service unit' },
  central: { vi: 'Cơ quan Trung ương trên địa bàn', en: 'Central agency in the province' },
  district: { vi: 'Huyện, thị xã, thành phố', en: 'District' },
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune' },
  other: { vi: 'Khác', en: 'Other' },
};
