/**
 * A straight-line map from a domain to a range, computed as d3-scale's scaleLinear does
 * (normalise, then interpolate), so positions match it to the last digit. For scenes that
 * only map numbers to pixels: scaleLinear brings d3-interpolate and d3-color with it, about
 * 7 KiB gzip that an embed page (budget 40 KiB) would load for this one line.
 */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  // scaleLinear turns a falling domain round (and its range with it) before normalising.
  const [d0, d1, r0, r1] = domain[1] < domain[0] ? [domain[1], domain[0], range[1], range[0]] : [...domain, ...range];
  const span = d1 - d0;
  return (v) => {
    const t = span ? (v - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

/**
 * A logarithmic map, computed as d3-scale's scaleLog does for a positive domain (natural logs,
 * normalise, then interpolate), so positions match it to the last digit, without its 7 KiB.
 */
export function logarithmic(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const map = linear([Math.log(domain[0]), Math.log(domain[1])], range);
  return (v) => map(Math.log(v));
}
