export default defineBackground(() => {
  console.log('Kommunalradar background started');
});
