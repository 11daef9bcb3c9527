// Subject lines that out-of-office replies and delivery reports use, in Spanish and English. Pure.
//
// A subject is a weak signal (headers are checked first), so the patterns are structural:
// - STRONG prefixes: the "<Prefix>: <original subject>" shape mail systems generate. Anchored at
//   the start, so a student's "Re: Respuesta automática" or "¿La baja es automática?" never matches.
// - WEAK prefixes ("Vacaciones:", "Ausente:") are also words a student may open a subject with,
//   so they count only when followed by a reply prefix ("Vacaciones: RE: Alta IMSS ...").
// - WHOLE subjects: the complete subject equals one of these phrases ("Out of Office").
// Matching is done on a normalized subject: lower case, accents dropped, spaces collapsed.

const STRONG_PREFIXES = [
  'respuesta automatica',
  'contestacion automatica',
  'automatic reply',
  'auto reply',
  'auto-reply',
  'autoreply',
  'auto response',
  'auto-response',
  'autoresponse',
  'out of office',
  'out of the office',
  'out of office reply',
  'out of office autoreply',
  'fuera de la oficina',
  'fuera de oficina',
  'undeliverable',
  'undelivered',
  'no se puede entregar',
  'no se pudo entregar',
  'no entregado',
  'no entregable',
  'returned mail',
  'mail delivery failed',
  'delivery failure',
  'delivery failed',
  'failure notice',
  'delivery status notification',
  'notificacion de estado de entrega',
  'mensaje no entregado',
  'reponse automatique',
  'resposta automatica',
  'automatische antwort',
];

const WEAK_PREFIXES = ['vacaciones', 'de vacaciones', 'ausente', 'ausencia', 'fuera'];

const WHOLE_SUBJECTS = [
  'vacaciones',
  'de vacaciones',
  'estoy de vacaciones',
  'mensaje de vacaciones',
  'aviso de vacaciones',
  'respuesta de vacaciones',
  'periodo vacacional',
  'ausente',
  'ausencia',
  'mensaje de ausencia',
  'aviso de ausencia',
  'out of office',
  'vacation',
  'on vacation',
  'vacation reply',
  'undelivered mail returned to sender',
  'mail delivery system',
  'mail delivery subsystem',
  'delivery notification',
  'nondeliverable mail',
  'non-delivery report',
  'warning: could not send message for past 4 hours',
];

// Delivery reports put the status first: "Delivery Status Notification (Failure)",
// "Mail delivery failed: returning message to sender", "Undeliverable: Re: Alta IMSS".
// The separator after a strong prefix may be ":", " -", " (" or the end of the subject.
// Read receipts, meeting responses and ticket acknowledgements put a status before the subject
// they answer: "No leído: Re: Alta IMSS", "Aceptada: Reunión ...", "Solicitud recibida: Re: ...".
const RECEIPT_PREFIXES = [
  'leido', 'no leido', 'read', 'not read',
  'aceptado', 'aceptada', 'rechazado', 'rechazada', 'provisional', 'tentativo', 'tentativa',
  'accepted', 'declined', 'tentative', 'tentatively accepted', 'canceled', 'cancelled',
  'invitacion aceptada', 'invitacion rechazada', 'invitacion actualizada', 'invitacion cancelada',
  'invitation accepted', 'invitation declined', 'updated invitation',
  'solicitud recibida', 'ticket recibido', 'caso recibido', 'caso registrado', 'request received', 'ticket received',
];
// Notices of office systems that name what they carry: "Mensaje de voz de 3312345678 (0:03)",
// "Voice message from ...", "Cron <root@srv> /opt/backup.sh".
const SYSTEM_NOTICE = /^(?:(?:nuevo )?mensaje de voz (?:de|del)\b|(?:new )?voice ?(?:mail|message) from\b|cron <[^>]+>)/;
const RECEIPT = new RegExp(`^(?:${RECEIPT_PREFIXES.map(escape).join('|')})\\s*:\\s*\\S`);
const STRONG = new RegExp(`^(?:${STRONG_PREFIXES.map(escape).join('|')})(?:\\s*[:(\\-–]|$)`);
const WEAK = new RegExp(`^(?:${WEAK_PREFIXES.map(escape).join('|')})\\s*:\\s*(?:re|rv|fw|fwd|res)\\s*:`);
const WHOLE = new Set(WHOLE_SUBJECTS);

/** A read receipt's or a meeting response's "<Status>: <subject>" ("Leído: Re: Alta IMSS"). */
export function isReceiptSubject(subject: string): boolean {
  return RECEIPT.test(normalizeSubject(subject));
}

/** True when the subject has the shape of an auto-reply or a delivery report. */
export function isAutomaticSubject(subject: string): boolean {
  const s = normalizeSubject(subject);
  if (s === '') return false;
  return STRONG.test(s) || RECEIPT.test(s) || WEAK.test(s) || SYSTEM_NOTICE.test(s) || WHOLE.has(s.replace(/[\s.!:]+$/, ''));
}

export function normalizeSubject(subject: string): string {
  return subject
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[\s[(]*(?:auto|autoreply|auto-reply)[\])]\s*/, 'autoreply: ') // "[Auto-Reply] ..."
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
