import { describe, expect, it } from 'vitest';
import { replyIdOfMessageId } from '../../../src/queue/sent-copies.js';

describe('replyIdOfMessageId', () => {
  const desk = 'imss@udg.mx';
  it('reads the reply id of a Message-ID in the desk domain', () => {
    expect(replyIdOfMessageId('r3f9a0c1b2d@udg.mx', desk)).toBe('r3f9a0c1b2d');
    expect(replyIdOfMessageId('r3f9a0c1b2d@UDG.MX', desk)).toBe('r3f9a0c1b2d');
  });
  it('rejects Message-IDs that cannot be ours', () => {
    expect(replyIdOfMessageId('r3f9a0c1b2d@gmail.com', desk)).toBeNull();
    expect(replyIdOfMessageId('CAF=x+y@mail.gmail.com', desk)).toBeNull();
    expect(replyIdOfMessageId('a.b@udg.mx', desk)).toBeNull();
    expect(replyIdOfMessageId('@udg.mx', desk)).toBeNull();
    expect(replyIdOfMessageId('r1@alumnos.udg.mx', desk)).toBeNull();
    expect(replyIdOfMessageId('r1@udg.mx', 'no-domain')).toBeNull();
  });
});
