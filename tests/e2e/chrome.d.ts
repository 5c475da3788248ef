declare const chrome: any;
