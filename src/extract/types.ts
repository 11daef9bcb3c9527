// The typed values that flow through the pure core: ParsedMail -> Extraction -> Decision.
// Plain data only: no Buffers of whole messages, no classes, no I/O handles.

export const FIELD_NAMES = ['fullName', 'studentCode', 'nss', 'curp', 'institutionalEmail'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export type Fields = Record<FieldName, string | null>;

export interface Address {
  address: string; // lower-cased
  name: string;
}

export interface AttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
  /** Text extracted from the attachment (PDF), when it was readable. */
  text: string | null;
}

/** A message after MIME parsing: what the pure core is allowed to see. */
export interface ParsedMail {
  messageId: string | null; // without angle brackets
  inReplyTo: string | null; // without angle brackets
  references: string[]; // without angle brackets
  subject: string;
  from: Address | null;
  replyTo: Address | null;
  to: Address[];
  cc: Address[];
  date: string | null; // ISO 8601
  /** Header names lower-cased; repeated headers joined with "\n". */
  headers: Record<string, string>;
  contentType: string; // top-level MIME type, lower-cased, e.g. "multipart/report"
  text: string; // plain text body (from text/plain, or converted from HTML)
  html: string | null; // the raw HTML part, if any
  attachments: AttachmentInfo[];
  /** Set when the MIME structure could not be fully understood. */
  parseWarnings: string[];
}

export interface Problem {
  field: FieldName;
  /** Stable machine code, e.g. "missing", "curp_check_digit", "nss_parent_suspected". */
  code: string;
  /** Short, kind Spanish explanation shown to the student in the reply. */
  message: string;
}

/** Where a value was read. 'quote': a quoted earlier mail of the thread by someone writing about the
 * sender (her mother's or tutor's reply-all), read only for a field nothing else gives. */
export type FieldSource = 'body' | 'sender' | 'attachment' | 'subject' | 'quote';

export interface NameParts {
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
}

export interface Extraction {
  /** Normalized value or null when absent. A field with a problem is present but not accepted. */
  fields: Fields;
  problems: Problem[];
  /** Where each found value came from. */
  sources: Partial<Record<FieldName, FieldSource>>;
  /** The full name split into parts, when the CURP allowed it. */
  nameParts: NameParts | null;
  /** Cross-check notes for staff that are not problems for the student (Spanish). */
  warnings: string[];
  /** The mail holds two or more students' data (an office's list or table); the first one's was read. */
  severalStudents?: boolean;
}

export interface ExtractOptions {
  /** Accepted student e-mail domains, lower-cased (default ["alumnos.udg.mx"]). */
  institutionalDomains: string[];
  /** Regular expression source for a valid student code (default "^\\d{9}$"). */
  studentCodePattern: string;
  /** Addresses of the desk itself: never the student's institutional email. */
  deskAddresses: string[];
  /** "Now", for date checks (NSS registration year in the future...). */
  now: Date;
}
