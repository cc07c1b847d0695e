// How a measured score gain is written, the same in the page and the popup: two decimals, or one
// significant digit for gains under 0.01 (a weak question's gains are small, and "+0.00" says nothing),
// never finer than 0.0001.
export const formatGain = (gain: number): string => `+${gain >= 0.01 ? gain.toFixed(2) : Math.max(gain, 1e-4).toPrecision(1)}`;
