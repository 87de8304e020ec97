/** The module `scripts/data-receipts.ts` makes when the app is built (issue 13). */
declare module 'virtual:data-receipts' {
  /** Each story's receipt (SHA-256 of its files), for those whose files passed every check. */
  const receipts: Record<string, import('./story/load.ts').DataReceipt>;
  export default receipts;
}
