// The candidate type shared by the finders and the chooser.
import type { FieldName, FieldSource } from './types.js';

export interface Candidate {
  field: FieldName;
  /** As written (trimmed), for names; normalized for the other fields. */
  value: string;
  source: FieldSource;
  /** Found after a label or keyword for its field (stronger than a bare pattern). */
  labeled: boolean;
  /** How it was found, for ranking names: label, sentence, signature, list, curp, sender. */
  how: 'label' | 'keyword' | 'pattern' | 'sentence' | 'signature' | 'list' | 'curp' | 'sender';
  /** Order of appearance within the source. */
  pos: number;
  /** Written as a correction of an earlier value ("perdón, el correcto es …", "el mío es …"). */
  corrects?: boolean;
  /** Said to be an earlier one (a former program's code, a prepa's address): loses to any other. */
  old?: boolean;
  /** A CURP said to be cancelled ("baja por duplicidad", "ya no es válida"): never hers, even alone. */
  cancelled?: boolean;
}

export interface Segment {
  text: string;
  source: FieldSource;
}
