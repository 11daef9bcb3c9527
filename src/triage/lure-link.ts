// A hijacked mailbox answering one of the desk's threads with a link "to the document" on a host
// that borrows a known service's name ("https://sharepoint-docs-view.click/s/..."): a phishing lure,
// not a student. Pure functions over text.
import { allMatches } from '../extract/all-matches.js';
import { foldLabel } from '../extract/fold.js';

// The lure's words: a document offered for viewing or download, or a receipt asked for.
const OFFERS_DOCUMENT = /\b(?:(?:ver|abrir|descargar|revisar|consultar|acceder al?) (?:el |la |los |las )?(?:documento|archivo|factura|expediente|carpeta|adjunto|pdf)s?|(?:le|les|te) (?:comparto|envio|hago llegar|remito) (?:el|la|los|las) (?:documento|archivo|expediente|factura)s? (?:solicitad|requerid|pendiente|compartid)[oa]s?|documentos? compartidos?|confirme de recibido|view (?:the )?(?:document|file)|shared (?:a )?(?:document|file) with you)\b/;

// Services whose names phishers borrow, each with the domains it really serves from.
const SERVICES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/sharepoint|onedrive|office365|office|microsoft|outlook|hotmail/, ['sharepoint.com', 'live.com', '1drv.ms', 'office.com', 'microsoft.com', 'outlook.com', 'hotmail.com', 'office365.com', 'microsoftonline.com']],
  [/google|gmail|gdrive/, ['google.com', 'google.com.mx', 'gmail.com', 'goo.gl', 'googleusercontent.com']],
  [/dropbox/, ['dropbox.com', 'db.tt']],
  [/docusign/, ['docusign.com', 'docusign.net']],
  [/wetransfer/, ['wetransfer.com', 'we.tl']],
  [/adobe/, ['adobe.com', 'acrobat.com']],
  [/icloud|apple/, ['icloud.com', 'apple.com']],
  [/imss/, ['imss.gob.mx']],
  [/udg|udeg|siiau/, ['udg.mx']],
];

const LINK_HOST = /\bhttps?:\/\/([a-z0-9.-]+)/gi;
const HAS_LINK = /\bhttps?:\/\//i;

const REAL_DOMAINS = SERVICES.flatMap(([, domains]) => domains);

/** The host imitates a known service: carries its name but is none of the services' domains (the
 * university's own SharePoint, "udgmx-my.sharepoint.com", is Microsoft's). */
export function imitatesService(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return !REAL_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`)) && SERVICES.some(([name]) => name.test(h));
}

// A warning that an account or the coverage is about to be cut ("su cuenta será desactivada hoy",
// "su seguro médico será dado de baja", "antes de que lo suspendan") with what the reader must do to
// stop it (verify, follow a link, write to a WhatsApp number); or a request to log in with the
// mailbox's password. The desk never writes so, and a student asking about her coverage does not
// order its reader: phishing, whoever's mailbox sends it (folded text).
const CUT_THREAT = /\b(?:sera|seran|va a ser|van a ser) (?:dad[oa]s? de baja|desactivad[oa]s?|suspendid[oa]s?|cancelad[oa]s?|bloquead[oa]s?|eliminad[oa]s?)\b|\bantes de que (?:lo|la|los|las|te|le|les|se) (?:suspendan|desactiven|den de baja|cancelen|bloqueen|eliminen)\b/;
const STOP_IT = /\b(?:si no (?:verifica|verificas|valida|validas|actualiza|actualizas|confirma|confirmas)|para evitarlo|(?:entra|entres|entre|ingresa|ingrese|da clic|de clic|haz clic|haga clic) (?:a|en) (?:este|esta|el|la) (?:link|liga|enlace)|whatsapp)\b/;
const PASSWORD_LOGIN = /\b(?:inicia|inicie|iniciar|ingresa|ingrese) (?:sesion )?con (?:tu|su) (?:correo|usuario|cuenta)[a-z ]{0,30} contrasena\b/;

/** The writer's (folded) text threatens to cut an account or the coverage unless the reader acts, or asks for the mailbox's password. */
export function threatensCutOff(folded: string): boolean {
  return (CUT_THREAT.test(folded) && STOP_IT.test(folded)) || PASSWORD_LOGIN.test(folded);
}

/** The writer's text offers a document behind a link whose host imitates a known service. */
export function offersLureLink(leadText: string, html?: string): boolean {
  const searched = `${leadText.slice(0, 4000)}\n${html?.slice(0, 20000) ?? ''}`;
  // (Most mail has no link at all: nothing to fold or match then.)
  if (!HAS_LINK.test(searched) || !OFFERS_DOCUMENT.test(foldLabel(leadText.slice(0, 4000)))) return false;
  return allMatches(LINK_HOST, searched).some((m) => imitatesService(m[1]!));
}
