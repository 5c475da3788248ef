/**
 * What the user is told about new items: the badge count, the watch rules and the notification plan.
 */
export * from './badge';
export * from './watch';
export * from './notify';
