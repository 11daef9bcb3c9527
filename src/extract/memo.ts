// A bounded memo for pure functions of a string. Pure as seen from outside: it changes nothing but
// the time.

/**
 * Remembers `compute(key)` for recent keys (up to `limit`, then it starts over; keys longer than
 * `maxKeyLength` are not kept: hashing a whole text costs as much as the work). The finders ask
 * the same of a message's lines and words several times; across messages most keys are new.
 */
export function stringMemo<V>(limit: number, maxKeyLength: number): (key: string, compute: (key: string) => V) => V {
  const cache = new Map<string, V>();
  return (key, compute) => {
    // A long key is neither looked up nor kept: the lookup alone would hash the whole text.
    if (key.length > maxKeyLength) return compute(key);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
