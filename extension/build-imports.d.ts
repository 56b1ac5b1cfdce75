/** A file's text, as Vite gives it for `import text from './file.css?raw'`. */
declare module '*?raw' {
  const text: string;
  export default text;
}
