import type { Collections } from './collections';

/**
 * One value per database connection (a cache, a batcher), made on first use and gone with the connection: a
 * process (or a test) with two connections never shares one between them.
 */
export function perCollections<Value extends object>(
  make: (collections: Collections) => Value,
): (collections: Collections) => Value {
  const values = new WeakMap<Collections, Value>();
  return (collections) => {
    let value = values.get(collections);
    if (!value) {
      value = make(collections);
      values.set(collections, value);
    }
    return value;
  };
}
