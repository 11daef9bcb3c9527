// The desk's own replies (templates/*.text.hbs) as students quote them back. Pure.

/**
 * A line (quote marks and spaces trimmed) that opens the desk's list of what it asks for:
 * "Nos falta:" and "Por favor revisa:" (templates/incomplete), "... necesitamos que corrijas
 * estos datos:" (templates/correction), "Recibimos un dato distinto del que ya teníamos
 * registrado ...:" (templates/conflict). Its items follow as "- " lines.
 */
export function opensAskingList(bare: string): boolean {
  return bare === 'Nos falta:' || bare === 'Por favor revisa:' || bare.endsWith(' estos datos:') || (bare.startsWith('Recibimos un dato distinto') && bare.endsWith(':'));
}
