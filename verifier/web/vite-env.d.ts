// Vite's `?worker&inline` import: a Worker constructor whose script is bundled into the page.
declare module '*?worker&inline' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
