/**
 * For a scene whose example follows the page's language (moe-routing's sentence, the token
 * active-parameters follows in it): the data for each language's example, made once per page,
 * since every redraw asks for it. `base` is the data already made for `baseKey`.
 */
export function dataPerExample<D>(base: D, baseKey: string, make: (key: string) => D): (key: string) => D {
  const made = new Map<string, D>([[baseKey, base]]);
  return (key) => {
    let d = made.get(key);
    if (d === undefined) made.set(key, (d = make(key)));
    return d;
  };
}
