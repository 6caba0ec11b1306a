// Google's origins, apart from the link builders (console-links.ts): a module that only needs to
// recognise a page (the popup's first screen) does not load every link table with them.
export const CONSOLE_ORIGIN = 'https://console.cloud.google.com';
export const AI_STUDIO_ORIGIN = 'https://aistudio.google.com';
export const FIREBASE_CONSOLE_ORIGIN = 'https://console.firebase.google.com';
