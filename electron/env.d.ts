/** Vite's `?raw` import: the file's text, bundled into the main process. */
declare module '*?raw' {
  const text: string;
  export default text;
}
