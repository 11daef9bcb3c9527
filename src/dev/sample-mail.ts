// A handful of realistic messages for the demo and the end-to-end tests. Invented people;
// identifiers are valid (check digits, CURP/NSS cross-checks) unless a message is about an error.
import { composeMessage } from './mail-helpers.js';

export interface SampleMessage {
  /** What the desk should do with it: for the demo's summary and the tests' expectations. */
  expect: 'complete' | 'incomplete' | 'ignore';
  from: string;
  to: string;
  subject: string;
  build(desk: string): Promise<Buffer>;
}

const DOMAIN = 'alumnos.udg.mx';

export const SAMPLE_STUDENTS = {
  irene: { name: 'Irene Martínez Salas', code: '219876543', nss: '04230512347', curp: 'MASI050805MVZRLRA8', email: `irene.martinez5805@${DOMAIN}` },
  diego: { name: 'Diego Hernández Ruiz', code: '220114578', nss: '04230412340', curp: 'HERD040312HJCRZGA7', email: `diego.hernandez0412@${DOMAIN}` },
  ana: { name: 'Ana Sofía Gómez Luna', code: '221305567', nss: '04230612345', curp: 'GOLA060117MJCMNNA7', email: `ana.gomez0601@${DOMAIN}` },
  luis: { name: 'Luis Fernando Pérez Castro', code: '218440912', nss: '04230312342', curp: 'PECL031122HJCRSSA3', email: `luis.perez1122@${DOMAIN}` },
  majo: { name: 'María José Torres Vega', code: '219003344', nss: '04230556781', curp: 'TOVJ050630MJCRGSA5', email: `maria.torres0630@${DOMAIN}` },
} as const;

export function sampleMessages(): SampleMessage[] {
  const { irene, diego, ana, luis, majo } = SAMPLE_STUDENTS;
  return [
    {
      expect: 'complete',
      from: irene.email,
      to: 'imss@udg.mx',
      subject: 'No tengo vigencia en el IMSS',
      build: (desk) =>
        composeMessage({
          from: `${irene.name} <${irene.email}>`,
          to: desk,
          subject: 'No tengo vigencia en el IMSS',
          text: `Buenas tardes,\n\nRevisé en IMSS Digital y no aparezco vigente. Les envío mis datos:\n\nNombre completo: ${irene.name}\nCódigo de estudiante: ${irene.code}\nNSS: ${irene.nss}\nCURP: ${irene.curp}\nCorreo UDG: ${irene.email}\n\nGracias de antemano.\nIrene`,
        }),
    },
    {
      expect: 'incomplete',
      from: diego.email,
      to: 'imss@udg.mx',
      subject: 'alta imss',
      build: (desk) =>
        composeMessage({
          from: `Diego Hernandez <${diego.email}>`,
          to: desk,
          subject: 'alta imss',
          text: `hola buen dia, no me aparece el seguro\n\nnombre: ${diego.name}\ncodigo: ${diego.code}\nnss: ${diego.nss.slice(0, 2)} ${diego.nss.slice(2, 6)} ${diego.nss.slice(6)}\n\nsaludos`,
        }),
    },
    {
      expect: 'incomplete',
      from: ana.email,
      to: 'imss@udg.mx',
      subject: 'Solicitud de alta IMSS - Ana Sofía Gómez',
      build: (desk) =>
        composeMessage({
          from: `Ana Sofía Gómez Luna <${ana.email}>`,
          to: desk,
          subject: 'Solicitud de alta IMSS - Ana Sofía Gómez',
          // The NSS is her mother's: registered 1995, born 1972.
          text: `Hola, buenas tardes.\n\nMe comunico porque no tengo servicio médico. Mis datos:\n\n- Nombre: ${ana.name}\n- Código: ${ana.code}\n- NSS: 04957212345\n- CURP: ${ana.curp}\n- Correo institucional: ${ana.email}\n\nQuedo atenta, gracias.`,
        }),
    },
    {
      expect: 'ignore',
      from: 'coordinacion.cucei@academicos.udg.mx',
      to: 'imss@udg.mx',
      subject: 'Respuesta automática: Fuera de la oficina',
      build: (desk) =>
        composeMessage({
          from: 'Coordinación CUCEI <coordinacion.cucei@academicos.udg.mx>',
          to: desk,
          subject: 'Respuesta automática: Fuera de la oficina',
          text: 'Me encuentro fuera de la oficina hasta el lunes. Su mensaje será atendido a mi regreso.',
          headers: { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' },
        }),
    },
    {
      expect: 'complete',
      from: luis.email,
      to: 'imss@udg.mx',
      subject: 'Datos para el alta en el IMSS',
      build: (desk) =>
        composeMessage({
          from: `Luis Fernando Pérez <${luis.email}>`,
          to: desk,
          subject: 'Datos para el alta en el IMSS',
          text: '',
          html: `<div dir="ltr"><p>Buenos días, les comparto mis datos para que me den de alta:</p><table border="1"><tr><td>Nombre completo</td><td>${luis.name}</td></tr><tr><td>Código de estudiante</td><td>${luis.code}</td></tr><tr><td>NSS</td><td>${luis.nss}</td></tr><tr><td>CURP</td><td>${luis.curp}</td></tr><tr><td>Correo UDG</td><td>${luis.email}</td></tr></table><p>Gracias</p></div>`,
        }),
    },
    {
      expect: 'incomplete',
      from: majo.email,
      to: 'imss@udg.mx',
      subject: 'Seguro facultativo',
      build: (desk) =>
        composeMessage({
          from: `Majo Torres <${majo.email}>`,
          to: desk,
          subject: 'Seguro facultativo',
          text: `Buenas noches, soy ${majo.name}, mi nss es ${majo.nss} y mi curp ${majo.curp.toLowerCase()}. Ya pasó más de un mes y sigo sin vigencia, ¿me pueden ayudar?\n\nEnviado desde mi iPhone`,
        }),
    },
  ];
}
