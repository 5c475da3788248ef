export * from './welcome';
