/** Comma-separated origins from the environment, e.g. `https://tehran.example.ir,https://isfahan.example.ir`. */
export function originsFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => /^https?:\/\/[^/\s]+$/.test(origin))
}
