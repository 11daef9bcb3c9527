// The closed set of problem codes: each names a present-but-invalid value and the field it
// belongs to. Missing fields are not problems (the field is null). Messages are short, kind
// Spanish sentences that the reply template shows to the student as they are.
import type { FieldName, Problem } from './types.js';

export const PROBLEM_CODES = {
  name_incomplete: 'name_incomplete',
  name_invalid_chars: 'name_invalid_chars',
  student_code_format: 'student_code_format',
  student_code_aspirante: 'student_code_aspirante',
  nss_format: 'nss_format',
  nss_check_digit: 'nss_check_digit',
  nss_parent_suspected: 'nss_parent_suspected',
  nss_birth_year_mismatch: 'nss_birth_year_mismatch',
  nss_registration_before_birth: 'nss_registration_before_birth',
  nss_registration_future: 'nss_registration_future',
  curp_format: 'curp_format',
  curp_date: 'curp_date',
  curp_state: 'curp_state',
  curp_sex: 'curp_sex',
  curp_check_digit: 'curp_check_digit',
  curp_name_mismatch: 'curp_name_mismatch',
  email_format: 'email_format',
  email_not_institutional: 'email_not_institutional',
  email_domain_typo: 'email_domain_typo',
  email_domain_lookalike: 'email_domain_lookalike',
} as const;
export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

export const PROBLEM_FIELD: Record<ProblemCode, FieldName> = {
  name_incomplete: 'fullName',
  name_invalid_chars: 'fullName',
  student_code_format: 'studentCode',
  student_code_aspirante: 'studentCode',
  nss_format: 'nss',
  nss_check_digit: 'nss',
  nss_parent_suspected: 'nss',
  nss_birth_year_mismatch: 'nss',
  nss_registration_before_birth: 'nss',
  nss_registration_future: 'nss',
  curp_format: 'curp',
  curp_date: 'curp',
  curp_state: 'curp',
  curp_sex: 'curp',
  curp_check_digit: 'curp',
  curp_name_mismatch: 'curp',
  email_format: 'institutionalEmail',
  email_not_institutional: 'institutionalEmail',
  email_domain_typo: 'institutionalEmail',
  email_domain_lookalike: 'institutionalEmail',
};

/** Values a message may mention; every one optional. */
export interface ProblemDetail {
  value?: string;
  nssYear?: string;
  curpYear?: number;
  regYear?: string;
  /** The writer said the NSS is a parent's (no CURP to compare it with). */
  said?: boolean;
  /** The same NSS sent again after the desk's reply flagged it as a parent's (no CURP in this message). */
  again?: boolean;
  /** A parent writing for the child sent her own CURP (the writer's name) and an NSS of its birth year. */
  writers?: boolean;
  /** A parent writing for the child called the NSS her own ("Mi NSS es ..."; no CURP to compare it with). */
  parents?: boolean;
  domain?: string;
  expected?: string;
  pattern?: string;
  /** A surname or given name spelled against the CURP, and the letter written where the CURP has `expected`. */
  part?: string;
  written?: string;
}

const IMSS_DIGITAL = 'puedes consultarlo en IMSS Digital (www.imss.gob.mx/imssdigital)';
const CURP_HELP = 'Puedes consultarla en www.gob.mx/curp y copiarla tal como aparece.';

const MESSAGES: Record<ProblemCode, (d: ProblemDetail) => string> = {
  name_incomplete: () =>
    'Necesitamos tu nombre completo: tu nombre o nombres y al menos un apellido, como aparecen en tu CURP.',
  name_invalid_chars: () =>
    'Tu nombre parece tener números o símbolos. Escríbelo solo con letras, como aparece en tu CURP.',
  student_code_format: (d) =>
    `Tu código de estudiante (${d.value ?? ''}) no tiene el formato esperado: son 9 dígitos, por ejemplo 219xxxxxx. Lo encuentras en tu credencial o en SIIAU.`,
  student_code_aspirante: (d) =>
    `El número ${d.value ?? ''} tiene 7 dígitos y parece tu número de registro como aspirante, no tu código de estudiante. Tu código tiene 9 dígitos y lo encuentras en tu credencial o en SIIAU.`,
  nss_format: (d) =>
    `Tu NSS (${d.value ?? ''}) debe tener 11 dígitos. Revísalo por favor; ${IMSS_DIGITAL}.`,
  nss_check_digit: (d) =>
    `Tu NSS (${d.value ?? ''}) parece tener un dígito equivocado (el último dígito no coincide). Revísalo por favor; ${IMSS_DIGITAL}.`,
  nss_parent_suspected: (d) => d.said
    ? `Nos dices que el NSS que enviaste es el de tu madre, padre o tutor. Para tu alta necesitamos tu propio NSS; si aún no lo tienes, puedes obtenerlo en IMSS Digital (www.imss.gob.mx/imssdigital) con tu CURP y un correo electrónico.`
    : d.parents
    ? `Nos dices que el NSS que enviaste es el tuyo. Para el alta necesitamos el NSS del propio estudiante; se puede consultar u obtener en IMSS Digital (www.imss.gob.mx/imssdigital) con su CURP y un correo electrónico.`
    : d.writers
    ? `El NSS y la CURP que nos enviaste parecen ser los tuyos y no los del estudiante: la CURP lleva tu nombre y el NSS tu año de nacimiento. Para el alta necesitamos el NSS y la CURP del propio estudiante; se pueden consultar en IMSS Digital (www.imss.gob.mx/imssdigital) con su CURP y un correo electrónico.`
    : d.again
    ? `Este NSS es el mismo que revisamos antes: su año de nacimiento no coincide con el de tu CURP, así que parece el de tu madre, padre o tutor. Para tu alta necesitamos tu propio NSS; puedes consultarlo u obtenerlo en IMSS Digital (www.imss.gob.mx/imssdigital) con tu CURP y un correo electrónico.`
    : `El año de nacimiento de tu NSS (${d.nssYear ?? ''}) no coincide con el de tu CURP (${d.curpYear ?? ''}); parece el NSS de tu madre, padre o tutor. Necesitamos tu propio NSS, que puedes consultar en IMSS Digital (www.imss.gob.mx/imssdigital).`,
  nss_birth_year_mismatch: (d) =>
    `El año de nacimiento de tu NSS (${d.nssYear ?? ''}) no coincide con el de tu CURP (${d.curpYear ?? ''}). Revisa que ambos datos sean tuyos y estén bien escritos; ${IMSS_DIGITAL}.`,
  nss_registration_before_birth: (d) =>
    `Tu NSS indica un año de registro (${d.regYear ?? ''}) anterior a tu nacimiento (${d.curpYear ?? ''}), así que no parece ser tuyo. Revísalo por favor; ${IMSS_DIGITAL}.`,
  nss_registration_future: (d) =>
    `Tu NSS indica un año de registro (${d.regYear ?? ''}) que aún no llega. Revísalo por favor; ${IMSS_DIGITAL}.`,
  curp_format: (d) =>
    `Tu CURP (${d.value ?? ''}) no tiene el formato correcto: son 18 caracteres, 4 letras, 6 números de tu fecha de nacimiento y 8 caracteres más. ${CURP_HELP}`,
  curp_date: (d) =>
    `La fecha de nacimiento de tu CURP (${d.value ?? ''}) no es una fecha válida. ${CURP_HELP}`,
  curp_state: (d) =>
    `Tu CURP (${d.value ?? ''}) tiene una clave de estado de nacimiento que no existe. ${CURP_HELP}`,
  curp_sex: (d) =>
    `En tu CURP (${d.value ?? ''}) la letra del sexo (posición 11) debe ser H, M o X. ${CURP_HELP}`,
  curp_check_digit: (d) =>
    `Tu CURP (${d.value ?? ''}) parece tener un carácter equivocado (el último dígito no coincide). ${CURP_HELP}`,
  curp_name_mismatch: (d) =>
    d.part
      ? `«${d.part}» no está escrito como en tu CURP (${d.value ?? ''}): la CURP lleva «${d.expected ?? ''}» donde tú escribiste «${d.written ?? ''}». Escríbenos tu nombre completo tal como aparece en tu CURP, o revisa que la CURP sea la tuya. ${CURP_HELP}`
      : `Tu CURP (${d.value ?? ''}) no corresponde al nombre que escribiste (esperábamos que empezara con ${d.expected ?? ''}). Revisa que sea tu propia CURP y tu nombre completo. ${CURP_HELP}`,
  email_format: (d) =>
    `Tu correo (${d.value ?? ''}) no parece una dirección válida. Escríbelo completo, por ejemplo nombre.apellido1234@alumnos.udg.mx.`,
  email_not_institutional: (d) =>
    `El correo ${d.value ?? ''} no es tu correo institucional de alumno. Necesitamos el que termina en @${d.expected ?? 'alumnos.udg.mx'}.`,
  email_domain_typo: (d) =>
    `Tu correo (${d.value ?? ''}) parece tener un error en el dominio: "${d.domain ?? ''}". Tu correo institucional termina en @${d.expected ?? 'alumnos.udg.mx'}.`,
  email_domain_lookalike: (d) =>
    `El dominio de tu correo (${d.domain ?? ''}) se parece al de la UdeG pero no lo es. Tu correo institucional termina exactamente en @${d.expected ?? 'alumnos.udg.mx'}.`,
};

export function makeProblem(code: ProblemCode, detail: ProblemDetail = {}): Problem {
  return { field: PROBLEM_FIELD[code], code, message: MESSAGES[code](detail) };
}
