// The desk's contact data shown in every reply's signature. Defaults come from the student guide
// ("Proceso de Alta del IMSS", Coordinación de Servicios Estudiantiles); config may override them.

export interface DeskContact {
  office: string;
  university: string;
  /** Postal address, one line per entry. */
  addressLines: readonly string[];
  /** Phone numbers as written for people, e.g. "(33) 3827 0613". */
  phones: readonly string[];
  extensions: readonly string[];
  hours: string;
  email: string;
  /** Public page of the IMSS enrolment programme. */
  web: string;
}

export const DEFAULT_DESK_CONTACT: DeskContact = Object.freeze({
  office: 'Coordinación de Servicios Estudiantiles',
  university: 'Universidad de Guadalajara',
  addressLines: Object.freeze([
    'Pedro Moreno #1029, casi esquina con Enrique Díaz de León',
    'Col. Centro, C.P. 44100, Guadalajara, Jal., México',
  ]),
  phones: Object.freeze(['(33) 3827 0613', '(33) 3827 0485', '(33) 3826 3642']),
  extensions: Object.freeze(['103', '106', '115', '117', '122']),
  hours: 'lunes a viernes de 9:00 a 17:00 h',
  email: 'imss@udg.mx',
  web: 'http://estudiantes.udg.mx/programa-afiliacion-al-imss',
});

/** The defaults with some values replaced (e.g. from config). */
export function withDeskContact(overrides: Partial<DeskContact>): DeskContact {
  return Object.freeze({ ...DEFAULT_DESK_CONTACT, ...overrides });
}
