// Stands in for "server-only" under vitest, which does not run in React's server environment.
export {};
