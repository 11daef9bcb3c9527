import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../src/mail/pdf-text.js';

// Taken before anything loads pdf.js in this file's process.
const push = Array.prototype.push;
const parse = JSON.parse;
const toString = Function.prototype.toString;

describe('loading pdf.js', () => {
  it("leaves the process's own Array.prototype.push, JSON.parse and Function.prototype.toString", async () => {
    // A header and nothing readable: pdf.js is loaded, the text is null.
    expect(await extractPdfText(Buffer.from('%PDF-1.4\n%%EOF\n'))).toBeNull();
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(Function.prototype.toString).toBe(toString);
    // ...and still has what core-js adds, for pdf.js to use.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});
