/** Made-up keys in the real shapes (not live keys). */
export const STANDARD_KEY = 'AIzaSyDk3vTq9Xw2Lm8Rb7Nc4Hf6Jp0Gs1Ye5Uq';
export const OTHER_STANDARD_KEY = 'AIzaSyB7pQ2rT5vX8zC1eG4iK6mO9qS3uW0yA2c';
export const AUTH_KEY = 'AQ.Ab8RN6LmF0pQx2Vt9sKc4HjWz7Ye1Ud3Gi5Oa-_bCx';
