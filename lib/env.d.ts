/** True in the end-to-end test build (`wxt build --mode e2e`). */
declare const __E2E__: boolean;
