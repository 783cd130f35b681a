/**
 * Whether a Node version satisfies an `engines.node` range, for the forms npm packages use
 * (`>=18`, `^20.19.0 || >=22.12.0`, `>= 0.4`, `6.* || 8.*`, `~14.17`, `10 - 12`). A test aid,
 * so the check needs no semver package of its own.
 */
type Version = [number, number, number];

export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((set) => {
    const text = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1');
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
    const comparators = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : text.split(/\s+/);
    return comparators.every((comparator) => test(v, comparator));
  });
}

function test(v: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|=|\^|~)?v?(.*)$/.exec(comparator)!;
  const op = match[1] ?? '';
  const parts = match[2]!.split('.').filter((part) => part !== '' && !/^[x*X]$/.test(part));
  if (parts.length === 0) return op === '' || op === '>=' || op === '=' ? true : op !== '<';
  const nums = parts.slice(0, 3).map(Number);
  const low: Version = [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0];
  const full = nums.length === 3;
  const bump = (at: number): Version => {
    const next = [...low] as Version;
    next[at] = next[at]! + 1;
    for (let i = at + 1; i < 3; i++) next[i] = 0;
    return next;
  };
  const upper = bump(nums.length - 1);
  switch (op) {
    case '>=':
      return cmp(v, low) >= 0;
    case '>':
      return full ? cmp(v, low) > 0 : cmp(v, upper) >= 0;
    case '<':
      return cmp(v, low) < 0;
    case '<=':
      return full ? cmp(v, low) <= 0 : cmp(v, upper) < 0;
    case '^': {
      const at = low[0] > 0 || nums.length === 1 ? 0 : low[1] > 0 || nums.length === 2 ? 1 : 2;
      return cmp(v, low) >= 0 && cmp(v, bump(at)) < 0;
    }
    case '~':
      return cmp(v, low) >= 0 && cmp(v, bump(nums.length === 1 ? 0 : 1)) < 0;
    default:
      return cmp(v, low) >= 0 && cmp(v, upper) < 0;
  }
}

function parse(version: string): Version {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
}

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
