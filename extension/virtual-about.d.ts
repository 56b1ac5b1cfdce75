/** The About section's data, generated at build time by `scripts/about/about-module.ts`. */
declare module 'virtual:finlens-about' {
  const about: import('./options/about-types.ts').AboutData;
  export default about;
}
