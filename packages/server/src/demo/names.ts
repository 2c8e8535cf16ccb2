/**
 * Spanish-style names for the fictional Región de Valdemar: people (a given name and two
 * surnames), schools (the prefix says the type, as in Spain: CEIP, IES, CRA…) and emails.
 * Lists run from most to least common; `zipf` turns that order into draw weights.
 */
import type { Random } from './random.js';

export const FEMALE_NAMES = [
  'María',
  'Lucía',
  'Carmen',
  'Laura',
  'Marta',
  'Ana',
  'Cristina',
  'Elena',
  'Isabel',
  'Sara',
  'Paula',
  'Raquel',
  'Beatriz',
  'Silvia',
  'Patricia',
  'Nuria',
  'Rosa',
  'Pilar',
  'Teresa',
  'Alicia',
  'Irene',
  'Sonia',
  'Eva',
  'Mónica',
  'Inmaculada',
  'Rocío',
  'Julia',
  'Noelia',
  'Lorena',
  'Verónica',
  'Montserrat',
  'Ainhoa',
  'Natalia',
  'Clara',
  'Andrea',
  'Marina',
  'Sofía',
  'Yolanda',
  'Mercedes',
  'Esther',
  'Begoña',
  'Amparo',
  'Susana',
  'Olga',
  'Gloria',
  'Alba',
  'Nerea',
  'Inés',
  'Blanca',
  'Aitana',
  'Judith',
  'Miren',
  'Xiana',
  'Fátima',
  'Ioana',
] as const;

export const MALE_NAMES = [
  'Antonio',
  'José',
  'Manuel',
  'Francisco',
  'David',
  'Juan',
  'Javier',
  'Daniel',
  'Carlos',
  'Jesús',
  'Alejandro',
  'Miguel',
  'Pedro',
  'Pablo',
  'Sergio',
  'Fernando',
  'Jorge',
  'Luis',
  'Alberto',
  'Álvaro',
  'Rafael',
  'Raúl',
  'Andrés',
  'Enrique',
  'Ramón',
  'Diego',
  'Iván',
  'Rubén',
  'Óscar',
  'Víctor',
  'Adrián',
  'Ignacio',
  'Jaime',
  'Gonzalo',
  'Marcos',
  'Hugo',
  'Mario',
  'Alfonso',
  'Guillermo',
  'Íñigo',
  'Xavier',
  'Jordi',
  'Iker',
  'Roberto',
  'Ricardo',
  'Emilio',
  'Julián',
  'Tomás',
  'Agustín',
  'Xabier',
  'Youssef',
] as const;

export const SURNAMES = [
  'García',
  'Rodríguez',
  'González',
  'Fernández',
  'López',
  'Martínez',
  'Sánchez',
  'Pérez',
  'Gómez',
  'Martín',
  'Jiménez',
  'Hernández',
  'Ruiz',
  'Díaz',
  'Moreno',
  'Muñoz',
  'Álvarez',
  'Romero',
  'Gutiérrez',
  'Alonso',
  'Navarro',
  'Torres',
  'Domínguez',
  'Ramos',
  'Vázquez',
  'Ramírez',
  'Gil',
  'Serrano',
  'Morales',
  'Molina',
  'Blanco',
  'Suárez',
  'Castro',
  'Ortega',
  'Delgado',
  'Ortiz',
  'Marín',
  'Rubio',
  'Núñez',
  'Medina',
  'Sanz',
  'Castillo',
  'Iglesias',
  'Cortés',
  'Garrido',
  'Santos',
  'Guerrero',
  'Lozano',
  'Cano',
  'Cruz',
  'Méndez',
  'Flores',
  'Prieto',
  'Herrera',
  'Peña',
  'León',
  'Márquez',
  'Cabrera',
  'Gallego',
  'Calvo',
  'Vidal',
  'Campos',
  'Reyes',
  'Vega',
  'Fuentes',
  'Carrasco',
  'Díez',
  'Aguilar',
  'Caballero',
  'Nieto',
  'Santana',
  'Vargas',
  'Pascual',
  'Giménez',
  'Herrero',
  'Hidalgo',
  'Montero',
  'Lorenzo',
  'Santiago',
  'Benítez',
  'Durán',
  'Ibáñez',
  'Arias',
  'Mora',
  'Ferrer',
  'Carmona',
  'Vicente',
  'Rojas',
  'Soto',
  'Crespo',
  'Román',
  'Pastor',
  'Velasco',
  'Parra',
  'Sáez',
  'Moya',
  'Bravo',
  'Rivera',
  'Gallardo',
  'Soler',
  'Puig',
  'Vila',
  'Otero',
  'Castells',
  'Aguirre',
  'Etxeberria',
  'Quintana',
  'Bermúdez',
] as const;

/** People and places public schools are named after; none of them is used by the fixed demo schools. */
export const SCHOOL_NAMESAKES = [
  'Antonio Machado',
  'Miguel Hernández',
  'Rosalía de Castro',
  'Clara Campoamor',
  'Gloria Fuertes',
  'María Zambrano',
  'Ramón y Cajal',
  'Severo Ochoa',
  'Federico García Lorca',
  'Juan Ramón Jiménez',
  'Concepción Arenal',
  'Emilia Pardo Bazán',
  'Miguel de Cervantes',
  'Gabriela Mistral',
  'Carmen Martín Gaite',
  'Margarita Salas',
  'León Felipe',
  'Luis Vives',
  'Jovellanos',
  'Giner de los Ríos',
  'Rafael Alberti',
  'Miguel Delibes',
  'Ana María Matute',
  'Pérez Galdós',
  'Blas de Otero',
  'Carmen Conde',
  'Gerardo Diego',
  'Vicente Aleixandre',
  'María Moliner',
  'Jorge Guillén',
  'Dulce Chacón',
  'Victoria Kent',
  'Isaac Albéniz',
  'Manuel de Falla',
  'Francisco de Goya',
  'Diego Velázquez',
  'Pablo Picasso',
  'Joan Miró',
  'Santiago Ramón',
  'Arturo Soria',
  'Marie Curie',
  'Isaac Peral',
  'Leonardo Torres Quevedo',
  'Jimena Fernández de la Vega',
  'Ángela Ruiz Robles',
  'Los Almendros',
  'El Olivar',
  'La Fuente',
  'Río Alba',
  'Las Encinas',
  'Virgen de la Vega',
  'San Isidro',
  'La Ribera',
  'El Pinar',
  'Los Álamos',
  'Valle del Cierzo',
  'Las Eras',
  'El Castillo',
  'La Solana',
  'Los Tilos',
  'El Soto',
  'La Dehesa',
  'Los Olmos',
  'Las Moreras',
  'El Prado',
  'La Alameda',
  'Los Sauces',
  'El Mirador',
  'La Atalaya',
  'Sierra Norte',
  'El Molino',
  'La Vega',
  'Las Lomas',
  'Puerta del Sol',
  'Nuestra Tierra',
  'Príncipe de Asturias',
  'Reyes Católicos',
  'Alfonso X el Sabio',
  'Santa Bárbara',
  'San Lorenzo',
  'Santa Ana',
] as const;

/** Names of publicly funded private (concertada) schools: mostly religious foundations. */
export const CONCERTADA_NAMES = [
  'San José',
  'Sagrado Corazón',
  'Nuestra Señora del Pilar',
  'Santa Teresa',
  'La Salle',
  'Maristas San Jorge',
  'Escolapios',
  'Divina Pastora',
  'Jesús María',
  'Santo Domingo',
  'Nuestra Señora de la Consolación',
  'Corazón de María',
  'San Agustín',
  'Santa María del Mar',
  'Vedruna',
  'Salesianos San Juan Bosco',
  'Cooperativa Aula Abierta',
  'Compañía de María',
  'Virgen Niña',
  'San Viator',
  'Amor de Dios',
  'Calasancio',
  'Nuestra Señora de la Merced',
  'San Francisco de Asís',
  'Santa Isabel',
  'Obra Social San Vicente',
] as const;

export const PRIVATE_NAMES = [
  'Internacional Valdemar',
  'British School of Valdemar',
  'Alba International School',
  'Montessori El Jardín',
  'Colegio Alemán del Cierzo',
  'Lycée Français de Puerto Alba',
  'Brains Valdemar',
  'Colegio Europeo Torrealta',
  'American School of the Sierra',
  'Colegio Virtual Nexo',
] as const;

/** A weight for each rank of a list ordered by frequency (Zipf with an offset that flattens the head). */
export function zipf<T>(items: readonly T[], offset = 8): (readonly [T, number])[] {
  return items.map((item, rank) => [item, 1 / (rank + offset)] as const);
}

const FEMALE_WEIGHTS = zipf(FEMALE_NAMES);
const MALE_WEIGHTS = zipf(MALE_NAMES);
const SURNAME_WEIGHTS = zipf(SURNAMES);

export interface PersonName {
  given: string;
  surname: string;
  secondSurname: string;
}

/** A name; `femaleShare` is the probability of a female given name (about 0.7 among teachers in Spain). */
export function personName(random: Random, femaleShare: number): PersonName {
  const given = random.weighted(random.chance(femaleShare) ? FEMALE_WEIGHTS : MALE_WEIGHTS);
  return {
    given,
    surname: random.weighted(SURNAME_WEIGHTS),
    secondSurname: random.weighted(SURNAME_WEIGHTS),
  };
}

export const displayName = (name: PersonName) => `${name.given} ${name.surname} ${name.secondSurname}`;

/** Lower-case ASCII for emails and slugs: "Íñigo Núñez" → "inigo-nunez". */
export function asciiSlug(text: string, separator = '-'): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

/** Hands out unique emails: given.surname@domain, then given.surname2@domain, … */
export class EmailBook {
  private readonly used = new Map<string, number>();

  /** Reserves an exact address (the demo accounts) so no generated person takes it. */
  reserve(email: string): string {
    this.used.set(email, 1);
    return email;
  }

  next(name: PersonName, domain: string): string {
    const base = `${asciiSlug(name.given, '.')}.${asciiSlug(name.surname, '.')}`;
    for (let n = this.used.get(`${base}@${domain}`) ?? 0; ; n++) {
      const email = n === 0 ? `${base}@${domain}` : `${base}${n + 1}@${domain}`;
      if (!this.used.has(email)) {
        this.used.set(`${base}@${domain}`, n + 1);
        this.used.set(email, 1);
        return email;
      }
    }
  }
}
