// Every match of a global regular expression in a text. Pure.

/**
 * What `text.matchAll(re)` yields, as an array. matchAll copies the expression on every call (the
 * spec's species constructor) and V8 then looks up or compiles the copy: for the large dictation
 * and name patterns that cost ~10% of the triage of a message. Here the expression itself runs,
 * from the start of the text, and is left at lastIndex 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole surrogate pair under the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
