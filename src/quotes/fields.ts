/** Field-by-field validation of provider answers: a bad field becomes `undefined`, never NaN. */

/** A finite number from a provider's field (`"12.30"`, `12.3`); `undefined` for "", "-", NaN or anything else. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** A number that must be positive (prices, volumes, caps); zero and below are "not given". */
export function positive(value: unknown, scale = 1): number | undefined {
  const n = num(value);
  return n !== undefined && n > 0 ? n * scale : undefined;
}

/** A number that may be zero or negative (a change), scaled. */
export function signed(value: unknown, scale = 1): number | undefined {
  const n = num(value);
  return n === undefined ? undefined : n * scale;
}

/** Keeps only the defined fields, so a quote never carries `undefined` keys across a message. */
export function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Text of a response body in `encoding` (Tencent answers GBK); bad bytes become U+FFFD, never a throw. */
export function decodeBody(body: Uint8Array, encoding = 'utf-8'): string {
  return new TextDecoder(encoding).decode(body);
}

/** A JSON body, or undefined when it is not JSON. */
export function jsonBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(decodeBody(body));
  } catch {
    return undefined;
  }
}

/** An own property of a parsed JSON object, or undefined. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
