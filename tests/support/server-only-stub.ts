// Next.js marks server modules with 'server-only'; under Vitest there is no client bundle to protect.
export {};
