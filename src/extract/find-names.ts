// Finds candidate full names: labeled ("Nombre completo: ..."), in sentences ("soy ...",
// "mi nombre es ..."), alone on a line in a list of values, in the signature after a closing,
// and, given a CURP, any run of words that spells it. Greetings name other people; so does a
// writer who says they are a parent, tutor, classmate or staff member. Pure.
import type { Candidate, Segment } from './candidates.js';
import { matchNameToCurp, PARTICLES } from './curp-name.js';
import { allMatches } from './all-matches.js';
import { foldForCurp, foldLabel } from './fold.js';
import { stringMemo } from './memo.js';
import { BULLET, CLOSING, GREETING, LABELS, NOT_NAME_WORDS, STATES } from './lexicon.js';
import { readLabel } from './find-values.js';
import { normalizeName } from './name.js';
import { insideQuotedSpeech } from './quoted-speech.js';

// Phrasings that introduce a name. Writer intros name whoever writes ("soy", "les escribe",
// "atentamente"); the others name the student from someone else's mouth ("mi hijo", "su nombre
// es", "mamá de", "el alumno"). Both run on folded text.
const WRITER_INTRO =
  'yo(?=[\\s,])|my (?:full )?name(?: is|(?=\\s*:))|i am|i\'m|(?:yo\\s+)?(?:soy|sou|meu nome e|me llamo|me presento|mi nombre(?: completo)?(?: correcto| real| bien escrito| bien|,? (?:tal )?como (?:(?:viene|aparece|esta|sale) )?en (?:la|mi) curp,?)?(?:\\s*\\([^)]{0,60}\\))?(?:\\s+es\\b|(?=\\s*:))' +
  // "Así es correcto, como en mi CURP: Xóchitl Jiménez Rodríguez."
  '|como (?:viene |aparece |esta )?en (?:la |mi )(?:curp|acta)(?=\\s*:)|asi (?:lo|me) escribo(?: siempre)?(?=\\s*:)|en (?:la |mi )curp (?:viene|aparece|esta|sale|dice) como' +
  // A name given again after a correction: "Perdón, es Christian Soto Lomelí".
  '|(?<=(?:perdon|disculpa|disculpe|una disculpa|lo siento|sorry)[,.!]*\\s)es(?=\\s)' +
  // ...or in the sentence after the one that said what went wrong: "Perdón, puse los apellidos al
  // revés. Es Efraín Cervantes Tapia."
  '|(?<=(?:perdon|disculp[a-z]*|me equivoque|al reves|(?:cambio|corrigio|puse mal|puso mal|escribi mal) (?:el|mi|los|mis) (?:apellidos?|nombre))[^.!?]{0,60}[.!]\\s)es(?=\\s)' +
  // ...or after saying what went wrong: "Perdón, el autocorrector me cambió el apellido, es Alondra
  // Ruiz Pérez, con z."
  '|(?<=(?:cambio|corrigio|puso mal|escribi mal) (?:el|mi) (?:apellido|nombre)[,.]?\\s)es(?=\\s)' +
  // ...or opening a line ("Es América Arreola Urzúa", answering the desk's correction notice).
  '|^es(?=\\s)' +
  // ...or after the question it answers: "me preguntaron el nombre completo: es Daniela Mora".
  '|es(?=\\s)(?<=nombre(?: completo)?:\\s?es)' +
  // ...or the name as it is since a change: "cambió mi nombre; ahora es Teresa Vallejo Núñez", "mi
  // nombre en el acta estaba con J (Jesica) y ya lo corrigieron a Yesica Bravo Luna". (The words
  // first, the costlier look back only where they match.)
  '|(?:ahora|ya) es(?=\\s)(?<=nombre[^.\\n]{0,60})|(?:lo|la) (?:corrigieron|cambiaron) a(?=\\s)(?<=nombre[^.\\n]{0,80})' +
  '|nombre completo es|el (?:completo|correcto) es|(?:^|(?<=[.!]\\s))(?:completo|correcto) es(?=\\s)|el suscrito|la suscrita|atentamente|att?e\\.?|firma(?=\\s*:)|(?:quien|que) (?:les? |os |te )?(?:escribe|habla|suscribe)|(?:les?|te) (?:escribe|habla)' +
  '|les? saluda(?: cordialmente| atentamente| afectuosamente)?' +
  '|quien suscribe|(?:su|un|una) servidora?|(?:estoy |aparezco )?(?:registrad[oa]|inscrit[oa]) como|aparezco como|mi nombre(?=\\s)|mi nombre,(?=\\s+\\p{L})' +
  // "mis datos:", "mis datos para el seguro:": a few words, none naming someone else's data.
  '|mis datos(?:\\s+(?!(?:de|del|mi|su|sus|mama|papa|madre|padre|hij[oa]|herman[oa]|tutora?)\\b)[a-z]+){0,4}(?=\\s*:))';
const STUDENT_INTRO =
  // "Perdón, el autocorrector me cambió el apellido. Nombre correcto: ..." (mid-line)
  'nombre (?:completo )?(?:correcto|bien escrito)(?=\\s*:)|' +
  // A certificate's formula: "Se hace constar que FERNANDA BELTRAN VILLASENOR con código ...", "Se
  // hace constar que el (la) C. GUSTAVO ALVARADO CORONA con codigo ..."
  '(?:se )?hace(?:mos)? constar que(?: (?:el|la)(?: \\((?:el|la)\\))?)?(?: (?:c\\.|alumn[oa]|estudiante))?|' +
  'el alumno|la alumna|el estudiante|la estudiante|de nombre|a nombre de|de parte de|con (?:el )?nombre(?: de)?' +
  // A hospital's social worker: "Está con nosotros el joven Hugo Pacheco Beltrán, quien refiere ser alumno".
  '|(?:esta con nosotros |tenemos (?:aqui )?a )?(?:el|la|al|a la) (?:joven|senorita|sr\\.|sra\\.|senor|senora)(?=\\s+\\p{L})' +
  // ...and an employer's "El muchacho Hugo Núñez Romero (estudiante de Arquitectura, código ...)".
  '|(?:el|la|al|a la) (?:muchach[oa]|chav[oa])(?=\\s+\\p{L})' +
  // A parent: "Ya le sacamos a Santiago Pérez López su propio número en IMSS Digital".
  '|le (?:sacamos|saque|tramitamos|tramite) a(?=\\s+\\p{L})' +
  // A teacher introducing a student to the desk: "Les presento a Orlando Islas Villegas (en copia...)"
  '|(?:les? |te )?presento a(?:l| la)?(?: alumn[oa]| estudiante)?' +
  // A coach or a friend writing for him: "les escribo por Héctor Villanueva Tapia que se fracturó".
  '|(?:les? |te )?escribo por(?=\\s+\\p{L})' +
  // An office passing a case on: "les canalizamos el caso de Yesenia Vázquez Jiménez (código ...)"
  '|el caso de(?:l| la)?(?: alumn[oa]| estudiante)?' +
  // A coach or a teacher naming the one a list leaves out: "el que falta es Emmanuel Lozano Prieto".
  '|(?:el|la) (?:unic[oa] )?que (?:falta|faltaba|me falta)(?: es)?(?=\\s+\\p{L})' +
  // "él acaba de entrar al CUCEI, se llama Pablo Espinoza Bañuelos", "Mi novio se lastimó ... no
  // tiene seguro. Se llama Christian Serrano Nuño y su código es ..." (but "mi hermano se llama ..."
  // names a relative)
  // "Sólo sé su nombre, Nayeli Cárdenas Reyes, y su código ..."
  '|su nombre,(?=\\s+\\p{L})|(?:una|uno) de (?:las|los) (?:chic[oa]s|muchach[oa]s|alumn[oa]s|companer[oa]s),(?=\\s+\\p{L})|(?:hij[oa]|alumn[oa]|estudiante|companer[oa]|el|ella) se llama|(?<=(?:,|[a-z][.!])\\s)se llama|^se llama(?=\\s+\\p{L})|el es|ella es|su nombre(?: completo)? es' +
  '|el nombre(?: completo)? de (?:mi (?:hij|herman|niet|sobrin|ahijad|prim|novi|espos)[oa]|(?:el|la) (?:alumn[oa]|estudiante)) es|el nombre(?: completo)? del? (?:alumn[oa]|estudiante) es' +
  '|(?:por|de|a) mi hij[oa]|mi hij[oa](?:\\s+es)?(?![\\s,]+se\\b)(?=[\\s,]+\\p{L})|(?:alumn[oa]|estudiante)(?=\\s+(?!se\\b)\\p{L})' +
  // A partner writing for her: "mi novia se llama Beatriz Arias Vázquez ... no tiene seguro" (a
  // sibling who "se llama" is mentioned more often than written for). Before the next line, which
  // would take "mi novia" alone.
  '|mi novi[oa] se llama(?=\\s+\\p{L})' +
  // "escribo por mi nieta Dulce ...", "por mi hermano(a) Estrella ...", "mi sobrina Samantha ...",
  // "por mi hermano menor César ...", "los datos de mi amiga Itzel", "Mi esposa, Valeria ...", "Mi
  // roomie Abril ...", a tutor's "Mi tutorado Luis Ángel Orozco Quintero me comenta ..."
  '|(?:por )?mi (?:(?:herman|niet|sobrin|ahijad|prim|novi|espos|amig|tutorad)[oa](?:\\([oa]\\))?(?: (?:menor|mayor|chic[oa]|pequen[oa]))?|roomie|rommie|roommate)(?:,)?(?=\\s+\\p{L})' +
  // ...and in English: "I'm writing on behalf of my cousin Ivonne Zárate Barba, student code ..."
  '|my (?:cousin|sister|brother|daughter|son|niece|nephew|granddaughter|grandson|girlfriend|boyfriend|wife|husband)(?=\\s+\\p{L})' +
  // ...and a teacher's "on behalf of my doctoral student Kwame Mensah (student code ...)", a plant
  // manager's "Our intern Marco Antonio Lomelí Tapia (student ID ...)".
  '|(?:my|our|the) (?:(?:doctoral|phd|master\'?s|graduate|undergraduate|exchange|new) )?(?:student|intern|trainee)(?=\\s+\\p{L})' +
  // ...and a home university's office in Portuguese or French: "em nome do nosso estudante Pedro
  // Henrique Lopes Martins", "au nom de notre étudiante Camille ...".
  '|(?:nosso|nossa|do|da|o|a) (?:estudante|alun[oa])(?=\\s+\\p{L})|(?:notre|mon|ma) (?:etudiante?|eleve)(?=\\s+\\p{L})' +
  // A team's or a lab's student: "el jugador Raúl Campos Ponce de la selección", "el prestador Enrique
  // Salcido Palafox inicia su servicio social"
  '|(?:el|la|al|a la|del|de la|mi|nuestr[oa]) (?:trabajador|trabajadora|emplead[oa]|colaborador|colaboradora|jugador|jugadora|atleta|deportista|becari[oa]|tesista|practicante|pasante|paciente|mip|(?:doctora? )?intern[oa]|inquilin[oa]|prestadora?(?: de(?:l)? servicio social)?)(?=\\s+\\p{L})' +
  // "mi compañera de depa Tadeo Navarro Covarrubias se enfermó", "Mi compañera de cuarto, Rocío
  // Camarena Soto, se quedó en Talpa"
  '|mi companer[oa](?: de (?:depa|departamento|cuarto|casa|clase|carrera|salon|grupo))?,?(?=\\s+\\p{L})' +
  // ...and a teacher's "Soy tutor académico de Janet Gómez Ramírez".
  '|(?:tutora?|asesora?|directora?) (?:academic[oa] |de tesis )de(?:l| la)?(?: alumn[oa]| estudiante)?' +
  '|(?:mama|papa|madre|padre|padrastro|madrastra|tutora?|abuel(?:it)?[oa]|ti[oa]|herman[oa]|prim[oa]|padrino|madrina|espos[oa]|novi[oa]|amig[oa]) de(?:l| la)?(?: alumn[oa]| estudiante)?' +
  // A classmate: "Soy compañera de Jimena Aranda Barba en el CUCBA", "soy compañero de rotación de
  // Sofía Muñoz Garibay".
  '|companer[oa] (?:de (?:rotacion|guardia|internado|clase|grupo|carrera|salon|cuarto|depa|trabajo|servicio social) )?de(?=\\s+\\p{L})' +
  // An office correcting one student of its list: "el código de Rubí Ibarra Valdivia no es ..."; a
  // list in an attachment with one student named: "Uno de ellos, Erick Tapia López, es el que más urge".
  '|(?:el|la) (?:codigo|nss|curp) de(?=\\s+\\p{L})|constancia (?:laboral|de trabajo|de empleo) de(?=\\s+\\p{L})|(?:una|uno) de (?:ellos|ellas),(?=\\s+\\p{L})' +
  // ...in Portuguese and French: "Sou mãe da Isabela Freitas Carvalho", "minha filha Ana ...", "je
  // suis la mère de Léa ...".
  '|(?:mae|pai|avo|irma|irmao) (?:da|do|de)(?=\\s+\\p{L})|(?:minha filha|meu filho|ma fille|mon fils)(?=\\s+\\p{L})|(?:mere|pere) de(?=\\s+\\p{L})' +
  // A friend copying it from somewhere: "Así viene su nombre en la pulsera: MEDINA PENA SELENE".
  '|su nombre(?: completo)?(?: [a-z]+){1,4}(?=\\s*:)';
const INTRO = new RegExp(`(?:^|[\\s,.;:¡!(])(?:${WRITER_INTRO}|${STUDENT_INTRO})(?:[\\s:,]+|$)`, 'gu');
const IS_WRITER_INTRO = new RegExp(`^[\\s,.;:¡!(]?(?:${WRITER_INTRO})`, 'u');
// A message form's heading: "RECADO DE CABINA No. 0415", "Recado telefónico", "Mientras usted no estaba".
const MESSAGE_FORM = /^\s*(?:recado(?:\s+(?:de\s+cabina|telef[óo]nico))?(?:\s+(?:no\.?|n[úu]m\.?)\s*\d+)?|mientras usted no estaba)\s*$/im;
// The intros of a relative's own child or grandchild, or of a friend or a classmate (folded).
const KIN_INTRO = /\b(?:hij[oa]|niet[oa]|abuel(?:it)?[oa]|mama|papa|madre|padre|amig[oa]|companer[oa]) /;
// The person just named lent the writer her mailbox or phone (folded).
const LENT_HER_MAILBOX = /^[^.]{0,60}\bme (?:presto|presta|prestaron) su (?:correo|cuenta|celular|cel|telefono|compu|computadora|laptop)\b/;
/** A parent or tutor writes: the writer's own name is not the student's. Runs on the raw text.
 * (In English too: "My name is Jennifer Miller and my daughter Hannah Grace Miller is ...".) */
export const PARENT_WRITES =
  /\b(?:soy (?:la |el |su )?(?:mam[aá]|pap[aá]|madre|padre|tutora?|padrastro|madrastra)(?![\p{L}])|(?:mam[aá]|pap[aá]|madre|padre|tutora?)(?: legal)? del? (?:la )?(?:alumn[oa]|estudiante|joven|mi hij[oa])|mi hij[oa](?![\p{L}])|mi (?:niet|sobrin)[oa](?![\p{L}])|\bmy (?:daughter|son)\b|\bi am (?:the |her |his )?(?:mother|father|mom|dad|parent|guardian) of\b|\bsou (?:a |o )?(?:m[ãa]e|pai)\b|\b(?:minha filha|meu filho|ma fille|mon fils)\b|\bje suis (?:la |le )?(?:m[èe]re|p[èe]re)\b)/iu;
// Every phrasing above holds one of these: most mail is passed over without the full pattern.
const PARENT_GATE = /mam|pap|madre|padre|tutor|hij|niet|sobrin|drastr|daughter|son\b|mother|father|mom\b|dad\b|parent|guardian|m[ãa]e\b|pai\b|filh|fille|fils\b|m[èe]re\b|p[èe]re\b/i;
/** PARENT_WRITES on a text; the finders and the extraction ask it of the same text in turn. */
export function parentWrites(text: string): boolean {
  if (text !== lastParentText) {
    lastParentText = text;
    const said = PARENT_GATE.test(text) ? PARENT_WRITES.exec(text) : null;
    lastParentResult = !!said && !studentParentWrites(text, said[0]);
  }
  return lastParentResult;
}
// A student who is a parent: "mi hijo" beside "soy alumna de Trabajo Social": she writes about herself.
// (Only when her child is all that made her a parent: "soy la mamá de ..." is a parent still.)
const SAYS_SHE_STUDIES = /\bsoy (?:una? )?(?:alumn[oa]|estudiante)\b/i;
const CHILD_ONLY = /\b(?:mi hij[oa]|my (?:daughter|son)|minha filha|meu filho|ma fille|mon fils)(?![\p{L}])/iu;
const CHILD_ONLY_G = new RegExp(CHILD_ONLY.source, 'giu');
function studentParentWrites(text: string, said: string): boolean {
  return SAYS_SHE_STUDIES.test(text) && CHILD_ONLY.test(said) && !PARENT_WRITES.test(text.replace(CHILD_ONLY_G, ' '));
}
let lastParentText = '';
let lastParentResult = false;
/** A parent named at the end of the words before "él se llama" (folded). */
const PARENT_JUST_NAMED = /\bmi (?:papa|mama|padre|madre|padrastro|madrastra|abuel[oa]|ti[oa]|espos[oa])\b[^.;!?]{0,30}$/;
/** After any name, in apposition: "..., mi mamá, ..." names a relative, not the student. */
const NAMED_RELATIVE = /^[\s,(]*(?:(?:es|era)\s+)?(?:mi|su)\s+(?:mama|papa|madre|padre|tutora?|herman[oa]|espos[oa]|abuel[oa]|ti[oa]|maestr[oa]|profesora?|amig[oa])\s*(?:$|[,.;:)!]|y\b|quien\b)/;
/** After a writer's name: a role that says the writer is not the student ("..., mamá de ..."). */
const NOT_STUDENT_ROLE =
  /^[\s,(]*(?:y\s+)?(?:soy\s+)?(?:(?:la|el|su)\s+)?(?:mama|papa|madre|padre|tutora?|abuel[oa]|ti[oa]|herman[oa]|prim[oa]|maestr[oa]|profesora?|coordinadora?|docente|amig[oa]|companer[oa]|espos[oa]|jef[ae]|secretari[oa]|asesora?|orientadora?|directora?|encargad[oa]|responsable|auxiliar|trabajadora? social|(?:hr|human resources|people|talent) (?:coordinator|manager|director|specialist|generalist|assistant|business partner)|recruiter)\b|^[\s,(]*(?:y\s+)?(?:les? escribo\s+)?(?:por|de parte de|en nombre de|en representacion de)\s+(?:mi|su)\s+(?:hij[oa]|herman[oa]|sobrin[oa]|niet[oa]|alumn[oa]|companer[oa]|amig[oa])\b/;
const WORD = /^[\p{L}][\p{L}'’-]*\.?$/u;
// A run of capitalised name words, particles between them (the patterns below).
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*\p{Lu}[\p{L}'’-]+){1,5}`;
// "Yadira Estrada Zamora (código 230873390)", "..., código ...", and in an office's list "Yadira
// Estrada Zamora (230873390)", or after a dash or a dot: "Adriana Reyes Gómez — código 223281448",
// "Isabel González Guerrero · código 224045881".
// ...and a home university's list in English: "Camille Lefebvre - UdeG code 232802002".
const NAME_THEN_CODE = new RegExp(String.raw`(${NAME_RUN})\s*(?:(?:\(|,|[—–\-·•|])\s*(?:(?:tu|su|con|de)\s+)?(?:c[oó]digo|cod\.|(?:UdeG |UDG )?(?:student )?code\b)|\(\s*\d{9}\s*\))`, 'gu');
// ...or opening its line before how the CURP writes it: "Moisés Guerrero Barragán, así como viene en la CURP",
// "Andrés Velasco Valdez, así viene en mi curp".
// (...or after "es" mid-sentence: "por si me faltó ponerlo completo ..., es Josefina Márquez Ávila, como viene en mi CURP".)
const NAME_AS_IN_CURP = new RegExp(String.raw`(?:^\s*|\b[Ee]s\s+)(${NAME_RUN}),?\s+(?:[Aa]s[ií]\s+(?:(?:tal\s+)?como\s+)?|(?:tal\s+)?como\s+)(?:viene|aparece|est[aá])\s+en\s+(?:la|mi)\s+(?:CURP|[Cc]urp)\b`, 'u');
// A name in apposition with its role, as clinics and doctors write: "atendí a Gabriela Zepeda
// Fregoso, estudiante de la UdeG", "se presentó Carolina Ponce Jiménez, alumna del CUCEI".
// Someone who is not the student writes about one ("le rento un cuarto a un muchacho que estudia en
// la UDG, Tadeo Félix Espinoza, ...", "una muchacha estudiante de enfermeria Mariana Márquez Nájera",
// "Atendimos a una paciente que dice ser estudiante de la UdeG ...: Jacqueline Moya Arteaga"): the
// name after the words that say who she is, in the same sentence.
const SOMEONE_WHO_STUDIES = new RegExp(String.raw`\b(?:[Uu]n|[Uu]na)\s+(?:muchach[oa]|chic[oa]|joven|señorita|paciente|estudiante|alumn[oa]|compañer[oa])\b([^.;!?\n]{0,80}?)[\s,:]+(${NAME_RUN})`, 'gu');
const TOLD_THE_WRITER = /^\s*,?\s*(?:me|nos) (?:dice|dijo|comenta|coment[oó]|avis[oó]|avisa|cuenta|cont[oó])\b/;
const SOMEONE_NOUN = /muchach|chic[oa]|joven|señorita|paciente|estudiante|alumn|compañer/i;
const PLACE_BEFORE = /\b(?:colonia|col|calle|avenida|av|fraccionamiento|fracc|hospital|cl[ií]nica|escuela|prepa|centro|en|de)\.?\s*$/i;
const STUDIES = /^$|estudi|alumn|udg|udeg|universidad|carrera|enfermer|medicina|prepa/i;
// A clinic's formula, the name after it: "Se presentó en esta unidad Nadia Itzel Sánchez Camacho, NSS ...".
// (...and "Se presentó en esta Unidad el C. Alejandro Ponce Ruiz", the unit capitalised, "el C." before him.)
const SHOWED_UP = new RegExp(String.raw`\b[Ss]e present[oó](?:\s+(?:en|a)\s+(?:esta|la|nuestra)\s+(?:[Uu]nidad|[Cc]l[ií]nica|UMF|[Vv]entanilla|[Oo]ficina|[AaÁá]rea|[Hh]ospital|[Cc]onsulta|[Uu]rgencias)(?:\s+(?:de|del)\s+[\p{Ll}\s]{2,30}?)?)?(?:\s+(?:el|la)(?:\s+C\.)?)?\s+(${NAME_RUN})`, 'u');
const YOUR_STUDENT = new RegExp(String.raw`\b[Yy]our student,?\s+(?:(?:Ms|Mr|Mrs|Miss|Mx)\.?\s+)?(${NAME_RUN})`, 'u');
// ("..., una estudiante de ustedes que está de verano con nosotros": with its article too.)
// (...or the verb: "Uno de mis choferes, Bryan Gutiérrez Moya, estudia con ustedes".)
// (...or in brackets, "La animadora Ángela Baldovinos Arias (estudiante CUCosta) necesita su seguro", or
// an employer's English: "Óscar Iván Santana Rubio is a student of your university".)
const NAME_THEN_ROLE = new RegExp(String.raw`((?:(?:M[aª]|J)\.\s*)?${NAME_RUN})(?:,\s*(?:(?:(?:un|una|el|la)\s+)?(?:estudiante|alumn[oa])\s+(?:de|del)\s|(?:que\s+)?estudia\s+(?:con\s+ustedes|en\s))|\s*\(\s*(?:estudiante|alumn[oa])\b|\s+is\s+an?\s+(?:\p{Ll}+\s+)?student\s+(?:of|at|in)\s)`, 'gu');
const FIELD_WORD = /^(?:codigo|cod|nss|curp|correo|e-?mail|mail|numero|no|imss|seguro)$/;
const DICTATED_STOP = /\s+(?:punto(?: y aparte| y seguido| final)?|coma)\s*$/i;

// Particles are at most four letters (DAS, DEL, LOS, VAN...) plus a period or comma.
const isParticle = (w: string) => w.length <= 5 && PARTICLES.has(foldForCurp(w).replace(/[.,]/g, ''));
const isCapitalized = (w: string) => /^[\p{Lu}]/u.test(w);
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Reads name words from the start of `text`: capitalized words and particles between them (or
 * any letters-only words when `anyCase`). Stops at punctuation, digits, field words and words
 * that are never names. Returns the words as written.
 */
export function readNameWords(text: string, anyCase: boolean, max = 7, keepLeadingParticles = false): string[] {
  // Values glued by a separator are separate words: "Ramírez/221234567", "Ramírez;CURP".
  return readNameTokens(text.replace(/([;/|])(?=\S)/g, '$1 ').split(/\s+/), 0, Infinity, anyCase, max, keepLeadingParticles);
}

/** readNameWords over tokens already split (toks[from..to)): the CURP finder reads every start of a line's tokens. */
function readNameTokens(toks: readonly string[], from: number, to: number, anyCase: boolean, max: number, keepLeadingParticles: boolean): string[] {
  const words: string[] = [];
  // (At most `max` name words; particles do not count: "María de los Ángeles de la Cruz Nuño".)
  let counted = 0;
  let capitalizedRun = 0;
  for (let k = from; k < toks.length && k < to; k++) {
    const tok = toks[k]!;
    if (!tok) continue;
    // English "I" after a name, a verb after it: "my name is Kevin Navarro Smith I was born ...".
    if (tok === 'I' && words.length && /^\p{Ll}/u.test(toks[k + 1] ?? '')) break;
    // A name quoted as a whole: "“Ana Ruiz Peña”" (a name never starts with a quote or apostrophe).
    const w = nameToken(words.length === 0 ? tok.replace(/^["“«'‘*_([]+/, '') : tok);
    // A nickname inside the name is not part of it: "María Fernanda (Fer) de la Cruz".
    if (words.length && w.nickname) continue;
    // Most words of a sentence: lower case and not a particle; stop before the costlier checks.
    if (!anyCase && !w.capitalized && !w.particleAsTyped) break;
    if (!w.word) break;
    if (w.fieldWord || (!w.particle && w.notName)) break;
    if (!w.particle && !anyCase && !w.capitalized) break;
    if (w.particle && anyCase && w.y) break;
    // In any case, a lower-case word after three or more capitalised name words is the sentence going
    // on: "Joel Castañeda Meléndez corre la Vuelta de Guanajuato".
    if (anyCase && !w.particle && !w.capitalized && capitalizedRun >= 3 && capitalizedRun === counted) break;
    // A place's acronym after a particle ends a name written in mixed case: "Lorena Cortés Zepeda
    // del CAPA de Tequila" (a name in capitals keeps "DEL RÍO").
    if (!w.particle && words.length >= 2 && isParticle(words[words.length - 1]!) && ACRONYM.test(w.clean) && !ACRONYM.test(words[0]!)) break;
    words.push(w.clean);
    if (!w.particle) counted++;
    if (!w.particle && w.capitalized) capitalizedRun++;
    if (w.ended || counted >= max) break;
  }
  while (words.length && isParticle(words[words.length - 1]!)) words.pop();
  if (!keepLeadingParticles) while (words.length && isParticle(words[0]!)) words.shift();
  return words;
}

/** What readNameTokens asks of one token; it depends on the token alone, so recent ones are remembered. */
interface NameToken { clean: string; ended: boolean; nickname: boolean; capitalized: boolean; particleAsTyped: boolean; word: boolean; particle: boolean; fieldWord: boolean; notName: boolean; y: boolean }
// Emoji that close a word or a value ("Hurtado✨").
const EMOJI_TAIL = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*$/u;
const nameToken = (t: string) => nameTokens(t, readNameToken);
const nameTokens = stringMemo<NameToken>(8192, 100);
function readNameToken(t: string): NameToken {
  const abbrev = /^(?:\p{L}|ma)\.,?$/iu.test(t); // "J." "Ma." keep their period
  // (An emoji glued after the last name ends it: "Hurtado✨".)
  const clean = abbrev ? t.replace(/,$/, '') : t.replace(EMOJI_TAIL, '').replace(/[,;:.!?)"”»'’*_/|]+$/, '');
  const folded = foldLabel(clean);
  const particle = PARTICLES.has(folded.replace(/[.,]/g, '').toUpperCase());
  return {
    clean,
    ended: abbrev ? t.endsWith(',') : clean !== t,
    nickname: /^[("“«]\p{L}+[)"”»],?$/u.test(t),
    capitalized: isCapitalized(clean),
    particleAsTyped: PARTICLES.has(clean.toUpperCase().replace(/[.,]/g, '')),
    word: WORD.test(clean),
    particle,
    fieldWord: FIELD_WORD.test(folded.replace(/\.$/, '')),
    notName: NOT_NAME_WORDS.has(folded.replace(/[^a-z]/g, '')),
    y: folded === 'y',
  };
}

/** The text after the name words read from the start of `rest`. */
function restAfter(rest: string, words: readonly string[]): string {
  let at = 0;
  for (const w of words) {
    const k = rest.indexOf(w, at);
    if (k < 0) break;
    at = k + w.length;
  }
  return rest.slice(at);
}

export const nonParticleCount = (ws: readonly string[]) => ws.filter((w) => !isParticle(w)).length;

const POINTS_ELSEWHERE = /^\s*(?:el|lo|la) (?:mismo|misma|que) |\b(?:que aparece|que viene|(?:esta|viene|va) (?:arriba|abajo|en el|en la|en mi)|(?:ver|vea|ve) (?:arriba|abajo|adjunto|el adjunto))\b/;

/** Cuts a labeled name value at what is clearly not the name ("| Código: ...", "(alumna)"). */
function cutLabeledValue(value: string): string {
  // Given names and surnames under two labels on one line: splitLabelName reads them.
  if (INNER_NAME_LABEL.test(value)) return '';
  // Another label that starts with "Nombre" ("Nombre de usuario:", "Nombre de mi mamá:").
  if (/^(?:de|del)\s[^:]{0,40}:/i.test(value.trim())) return '';
  // A sentence in place of the name ("Nombre: el mismo que aparece en mi correo").
  if (POINTS_ELSEWHERE.test(foldLabel(value))) return '';
  // (Emoji around it are no part of it: "✨Nombre:Aarón Delgado Hurtado✨".)
  let v = (value.split(/[|;(<@\t\d]| {2,}| [-–—] /)[0] ?? '').replace(EMOJI_TAIL, '');
  const commas = v.split(',');
  if (commas.length > 1) {
    const after = commas.slice(1).join(',');
    const afterWords = readNameWords(after.trim(), true);
    const ok = commas.length === 2 && afterWords.length > 0 && afterWords.join(' ').length >= after.trim().replace(/[.,]$/, '').length - 1;
    v = ok ? v : commas[0]!;
  }
  // Drop a trailing field keyword tail ("Juan Pérez López codigo"), and the punctuation a dictation
  // spells out ("Nombre Dolores Zamora Peña punto").
  // (...and a filler typed for a second surname she does not have: "Ana Sofía Arce X", "Gael Ocampo —".)
  const spoken = v.trim().replace(DICTATED_STOP, '').replace(SURNAME_FILLER_TAIL, '');
  const words = spoken.split(/\s+/);
  const stop = words.findIndex((w) => FIELD_WORD.test(foldLabel(w).replace(/[^a-z-]/g, '')));
  return normalizeName(stop > 0 ? words.slice(0, stop).join(' ') : spoken);
}

/** "Tepic, Nayarit" / "Zapopan, Jal.": the part after the comma is a state, so this is a town. */
const isState = (text: string) => STATES.has(foldLabel(text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim());

/** The name words read cover all of `raw` (but for a final period or comma). */
const readsWhole = (ws: readonly string[], raw: string) => ws.length > 0 && ws.join(' ').length >= raw.trim().replace(/[.,]$/, '').length - 1;

const STARRED_CORRECTION = /^\*\s*([^,;.*]+?)\s*[,;.]?\s+(?:perd[oó]n|sorry|el autocorrector|me corrigi[oó]|quise decir)/iu;
// A name in parentheses in a script with no Latin letter (Hangul, kana and kanji, Cyrillic, Arabic...).
const OWN_SCRIPT_AFTER = /\s+\((?:(?![\p{Script=Latin}\d])[\p{L}\p{M}\s·・])+\)\s*$/u;
function isListLine(line: string): string[] | null {
  // A signature with the code after the name: "Yuridia Corona Haro - 224827312".
  // (...or her campus after it in parentheses: "Elvira Torres de Santiago (CUAltos)"; or the name in
  // its own script: "Park Ji-ho (박지호)".)
  const t = line.trim().replace(/^(?:[-*•·–—]{1,2}\s*|\d{1,2}\s*[.)-]{1,2}\s+)/, '').replace(/\s+[-–|·]\s*\d{6,10}\s*$/, '').replace(/\s+\((?:CU|cu)[A-Za-zÁÉÍÓÚáéíóúñ]{2,12}\)\s*$/, '').replace(OWN_SCRIPT_AFTER, '');
  // Most lines are sentences: a digit or an @ (no name word holds one), or more than eight words
  // (seven name words at most, or four and four around a comma), and no reading below can take
  // the whole line. Said first, before the costlier label checks. (The words counted from the
  // start of the trimmed line: the same answer as from anywhere, without a retry at every character.)
  if (/[\d@]|^(?:\S+\s+){8}\S/.test(t)) return null;
  const folded = foldLabel(t);
  if (!t || GREETING.test(folded) || CLOSING.test(folded) || LABELS.some(([, r]) => r.test(folded))) return null;
  // "López García, María Fernanda" alone on a line: surnames, comma, given names.
  const comma = /^([^,]+),\s*([^,]+)$/u.exec(t);
  if (comma && isState(comma[2]!)) return null;
  if (comma) {
    const sur = readNameWords(comma[1]!, false, 4, true);
    const given = readNameWords(comma[2]!, false, 4);
    if (readsWhole(sur, comma[1]!) && readsWhole(given, comma[2]!) && nonParticleCount(sur) >= 1) return [`${sur.join(' ')},`, ...given];
  }
  const words = readNameWords(t, false, 7, true);
  if (words.join(' ').length < t.replace(/[.,]$/, '').length - 1) return null;
  return nonParticleCount(words) >= 2 && nonParticleCount(words) <= 6 ? words : null;
}

/**
 * A labeled name that may go on over the next line ("Nombre completo: Yahir Alexis" /
 * "Castañeda Ortega"): when the value has at most two words besides particles and the next line
 * holds only name words in the same case (no label, greeting, closing, digits), those words.
 * Offered before the one-line value; with a CURP, the reading that spells it wins.
 */
function continuedName(lines: readonly string[], at: number, value: string, prefix = false): string | null {
  const n = value.split(/\s+/).filter((w) => w && !isParticle(w)).length;
  if (n < 1 || n > 2 || /,/.test(value)) return null;
  const next = (lines[at + 1] ?? '').trim();
  if (!next || /\d|@/.test(prefix ? next.split(/[,;:]/)[0]! : next)) return null;
  const folded = foldLabel(next);
  if (GREETING.test(folded) || CLOSING.test(folded) || LABELS.some(([, r]) => r.test(folded.replace(BULLET, '')))) return null;
  const caps = value === value.toUpperCase();
  const lower = value === value.toLowerCase();
  if ((caps && next !== next.toUpperCase()) || (!caps && !lower && next === next.toUpperCase())) return null;
  // Whole line, or (after a sentence intro) its leading name words up to a comma.
  const head = prefix ? next.split(/[,;:]/)[0]!.trim() : next;
  const words = readNameWords(head, lower, 4, true);
  // After a sentence intro the sentence may go on after the name in lower case ("... y no tengo seguro").
  const goesOn = prefix && !lower && /^\s+\p{Ll}/u.test(restAfter(head, words));
  if (!words.length || (words.join(' ').length < head.replace(/[.,]$/, '').length - 1 && !goesOn)) return null;
  const k = nonParticleCount(words);
  return k >= 1 && k <= 3 ? words.join(' ') : null;
}

/** A surname label's value saying there is none (an X, as the CURP writes a missing one). */
const SURNAME_FILLER_TAIL = /(?<=\p{L}{2,})\s+(?:X|—|-{1,3}|N\/?A)$/u;
const NO_SURNAME = /^(?:no (?:lo )?tengo|no aplica|no hay|n\/?a|s\/a|ninguno|sin (?:segundo |primer )?apellido|-+|—|x)\.?$/;
const INNER_NAME_LABEL = /\s+(?=(?:apellidos?(?:\s+(?:paterno|materno))?|(?:primer|segundo)\s+apellido|nombres?(?:\s*\(s\))?)\s*:)/iu;
// (And in French and Portuguese forms: "Prénom :" / "Nom :", "Nome:" / "Sobrenome:".)
const GIVEN_LABEL = /^(?:nombres?|first names?|given names?|prenoms?|nomes?|primeiro nome)(?:\s*\(s\))?\s*(?:[:=\t]\s*|$)/;
const SURNAME_LABEL = /^(?:(?:primer|1er|segundo|2do|2o)\s+apellido|apellidos?(?:\s+(?:paterno|materno|1|2))?|(?:(?:second|2nd|first|1st)\s+)?(?:last|family) names?(?:\s*\(s\))?|surnames?(?:\s*\(s\))?|sobrenomes?|apelidos?|nom(?: de famille)?)\s*(?:[:=\t]\s*|$)/;

/** The cells of a row copied from a spreadsheet or a text table (tabs or "|"). */
const rowCells = (line: string) => line.trim().replace(/^\|\s*|\s*\|$/g, '').split(/\t|\|/).map((c) => c.trim());

/**
 * A header row over a row of values, as pasted from a spreadsheet ("Apellido paterno ⇥ Apellido
 * materno ⇥ Nombre(s) ⇥ Código ..." / "Salazar ⇥ Hurtado ⇥ Berenice ⇥ 220855138 ..."), or the
 * same table in HTML, one cell per line (a run of header cells, then as many value cells): given
 * names first, then the surnames in column order. Cell for cell; the first row of values only.
 */
function nameFromTableRow(lines: readonly string[]): { value: string; line: number } | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    let head: string[];
    let row: string[];
    let j: number;
    if (/[\t|]/.test(lines[i]!)) {
      head = rowCells(lines[i]!).map((c) => foldLabel(c));
      j = i + 1;
      while (j < lines.length && !lines[j]!.trim()) j++;
      row = j < lines.length ? rowCells(lines[j]!) : [];
      // (A last cell left empty, its separator kept: "...\tQUAF210624MJCNLRC1\t" under "...\tCURP\tNotes".)
      if (row.length === head.length - 1 && /[\t|]\s*$/.test(lines[j] ?? '')) row.push('');
    } else {
      let k = 0;
      while (i + k < lines.length && isHeaderCell(lines[i + k]!)) k++;
      if (k < 3) continue;
      head = lines.slice(i, i + k).map((c) => foldLabel(c.trim()));
      row = lines.slice(i + k, i + 2 * k).map((c) => c.trim());
      j = i + k;
      i += k - 1; // the next header run cannot start inside this one
    }
    const given = head.findIndex((c) => GIVEN_LABEL.test(c));
    const surnames = head.flatMap((c, k) => (SURNAME_LABEL.test(c) ? [k] : []));
    if (given < 0 || !surnames.length || row.length !== head.length) continue;
    const cell = (k: number) => {
      const words = readNameWords(row[k]!, true, 4, k !== given);
      return words.length && words.join(' ').length >= row[k]!.replace(/[.,]$/, '').length - 1 ? words.join(' ') : null;
    };
    const parts = [cell(given), ...surnames.map(cell)];
    // A student with one surname leaves the second cell empty.
    if (!parts[0] || !parts[1]) continue;
    return { value: parts.filter(Boolean).join(' '), line: j };
  }
  return null;
}

/** A table's header cell alone on its line: "Nombre(s)", "Apellido paterno", "Código", "No.". */
function isHeaderCell(line: string): boolean {
  const t = foldLabel(line.trim());
  if (!t || t.length > 40) return false;
  return GIVEN_LABEL.test(t) || SURNAME_LABEL.test(t) || /^(?:no\.?|num\.?|#|n[°º])$/.test(t)
    || (t.split(/\s+/).length <= 4 && LABELS.some(([, r]) => r.test(t) && r.exec(t)![0].length >= t.replace(/[:.\s]+$/, '').length));
}

/**
 * A name written over several labels ("Nombre(s): Ana Sofía" / "Apellido paterno: García" /
 * "Apellido materno: López", or "Apellidos: García López" / "Nombre(s): Ana Sofía") within a
 * few lines: given names first, then the surnames in the order written.
 */
function splitLabelName(input: readonly string[]): { value: string; line: number } | null {
  // Nothing is returned without a surname label: most mail has none.
  const all = foldLabel(input.join('\n').replace(/\*\*|__/g, ''));
  if (!all.includes('apellido') && !all.includes('last name') && !all.includes('surname') && !all.includes('family name') && !all.includes('sobrenome') && !all.includes('apelido') && !all.includes('prenom')) return null;
  const row = nameFromTableRow(input);
  if (row) return row;
  // Both labels on one line: "Nombre(s): Juan Carlos Apellidos: Hernández Ramírez".
  const lines = input.flatMap((l) => l.split(INNER_NAME_LABEL));
  let given: { value: string; line: number } | null = null;
  const surnames: string[] = [];
  let last = -10;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\*\*|__/g, '').replace(BULLET, '').trim();
    const folded = foldLabel(raw);
    const g = GIVEN_LABEL.exec(folded);
    const sl = g ? null : SURNAME_LABEL.exec(folded);
    const m = g ?? sl;
    if (!m) continue;
    if (i - last > 3) {
      given = null;
      surnames.length = 0;
    }
    last = i;
    let value = raw.slice(m[0].length).trim();
    // A label alone on its line (an HTML table cell): the value is the next line.
    if (!value && i + 1 < lines.length) {
      const next = lines[i + 1]!.replace(/\*\*|__/g, '').replace(BULLET, '').trim();
      if (!LABELS.some(([, r]) => r.test(foldLabel(next))) && !GIVEN_LABEL.test(foldLabel(next)) && !SURNAME_LABEL.test(foldLabel(next))) value = next;
    }
    // "Apellido materno: no tengo": the student has one surname; the name is complete without it.
    if (!g && NO_SURNAME.test(foldLabel(value).replace(/^[([]\s*|\s*[)\]]$/g, ''))) {
      if (given && surnames.length) return { value: `${given.value} ${surnames.join(' ')}`, line: given.line };
      continue;
    }
    // ("Apellidos: Ocampo / —": the second surname's box filled with a dash.)
    if (!g && value.includes('/')) value = value.split('/').map((x) => x.trim()).filter((x) => x && !NO_SURNAME.test(foldLabel(x))).join(' ');
    const words = readNameWords(value, true, 4, !g);
    if (!words.length || words.join(' ').length < value.replace(/[.,]$/, '').length - 1) continue;
    if (g) given = { value: words.join(' '), line: i };
    else surnames.push(words.join(' '));
    if (!given || !surnames.length) continue;
    // One surname so far: wait for a second surname label just below.
    const next = lines.slice(i + 1, i + 4).map((l) => foldLabel(l.replace(/\*\*|__/g, '').replace(BULLET, '').trim()));
    if (surnames.length < 2 && next.some((l) => SURNAME_LABEL.test(l))) continue;
    return { value: `${given.value} ${surnames.join(' ')}`, line: given.line };
  }
  return null;
}

const NAMES_IN_ANY_CASE = /(?:mi nombre(?: completo)? es|me llamo)[\s:,]*$/;
const LOWER_CASE_KIN = /\b(?:(?:abuel(?:it)?[oa]|mama|papa|madre|padre|ti[oa]) de(?:l| la)?|mi (?:niet|hij|sobrin)[oa])[\s:,]*$/;
const ENDS_LOWER_CASE_NAME = /^\s*(?:$|[,.;:(-]|\d|(?:y\s+)?(?:mi\s+)?(?:c[oó]digo|nss|curp|correo|n[uú]mero)\b)/i;

// A bare "es" after the writer said the name was wrong ("Perdón, el autocorrector me cambió el
// apellido, es ..."): the name written again as a correction (folded).
const BARE_ES_OR_SOY = /^[\s,.;:¡!(]?(?:es|soy)[\s:,]*$/;
const SAID_WRONG_BEFORE = /(?:perdon|disculp[a-z]*|autocorrector|corrector|predictor|me equivoque|al reves|(?:cambio|corrigio|puse mal|puso mal|escribi mal) (?:el|mi|los|mis) (?:apellidos?|nombre))[^.!?]*[.!]?$/;
// "..., pero mi nombre es": the name after "pero" (folded).
const BUT_BEFORE = /\bpero,?\s?$/;
// (...and "mi nombre bien es", "mi nombre completo es" said against a form's: the name she vouches for.)
const CORRECTED_NAME = /\bnombre (?:completo )?(?:correcto|bien escrito)\b|\bmi nombre (?:bien|completo|real|correcto) es\b/;

/** Adds a name candidate of the segment to `out` (module level: see find-values' valuePusher). */
function namePusher(out: Candidate[], source: Segment['source'], posBase: number) {
  return (value: string, how: Candidate['how'], pos: number, corrects = false) =>
    value && out.push({ field: 'fullName', value, source, labeled: how === 'label', how, pos: posBase + pos, ...(corrects ? { corrects } : {}) });
}

/** Name candidates in one segment (labeled, sentence, list, signature). */
export function findNames(seg: Segment, posBase: number): Candidate[] {
  const out: Candidate[] = [];
  const lines = seg.text.split('\n');
  const push = namePusher(out, seg.source, posBase);
  let afterClosing = -1;
  // A parent or tutor writing: their own name (after "soy", in the signature) is not the student's.
  const byParent = parentWrites(seg.text);
  // The last three non-empty lines: where a closing line may carry the signature.
  const firstLine = lines.findIndex((l) => l.trim());
  let lastLines = lines.length;
  for (let k = lines.length - 1, seen = 0; k >= 0 && seen < 3; k--) if (lines[k]!.trim()) (lastLines = k), seen++;
  const split = splitLabelName(lines);
  if (split) push(normalizeName(split.value), 'label', split.line * 1000 + 1);
  // A message form ("RECADO DE CABINA", "Recado telefónico"): its "De:" line names who left the message.
  const messageForm = /\brecado\b/i.test(seg.text) && MESSAGE_FORM.test(seg.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue; // a blank line (quoted lines are blanked): no label, no name
    if (messageForm && /^\s*de\s*:/i.test(line)) {
      const words = readNameWords(line.replace(/^\s*de\s*:\s*/i, ''), false, 6);
      if (nonParticleCount(words) >= 2) push(normalizeName(words.join(' ')), 'label', i * 1000);
    }
    const lab = readLabel(lines, i);
    // (A given-name label of a name split over labels is read whole above: "Nome: João Pedro" /
    // "Sobrenome: Gonçalves Ribeiro" is not "João Pedro".)
    if (lab?.field === 'fullName' && !(split && GIVEN_LABEL.test(foldLabel(line.replace(/\*\*|__/g, '').replace(BULLET, '').trim())))) {
      const value = cutLabeledValue(lab.value);
      const more = continuedName(lines, lab.valueLine, value);
      // "Perdón, el autocorrector me cambió el apellido. Nombre correcto: ...": it replaces the first.
      const corrects = CORRECTED_NAME.test(foldLabel(line));
      if (more) push(normalizeName(`${value} ${more}`), 'label', lab.valueLine * 1000 - 1, corrects);
      push(value, 'label', lab.valueLine * 1000, corrects);
    }
    // A name followed by the student's code, as offices and teachers write: "atendimos a Ana Ruiz
    // Peña, código 221935987", "mi tesista Ana Ruiz Peña (código ...)".
    if (/c[oó]d|code|\(\s*\d{9}\s*\)/i.test(line)) for (const m of allMatches(NAME_THEN_CODE, line)) {
      const name = wholeNameRun(m[1]!);
      if (name) push(name, 'sentence', i * 1000 + m.index!);
    }
    // A name opening its line, then how the CURP writes it (answering the desk's correction notice).
    const asInCurp = /curp/i.test(line) ? NAME_AS_IN_CURP.exec(line) : null;
    const nameAsInCurp = asInCurp ? wholeNameRun(asInCurp[1]!) : null;
    if (nameAsInCurp) push(nameAsInCurp, 'sentence', i * 1000);
    // A clinic's formula: "Se presentó en esta unidad Nadia Itzel Sánchez Camacho, NSS ...".
    // A host university's "Your student, Ms. Daniela Orozco Vélez (UdG student code ...)".
    const yours = line.includes('tudent') ? YOUR_STUDENT.exec(line) : null;
    const yoursName = yours ? wholeNameRun(yours[1]!) : null;
    if (yoursName) push(yoursName, 'sentence', i * 1000 + yours!.index);
    const showedUp = line.includes('present') ? SHOWED_UP.exec(line) : null;
    const showedUpName = showedUp ? wholeNameRun(showedUp[1]!) : null;
    if (showedUpName) push(showedUpName, 'sentence', i * 1000 + showedUp!.index);
    if (/\b[Uu]n[oa]?\s/.test(line) && SOMEONE_NOUN.test(line)) for (const m of allMatches(SOMEONE_WHO_STUDIES, line)) {
      // (Not a place: "un muchacho de la UdeG que me renta un cuarto en la colonia Jardines del Country".)
      // (...or after it: "una compañera en la maquila, Rosalba Nieves Carranza, que estudia en ...".)
      const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
      // (Not one who only told the writer: "Un compañero, Ricardo Benavente Ochoa, me dice que a él le llegó un aviso ...".)
      const name = (STUDIES.test(m[1]!.trim()) || /^\s*,?\s*que estudia/.test(after)) && !PLACE_BEFORE.test(m[1]!) && !TOLD_THE_WRITER.test(after) ? wholeNameRun(m[2]!) : null;
      if (name) push(name, 'sentence', i * 1000 + m.index!);
    }
    if (/estudia|alumn|student/i.test(line)) for (const m of allMatches(NAME_THEN_ROLE, line)) {
      // The capitalised run may start with a place or an office ("a esta UMF Carolina Ponce ..."):
      // the longest tail that is all name words.
      const toks = m[1]!.split(/\s+/);
      for (let k = 0; k + 1 < toks.length; k++) {
        const tail = toks.slice(k).join(' ');
        const words = readNameWords(tail, false, 6);
        if (nonParticleCount(words) < 2 || words.join(' ').length < tail.length - 1) continue;
        push(normalizeName(words.join(' ')), 'sentence', i * 1000 + m.index!);
        break;
      }
    }
    // A label after the value: "Ana Ruiz Peña (nombre completo)".
    const after = line.includes('(') ? /^(.+?)\s*\((?:mi\s+)?nombre(?:\s+completo)?\)\s*$/iu.exec(line.replace(/^\s*[-*•·]\s*/, '')) : null;
    if (after) push(cutLabeledValue(after[1]!), 'label', i * 1000);
    // "me apellido Olmos Carranza y me llamo Óscar": surnames first, then the given names.
    const surFirst = /apellido/i.test(line) ? /\bme apellido\s+(.+?)\s+y\s+(?:me llamo|mi nombre es)\s+(.+)$/iu.exec(line) : null;
    if (surFirst && !byParent) {
      const sur = readNameWords(surFirst[1]!, true, 3, true);
      const given = readNameWords(surFirst[2]!, true, 3);
      if (sur.length && given.length) push(normalizeName(`${given.join(' ')} ${sur.join(' ')}`), 'sentence', i * 1000 + surFirst.index);
    }
    const folded = foldLabel(line);
    INTRO.lastIndex = 0;
    for (let m = INTRO.exec(folded); m; m = INTRO.exec(folded)) {
      // The next intro may start right after this one, whether or not this one names anybody
      // ("alumno con nombre ...", "soy abuelo de Tamara ...").
      INTRO.lastIndex = m.index + m[0].replace(/[\s:,]+$/, '').length;
      let rest = line.slice(m.index + m[0].length);
      // "soy de San Juan de los Lagos", "soy del CUCEI": where someone is from, not a name (a name
      // opens with a given name, never with "de").
      if (/(?:^|[\s,.;:¡!(])(?:yo\s+)?soy[\s,]*$/.test(m[0]) && /^del?\s/.test(rest)) continue;
      // An intro ending its line ("Mi nombre es:" / "Juan Carlos ..."): the name opens the next
      // non-empty line; what follows it may be on the line after.
      let after = '';
      // (The line the name is read from: the next one when the intro ends its own.)
      let nameLine = i;
      if (!rest.trim()) {
        let j = i + 1;
        while (j < lines.length && j <= i + 2 && !lines[j]!.trim()) j++;
        const next = lines[j] ?? '';
        if (!LABELS.some(([, r]) => r.test(foldLabel(next).replace(BULLET, '')))) (rest = next.replace(BULLET, '')), (nameLine = j);
        after = ' ' + (lines[j + 1] ?? '');
      }
      // (A surname's particle opening the name as written, "DE LOS REYES CAMBEROS ITZAYANA" or "De
      // la Torre Ana" written surnames first, is kept; a lower-case "de" is not the name's.)
      const words = readNameWords(rest, false, 7, /^\s*\p{Lu}/u.test(rest));
      // After "mi nombre es" or "me llamo", a name in lower case is still one when a field or a
      // value ends it (a dictation's "mi nombre es valeria aro medina código 243…"); lower-case
      // words that run on into the sentence ("… garcia estudio …") are not read.
      if (!words.length && NAMES_IN_ANY_CASE.test(m[0])) {
        const lower = readNameWords(rest, true, 5);
        if (lower.length >= 2 && ENDS_LOWER_CASE_NAME.test(restAfter(rest, lower))) words.push(...lower);
      }
      // ...and after a grandparent's or a parent's "soy abuelita de" or "mi nieta", three lower-case
      // words before "que" or a verb ("soy abuelita de valentina hurtado casillas que entro hoy a la
      // universidad", "mi nieta valentina cruz anguiano cumple hoy 20 años").
      if (!words.length && LOWER_CASE_KIN.test(m[0])) {
        for (const max of [4, 3]) {
          const lower = readNameWords(rest, true, max);
          if (nonParticleCount(lower) < 3 || !/^\s*(?:,\s*)?(?:que|cumple|tiene|no|se|esta|estudia|entro|va)\s/.test(restAfter(rest, lower))) continue;
          words.push(...lower);
          break;
        }
      }
      const tail = foldLabel(restAfter(rest, words) + (restAfter(rest, words).trim() ? '' : after));
      // (A writer intro inside quotation marks is whoever is quoted: the student's own WhatsApp
      // words a tutor pastes, "soy Iván Campos Zepeda de su grupo de tutoría ...".)
      // (A classmate who borrowed the student's mailbox writes for himself: "soy Bruno Esqueda Palafox,
      // compañero de Monse, ella me prestó su correo".)
      if ((IS_WRITER_INTRO.test(m[0]) && ((byParent && !insideQuotedSpeech(line, m.index)) || (NOT_STUDENT_ROLE.test(tail) && !LENT_HER_MAILBOX.test(tail)))) || NAMED_RELATIVE.test(tail)) continue;
      // "...dicen que es de mi papá, él se llama Rogelio Ochoa Sánchez": "él" is the parent just named.
      if (/\b(?:el|ella) se llama/.test(m[0]) && PARENT_JUST_NAMED.test(folded.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "San Juan de los Lagos, Jal.": a town followed by its state.
      const place = /^\s*,\s*([^,.;:]+)/.exec(tail);
      if (place && isState(place[1]!)) continue;
      // A name the line ends in may go on over the next line ("soy Juan Carlos" / "Hernández Ramírez, ...").
      if (words.length && words.join(' ').length >= rest.trim().replace(/[.,]$/, '').length - 1) {
        const more = continuedName(lines, nameLine, words.join(' '), true);
        if (more) push(normalizeName(`${words.join(' ')} ${more}`), 'sentence', i * 1000 + m.index - 1);
      }
      // ("en la credencial aparezco como MA JOSE GUTIERREZ DE VELASCO H, pero mi nombre es ...": the name
      // after "pero" is the one she vouches for.)
      if (nonParticleCount(words) >= 2) push(normalizeName(words.join(' ')), 'sentence', i * 1000 + m.index, CORRECTED_NAME.test(m[0]) || (BARE_ES_OR_SOY.test(m[0]) && SAID_WRONG_BEFORE.test(folded.slice(0, m.index))) || BUT_BEFORE.test(folded.slice(Math.max(0, m.index - 8), m.index + 1))
        // ("Perdón, me equivoqué arriba, así es como viene en mi acta: NAME": after saying what went wrong.)
        || (IS_WRITER_INTRO.test(m[0]) && SAID_WRONG_BEFORE.test(folded.slice(0, m.index))));
      // A relative names the student by the given name alone ("mi hija Mariana (código ...)", "soy la
      // abuelita de Víctor, que vive conmigo"): that given name, incomplete (the reply asks for the
      // whole one). (Not a signature's role line, "mamá de Juan": the writer's, said of herself.)
      // (Not the one who lent the writer her mailbox: "compañero de Monse, ella me prestó su correo".)
      else if (words.length === 1 && KIN_INTRO.test(m[0]) && /^\s*(?:[(,.;:]|[a-zñ]+\s)/.test(tail) && !LENT_HER_MAILBOX.test(tail)) out.push({ field: 'fullName', value: words[0]!, source: seg.source, labeled: true, how: 'sentence', pos: posBase + i * 1000 + m.index });
      // "Juan Carlos, Hernández Ramírez." / "yo López García, María, solicito...": two name words,
      // a comma and the rest of the name up to the end of the clause are one name, read first.
      const comma = /^([^,]+),\s*([^,.;:]+)/u.exec(rest);
      if (comma && readNameWords(comma[1]!, false).join(' ') === comma[1]!.trim()) {
        const afterComma = rest.slice(comma[0].length - comma[2]!.length);
        // "Ameca, Jal." after the comma is a town and its state, not given names.
        const town = /^[^,]+,\s*([^,.;:]+)/.exec(afterComma);
        // ...and "Soy Yasmine Benali, de Marruecos, llegué ...": where she is from, a lower-case "de"
        // and one word (a surname's particle runs on: "López, de la Torre Ana").
        const from = /^\s*del?\s+\p{Lu}\p{L}+\s*$/u.test(comma[2]!);
        const given = from || isState(comma[2]!) || (town && isState(town[1]!)) ? [] : readNameWords(comma[2]!, false);
        const clauseEnds = /^\s*(?:$|[.,;:])/.test(restAfter(afterComma, given));
        const first = nonParticleCount(words) <= 2 && nonParticleCount(given) <= 3 && clauseEnds;
        if (given.length) push(normalizeName(`${comma[1]!.trim()}, ${given.join(' ')}`), 'sentence', i * 1000 + m.index + (first ? -1 : 1));
      }
    }
    const trimmed = folded.trim();
    if (CLOSING.test(trimmed)) {
      afterClosing = i;
      // "Saludos, Juan Carlos Hernández Ramírez" closing the mail: a signature on the closing line.
      // Not after thanks ("Gracias, Martha González" thanks someone), not on the first line.
      // (...or "Att Alan Partida Gómez", the abbreviation with no punctuation after it.)
      const sign = /^(?:(?:saludos(?: cordiales)?|un saludo|cordialmente|bendiciones|quedo (?:atent[oa]|al pendiente|en espera))\s*[,.!:;-]+\s*|att\.?\s+)/.exec(trimmed);
      const words = sign && i >= lastLines && i > firstLine ? isListLine(line.trim().slice(sign[0].length)) : null;
      if (words && !byParent) push(normalizeName(words.join(' ')), 'signature', i * 1000);
    }
    if (!lab && !GREETING.test(trimmed)) {
      // A starred correction, as chats write them: "*Leticia Casas Orendain, perdón el autocorrector me
      // cambió Casas" under the name as it went out.
      const starred = line.startsWith('*') && line[1] !== '*' ? STARRED_CORRECTION.exec(line) : null;
      const starredWords = starred ? isListLine(starred[1]!) : null;
      if (starredWords) {
        push(normalizeName(starredWords.join(' ')), 'list', i * 1000, true);
        continue;
      }
      // "MARIANA CHÁVEZ ZAMORA... perdón, Mariana Chávez Zamora": the name after the correction.
      const fixed = /perd[oó]n|dicho|digo/i.test(line) ? /^(.+?)(?:\.{2,}|[,;])?\s+(?:perd[oó]n|mejor dicho|digo)\s*,?\s+(.+)$/iu.exec(line) : null;
      const words = isListLine(fixed && isListLine(fixed[1]!) ? fixed[2]! : line);
      const signature = afterClosing >= 0 && i - afterClosing <= 3;
      // "Lorena Méndez Ortiz" / "mamá de Juan": a role on the next line says it is not the student.
      // (Asked only of a line that reads as a name: most lines do not.)
      const role = !!words && (NOT_STUDENT_ROLE.test(foldLabel(lines[i + 1] ?? '')) || (signature && byParent));
      if (words && !role) {
        // Two name words going on over the next line ("Juan Carlos" / "Hernández Ramírez").
        const cont = nonParticleCount(words) === 2 ? continuedName(lines, i, words.join(' ')) : null;
        const more = cont && !cont.split(' ').some((w) => words.includes(w)) ? cont : null;
        // A name alone under a line that corrects it ("Perdón, en el nombre puse Gomes, es Gómez con z:").
        const corrects = i > 0 && NAME_CORRECTED_ABOVE.test(foldLabel(previousLine(lines, i)));
        if (more) push(normalizeName(`${words.join(' ')} ${more}`), signature ? 'signature' : 'list', i * 1000 - 1, corrects);
        push(normalizeName(words.join(' ')), signature ? 'signature' : 'list', i * 1000, corrects);
      }
    }
  }
  return out;
}

const NAME_CORRECTED_ABOVE = /\b(?:perdon|me equivoque|corrijo|correccion|(?:el|lo) correcto|bien escrito)\b.*:\s*$/;
const previousLine = (lines: readonly string[], i: number) => {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (lines[k]!.trim()) return lines[k]!;
  return '';
};

interface NameRun {
  words: string[];
  /** Shortest prefix worth trying (a longer run only counts with a word it added). */
  min: number;
}

/**
 * The runs of name words starting at `toks[s]`, as the CURP finder tries them: the words up to a
 * punctuation mark; when they end in a comma, those words, the comma and the name words after it
 * ("Juan Carlos, Hernández Ramírez"); when they run to the end of the line, those words and the
 * leading name words of up to two following lines (a name wrapped by the mail client, or split
 * over table cells).
 */
function nameRuns(toks: readonly string[], s: number, nextLines: readonly string[]): NameRun[] {
  // readNameWords reads at most 7 words: 8 tokens tell whether they reach the end of the line.
  const words = readNameTokens(toks, s, s + 8, true, 7, false);
  const runs: NameRun[] = [{ words, min: 2 }];
  const last = s + words.length - 1;
  const lastTok = toks[last] ?? '';
  if (words.length && words.length <= 4 && /,$/.test(lastTok)) {
    const more = readNameTokens(toks, last + 1, last + 5, true, 4, false);
    if (nonParticleCount(more) >= 1) runs.push({ words: [...words.slice(0, -1), `${words[words.length - 1]},`, ...more], min: words.length + 1 });
  }
  // Up to two following lines (a name wrapped, or given names and surnames in table cells): the
  // leading name words of each, while the line before was all name words.
  let run = words;
  let whole = words.length > 0 && last === toks.length - 1 && !/[,.;:!?]$/.test(lastTok);
  for (const next of nextLines) {
    if (!whole || run.length >= 7) break;
    const folded = foldLabel(next.trim());
    const label = LABELS.some(([, r]) => r.test(folded.replace(BULLET, ''))) || GREETING.test(folded) || CLOSING.test(folded);
    const more = /\d|@/.test(next) || label ? [] : readNameWords(next.trim(), true, 4, true);
    if (!more.length) break;
    run = [...run, ...more];
    runs.push({ words: run, min: run.length - more.length + 1 });
    const nextToks = next.trim().split(/\s+/);
    whole = more.length === nextToks.length && !/[,.;:!?]$/.test(nextToks[nextToks.length - 1]!);
  }
  return runs;
}

/**
 * The next two non-empty lines after line i, across at most one blank line before each (HTML
 * paragraphs become lines with a blank line between them); a wider gap ends the run.
 */
function followingLines(lines: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && out.length < 2; j++) {
    if (!lines[j]!.trim()) {
      if (lines[j + 1]?.trim()) continue;
      break;
    }
    out.push(lines[j]!);
  }
  return out;
}

/** A capitalised run (NAME_RUN) that reads whole as a name of two words or more, normalised; else null. */
function wholeNameRun(run: string): string | null {
  // (A greeting before it is not part of it: "Estimada Beatriz Urzúa Flores (código ...):".)
  const bare = run.trim().replace(GREETING_WORD, '');
  const words = readNameWords(bare, false, 6);
  return nonParticleCount(words) >= 2 && words.join(' ').length >= bare.length - 1 ? normalizeName(words.join(' ')) : null;
}
const GREETING_WORD = /^(?:Estimad[oa]s?|Querid[oa]s?|Apreciable|Apreciad[oa]|Hola|Dear)\s+/u;

/** The first token in [start, end) of line `i` that opens a run of name words spelling the CURP. */
function spellingAt(toks: readonly string[], start: number, end: number, lines: readonly string[], i: number, curp: string): { name: string; s: number } | null {
  const reach: Reach = { toks, lines, i, next: undefined, curp, initialAt: [], nextHas: undefined };
  for (let s = start; s < end; s++) {
    if (!mayOpenName(toks[s]!, curp) || !reaches(reach, s)) continue;
    const name = spellingRun(nameRuns(toks, s, nextLines(reach)), curp);
    if (!name) continue;
    // Lower-case words of the sentence before a capitalised name ("se brindó atención a Braulio
    // Esparza Delgadillo"; "brindó" and "atención" happen to fit the CURP's given-name letters):
    // the capitalised name, when it spells the CURP by itself.
    if (!isCapitalized(name) && /\p{Lu}/u.test(name)) {
      const span = s + name.split(/\s+/).length;
      for (let t = s + 1; t < Math.min(end, span); t++) {
        if (!isCapitalized(toks[t]!) || !mayOpenName(toks[t]!, curp) || !reaches(reach, t)) continue;
        const later = spellingRun(nameRuns(toks, t, nextLines(reach)), curp);
        if (later) return { name: later, s: t };
      }
    }
    return { name, s };
  }
  return null;
}

/**
 * A name spelling the CURP starts with its given name or its first surname (or a particle).
 * Most words of a mail start with an ASCII letter that no name here can start with: that is
 * decided on the first character before any folding.
 */
// The initials of the particles (DE, LA, MC, VAN, Y...) and of MA/J/JOSE/MARIA.
const OPENING_INITIALS = new Set([...PARTICLES, 'MA', 'J'].map((p) => p[0]!));
function mayOpenName(tok: string, curp: string): boolean {
  const initial = asciiInitial(tok);
  if (initial) {
    if (initial === curp[0] || initial === curp[3] || (initial === 'N' && (curp[0] === 'X' || curp[3] === 'X'))) return true;
    // (Its folded head is that initial: only the words that open any name are left.)
    return OPENING_INITIALS.has(initial) && opensAnyName(tok);
  }
  const head = foldForCurp(tok.replace(/^["“«'‘*_(]+/, ''))[0];
  return head === curp[0] || head === curp[3] || (head === 'N' && (curp[0] === 'X' || curp[3] === 'X')) || opensAnyName(tok);
}

/**
 * MA, J, JOSE, MARIA or a particle: a name may open with it whatever the CURP. Asked of most
 * words of a mail that start with D, E, J, L, M, V or Y ("de", "la", "me"...); it depends on the
 * token alone, so recent ones are remembered.
 */
// (A token longer than MARIA. cannot be one unless folding shortens it, which only combining
// accents do: decided without the memo, whose hashing of each new word costs more than that.)
const opensAnyName = (tok: string) => (tok.length > 6 && !COMBINING_MARK.test(tok) ? false : opensAnyNames(tok, readOpensAnyName));
const COMBINING_MARK = /[\u0300-\u036f]/;
const opensAnyNames = stringMemo<boolean>(8192, 100);
function readOpensAnyName(tok: string): boolean {
  return /^(?:MA|J|JOSE|MARIA)\.?$/.test(foldForCurp(tok)) || isParticle(tok);
}

/**
 * Given a valid CURP: on each line, the first run of 2-7 name words (tolerant to order, a comma,
 * initials, case and a line break) that spells it completely.
 */
export function findNamesByCurp(seg: Segment, curp: string, posBase: number): Candidate[] {
  const out: Candidate[] = [];
  const lines = seg.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue; // a blank line: no tokens (many lines of a mail)
    // Values glued by punctuation are separate tokens: "Ramírez;221234567", "datos:Juan", and a
    // row of comma-separated values ("Fátima Aranda Nuño,223334436,…").
    const line = lines[i]!.replace(/([;:/|(),])(?=\S)/g, '$1 ');
    const toks = line.split(/\s+/).filter(Boolean);
    // A greeting names someone else ("Hola Lic. Rosa María Gutiérrez,"): on a greeting line the
    // name is looked for after an intro ("hola buenas tardes mi nombre es ..."), else after the
    // greeting's first punctuation ("buenas, mis datos: ..."), else after its first word. An
    // intro after that punctuation opens a later sentence ("Hola. Escribo por mi hermana, Ana
    // Ruiz Peña. Yo también..."): the name may come before it.
    let from = 0;
    const folded = foldLabel(line.trim());
    if (GREETING.test(folded)) {
      INTRO.lastIndex = 0;
      const intro = INTRO.exec(foldLabel(line));
      const cut = intro ? line.slice(0, intro.index + intro[0].length).split(/\s+/).filter(Boolean).length : -1;
      const punct = toks.findIndex((t) => /[,.;:!]$/.test(t) && !/^(?:\p{L}|ma|lic|mtr[oa]|dr[a]?|ing|sr[a]?|srita)\.$/iu.test(t)) + 1;
      from = cut >= 0 ? (punct > 0 ? Math.min(cut, punct) : cut) : punct;
      if (from === 0) from = 1;
    }
    // A greeting with no punctuation of its own runs on into the sentence ("buenas tardes les
    // escribo por mi nieta Dulce María ... seguro."): a name that spells the whole CURP there is
    // the student's, not the one greeted.
    const at = spellingAt(toks, from, toks.length, lines, i, curp);
    const found = at ?? (from > 1 ? spellingAt(toks, 1, from, lines, i, curp) : null);
    // A reading with a single surname that another name word follows on the line ("Nombre: Brandon
    // Gómez Arias" for GOFB...: the CURP's second surname is an F): the name as written has a second
    // surname the CURP does not spell, not one surname; the mismatch is said, not cut away.
    if (found && oneSurname(found.name, curp) && followedByNameWord(toks, found.s + found.name.split(/\s+/).length)) {
      // (Nothing pushed: the labeled or written name is read by the other finders.)
    } else if (found) out.push({ field: 'fullName', value: withoutCellComma(normalizeName(found.name).replace(SURNAME_FILLER_TAIL, ''), curp), source: seg.source, labeled: false, how: 'curp', pos: posBase + i * 1000 + found.s });
    // A parent and a child who share given names and a surname on one line ("Solicitante: Arturo
    // Bernal Medina (padre) | Alumno: Arturo Bernal Sánchez"): the parent's name reads as the
    // child's with one surname; a later run with both is the child's (the choice takes the fuller).
    if (found && found.name.split(/\s+/).length <= 3 && oneSurname(found.name, curp)) {
      const later = spellingAt(toks, found.s + found.name.split(/\s+/).length, toks.length, lines, i, curp);
      if (later && later.name.split(/\s+/).length > found.name.split(/\s+/).length) out.push({ field: 'fullName', value: normalizeName(later.name), source: seg.source, labeled: false, how: 'curp', pos: posBase + i * 1000 + later.s });
    }
  }
  // The given name alone: signed on the mail's last line ("Gracias, Pablo", or under a closing) or after "soy" or "mi hijo" ("soy
  // Rebeca.", "a mi hijo Iker le pidieron"). A name only when the CURP's given-name initial agrees (otherwise it may thank
  // someone); incomplete, so the reply asks for the whole name.
  const thanks = signedGivenName(lines);
  const soy = GIVEN_NAME_ALONE.exec(seg.text)?.[1];
  for (const given of [soy, thanks]) {
    if (given && foldForCurp(given)[0] === curp[3] && !NOT_NAME_WORDS.has(foldLabel(given))) {
      out.push({ field: 'fullName', value: given, source: seg.source, labeled: true, how: 'curp', pos: posBase + lines.length * 1000 });
      break;
    }
  }
  return out;
}

/**
 * A comma right after the given names is a row's cell separator ("Santiago,Rivera Coronado,238…"
 * under "nombre,apellidos,codigo"), not the mark of surnames written first ("Rivera Coronado,
 * Santiago"): the name without it.
 */
function withoutCellComma(name: string, curp: string): string {
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const m = matchNameToCurp(name, curp);
  return m.kind !== 'none' && foldForCurp(name.slice(0, comma).trim()) === foldForCurp(m.parts.givenNames) ? name.slice(0, comma) + name.slice(comma + 1) : name;
}

/** The token at k, on the same line, is a capitalised name word (not a particle, a field's word or a common word). */
function followedByNameWord(toks: readonly string[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  const w = nameToken(t);
  return w.word && w.capitalized && !w.particle && !w.fieldWord && !w.notName && !w.nickname;
}

/** The reading of a name that spells the CURP has a single surname. */
function oneSurname(name: string, curp: string): boolean {
  const m = matchNameToCurp(name, curp);
  return m.kind !== 'none' && m.parts.secondSurname === null;
}

/**
 * The longest prefix (2-7 words) of a run that spells the CURP completely; a reading with both
 * surnames beats one with a single surname (a prefix of the name, or one cut by a comma or a
 * line break), so a longer run is taken only when it completes the name.
 */
interface Reach { toks: readonly string[]; lines: readonly string[]; i: number; next: readonly string[] | undefined; curp: string; initialAt: (boolean | undefined)[]; nextHas: boolean | undefined }

/** The lines after line i that a run may go on over (followingLines), found when first needed: most lines open no run. */
const nextLines = (r: Reach) => (r.next ??= followingLines(r.lines, r.i));

/**
 * Every spelling holds a word with the first surname's initial, among the (at most twelve) tokens
 * a run reads from its start or on the next lines: without one, no run need be read.
 */
function reaches(r: Reach, s: number): boolean {
  for (let k = s; k < Math.min(r.toks.length, s + 12); k++) if ((r.initialAt[k] ??= opensSurname(r.toks[k]!, r.curp))) return true;
  return (r.nextHas ??= nextLines(r).some((l) => l.split(/[\s;:/|(),]+/).some((t) => t !== '' && opensSurname(t, r.curp))));
}

/** A token (leading quotes aside) whose first letter is the CURP's first surname initial. */
function opensSurname(tok: string, curp: string): boolean {
  const head = asciiInitial(tok);
  if (head) return head === curp[0] || (head === 'N' && curp[0] === 'X');
  return startsFirstSurname(tok.replace(/^["“«'‘*_(\[]+/, ''), curp);
}

/** The token's first character upper-cased when it is an ASCII letter (no folding needed), else null. */
function asciiInitial(tok: string): string | null {
  const c = tok.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? String.fromCharCode(c & ~32) : null;
}

function startsFirstSurname(w: string, curp: string): boolean {
  const c = foldForCurp(w)[0];
  return c === curp[0] || (c === 'N' && curp[0] === 'X');
}

function spellingRun(runs: readonly NameRun[], curp: string): string | null {
  let single: string | null = null;
  for (const { words, min } of runs) {
    // Every reading needs a word that starts with the first surname's initial (Ñ typed as N for X).
    if (!words.some((w) => startsFirstSurname(w, curp))) continue;
    for (let n = Math.min(words.length, 7); n >= Math.max(2, min); n--) {
      const ws = words.slice(0, n);
      if (nonParticleCount(ws) < 2) break;
      if (isParticle(ws[n - 1]!) || ws[n - 1]!.endsWith(',')) continue;
      const cand = ws.join(' ');
      const m = matchNameToCurp(cand, curp);
      if (m.kind !== 'full') continue;
      // "Juan Carlos Hernández Ramírez solicita": a capitalized name ends in a lower-case word only
      // when the CURP needs it ("JUAN CARLOS hernández ramírez"), not when the name spells the
      // CURP as well without it.
      if (isCapitalized(ws[0]!) && !isCapitalized(ws[n - 1]!)) {
        const shorter = n > 2 ? matchNameToCurp(ws.slice(0, n - 1).join(' '), curp) : null;
        if (shorter?.kind === 'full' && (shorter.parts.secondSurname !== null || m.parts.secondSurname === null)) continue;
      }
      if (m.parts.secondSurname !== null) return cand;
      // One surname, cut before a particle the name goes on with ("Leticia López | de Ramírez",
      // her married name): not the name written, which the CURP does not spell.
      if (n < words.length && isParticle(words[n]!)) break;
      single ??= cand;
      break;
    }
  }
  return single;
}

/**
 * The sender's display name, written by the student in their text in any case ("soy aaron
 * padilla gallegos", a line "kenia zamora mariscal"): the display name alone is never the name
 * (it is set once in a mail client), but the student writing it confirms a name the finders above
 * skip for being lower case. Not when a parent writes (the display name is theirs).
 */
/**
 * A name written right beside the student's code, with no label or intro: "Alta IMSS Brenda Muro
 * Chávez 226061617" (a subject), "226454278 Vanessa Olmos Contreras", "Ana Sofía Flores Benítez
 * 217530636 para el seguro". Only beside the code the message gives, and only whole names.
 */
export function findNamesBesideCode(seg: Segment, code: string, posBase: number): Candidate[] {
  const out: Candidate[] = [];
  const text = seg.text;
  for (let hit = text.indexOf(code); hit >= 0; hit = text.indexOf(code, hit + code.length)) {
    // Only the lines that hold the code (a line's number as the finders count them).
    const start = text.lastIndexOf('\n', hit - 1) + 1;
    const end = text.indexOf('\n', hit);
    const line = text.slice(start, end < 0 ? text.length : end);
    const i = countLines(text, start);
    const at = hit - start;
    if (/\d/.test(line[at - 1] ?? '') || /\d/.test(line[at + code.length] ?? '')) continue;
    // (Its keyword between them too: "SANTIAGO QUINTERO URIBE COD 229400254", an SMS.)
    const beforeText = line.slice(0, at).replace(/[\s,;:|/–-]+$/u, '').replace(CODE_WORD_AT_END, '');
    const before = beforeText.split(/\s+/).filter(Boolean);
    let tail: string[] = [];
    // (Not across a sentence's end, "ME VAN A OPERAR DE LA RODILLA. CODIGO 237422136", unless a label
    // opens the name: "Nombre: Mónica Estrada Lomelí. Código 238709499".)
    const crossesSentence = /[.!?]\s*$/.test(beforeText) && !/\bnombre(?: completo)?\s*:/i.test(beforeText);
    for (let k = 1; k <= Math.min(7, before.length) && !crossesSentence; k++) {
      const words = before.slice(-k);
      if (readNameWords(words.join(' '), false, 7, true).length !== k) break;
      tail = words;
    }
    while (tail.length && isParticle(tail[0]!)) tail.shift();
    const head = readNameWords(line.slice(at + code.length).replace(/^[\s,;:|/–-]+/u, ''), false, 6);
    for (const words of [tail, head]) {
      if (nonParticleCount(words) >= 2) out.push({ field: 'fullName', value: normalizeName(words.join(' ')), source: seg.source, labeled: false, how: 'sentence', pos: posBase + i * 1000 + at });
    }
  }
  return out;
}

const CODE_WORD_AT_END = /\s+(?:c[oó]d(?:igo)?\.?|c[oó]digo de (?:estudiante|alumn[oa]))\s*[:#]?$/i;

/** How many line breaks come before `end` in `text`. */
function countLines(text: string, end: number): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/**
 * The sender's given name alone under a closing, with more below it after a blank line (a job's
 * signature: "Saludos," / "Miranda" / "" / "Barista Jr. · Café La Flor de Córdoba ..."), among the
 * last twelve lines. (A given name heading a work signature, "Frida" / "Asistente Jurídico", signs
 * for the firm.)
 */
function givenSignedAbove(lines: readonly string[], given: string): string | undefined {
  for (let k = lines.length - 1; k > 0 && k >= lines.length - 12; k--) {
    const l = lines[k]!.trim();
    if (!/^\p{Lu}\p{Ll}+\.?$/u.test(l) || foldLabel(l.replace(/\.$/, '')) !== given || lines[k + 1]?.trim()) continue;
    let p = k - 1;
    while (p >= 0 && !lines[p]!.trim()) p--;
    return p >= 0 && closes(lines[p]!) ? l.replace(/\.$/, '') : undefined;
  }
  return undefined;
}

/** A closing line ("Saludos,", "Atentamente") or the signature's "--" separator. */
const closes = (line: string) => CLOSING.test(foldLabel(line.trim())) || /^-{2,3}$/.test(line.trim());

/** A given name alone signed on the last line: "Gracias, Pablo", or under a closing ("Saludos," / "Manuel"). */
function signedGivenName(lines: readonly string[]): string | undefined {
  // The last two non-empty lines, read from the end, a phone's "Enviado desde mi iPhone" aside.
  const filled: string[] = [];
  for (let k = lines.length - 1; k >= 0 && filled.length < 2; k--) {
    const l = lines[k]!.trim();
    if (l && !(filled.length === 0 && (SENT_FROM.test(l) || THANKS_ONLY.test(l)))) filled.unshift(l);
  }
  const last = filled.at(-1) ?? '';
  const signed = filled.length === 2 && /^\p{Lu}\p{Ll}+\.?$/u.test(last) && closes(filled[0]!) ? /^(\p{Lu}\p{Ll}+)/u.exec(last)?.[1] : undefined;
  // "Gracias, Pablo", "Gracias. Atte. Pablo", "mil gracias!! att. Kenia", "Atte. Socorro", "Saludos,
  // Kevin", "Atte: Nayeli 🙂"; closing the line's last sentence too ("... CURP ROVA.... Gracias, Antonio").
  return /(?:^|[.!?]\s+)(?:(?:(?:[Mm]uchas |[Mm]il )?[Gg]racias|[Ss]aludos(?: cordiales)?|[Uu]n saludo)\s*[,.!]+\s*(?:(?:[Aa]tte?|[Aa]tentamente|[Ss]aludos)\.?,?\s*)?|(?:[Aa]tte?|[Aa]tentamente)\.?[,:]?\s+)(\p{Lu}\p{Ll}+)\.?(?:\s*[\p{So}\p{Extended_Pictographic}\u{FE0F}])*$/u.exec(last)?.[1] ?? signed
    // ...or followed by the group: "Alfredo, 4°B enfermería".
    ?? /^(\p{Lu}\p{Ll}+)\s*[,–-]\s*\d/u.exec(last)?.[1];
}

/**
 * The display name's given name alone heading her values: opening a line of them ("Karina, cod
 * 237809383, nss ...") or alone on the line over a line that holds only a value ("Marisol" /
 * "240409524" / ...), as a phone's list of data is typed. (Not over a phone number: "Julien" /
 * "3343615591" signs a sale.)
 */
const BARE_FIELD_VALUE = /^\s*(?:\d{9}|\d{11}|[A-Za-z]{4}\d{6}[A-Za-z0-9]{8})\s*$/;
function givenOverValues(lines: readonly string[], given: string): string | undefined {
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!.trim();
    const m = /^(\p{Lu}\p{Ll}+)(?:\s*,\s*(?:c[oó]d(?:igo)?\.?|nss|curp)\b|\s*$)/iu.exec(l);
    if (!m || foldLabel(m[1]!) !== given || !/^\p{Lu}/u.test(m[1]!)) continue;
    if (m[0].length < l.length) return m[1];
    let n = k + 1;
    while (n < lines.length && !lines[n]!.trim()) n++;
    if (n < lines.length && BARE_FIELD_VALUE.test(lines[n]!)) return m[1];
  }
  return undefined;
}

// (...and a system's mail-merge "Estimado(a) GERARDO ENRÍQUEZ BRAVO" over SIIAU's notice he forwards.)
const GREETED = /^(?:estimad[oa](?:\s*\(a\)|\/a)?|querid[oa]|apreciable|hola|buen(?:os|as) (?:dias|tardes|noches)|dear)[,!]?$/;

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

const TRAILING_EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]\s*$/u;

// (Yahoo's phone app: "Enviado desde Yahoo Mail para Android", "Sent from Yahoo Mail on Android".)
const SENT_FROM = /^(?:enviado desde mi|sent from my|get outlook for|obtener outlook para|enviado desde yahoo mail|sent from yahoo mail)\b/i;
// A last line that only thanks, under a signature ("Atte. Lorena" / "gracias").
const THANKS_ONLY = /^(?:(?:muchas|mil) )?gracias\s*[!.¡]*\s*$|^thanks?\s*[!.]*\s*$/i;

// A word of letters, with an apostrophe or a hyphen inside it ("O'Farrill", "Gómez-Tagle").
const LETTER_WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** "soy Ana.", "me llamo Rubén y quiero...", "Soy Ana 🙂": a given name alone, then punctuation, the end, a lower-case word or an emoji. */
// ...and in a mail typed in capitals: "HOLA SOY ALONDRA DE QUIMICO FARMACOBIOLOGO" (taken only when it
// is the sender's own given name).
const CAPS_GIVEN_NAME_ALONE = /(?:^|[\s,.;:¡!])(?:SOY|ME LLAMO)\s+(\p{Lu}{2,})(?=\s*[.,;:!]|\s*$|\s+DE\s)/mu;
const GIVEN_NAME_ALONE = /(?:^|[\s,.;:¡!])(?:[Ss]oy|[Mm]e llamo|[Mm]i hij[oa]|(?:[Ll]a|[Mm]i) niña,?|(?:[Ee]l|[Mm]i) niño,?|(?:[Ss]oy )?(?:el|la) (?:pap[aá]|mam[aá]|padre|madre) de)\s+(\p{Lu}\p{Ll}+)(?=\s*[.,;:!]|\s*$|\s+\p{Ll}|\s*[\p{So}\p{Extended_Pictographic}])/mu;

const TITLE = /^(?:dra?|lic|mtr[oa]|ing|prof|profa|sr|sra|srita|arq|cp)$/;

// Right after a name: an NSS, a code or a CURP, and nothing else but separators.
const VALUE_AFTER_NAME = /^\s*[,;:\-–]?\s*(?:\d[\d \-]{7,}\d|[A-Za-z]{4}\d{6}[A-Za-z0-9]{8})\s*[.,;]?\s*$/;
// ...or a note of her own in parentheses: "Diego Alejandro Mc Gregor Limón (Mc Gregor va separado)".
const NOTE_AFTER = /^\s*\([^()]{3,60}\)\s*$/;
const SURNAME_AFTER = /^\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s*(?:[.,;!]|$))/u;
const SIGNED_AFTER_SENTENCE = /[.!]\s+(\p{Lu}\p{Ll}+)[.!]?$/u;
const STUDENT_ROLE_AFTER = /^\s*[-–—|]\s+(?:pasante|estudiante|alumn[oa]|mip|intern[oa]|tesista|practicante|prestador(?:a)?)\b/i;
const FIELD_THEN_VALUE = /^\s*[,;:\-–]?\s*(?:nss|c[oó]d(?:igo)?\.?|curp)\s*[:#]?\s*(?:\d[\d \-]{7,}\d|[A-Za-z]{4}\d{6}[A-Za-z0-9]{8})\b/i;

export function findSenderNameInText(seg: Segment, displayName: string, posBase: number, lead?: string): Candidate[] {
  const want = foldLabel(displayName).split(/[^a-z]+/).filter(Boolean);
  if (want.length < 1 || want.length > 6 || parentWrites(seg.text)) return [];
  // A display name that is a role, not a name ("Compañera de cuarto"): nobody's name to look for.
  if (want.some((w) => w.length > 3 && NOT_NAME_WORDS.has(w))) return [];
  // "hola soy Ángel mi código es ...": the given name alone, the display name's first word: an
  // incomplete name (the reply asks for the whole one).
  // ... or signed alone under a closing ("Gracias" / "Bernardo"), or alone on the last line.
  const lines = seg.text.split('\n');
  // The signature closes the writer's new text (`lead`), above what she quotes (the desk's list of
  // what is missing, kept in the segment as labels).
  // (A reply written under the quote, bottom-posted, has no text above it: its own text then ends
  // with her lines, signature last.)
  const signLines = lead === undefined || !lead.trim() ? lines : lead.split('\n');
  let lastLine = '';
  // (A phone's "Enviado desde mi iPhone" under it aside.)
  // (...and a bare "gracias" under the signature: "Atte. Lorena" / "gracias".)
  for (let k = signLines.length - 1; k >= 0 && !lastLine; k--) if (!SENT_FROM.test(signLines[k]!.trim()) && !THANKS_ONLY.test(signLines[k]!.trim())) lastLine = signLines[k]!.trim();
  // Signed alone: only worth reading when the last line holds the display name's first word.
  // ("Sandra 🌻": an emoji after it aside.)
  const bareLast = lastLine.replace(/(?:\s*[\p{So}\p{Extended_Pictographic}\u{FE0F}\u{200D}])+$/u, '');
  // (...or closing the last sentence on its line: "mi NSS es 43242149896. Rebeca".)
  const signed = foldLabel(lastLine).includes(want[0]!) ? signedGivenName(signLines) ?? (/^\p{Lu}\p{Ll}+$/u.test(bareLast) ? bareLast : SIGNED_AFTER_SENTENCE.exec(bareLast)?.[1]) : givenSignedAbove(signLines, want[0]!);
  const alone = GIVEN_NAME_ALONE.exec(seg.text)?.[1] ?? CAPS_GIVEN_NAME_ALONE.exec(seg.text)?.[1] ?? signed ?? givenOverValues(lines, want[0]!);
  const given = alone && foldLabel(alone) === want[0] ? [{ field: 'fullName' as const, value: alone, source: seg.source, labeled: true, how: 'sentence' as const, pos: posBase + seg.text.length * 1000 }] : [];
  // A display name of one word ("Brenda") signed alone: that given name, incomplete; no whole name to look for.
  if (want.length < 2) return given;
  for (let i = 0; i < lines.length; i++) {
    if (!foldLabel(lines[i]!).includes(want[0]!)) continue; // most lines: no word of the name
    const words = allMatches(LETTER_WORD, lines[i]!);
    for (let s = 0; s + want.length <= words.length; s++) {
      // Lower case ("soy aaron padilla gallegos"), or capitalized after a sentence on the same line
      // ("¿Me quitaron el seguro? Rafael Barba Huizar cod. 215838183"), where no other finder
      // looks; a line that is only the name is a signature, the writer's (a teacher's, too).
      const lower = /^\p{Ll}/u.test(words[s]![0]);
      // In a subject the whole display name, capitalized, anywhere: "Lizbeth Salcedo Ayala alta IMSS".
      const inSubject = seg.source === 'subject';
      const before = lines[i]!.slice(0, words[s]!.index).trim();
      // ...or after a sentence's colon that introduces it ("Se me olvidó poner mis apellidos:
      // Daniela Covarrubias Núñez"; not a header's "Para:").
      const inline = !lower && (/[.?!]$/.test(before) || (before.endsWith(':') && before.split(/\s+/).length >= 3));
      // ...or alone on its line with an emoji after it, which the list reading does not take ("Ingrid
      // Ayala Campos 🙏" answering the desk's request for her surnames).
      const withEmoji = !lower && !before && s + want.length === words.length && TRAILING_EMOJI.test(lines[i]!) && !/\d|@/.test(lines[i]!);
      // ...or signed after a closing on its line ("Gracias, Irene Chávez Aceves"): her whole
      // display name, so not someone thanked.
      const signed = !lower && before.length <= 30 && /[,.!:]$/.test(before) && CLOSING.test(foldLabel(before));
      // ...or greeted by her whole name in another office's mail to her that she passes on
      // ("Estimada Janeth Lozano Chávez:" over Control Escolar's answer): nobody greets the
      // sender by her whole display name but in mail written to her.
      const greeted = !lower && GREETED.test(foldLabel(before)) && /^\s*[:,]?\s*$/.test(lines[i]!.slice(words[s + want.length - 1]!.index! + words[s + want.length - 1]![0].length));
      // ...or opening its line with a value after it ("Javier Zepeda Camarena 65241514515", a reply
      // that gives the name and the NSS the desk asked for on one line).
      const lastWord = words[s + want.length - 1];
      const after = lastWord ? lines[i]!.slice(lastWord.index! + lastWord[0].length) : '';
      const beforeValue = !lower && !before && !!lastWord && VALUE_AFTER_NAME.test(after);
      // ...or with a field and its value after it ("buenas noches, Fabián Rosales Gallegos nss
      // 17242383234"): the writer presenting herself, not someone greeted.
      // ...or opening its line with her role after a dash ("Arturo Sepúlveda Rangel - pasante
      // odontología CS Cihuatlán"), or a note of hers in parentheses after it: a line of her own.
      const roleAfter = !lower && !before && (STUDENT_ROLE_AFTER.test(after) || NOTE_AFTER.test(after));
      // (Anywhere on the line: "Buenas tardes solicito el seguro Teresa Guerra Olivares nss 39242189304".)
      const fieldAfter = !lower && FIELD_THEN_VALUE.test(after);
      // ...or set off by a comma and closing its sentence: "Soy Tomás, hombre, Tomás Iñiguez Robles.".
      const setOffByComma = !lower && want.length >= 3 && before.endsWith(',') && /^\s*(?:[.;!]|$)/.test(after);
      // ...or closing the last line of her new text after a comma ("les completo: código ..., NSS
      // .... Disculpen la demora, Elisa Fernanda Robles Castro"): signed at the end of her sentence.
      // (A sentence before it, not a signature's role or nickname: "Director, Coro Voces de Occidente".)
      const signsOff = !lower && !!lastWord && before.endsWith(',') && before.split(/\s+/).length >= 3 && lines[i]!.trim() === lastLine && /^[\s.!]*$/.test(lines[i]!.slice(lastWord.index! + lastWord[0].length));
      // (In a subject, surnames first too: "NSS 78241102843 - Gallardo Cisneros Leonel".)
      const inOrder = want.every((w, k) => foldLabel(words[s + k]![0]) === w);
      const reordered = !inOrder && inSubject && want.length >= 3 && sameWords(want, words.slice(s, s + want.length).map((w) => foldLabel(w[0])));
      if ((!lower && !inSubject && !((inline || signed || withEmoji || beforeValue || roleAfter || fieldAfter || setOffByComma || signsOff || (greeted && want.length >= 2)) && !TITLE.test(want[0]!))) || !(inOrder || reordered)) continue;
      const first = words[s]!;
      const last = words[s + want.length - 1]!;
      // (...with the second surname her display name leaves out, right after it and closing the
      // sentence: "Hugo Escobedo Rosas." from "Hugo Escobedo".)
      const more = want.length === 2 && inOrder ? SURNAME_AFTER.exec(lines[i]!.slice(last.index! + last[0].length)) : null;
      const value = lines[i]!.slice(first.index, last.index! + last[0].length).replace(/\s+/g, ' ') + (more && !NOT_NAME_WORDS.has(foldLabel(more[1]!)) ? ` ${more[1]}` : '');
      return [{ field: 'fullName', value, source: seg.source, labeled: false, how: 'list', pos: posBase + i * 1000 + first.index! }];
    }
  }
  return given;
}
