// Spanish names of the five fields as the student reads them in a reply.
import type { FieldName } from '../extract/types.js';

export const FIELD_LABELS: Readonly<Record<FieldName, string>> = Object.freeze({
  fullName: 'nombre completo',
  studentCode: 'código de estudiante',
  nss: 'Número de Seguridad Social (NSS)',
  curp: 'CURP',
  institutionalEmail: 'correo institucional (Correo UDG)',
});

/** The label with its first letter in upper case, for the start of a list item. */
export function fieldLabel(field: FieldName, capitalized = false): string {
  const label = FIELD_LABELS[field];
  return capitalized ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}
