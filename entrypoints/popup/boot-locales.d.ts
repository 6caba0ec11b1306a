// main.tsx imports boot.tsx built for one language (locale-only.vite.ts); same module, same types.
declare module '*boot?only=en' {
  export const start: typeof import('./boot').start;
}
declare module '*boot?only=zh-CN' {
  export const start: typeof import('./boot').start;
}
declare module '*boot?only=ja' {
  export const start: typeof import('./boot').start;
}
