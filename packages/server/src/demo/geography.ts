/**
 * The fictional Región de Valdemar: 25 municipalities, from the capital to mountain villages.
 * `schools` is each municipality's share of the region's schools (scaled to the build); rural
 * municipalities are where grouped rural schools (CRA) and the rural micro-centre live.
 */
export const COUNTRY = 'ES';
export const REGION = 'Región de Valdemar';
export const CAPITAL = 'Valdemar';

/** The first two digits of the region's school codes (a fictional province: Spain's end at 52). */
export const PROVINCE_CODE = '53';

export interface Municipality {
  name: string;
  schools: number;
  rural: boolean;
  /** The comarca, used by networks that group nearby schools. */
  area: 'capital' | 'coast' | 'plain' | 'sierra_norte';
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { name: 'Valdemar', schools: 165, rural: false, area: 'capital' },
  { name: 'Puerto Alba', schools: 70, rural: false, area: 'coast' },
  { name: 'Villanueva del Cierzo', schools: 52, rural: false, area: 'plain' },
  { name: 'Torrealta', schools: 46, rural: false, area: 'plain' },
  { name: 'San Ciprián de Valdemar', schools: 40, rural: false, area: 'capital' },
  { name: 'Castilblanco del Río', schools: 36, rural: false, area: 'plain' },
  { name: 'Aldeanueva de la Vega', schools: 32, rural: false, area: 'plain' },
  { name: 'Fuentesalada', schools: 30, rural: false, area: 'coast' },
  { name: 'Monteluz', schools: 28, rural: false, area: 'coast' },
  { name: 'Santa Olalla del Campo', schools: 25, rural: false, area: 'plain' },
  { name: 'Robledo de la Sierra', schools: 22, rural: false, area: 'sierra_norte' },
  { name: 'Valdeolmos del Páramo', schools: 20, rural: false, area: 'plain' },
  { name: 'Peñarrubia', schools: 18, rural: true, area: 'sierra_norte' },
  { name: 'Cabezón de Valdemar', schools: 16, rural: false, area: 'capital' },
  { name: 'Navalosa', schools: 14, rural: true, area: 'sierra_norte' },
  { name: 'La Alberca del Monte', schools: 12, rural: true, area: 'sierra_norte' },
  { name: 'Villaseca de Arriba', schools: 11, rural: true, area: 'plain' },
  { name: 'Hontanar', schools: 10, rural: true, area: 'sierra_norte' },
  { name: 'Cerezal de la Sierra', schools: 10, rural: true, area: 'sierra_norte' },
  { name: 'Valdelosa', schools: 9, rural: true, area: 'plain' },
  { name: 'Paramillo', schools: 8, rural: true, area: 'plain' },
  { name: 'Cañaveral del Cierzo', schools: 8, rural: true, area: 'sierra_norte' },
  { name: 'Sotillo', schools: 7, rural: true, area: 'coast' },
  { name: 'Peralejo de las Cumbres', schools: 6, rural: true, area: 'sierra_norte' },
  { name: 'Arroyomolinos del Monte', schools: 5, rural: true, area: 'sierra_norte' },
];

export const municipalityNamed = (name: string): Municipality => {
  const found = MUNICIPALITIES.find((municipality) => municipality.name === name);
  if (!found) throw new Error(`Unknown demo municipality ${name}`);
  return found;
};
