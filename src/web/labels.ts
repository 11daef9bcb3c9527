// Spanish labels and formatting for the staff UI. Pure.
import type { FieldName, FieldSource } from '../extract/types.js';
import type { Attention, CaseStatus, TimelineEvent } from '../triage/case-model.js';
import type { Lane } from '../triage/queue-order.js';

export const TIME_ZONE = 'America/Mexico_City';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  incomplete: 'Incompleto',
  queued: 'En cola',
  claimed: 'Tomado',
  resolved: 'Resuelto',
  closed: 'Cerrado',
};

export const LANE_LABELS: Record<Lane, string> = {
  attention: 'Requieren atención',
  waiting: 'En espera',
  claimed: 'Tomados',
  incomplete: 'Esperando al estudiante',
  done: 'Terminados',
};

export const ATTENTION_LABELS: Record<Attention, string> = {
  conflict: 'Datos en conflicto',
  cross_check: 'Revisión cruzada',
  repeated_follow_ups: 'Insiste sin respuesta',
  delivery_failed: 'Respuesta no entregada',
  rate_limited: 'Límite de respuestas',
  merged: 'Casos unidos',
  reopened: 'Reabierto',
  no_reply_address: 'Sin dirección para responder',
  held_for_review: 'Revisar: no se respondió',
};

export const FIELD_UI_LABELS: Record<FieldName, string> = {
  fullName: 'Nombre completo',
  studentCode: 'Código de estudiante',
  nss: 'NSS',
  curp: 'CURP',
  institutionalEmail: 'Correo institucional',
};

export const SOURCE_LABELS: Record<FieldSource, string> & Record<string, string | undefined> = {
  body: 'cuerpo del correo',
  sender: 'remitente',
  attachment: 'archivo adjunto',
  subject: 'asunto',
  quote: 'correo anterior del hilo citado (de un familiar o tutor)',
};

export const REPLY_KIND_LABELS: Record<string, string> = {
  incomplete: 'Faltan datos',
  acknowledged: 'Acuse con folio',
  status: 'Estado del trámite',
  resolved: 'Alta tramitada',
  correction: 'Solicitud de corrección',
  referral: 'Canalización a subdelegación',
  rejected: 'No procede (baja/desertor)',
  conflict: 'Datos contradictorios',
};

export const REPLY_STATUS_LABELS: Record<string, string> = {
  pending: 'pendiente de envío',
  sending: 'enviándose',
  sent: 'enviada',
  failed: 'rechazada por el servidor',
};

const fmtDateTime = new Intl.DateTimeFormat('es-MX', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
const fmtDate = new Intl.DateTimeFormat('es-MX', { timeZone: TIME_ZONE, dateStyle: 'medium' });
const fmtDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : fmtDateTime.format(t);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : fmtDate.format(t);
}

/** "2026-03-01": the calendar day in the desk's time zone. */
export function localDay(date: Date): string {
  return fmtDay.format(date);
}

/** "3 d 4 h", "5 h 12 min", "8 min". */
export function formatDuration(ms: number): string {
  const min = Math.max(0, Math.floor(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${min % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** One line describing a timeline event, in Spanish. */
export function describeEvent(e: TimelineEvent): string {
  const d = e.detail as Record<string, unknown>;
  const field = typeof d.field === 'string' ? (FIELD_UI_LABELS[d.field as FieldName] ?? d.field) : '';
  const status = (s: unknown) => (typeof s === 'string' ? (STATUS_LABELS[s as CaseStatus] ?? s) : 'nuevo');
  const kind = typeof d.kind === 'string' ? (REPLY_KIND_LABELS[d.kind] ?? d.kind) : '';
  switch (e.kind) {
    case 'message_in':
      return d.automatic ? `Llegó un mensaje automático (${String(d.automatic)}); no se respondió` : 'Llegó un mensaje del estudiante';
    case 'reply_planned':
      return `Respuesta preparada: ${kind}`;
    case 'reply_sent':
      return `Respuesta enviada: ${kind}`;
    case 'reply_failed':
      return `Respuesta rechazada por el servidor: ${kind}`;
    case 'reply_suppressed':
      return `No se respondió: ${SUPPRESSED_LABELS[String(d.reason ?? '')] ?? String(d.reason ?? '')}`;
    case 'status_changed': {
      const action = typeof d.action === 'string' ? ACTION_LABELS[d.action] : null;
      return `${action ? `${action}: ` : ''}estado ${status(d.from)} → ${status(d.to)}`;
    }
    case 'field_accepted':
      return `Dato aceptado: ${field} (${SOURCE_LABELS[String(d.source)] ?? String(d.source ?? '')})`;
    case 'field_conflict':
      return `Dato contradictorio: ${field}`;
    case 'field_edited':
      return `Dato editado: ${field}: «${String(d.from ?? '—')}» → «${String(d.to ?? '')}»`;
    case 'merged':
      return 'Se unió un mensaje de otra dirección con los mismos datos';
    case 'note':
      return `Nota interna: ${String(d.text ?? '')}`;
    case 'claimed':
      return 'Caso tomado';
    case 'released':
      return d.reason === 'idle' ? `Se liberó por inactividad (lo tenía ${String(d.by ?? '')})` : 'Caso liberado';
    default:
      return e.kind;
  }
}

/** Why no automatic reply went out (apply-message.ts noReplyReason). */
export const SUPPRESSED_LABELS: Record<string, string> = {
  no_reply_address: 'no hay dirección para responder',
  reply_limit_reached: 'límite de respuestas diarias a esta dirección',
  status_reply_sent_today: 'ya se le informó el estado hoy',
  held_unknown_sender: 'sin datos de un estudiante, de un remitente ajeno a la universidad; espera revisión',
  held_off_topic: 'no habla del tema de la mesa o va dirigido a otra persona; espera revisión',
  held_colleague: 'de un colega, una oficina o una circular; espera revisión',
  held_business: 'parece de un negocio o una oferta (cotización, cobro, venta, permiso para vender); espera revisión',
  held_no_request: 'no es una solicitud de alta (un agradecimiento, un aviso, una queja); espera revisión',
  held_no_writer: 'parece generado por un sistema; espera revisión',
  held_suspicious_link: 'sólo ofrece una liga que imita a un servicio conocido (posible robo de contraseñas); espera revisión',
  held_phishing: 'amenaza con dar de baja una cuenta o el seguro, o pide la contraseña (posible fraude); espera revisión',
  held_several_students: 'trae datos de varios estudiantes; espera revisión',
};

export const ACTION_LABELS: Record<string, string> = {
  resolve: 'Alta tramitada',
  correction: 'Corrección solicitada',
  referral: 'Canalizado a subdelegación',
  reject: 'Rechazado (baja/desertor)',
  dismiss: 'Cerrado sin responder',
  ask: 'Se pidieron los datos',
  manual: 'Creado a mano desde Errores',
};
