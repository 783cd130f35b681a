/** Reads and writes a fake has answered so far: the numbers tests and benchmarks report. */
export function requestCounts(requests: readonly { write: boolean }[]): {
  reads: number;
  writes: number;
  total: number;
} {
  const writes = requests.filter((r) => r.write).length;
  return { reads: requests.length - writes, writes, total: requests.length };
}
